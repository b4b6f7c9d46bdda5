package cn.luzhi.suggestions;

import static cn.luzhi.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.testing.Db;
import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed loop through the API, with the real accounts of deputy1, staff1 and unit1 (县住房和城乡建设局). */
@QuarkusTest
class SuggestionLoopApiTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    AppClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Inject
    Db db;

    long unit1Unit() {
        return ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
    }

    long otherUnit() {
        return ((Number) db.scalar("select id from handling_unit where name = '县交通运输局'")).longValue();
    }

    long deputy1() {
        return ((Number) db.scalar("select deputy_id from app_user where username = 'deputy1'")).longValue();
    }

    long anotherDeputy() {
        return ((Number) db.scalar("select min(id) from deputy_mandate where congress_id = 1 and status = 'ACTIVE' and id <> ?1", deputy1())).longValue();
    }

    static Map<String, Object> suggestion(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "SUGGESTION");
        b.put("title", title);
        b.put("content", "城关镇老旧小区车位不足，夜间停车难，建议挖潜增设临时泊位。");
        b.put("category", "URBAN");
        b.put("sessionLabel", "十八届人大四次会议");
        return b;
    }

    String etag(long id, String user) {
        return as(user).get("/api/v1/suggestions/" + id).then().statusCode(200).extract().header("ETag");
    }

    ValidatableResponse act(String user, long id, String action, Object body) {
        var req = as(user).header("If-Match", etag(id, user.equals("deputy1") || user.equals("unit1") ? user : "staff1"));
        if (body != null) {
            req = req.contentType(ContentType.JSON).body(body);
        }
        return req.post("/api/v1/suggestions/" + id + "/" + action).then();
    }

    /** deputy1 submits, staff1 registers and assigns to unit1's unit; answers the id. */
    long assignedToUnit1(String title) {
        long id = registered(title);
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "coUnitIds", List.of(otherUnit()))).statusCode(200)
                .body("status", is("ASSIGNED")).body("leadUnitId", is((int) unit1Unit())).body("warning", is("GREEN"))
                .body("leadUnitName", is("县住房和城乡建设局")).body("coUnitNames", contains("县交通运输局"));
        return id;
    }

    /** Assigned to unit1 with the given deadline. */
    long assignedToUnit1(String title, LocalDate deadline) {
        long id = registered(title);
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "deadline", deadline.toString())).statusCode(200)
                .body("deadline", is(deadline.toString()));
        return id;
    }

    long registered(String title) {
        int id = as("deputy1").contentType(ContentType.JSON).body(suggestion(title)).post("/api/v1/suggestions").then()
                .statusCode(201).body("status", is("DRAFT")).extract().path("id");
        act("deputy1", id, "submit", null).statusCode(200).body("status", is("SUBMITTED"));
        act("staff1", id, "register", null).statusCode(200).body("status", is("REGISTERED")).body("number", matchesPattern("\\d{4}建\\d{4}"));
        return id;
    }

    @Test
    void oneSuggestionWalksTheWholeLoopFromDraftToClosing() {
        long id = assignedToUnit1("关于解决老旧小区夜间停车难问题的建议");
        String deadline = as("staff1").get("/api/v1/suggestions/" + id).then().extract().path("deadline");
        LocalDate due = LocalDate.parse(deadline);
        assertTrue(due.isAfter(clock.today().plusMonths(3).minusDays(1)) && due.isBefore(clock.today().plusMonths(3).plusDays(12)), deadline);

        // the unit must contact the deputy before answering
        act("unit1", id, "reply", Map.of("text", "已增设泊位", "replyClass", "B")).statusCode(409).contentType(PROBLEM)
                .body("rule", is("contact-before-reply")).body("detail", containsString("沟通"));
        act("unit1", id, "contact", Map.of("method", "FACE_TO_FACE", "note", "与代表现场查看停车点位")).statusCode(200);
        act("unit1", id, "reply", Map.of("text", "已列入明年老旧小区改造计划", "replyClass", "B")).statusCode(200)
                .body("status", is("REPLIED")).body("replyClass", is("B")).body("warning", is("NONE"));

        // not satisfied: a new round with a new, shorter deadline, and contact is needed again
        act("deputy1", id, "feedback", Map.of("contact", "SATISFIED", "attitude", "BASIC", "result", "UNSATISFIED")).statusCode(200)
                .body("status", is("REHANDLING")).body("round", is(2));
        String again = as("staff1").get("/api/v1/suggestions/" + id).then().extract().path("deadline");
        assertTrue(LocalDate.parse(again).isBefore(due), again + " is before " + due);
        act("unit1", id, "reply", Map.of("text", "再次答复", "replyClass", "A")).statusCode(409).body("rule", is("contact-before-reply"));
        act("unit1", id, "contact", Map.of("method", "PHONE", "note", "电话沟通重新办理方案")).statusCode(200);
        act("unit1", id, "reply", Map.of("text", "新增夜间临时泊位 120 个", "replyClass", "A")).statusCode(200).body("replyClass", is("A"));
        act("deputy1", id, "feedback", Map.of("contact", "SATISFIED", "attitude", "SATISFIED", "result", "SATISFIED")).statusCode(200)
                .body("status", is("RATED"));
        act("deputy1", id, "feedback", Map.of("contact", "SATISFIED", "attitude", "SATISFIED", "result", "SATISFIED")).statusCode(409)
                .body("rule", is("rate-only-replied"));
        act("staff1", id, "close", null).statusCode(200).body("status", is("CLOSED")).body("followUp", is(false));

        List<String> steps = as("deputy1").get("/api/v1/suggestions/" + id + "/timeline").then().statusCode(200).extract().path("action");
        assertEquals(List.of("CREATED", "SUBMITTED", "REGISTERED", "ASSIGNED", "CONTACTED", "REPLIED", "RATED_UNSATISFIED", "REHANDLING",
                "CONTACTED", "REPLIED", "RATED", "CLOSED"), steps);
        as("staff1").get("/api/v1/suggestions/" + id + "/timeline").then().body("find { it.action == 'RATED_UNSATISFIED' }.ratingResult", is("UNSATISFIED"))
                .body("find { it.action == 'CLOSED' }.actor", containsString("staff1"));
    }

    @Test
    void onlyTheAssignedUnitsSeeAnAssignment() {
        int id = as("staff1").contentType(ContentType.JSON).body(Map.of("kind", "OPINION", "source", "HOTLINE", "title", "12345：某路段路灯不亮",
                "content", "群众反映路灯夜间不亮", "category", "URBAN", "citizenName", "刘女士")).post("/api/v1/suggestions").then()
                .statusCode(201).body("status", is("SUBMITTED")).extract().path("id");
        act("staff1", id, "register", null).statusCode(200).body("number", containsString("民"));
        act("staff1", id, "assign", Map.of("leadUnitId", otherUnit())).statusCode(200);
        as("unit1").get("/api/v1/suggestions/" + id).then().statusCode(404);
        as("unit1").get("/api/v1/suggestions?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("unit1").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("method", "PHONE", "note", "x"))
                .post("/api/v1/suggestions/" + id + "/contact").then().statusCode(404);
        // a citizen opinion has no deputy to contact or to rate: replied, then closed
        as("staff2").get("/api/v1/suggestions/" + id).then().statusCode(404);
    }

    @Test
    void deputiesSeeTheirOwnAndPublicSuggestionsOnly() {
        var privateOne = suggestion("他人的不公开建议");
        privateOne.put("leadDeputyId", anotherDeputy());
        int hidden = as("staff1").contentType(ContentType.JSON).body(privateOne).post("/api/v1/suggestions").then().statusCode(201)
                .extract().path("id");
        var publicOne = suggestion("他人的公开建议");
        publicOne.put("leadDeputyId", anotherDeputy());
        publicOne.put("publicFlag", true);
        int shown = as("staff1").contentType(ContentType.JSON).body(publicOne).post("/api/v1/suggestions").then().statusCode(201)
                .extract().path("id");
        var cosigned = suggestion("本人附议的建议");
        cosigned.put("leadDeputyId", anotherDeputy());
        cosigned.put("cosignerIds", List.of(deputy1()));
        int mine = as("staff1").contentType(ContentType.JSON).body(cosigned).post("/api/v1/suggestions").then().statusCode(201)
                .extract().path("id");
        as("deputy1").get("/api/v1/suggestions/" + hidden).then().statusCode(404);
        as("deputy1").get("/api/v1/suggestions/" + shown).then().statusCode(200);
        as("deputy1").get("/api/v1/suggestions/" + mine).then().statusCode(200).body("cosignerIds", hasItem((int) deputy1()));
        List<Integer> listed = as("deputy1").get("/api/v1/suggestions?size=200").then().statusCode(200).extract().path("items.id");
        assertTrue(listed.contains(shown) && listed.contains(mine) && !listed.contains(hidden), listed.toString());
        // a deputy cannot submit someone else's draft
        act("deputy1", mine, "submit", null).statusCode(403);
    }

    @Test
    void badAssignmentsAreRefusedAndWriteNothing() {
        int id = as("deputy1").contentType(ContentType.JSON).body(suggestion("校验测试")).post("/api/v1/suggestions").then()
                .statusCode(201).extract().path("id");
        act("deputy1", id, "submit", null).statusCode(200);
        act("staff1", id, "register", null).statusCode(200);
        String before = db.fingerprint() + db.count("assignment") + db.count("suggestion_step");
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "deadline", clock.today().minusDays(1).toString()))
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("deadline"));
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "deadline", clock.today().plusMonths(7).toString()))
                .statusCode(400).body("errors[0].field", is("deadline")).body("detail", containsString("6 个月"));
        long townUnit = ((Number) db.scalar("select min(id) from handling_unit where congress_id <> 1")).longValue();
        act("staff1", id, "assign", Map.of("leadUnitId", townUnit)).statusCode(422).body("errors[0].field", is("leadUnitId"));
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "coUnitIds", List.of(unit1Unit()))).statusCode(400)
                .body("errors[0].field", is("coUnitIds[0]"));
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "keySupervisorId",
                ((Number) db.scalar("select id from app_user where username = 'staff1'")).longValue())).statusCode(400)
                .body("errors[0].field", is("keySupervisorId"));
        act("staff1", id, "assign", Map.of("coUnitIds", List.of())).statusCode(400).body("errors[0].field", is("leadUnitId"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("leadUnitId", unit1Unit())).post("/api/v1/suggestions/" + id + "/assign")
                .then().statusCode(428);
        assertEquals(before, db.fingerprint() + db.count("assignment") + db.count("suggestion_step"));
        // reply with an unknown class is a bad request
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit())).statusCode(200);
        act("unit1", id, "contact", Map.of("method", "PHONE", "note", "电话沟通")).statusCode(200);
        act("unit1", id, "reply", Map.of("text", "答复", "replyClass", "D")).statusCode(400).body("errors[0].field", is("replyClass"));
        act("unit1", id, "contact", Map.of("method", "CARRIER_PIGEON", "note", "x")).statusCode(400).body("errors[0].field", is("method"));
    }

    @Test
    void twoStaffAssigningAtOnceCannotBothWin() throws Exception {
        int id = as("deputy1").contentType(ContentType.JSON).body(suggestion("并发交办")).post("/api/v1/suggestions").then()
                .statusCode(201).extract().path("id");
        act("deputy1", id, "submit", null).statusCode(200);
        act("staff1", id, "register", null).statusCode(200);
        String tag = etag(id, "staff1");
        Tokens.of("admin");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String who : List.of("staff1", "admin")) {
            calls.add(() -> as(who).header("If-Match", tag).contentType(ContentType.JSON)
                    .body(Map.of("leadUnitId", who.equals("staff1") ? unit1Unit() : otherUnit()))
                    .post("/api/v1/suggestions/" + id + "/assign").then().extract().statusCode());
        }
        var pool = Executors.newFixedThreadPool(2);
        List<Integer> codes = new ArrayList<>();
        for (var f : pool.invokeAll(calls)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertTrue(codes.contains(412) || codes.contains(409), codes.toString());
        assertEquals(1L, db.count("assignment", "suggestion_id = ?1 and lead = true", id));
    }

    @Test
    void replyingTwiceIsRefused() {
        long id = assignedToUnit1("重复答复");
        act("unit1", id, "contact", Map.of("method", "PHONE", "note", "电话沟通")).statusCode(200);
        String tag = etag(id, "unit1");
        as("unit1").header("If-Match", tag).contentType(ContentType.JSON).body(Map.of("text", "答复一", "replyClass", "A"))
                .post("/api/v1/suggestions/" + id + "/reply").then().statusCode(200);
        as("unit1").header("If-Match", tag).contentType(ContentType.JSON).body(Map.of("text", "答复二", "replyClass", "A"))
                .post("/api/v1/suggestions/" + id + "/reply").then().statusCode(412);
        act("unit1", id, "reply", Map.of("text", "答复三", "replyClass", "A")).statusCode(409).body("rule", is("reply-only-while-handling"));
        assertEquals(1L, db.count("suggestion_step", "suggestion_id = ?1 and action = 'REPLIED'", id));
    }

    /** The steps each caller is offered follow the item's state and the caller's part in it (worked out from the loop's rules). */
    @Test
    void eachCallerIsOfferedTheStepsTheirPartAndTheItemsStateAllow() {
        int id = as("deputy1").contentType(ContentType.JSON).body(suggestion("可执行步骤")).post("/api/v1/suggestions").then()
                .statusCode(201).body("actions", contains("submit")).extract().path("id");
        as("unit1").get("/api/v1/suggestions/" + id).then().statusCode(404);
        act("deputy1", id, "submit", null).statusCode(200).body("actions", empty());
        as("staff1").get("/api/v1/suggestions/" + id).then().body("actions", contains("register", "decline"));
        act("staff1", id, "register", null).statusCode(200).body("actions", contains("assign", "procuratorateTransfer", "appraise"));
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "coUnitIds", List.of(otherUnit()))).statusCode(200)
                .body("actions", contains("procuratorateTransfer", "appraise"));
        as("unit1").get("/api/v1/suggestions/" + id).then().body("actions", contains("reassignmentRequest", "contact", "reply"));
        as("deputy1").get("/api/v1/suggestions/" + id).then().body("actions", empty());
        act("unit1", id, "reassignment-request", Map.of("note", "职责不符")).statusCode(200).body("actions", contains("contact", "reply"));
        as("staff1").get("/api/v1/suggestions/" + id).then().body("actions", contains("reassignmentDecision", "procuratorateTransfer", "appraise"));
        act("staff1", id, "procuratorate-transfer", Map.of("note", "公益诉讼线索")).statusCode(200)
                .body("actions", contains("reassignmentDecision", "procuratorateAnswer", "appraise"));
        as("staff1").get("/api/v1/suggestions?q=可执行步骤&size=5").then().body("items[0].actions",
                contains("reassignmentDecision", "procuratorateAnswer", "appraise"));
    }

    @Test
    void aUnitMayAskToBeReassignedWithinTheWindowAndStaffDecide() {
        long id = assignedToUnit1("申请调整");
        act("unit1", id, "reassignment-request", Map.of("note", "该事项属交通运输局职责")).statusCode(200)
                .body("reassignmentPending", is(true));
        act("unit1", id, "reassignment-request", Map.of("note", "再次申请")).statusCode(409).body("rule", is("reassign-once"));
        act("staff1", id, "reassignment-decision", Map.of("approve", true, "note", "同意调整")).statusCode(200)
                .body("status", is("REGISTERED")).body("leadUnitId", nullValue());
        as("unit1").get("/api/v1/suggestions/" + id).then().statusCode(404);
        act("staff1", id, "assign", Map.of("leadUnitId", otherUnit())).statusCode(200).body("leadUnitId", is((int) otherUnit()));
        // outside the window the request is refused
        long late = assignedToUnit1("逾期申请调整");
        clock.moveBy(Duration.ofDays(30)); // the window is 5 working days from the assignment
        act("unit1", late, "reassignment-request", Map.of("note", "太晚了")).statusCode(409).body("rule", is("reassign-within-window"));
    }

    @Test
    void listsFilterByColourAndStatus() {
        LocalDate today = clock.today();
        long overdue = assignedToUnit1("逾期未复", today.plusDays(1));
        long soon = assignedToUnit1("即将到期", today.plusDays(12));
        // five days on: the first is past its deadline (red), the second 7 calendar days away, within 10 working days (yellow)
        clock.moveBy(Duration.ofDays(5));
        as("staff1").get("/api/v1/suggestions?warning=RED&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) overdue)).body("items.id", not(hasItem((int) soon))).body("items.warning", everyItem(is("RED")));
        as("staff1").get("/api/v1/suggestions?warning=YELLOW&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) soon)).body("items.warning", everyItem(is("YELLOW")));
        as("unit1").get("/api/v1/suggestions?warning=RED&size=200").then().statusCode(200).body("items.id", hasItem((int) overdue));
        as("staff1").get("/api/v1/suggestions?status=ASSIGNED,REHANDLING&size=200").then().statusCode(200)
                .body("items.status", everyItem(isOneOf("ASSIGNED", "REHANDLING"))).body("items.id", hasItem((int) soon));
        as("staff1").get("/api/v1/suggestions?status=ASSIGNED,LOST").then().statusCode(400).body("errors[0].field", is("status"));
        as("staff1").get("/api/v1/suggestions?warning=PURPLE").then().statusCode(400).body("errors[0].field", is("warning"));
        as("staff1").get("/api/v1/suggestions?status=ASSIGNED&q=逾期未复").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void staffPickKeySupervisionLeadersFromTheLeaderList() {
        int leader = as("staff1").get("/api/v1/leaders").then().statusCode(200).body("displayName", hasItem("陈志远")).extract()
                .path("find { it.displayName == '陈志远' }.userId");
        int id = as("deputy1").contentType(ContentType.JSON).body(suggestion("重点督办")).post("/api/v1/suggestions").then()
                .statusCode(201).extract().path("id");
        act("deputy1", id, "submit", null).statusCode(200);
        act("staff1", id, "register", null).statusCode(200);
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit(), "keySupervisorId", leader)).statusCode(200)
                .body("keySupervisorName", is("陈志远"));
        as("unit1").get("/api/v1/leaders").then().statusCode(403);
    }

    @Test
    void procuratorateTransferIsRecordedWithItsAnswer() {
        long id = assignedToUnit1("公益诉讼线索");
        act("staff1", id, "procuratorate-answer", Map.of("note", "尚未移送")).statusCode(409).body("rule", is("answer-after-transfer"));
        act("staff1", id, "procuratorate-transfer", Map.of("note", "河道非法排污，涉及公共利益")).statusCode(200);
        act("staff1", id, "procuratorate-transfer", Map.of("note", "再次移送")).statusCode(409).body("rule", is("transfer-once"));
        act("staff1", id, "procuratorate-answer", Map.of("note", "已立案审查并发出检察建议")).statusCode(200);
        as("staff1").get("/api/v1/suggestions/" + id + "/timeline").then()
                .body("action", hasItems("PROCURATORATE_TRANSFERRED", "PROCURATORATE_ANSWERED"));
    }

    @Test
    void badSuggestionsAreRefused() {
        String before = db.fingerprint() + db.count("suggestion");
        as("deputy1").contentType(ContentType.JSON).body(Map.of("kind", "SUGGESTION", "title", "", "category", "URBAN"))
                .post("/api/v1/suggestions").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("title", "content"));
        var motion = suggestion("议案人数不足");
        motion.put("kind", "MOTION");
        as("deputy1").contentType(ContentType.JSON).body(motion).post("/api/v1/suggestions").then().statusCode(400)
                .body("errors[0].field", is("cosignerIds"));
        var bad = suggestion("类别错误");
        bad.put("category", "WEATHER");
        as("deputy1").contentType(ContentType.JSON).body(bad).post("/api/v1/suggestions").then().statusCode(400).body("errors[0].field", is("category"));
        var noLead = suggestion("无领衔代表");
        as("staff1").contentType(ContentType.JSON).body(noLead).post("/api/v1/suggestions").then().statusCode(400).body("errors[0].field", is("leadDeputyId"));
        var missingDeputy = suggestion("代表不存在");
        missingDeputy.put("leadDeputyId", 999999);
        as("staff1").contentType(ContentType.JSON).body(missingDeputy).post("/api/v1/suggestions").then().statusCode(422);
        assertEquals(before, db.fingerprint() + db.count("suggestion"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "leader1", "committee1", "unit1" })
    void rolesThatDoNotProposeCannotCreate(String user) {
        String before = db.fingerprint() + db.count("suggestion");
        as(user).contentType(ContentType.JSON).body(suggestion("越权")).post("/api/v1/suggestions").then().statusCode(403).contentType(PROBLEM);
        assertEquals(before, db.fingerprint() + db.count("suggestion"));
    }

    @Test
    void scriptsRegisterHotlineDemands() {
        given().auth().oauth2(Tokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("kind", "OPINION", "source", "HOTLINE", "title", "12345：小区夜间停车难", "content", "夜间停车难",
                        "category", "URBAN"))
                .post("/api/v1/suggestions").then().statusCode(201).body("status", is("SUBMITTED")).body("source", is("HOTLINE"));
    }
}
