package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import cn.luzhi.testing.Db;
import cn.luzhi.shared.time.AppClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** 三问两评: asks in order, one vote per deputy and round, the pass line computed from the votes. */
@QuarkusTest
class KeyProjectApiTest {
    @Inject
    Db db;
    @Inject
    AppClock clock;

    int project() {
        long unit = ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
        return as("staff1").contentType(ContentType.JSON).body(Map.of("year", clock.today().getYear(), "name", "城区停车场建设项目", "unitId", unit, "passThreshold", 0.8))
                .post("/api/v1/supervision/key-projects").then().statusCode(201).extract().path("id");
    }

    void ask(int id, String ask, String text, int expected) {
        String tag = as("staff1").get("/api/v1/supervision/key-projects/" + id).then().extract().header("ETag");
        as("staff1").header("If-Match", tag).contentType(ContentType.JSON).body(Map.of("ask", ask, "text", text))
                .post("/api/v1/supervision/key-projects/" + id + "/asks").then().statusCode(expected);
    }

    @Test
    void asksComeInOrderAndDeputiesVoteOncePerRound() {
        int id = project();
        ask(id, "PROGRESS", "进度", 409);
        ask(id, "PLAN", "年内建成 3 个停车场", 200);
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "MID_YEAR", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(409).body("rule", is("mid-year-rating-after-progress"));
        assertEquals(0, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'deputy1' and n.kind = 'VOTE_OPEN' and n.link = ?1",
                "/supervision/key-projects/" + id), "no round is open yet");
        ask(id, "PROGRESS", "已建成 2 个", 200);
        // the mid-year round opens: every deputy of the congress is told, once
        assertEquals(1, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'deputy1' and n.kind = 'VOTE_OPEN' and n.link = ?1"
                + " and n.title like '%年中评议%'", "/supervision/key-projects/" + id));
        ask(id, "PROGRESS", "已建成 2 个，第 3 个开工", 200);
        assertEquals(1, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'deputy1' and n.kind = 'VOTE_OPEN' and n.link = ?1",
                "/supervision/key-projects/" + id), "a corrected progress report does not open the round again");
        assertEquals(0, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'unit1' and n.kind = 'VOTE_OPEN' and n.link = ?1",
                "/supervision/key-projects/" + id), "units do not vote");
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "MID_YEAR", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(201).body("votes", is(1)).body("passed", is(true));
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "MID_YEAR", "rating", "UNSATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(409).body("rule", is("one-vote-per-round"));
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "YEAR_END", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(409).body("rule", is("year-end-rating-after-result"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("round", "MID_YEAR", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(403);
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "AUTUMN", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(400).body("errors[0].field", is("round"));
    }

    @Test
    void theResultFollowsThePassLine() {
        int id = project();
        ask(id, "PLAN", "计划", 200);
        ask(id, "PROGRESS", "进度", 200);
        // four other deputies voted: 2 满意, 1 基本满意, 1 不满意 -> 3/4 = 0.75 < 0.8
        String[] ratings = { "SATISFIED", "SATISFIED", "BASIC", "UNSATISFIED" };
        for (int i = 0; i < 4; i++) {
            long deputy = ((Number) db.scalar("select id from deputy_mandate where congress_id = 1 and status = 'ACTIVE' order by id desc limit 1 offset " + i))
                    .longValue();
            db.execute("insert into project_vote (project_id, round, deputy_id, rating, at) values (?1, 'MID_YEAR', ?2, ?3, ?4)", id, deputy,
                    ratings[i], clock.instant());
        }
        as("leader1").get("/api/v1/supervision/key-projects/" + id).then().statusCode(200)
                .body("ratings.find { it.round == 'MID_YEAR' }.votes", is(4))
                .body("ratings.find { it.round == 'MID_YEAR' }.satisfactionRate", is(0.75f))
                .body("ratings.find { it.round == 'MID_YEAR' }.passed", is(false))
                .body("ratings.find { it.round == 'YEAR_END' }.passed", nullValue());
        // deputy1's satisfied vote lifts it to 4/5 = 0.8, on the line: passed
        as("deputy1").contentType(ContentType.JSON).body(Map.of("round", "MID_YEAR", "rating", "SATISFIED"))
                .post("/api/v1/supervision/key-projects/" + id + "/votes").then().statusCode(201).body("satisfactionRate", is(0.8f))
                .body("passed", is(true));
        as("staff2").get("/api/v1/supervision/key-projects/" + id).then().statusCode(404);
        as("unit1").get("/api/v1/supervision/key-projects").then().statusCode(403);
    }
}
