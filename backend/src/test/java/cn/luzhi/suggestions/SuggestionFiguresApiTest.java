package cn.luzhi.suggestions;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The figures the dashboard shows equal the same definitions computed directly in SQL over the same data. */
@QuarkusTest
class SuggestionFiguresApiTest {
    @Inject
    Db db;

    static final String BASE = " from suggestion s where s.congress_id = 1 and s.registered_at >= '%d-01-01 00:00:00' - interval 8 hour"
            + " and s.registered_at < '%d-01-01 00:00:00' - interval 8 hour and s.status not in ('DRAFT','SUBMITTED','DECLINED')";

    long sql(String select, int year, String extra) {
        return ((Number) db.scalar("select " + select + String.format(BASE, year, year + 1) + extra)).longValue();
    }

    @Test
    void totalsEqualTheirDefinitionsInSql() {
        int year = LocalDate.now(cn.luzhi.shared.time.AppClock.ZONE).getYear();
        JsonPath f = as("staff1").get("/api/v1/suggestions/figures?year=" + year + "&groupBy=category").then().statusCode(200)
                .body("groupBy", is("category")).extract().jsonPath();
        long registered = sql("count(*)", year, "");
        assertTrue(registered > 100, "the demo year has a few hundred items: " + registered);
        assertEquals(registered, f.getLong("total.registered"));
        long closed = sql("count(*)", year, " and s.status = 'CLOSED'");
        assertEquals(closed, f.getLong("total.closed"));
        assertEquals(Math.round(closed * 10000.0 / registered) / 10000.0, f.getDouble("total.completionRate"), 1e-9);
        long replied = sql("count(*)", year, " and s.replied_at is not null");
        long onTime = sql("count(*)", year, " and s.replied_at is not null and date(s.replied_at + interval 8 hour) <= s.deadline");
        assertEquals(replied, f.getLong("total.replied"));
        assertEquals(onTime, f.getLong("total.repliedOnTime"));
        long rated = sql("count(*)", year, " and s.feedback_rating is not null");
        long satisfied = sql("count(*)", year, " and s.feedback_rating in ('SATISFIED','BASIC')");
        assertEquals(Math.round(satisfied * 10000.0 / rated) / 10000.0, f.getDouble("total.satisfactionRate"), 1e-9);
        long classA = sql("count(*)", year, " and s.reply_class = 'A'");
        assertEquals(Math.round(classA * 10000.0 / replied) / 10000.0, f.getDouble("total.solvedRate"), 1e-9);
        long overdue = sql("count(*)", year, " and s.status in ('ASSIGNED','REHANDLING') and s.deadline < '"
                + LocalDate.now(cn.luzhi.shared.time.AppClock.ZONE) + "'");
        assertEquals(overdue, f.getLong("total.overdue"));
        // the groups add up to the total
        List<Map<String, Object>> rows = f.getList("rows");
        assertEquals(registered, rows.stream().mapToLong(r -> ((Number) r.get("registered")).longValue()).sum());
        assertEquals(closed, rows.stream().mapToLong(r -> ((Number) r.get("closed")).longValue()).sum());
        assertTrue(rows.stream().anyMatch(r -> "城乡建设".equals(r.get("label"))), rows.toString());
    }

    @Test
    void byUnitMatchesTheLeadUnitsInSql() {
        int year = LocalDate.now(cn.luzhi.shared.time.AppClock.ZONE).getYear();
        long housing = ((Number) db.scalar("select id from handling_unit where name = '县住房和城乡建设局'")).longValue();
        JsonPath f = as("leader1").get("/api/v1/suggestions/figures?year=" + year + "&groupBy=unit").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = f.getMap("rows.find { it.key == '" + housing + "' }");
        long expected = sql("count(*)", year, " and exists (select 1 from assignment a where a.suggestion_id = s.id and a.lead = true and a.active = true and a.unit_id = " + housing + ")");
        assertEquals(expected, ((Number) row.get("registered")).longValue());
        assertEquals("县住房和城乡建设局", row.get("label"));
        as("staff1").get("/api/v1/suggestions/figures?groupBy=month").then().statusCode(200).body("rows[0].key", matchesPattern("\\d{4}-\\d{2}"));
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
