package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A year's plan: topics from the four sources with their evidence, owned by committees, moved step by step. */
@QuarkusTest
class SupervisionPlanApiTest {
    @Inject
    Db db;


    /** The first year from 2031 to 2090 without a plan of the county (ProblemApiTest keeps 2091-2099). */
    static int freeYear(Db db) {
        for (int y = 2031; y <= 2090; y++) {
            if (db.count("supervision_plan", "congress_id = 1 and year = ?1", y) == 0) {
                return y;
            }
        }
        throw new IllegalStateException("no free plan year left; reset the test database");
    }

    long committee1Committee() {
        return ((Number) db.scalar("select committee_id from app_user where username = 'committee1'")).longValue();
    }

    long otherCommittee() {
        return ((Number) db.scalar("select id from committee where congress_id = 1 and name = '法制委员会'")).longValue();
    }

    int newPlan() {
        int year = freeYear(db);
        return as("staff1").contentType(ContentType.JSON).body(Map.of("year", year, "title", year + "年度监督工作计划"))
                .post("/api/v1/supervision/plans").then().statusCode(201).body("status", is("DRAFT")).body("topicCount", is(0))
                .extract().path("id");
    }

    Map<String, Object> topic(String title, Long committeeId) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("method", "WORK_REPORT");
        b.put("committeeId", committeeId);
        b.put("sources", List.of("KEY_TASK"));
        return b;
    }

    String etag(String path, String user) {
        return as(user).get(path).then().statusCode(200).extract().header("ETag");
    }

    ValidatableResponse move(String user, int topic, String action) {
        return as(user).header("If-Match", etag("/api/v1/supervision/topics/" + topic, "staff1"))
                .post("/api/v1/supervision/topics/" + topic + "/" + action).then();
    }

    @Test
    void aCandidateBecomesATopicWithItsEvidenceInOneAction() {
        int plan = newPlan();
        List<Integer> ids = as("staff1").get("/api/v1/supervision/topic-candidates?limit=1").then().statusCode(200).extract()
                .path("[0].items.id");
        int topic = as("staff1").contentType(ContentType.JSON)
                .body(Map.of("title", "关于城区停车难问题整治情况的专项工作报告", "method", "WORK_REPORT", "suggestionIds", ids))
                .post("/api/v1/supervision/plans/" + plan + "/topics/from-candidate").then().statusCode(201)
                .body("status", is("PROPOSED")).body("evidenceIds", hasSize(ids.size()))
                .body("sources", hasItem("SUGGESTION_HOTSPOT")).extract().path("id");
        as("leader1").get("/api/v1/supervision/topics/" + topic).then().statusCode(200).body("evidenceIds", containsInAnyOrder(ids.toArray()));
        // Each item of evidence comes with what identifies it, as stored on the suggestion.
        int first = ids.stream().mapToInt(Integer::intValue).min().orElseThrow();
        var row = db.rows("select title, kind, source from suggestion where id = ?1", first).get(0);
        as("leader1").get("/api/v1/supervision/topics/" + topic).then().body("evidence.id", contains(ids.stream().sorted().toArray()))
                .body("evidence[0].title", is(row[0])).body("evidence[0].kind", is(row[1])).body("evidence[0].source", is(row[2]));
        as("staff1").get("/api/v1/supervision/plans/" + plan).then().body("topicCount", is(1));
    }

    @Test
    void topicsMoveInOrderAndRefuseSkippedSteps() {
        int plan = newPlan();
        int topic = as("staff1").contentType(ContentType.JSON).body(topic("关于农村饮水安全工作情况的报告", committee1Committee()))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201).extract().path("id");
        move("staff1", topic, "deliberate").statusCode(409).contentType("application/problem+json").body("rule", is("deliberate-only-in-progress"));
        move("committee1", topic, "approve").statusCode(403);
        move("staff1", topic, "approve").statusCode(200).body("status", is("APPROVED"));
        move("committee1", topic, "start").statusCode(200).body("status", is("IN_PROGRESS"));
        as("committee1").contentType(ContentType.JSON).header("If-Match", etag("/api/v1/supervision/topics/" + topic, "staff1"))
                .body(topic("改名", committee1Committee())).put("/api/v1/supervision/topics/" + topic).then().statusCode(409)
                .body("rule", is("edit-before-start"));
        move("committee1", topic, "deliberate").statusCode(200);
        move("committee1", topic, "close").statusCode(200).body("status", is("CLOSED"));
        as("staff1").get("/api/v1/supervision/plans/" + plan + "/topics?status=CLOSED").then().body("total", is(1));
        String tag = etag("/api/v1/supervision/plans/" + plan, "staff1");
        as("staff1").header("If-Match", tag).post("/api/v1/supervision/plans/" + plan + "/adopt").then().statusCode(200)
                .body("status", is("ADOPTED")).body("adoptedOn", notNullValue());
    }

    @Test
    void committeesOwnOnlyTheirTopics() {
        int plan = newPlan();
        as("committee1").contentType(ContentType.JSON).body(topic("他委员会的议题", otherCommittee()))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(400).body("errors[0].field", is("committeeId"));
        int mine = as("committee1").contentType(ContentType.JSON).body(topic("本委员会的议题", committee1Committee()))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201).body("committeeName", is("财政经济委员会"))
                .extract().path("id");
        int theirs = as("staff1").contentType(ContentType.JSON).body(topic("法制委的议题", otherCommittee()))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201).extract().path("id");
        as("committee1").contentType(ContentType.JSON).header("If-Match", etag("/api/v1/supervision/topics/" + theirs, "staff1"))
                .body(topic("改他的", otherCommittee())).put("/api/v1/supervision/topics/" + theirs).then().statusCode(403);
        as("committee1").contentType(ContentType.JSON).header("If-Match", etag("/api/v1/supervision/topics/" + mine, "staff1"))
                .body(topic("本委员会的议题（修改）", committee1Committee())).put("/api/v1/supervision/topics/" + mine).then().statusCode(200)
                .body("title", is("本委员会的议题（修改）"));
        as("staff1").get("/api/v1/supervision/plans/" + plan + "/topics?committeeId=" + committee1Committee()).then().body("total", is(1));
    }

    @Test
    void badPlansAndTopicsWriteNothing() {
        int plan = newPlan();
        String before = db.fingerprint() + db.count("topic") + db.count("topic_evidence") + db.count("supervision_plan");
        int year = as("staff1").get("/api/v1/supervision/plans/" + plan).then().extract().path("year");
        as("staff1").contentType(ContentType.JSON).body(Map.of("year", year, "title", "重复")).post("/api/v1/supervision/plans").then()
                .statusCode(409).body("errors[0].field", is("year"));
        var noSource = topic("无来源", null);
        noSource.put("sources", List.of());
        as("staff1").contentType(ContentType.JSON).body(noSource).post("/api/v1/supervision/plans/" + plan + "/topics").then()
                .statusCode(400).body("errors[0].field", is("sources"));
        var badMethod = topic("方式错误", null);
        badMethod.put("method", "PETITION");
        as("staff1").contentType(ContentType.JSON).body(badMethod).post("/api/v1/supervision/plans/" + plan + "/topics").then()
                .statusCode(400).body("errors[0].field", is("method"));
        var badEvidence = topic("依据不存在", null);
        badEvidence.put("evidenceIds", List.of(999999));
        as("staff1").contentType(ContentType.JSON).body(badEvidence).post("/api/v1/supervision/plans/" + plan + "/topics").then()
                .statusCode(422).body("errors[0].field", is("evidenceIds[0]"));
        as("staff1").header("If-Match", etag("/api/v1/supervision/plans/" + plan, "staff1"))
                .post("/api/v1/supervision/plans/" + plan + "/adopt").then().statusCode(409).body("rule", is("adopt-needs-topics"));
        as("deputy1").contentType(ContentType.JSON).body(topic("越权", null)).post("/api/v1/supervision/plans/" + plan + "/topics").then()
                .statusCode(403);
        as("staff2").get("/api/v1/supervision/plans/" + plan).then().statusCode(404);
        assertEquals(before, db.fingerprint() + db.count("topic") + db.count("topic_evidence") + db.count("supervision_plan"));
    }
}
