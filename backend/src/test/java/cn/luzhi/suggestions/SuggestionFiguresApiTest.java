package cn.luzhi.suggestions;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handling figures of a year built here item by item, each expected number worked out by hand from the
 * definitions users read in the contract (FigureRow), not from the production query.
 */
@QuarkusTest
class SuggestionFiguresApiTest {
    @Inject
    Db db;
    @Inject
    AppClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** The first year from 2060 on in which nothing of the county was registered, so the year holds only this test's items. */
    int freeYear() {
        for (int y = 2060; y <= 2089; y++) {
            if (db.count("suggestion", "congress_id = 1 and registered_at >= ?1 and registered_at < ?2", y + "-01-01", (y + 1) + "-01-01") == 0) {
                return y;
            }
        }
        throw new IllegalStateException("no free year from 2060 to 2089 for suggestions; reset the test database (scripts/stack.sh reset-db test)");
    }

    long unit1Unit() {
        return ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
    }

    String etag(long id, String user) {
        return as(user).get("/api/v1/suggestions/" + id).then().statusCode(200).extract().header("ETag");
    }

    ValidatableResponse act(String user, long id, String action, Object body) {
        var req = as(user).header("If-Match", etag(id, user));
        if (body != null) {
            req = req.contentType(ContentType.JSON).body(body);
        }
        return req.post("/api/v1/suggestions/" + id + "/" + action).then();
    }

    long drafted(String title, String category) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "SUGGESTION");
        b.put("title", title);
        b.put("content", "统计测试：" + title);
        b.put("category", category);
        int id = as("deputy1").contentType(ContentType.JSON).body(b).post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
        return id;
    }

    long registered(String title, String category) {
        long id = drafted(title, category);
        act("deputy1", id, "submit", null).statusCode(200);
        act("staff1", id, "register", null).statusCode(200).body("status", is("REGISTERED"));
        return id;
    }

    long assigned(String title, String category, LocalDate deadline) {
        long id = registered(title, category);
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "deadline", deadline.toString())).statusCode(200);
        return id;
    }

    void replied(long id, String replyClass) {
        act("unit1", id, "contact", Map.of("method", "PHONE", "note", "电话沟通")).statusCode(200);
        act("unit1", id, "reply", Map.of("text", "答复", "replyClass", replyClass)).statusCode(200).body("status", is("REPLIED"));
    }

    /**
     * Six items in one year: A registered only; B assigned, due on day 10, never answered; C answered (class A) on
     * day 0, rated satisfied, closed; D (transport) due on day 10, answered (class B) on day 15, late; E declined;
     * F left a draft. The figures are read on day 15.
     */
    @Test
    void theFiguresOfAYearBuiltByHand() {
        int year = freeYear();
        LocalDate day0 = LocalDate.of(year, 3, 2);
        clock.moveToDay(day0);
        long a = registered("统计-甲：仅立案", "URBAN");
        long b = assigned("统计-乙：交办未答复", "URBAN", day0.plusDays(10));
        long c = assigned("统计-丙：按期答复并办结", "URBAN", day0.plusDays(30));
        replied(c, "A");
        act("deputy1", c, "feedback", Map.of("contact", "SATISFIED", "attitude", "SATISFIED", "result", "SATISFIED")).statusCode(200)
                .body("status", is("RATED"));
        act("staff1", c, "close", null).statusCode(200).body("status", is("CLOSED"));
        long d = assigned("统计-丁：逾期答复", "TRANSPORT", day0.plusDays(10));
        long e = drafted("统计-戊：不予立案", "URBAN");
        act("deputy1", e, "submit", null).statusCode(200);
        act("staff1", e, "decline", Map.of("reason", "属于信访事项")).statusCode(200).body("status", is("DECLINED"));
        drafted("统计-己：草稿", "URBAN");
        clock.moveToDay(day0.plusDays(15));
        replied(d, "B");

        JsonPath f = as("staff1").get("/api/v1/suggestions/figures?year=" + year + "&groupBy=category").then().statusCode(200)
                .body("groupBy", is("category")).extract().jsonPath();
        // registered: A, B, C, D (E was declined, F never submitted) = 4
        assertEquals(4, f.getLong("total.registered"));
        // closed: C = 1; completion 1 / 4 = 0.25
        assertEquals(1, f.getLong("total.closed"));
        assertEquals(0.25, f.getDouble("total.completionRate"), 1e-9);
        // replied: C (day 0, due day 30: on time), D (day 15, due day 10: late) = 2, on time 1; 1 / 2 = 0.5
        assertEquals(2, f.getLong("total.replied"));
        assertEquals(1, f.getLong("total.repliedOnTime"));
        assertEquals(0.5, f.getDouble("total.onTimeRate"), 1e-9);
        // rated: C, satisfied = 1 / 1
        assertEquals(1, f.getLong("total.rated"));
        assertEquals(1.0, f.getDouble("total.satisfactionRate"), 1e-9);
        // class A among the replied: C of C, D = 1 / 2
        assertEquals(1, f.getLong("total.classA"));
        assertEquals(0.5, f.getDouble("total.solvedRate"), 1e-9);
        // overdue on day 15: B (assigned, due day 10, not answered); D was answered, A never assigned = 1
        assertEquals(1, f.getLong("total.overdue"));

        // by category: 城乡建设 A, B, C (closed C); 交通 D
        Map<String, Object> urban = f.getMap("rows.find { it.key == 'URBAN' }");
        assertEquals("城乡建设", urban.get("label"));
        assertEquals(3, ((Number) urban.get("registered")).intValue());
        assertEquals(1, ((Number) urban.get("closed")).intValue());
        assertEquals(1, ((Number) urban.get("overdue")).intValue());
        Map<String, Object> transport = f.getMap("rows.find { it.key == 'TRANSPORT' }");
        assertEquals(1, ((Number) transport.get("registered")).intValue());
        assertEquals(0, ((Number) transport.get("repliedOnTime")).intValue());
        assertNull(transport.get("satisfactionRate"), "nothing rated: no rate rather than 0");
        assertEquals(2, f.getList("rows").size());

        // by lead unit: B, C, D went to unit1's unit; A was never assigned (未交办)
        JsonPath byUnit = as("leader1").get("/api/v1/suggestions/figures?year=" + year + "&groupBy=unit").then().statusCode(200).extract().jsonPath();
        Map<String, Object> unit = byUnit.getMap("rows.find { it.key == '" + unit1Unit() + "' }");
        assertEquals("县住房和城乡建设局", unit.get("label"));
        assertEquals(3, ((Number) unit.get("registered")).intValue());
        Map<String, Object> none = byUnit.getMap("rows.find { it.key == null }");
        assertEquals("未交办", none.get("label"));
        assertEquals(1, ((Number) none.get("registered")).intValue());

        // by month: all four registered in March
        JsonPath byMonth = as("staff1").get("/api/v1/suggestions/figures?year=" + year + "&groupBy=month").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(year + "-03"), byMonth.getList("rows.key"));
        assertEquals(List.of(a, b, c, d).size(), byMonth.getInt("rows[0].registered"));
    }

    @Test
    void opinionsWithoutADeputyGroupAsCitizensOpinions() {
        as("staff1").get("/api/v1/suggestions/figures?groupBy=deputy").then().statusCode(200).body("rows.label", hasItem("群众意见"));
    }

    @Test
    void figuresRefuseBadParametersAndOtherRoles() {
        as("staff1").get("/api/v1/suggestions/figures?groupBy=weather").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("groupBy"));
        as("staff1").get("/api/v1/suggestions/figures?year=1900").then().statusCode(400).body("errors[0].field", is("year"));
        as("deputy1").get("/api/v1/suggestions/figures").then().statusCode(403);
        as("unit1").get("/api/v1/suggestions/figures").then().statusCode(403);
        as("staff2").get("/api/v1/suggestions/figures").then().statusCode(200).body("total.registered", is(0));
    }
}
