package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Problems found in a deliberated topic, driven by the responsible unit to a verified fix, looked back on, escalated. */
@QuarkusTest
class ProblemApiTest {
    @Inject
    AppClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Inject
    Db db;

    static int year = 2091 + (int) (System.currentTimeMillis() / 1000 % 8);

    long unit1Unit() {
        return ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
    }

    long otherUnit() {
        return ((Number) db.scalar("select id from handling_unit where name = '县交通运输局'")).longValue();
    }

    String etag(String path) {
        return as("staff1").get(path).then().statusCode(200).extract().header("ETag");
    }

    int deliberatedTopic() {
        int y = year++;
        if (year > 2099) {
            year = 2091;
        }
        Integer plan = as("staff1").get("/api/v1/supervision/plans?size=200").then().extract()
                .path("items.find { it.year == " + y + " }.id");
        if (plan == null) {
            plan = as("staff1").contentType(ContentType.JSON).body(Map.of("year", y, "title", y + "年度计划"))
                    .post("/api/v1/supervision/plans").then().statusCode(201).extract().path("id");
        }
        int topic = as("staff1").contentType(ContentType.JSON)
                .body(Map.of("title", "停车难整治专项工作报告", "method", "WORK_REPORT", "sources", List.of("SUGGESTION_HOTSPOT")))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201).extract().path("id");
        for (String a : List.of("approve", "start", "deliberate")) {
            as("staff1").header("If-Match", etag("/api/v1/supervision/topics/" + topic)).post("/api/v1/supervision/topics/" + topic + "/" + a)
                    .then().statusCode(200);
        }
        return topic;
    }

    Map<String, Object> problem(long unit) {
        return Map.of("description", "老旧小区停车泊位缺口大", "unitId", unit, "responsiblePerson", "王局长", "measures", "新增夜间共享泊位 500 个",
                "deadline", clock.today().plusMonths(2).toString());
    }

    ValidatableResponse act(String user, int id, String action, Object body) {
        return as(user).header("If-Match", etag("/api/v1/supervision/problems/" + id)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/supervision/problems/" + id + "/" + action).then();
    }

    /** Units report their own problems, staff and committees verify and look back, staff and leaders escalate open ones. */
    @Test
    void eachCallerIsOfferedTheRectificationStepsTheirRoleAndTheProblemsStateAllow() {
        int topic = deliberatedTopic();
        as("staff1").get("/api/v1/supervision/topics/" + topic).then().body("actions", contains("close", "addProblem"));
        as("leader1").get("/api/v1/supervision/topics/" + topic).then().body("actions", empty());
        int id = as("staff1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).body("actions", contains("escalation")).extract().path("id");
        as("unit1").get("/api/v1/supervision/problems/" + id).then().body("actions", contains("progress"));
        as("leader1").get("/api/v1/supervision/problems/" + id).then().body("actions", contains("escalation"));
        as("committee1").get("/api/v1/supervision/problems/" + id).then().body("actions", empty());
    }

    @Test
    void aProblemIsRectifiedVerifiedLookedBackReopenedAndKeepsItsHistory() {
        int topic = deliberatedTopic();
        int id = as("staff1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).body("status", is("RECTIFYING")).body("warning", is("GREEN"))
                .body("unitName", is("县住房和城乡建设局")).extract().path("id");
        act("unit1", id, "progress", Map.of("note", "已施划 3 个小区的泊位")).statusCode(200).body("status", is("RECTIFYING"));
        act("unit1", id, "progress", Map.of("note", "全部完成", "completed", true)).statusCode(200).body("status", is("REPORTED"));
        act("staff1", id, "verification", Map.of("accepted", false, "note", "现场仍有 2 个小区未施划")).statusCode(200)
                .body("status", is("RECTIFYING"));
        act("unit1", id, "progress", Map.of("note", "补齐 2 个小区", "completed", true)).statusCode(200);
        act("staff1", id, "verification", Map.of("accepted", true, "note", "核实到位")).statusCode(200).body("status", is("RECTIFIED"))
                .body("warning", is("NONE"));
        act("staff1", id, "look-back", Map.of("outcome", "NOT_RECTIFIED", "note", "回头看发现夜间占道停车反弹")).statusCode(409)
                .body("rule", is("reopen-needs-deadline"));
        act("staff1", id, "look-back", Map.of("outcome", "NOT_RECTIFIED", "note", "回头看发现夜间占道停车反弹", "newDeadline",
                clock.today().plusMonths(1).toString())).statusCode(200).body("status", is("RECTIFYING"))
                .body("reopened", is(1));
        List<String> actions = as("unit1").get("/api/v1/supervision/problems/" + id + "/history").then().statusCode(200).extract().path("action");
        assertEquals(List.of("CREATED", "PROGRESS", "REPORTED_RECTIFIED", "VERIFY_REJECTED", "REPORTED_RECTIFIED", "VERIFIED", "REOPENED"), actions);
    }

    @Test
    void escalationClimbsTheLadderOneRungAtATime() {
        int topic = deliberatedTopic();
        int id = as("staff1").contentType(ContentType.JSON).body(problem(otherUnit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).extract().path("id");
        for (String level : List.of("REMINDER", "TALK", "INTERPELLATION", "SPECIAL_INVESTIGATION")) {
            act("leader1", id, "escalation", Map.of("note", "升级督办")).statusCode(200).body("escalation", is(level));
        }
        act("staff1", id, "escalation", Map.of("note", "再升级")).statusCode(409).body("rule", is("escalation-ladder-top"));
        as("staff1").get("/api/v1/supervision/problems?escalation=SPECIAL_INVESTIGATION&size=200").then().log().ifValidationFails().body("items.id", hasItem(id));
    }

    @Test
    void unitsSeeAndReportOnlyTheirOwnProblems() {
        int topic = deliberatedTopic();
        int theirs = as("staff1").contentType(ContentType.JSON).body(problem(otherUnit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).extract().path("id");
        as("unit1").get("/api/v1/supervision/problems/" + theirs).then().statusCode(404);
        as("unit1").get("/api/v1/supervision/problems?size=200").then().statusCode(200).body("items.unitId", everyItem(is((int) unit1Unit())));
        as("unit1").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("note", "x", "completed", true))
                .post("/api/v1/supervision/problems/" + theirs + "/progress").then().statusCode(404);
        act("staff1", theirs, "progress", Map.of("note", "工作人员不能代报")).statusCode(403);
        // A deputy outside the topic's supervision group sees none of its problems.
        as("deputy1").get("/api/v1/supervision/problems?topicId=" + topic).then().statusCode(200).body("total", is(0));
        as("deputy1").get("/api/v1/supervision/problems/" + theirs).then().statusCode(404);
    }

    @Test
    void problemsNeedADeliberatedTopicAndSoundInput() {
        int topic = deliberatedTopic();
        String before = db.fingerprint() + db.count("problem") + db.count("problem_step");
        var past = new java.util.HashMap<>(problem(unit1Unit()));
        past.put("deadline", clock.today().minusDays(1).toString());
        as("staff1").contentType(ContentType.JSON).body(past).post("/api/v1/supervision/topics/" + topic + "/problems").then().statusCode(400)
                .body("errors[0].field", is("deadline"));
        var noUnit = new java.util.HashMap<>(problem(999999));
        as("staff1").contentType(ContentType.JSON).body(noUnit).post("/api/v1/supervision/topics/" + topic + "/problems").then().statusCode(422)
                .body("errors[0].field", is("unitId"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("unitId", unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(400).body("errors.field", hasItems("description", "measures", "responsiblePerson", "deadline"));
        as("unit1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems").then()
                .statusCode(403);
        assertEquals(before, db.fingerprint() + db.count("problem") + db.count("problem_step"), "the refused and invalid requests wrote nothing");
        int plan = as("staff1").get("/api/v1/supervision/topics/" + topic).then().extract().path("planId");
        int fresh = as("staff1").contentType(ContentType.JSON)
                .body(Map.of("title", "尚未审议的议题", "method", "INSPECTION", "sources", List.of("KEY_TASK")))
                .post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201).extract().path("id");
        String mid = db.fingerprint() + db.count("problem") + db.count("problem_step");
        as("staff1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + fresh + "/problems").then()
                .statusCode(409).body("rule", is("problems-after-deliberation"));
        assertEquals(mid, db.fingerprint() + db.count("problem") + db.count("problem_step"));
    }

    @Test
    void rectificationFiguresEqualTheirDefinitionsInSql() {
        int topic = deliberatedTopic();
        int done = as("staff1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).extract().path("id");
        as("staff1").contentType(ContentType.JSON).body(problem(otherUnit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201);
        act("unit1", done, "progress", Map.of("note", "完成", "completed", true)).statusCode(200);
        act("staff1", done, "verification", Map.of("accepted", true, "note", "到位")).statusCode(200);
        int year = clock.today().getYear();
        var f = as("leader1").get("/api/v1/supervision/figures?year=" + year).then().statusCode(200).extract().jsonPath();
        String inYear = " from problem where congress_id = 1 and created_at >= '" + year + "-01-01 00:00:00' - interval 8 hour"
                + " and created_at < '" + (year + 1) + "-01-01 00:00:00' - interval 8 hour";
        long found = ((Number) db.scalar("select count(*)" + inYear)).longValue();
        long fixed = ((Number) db.scalar("select count(*)" + inYear + " and status = 'RECTIFIED'")).longValue();
        long overdue = ((Number) db.scalar("select count(*) from problem where congress_id = 1 and status <> 'RECTIFIED' and deadline < ?1",
                clock.today())).longValue();
        assertEquals(found, f.getLong("found"));
        assertEquals(fixed, f.getLong("rectified"));
        assertEquals(Math.round(fixed * 10000.0 / found) / 10000.0, f.getDouble("rectificationRate"), 1e-9);
        assertEquals(overdue, f.getLong("overdue"));
        assertEquals(found, f.getList("byUnit.found", Integer.class).stream().mapToLong(Integer::longValue).sum());
        assertEquals(12, f.getList("byMonth").size());
        assertEquals(found, f.getList("byMonth.found", Integer.class).stream().mapToLong(Integer::longValue).sum());
        long fixedInYear = ((Number) db.scalar("select count(*) from problem where congress_id = 1 and rectified_at >= '" + year
                + "-01-01 00:00:00' - interval 8 hour and rectified_at < '" + (year + 1) + "-01-01 00:00:00' - interval 8 hour")).longValue();
        assertEquals(fixedInYear, f.getList("byMonth.fixed", Integer.class).stream().mapToLong(Integer::longValue).sum());
        int thisMonth = clock.today().getMonthValue();
        assertTrue(f.getInt("byMonth[" + (thisMonth - 1) + "].fixed") >= 1, "the problem verified just now counts in this month");
        as("unit1").get("/api/v1/supervision/figures").then().statusCode(403);
        as("staff1").get("/api/v1/supervision/figures?year=1800").then().statusCode(400).body("errors[0].field", is("year"));
    }

    @Test
    void overdueProblemsAreRed() {
        int topic = deliberatedTopic();
        int id = as("staff1").contentType(ContentType.JSON).body(problem(unit1Unit())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201).extract().path("id");
        clock.moveBy(Duration.ofDays(100)); // the deadline is two months out
        as("unit1").get("/api/v1/supervision/problems?warning=RED&size=200").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.warning", everyItem(is("RED")));
        as("staff1").get("/api/v1/supervision/problems?warning=BLUE").then().statusCode(400).body("errors[0].field", is("warning"));
    }
}
