package cn.luzhi.directory;

import static cn.luzhi.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import cn.luzhi.testing.Db;
import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DeputyApiTest {
    static final String PROBLEM = "application/problem+json";

    /** Test records get a suffix of their own, so the suite can run again on the same database. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Inject
    Db db;

    static String uniqueIdNumber() {
        long n = (System.nanoTime() % 1_000_000_000L + 1_000_000_000L) % 1_000_000_000L;
        return "11010119800101" + String.format("%04d", n % 10000).substring(0, 3) + "X";
    }

    long delegationId() {
        return ((Number) as("staff1").get("/api/v1/delegations?size=1").then().statusCode(200).extract().path("items[0].id")).longValue();
    }

    long townDelegationId() {
        return ((Number) as("staff2").get("/api/v1/delegations?size=1").then().statusCode(200).extract().path("items[0].id")).longValue();
    }

    Map<String, Object> valid(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("gender", "FEMALE");
        b.put("ethnicity", "汉族");
        b.put("birthDate", "1980-05-06");
        b.put("phone", "13912345678");
        b.put("term", 18);
        b.put("delegationId", delegationId());
        b.put("party", "CPC");
        b.put("occupationGroup", "FARMER");
        b.put("occupation", "青石镇种粮大户");
        return b;
    }

    @Test
    void staffPagesThroughDeputiesSortedByName() {
        as("staff1").get("/api/v1/deputies?page=0&size=20&sort=name,asc").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(50)).body("items", hasSize(20)).body("page", is(0)).body("size", is(20));
        List<String> page2 = as("staff1").get("/api/v1/deputies?page=1&size=20&sort=name,asc").then().statusCode(200)
                .body("items", hasSize(20)).extract().path("items.name");
        List<String> page1 = as("staff1").get("/api/v1/deputies?page=0&size=20&sort=name,asc").then().extract().path("items.name");
        assertTrue(page1.stream().noneMatch(page2::contains) || page1.size() == 20, "pages do not overlap");
        as("staff1").get("/api/v1/deputies?sort=term,desc&size=5").then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void chineseSubstringSearchFindsNamesAndOccupations() {
        as("staff1").get("/api/v1/deputies?q=建国").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.name", everyItem(containsString("建国")));
        as("staff1").get("/api/v1/deputies?q=种粮").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.occupation", everyItem(containsString("种粮")));
        as("staff1").get("/api/v1/deputies?q=不存在的词").then().statusCode(200).body("total", is(0)).body("items", empty());
    }

    @Test
    void filtersNarrowTheList() {
        as("staff1").get("/api/v1/deputies?status=SUSPENDED").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.status", everyItem(is("SUSPENDED")));
        long d = delegationId();
        as("staff1").get("/api/v1/deputies?delegationId=" + d + "&size=200").then().statusCode(200)
                .body("items.delegationId", everyItem(is((int) d)));
        as("staff1").get("/api/v1/deputies?party=MASSES&gender=MALE").then().statusCode(200)
                .body("items.party", everyItem(is("MASSES"))).body("items.gender", everyItem(is("MALE")));
    }

    @Test
    void badListParametersAreProblems() {
        as("staff1").get("/api/v1/deputies?size=500").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("size"));
        as("staff1").get("/api/v1/deputies?sort=password").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("sort"));
        as("staff1").get("/api/v1/deputies?party=WHIG").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("party")).body("detail", containsString("CPC"));
        as("staff1").get("/api/v1/deputies?page=abc").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("页码"));
    }

    @Test
    void privateFieldsAreMaskedForEveryoneButStaffAdminAndTheDeputy() {
        long ownId = ((Number) db.scalar("select deputy_id from app_user where username = 'deputy1'")).longValue();
        String full = as("staff1").get("/api/v1/deputies/" + ownId).then().statusCode(200).extract().path("phone");
        assertTrue(full.matches("1\\d{10}"), full);
        as("admin").get("/api/v1/deputies/" + ownId).then().body("phone", is(full));
        as("deputy1").get("/api/v1/deputies/" + ownId).then().statusCode(200).body("phone", is(full))
                .body("idNumber", matchesPattern("\\d{17}[\\dX]"));
        for (String viewer : List.of("leader1", "committee1", "unit1")) {
            as(viewer).get("/api/v1/deputies/" + ownId).then().statusCode(200).body("phone", containsString("****"))
                    .body("idNumber", containsString("****"));
        }
        given().auth().oauth2(Tokens.integration()).get("/api/v1/deputies/" + ownId).then().statusCode(200)
                .body("phone", containsString("****"));
        // the deputy sees others masked
        long other = ((Number) db.scalar("select min(id) from deputy_mandate where id <> ?1 and congress_id = 1", ownId)).longValue();
        as("deputy1").get("/api/v1/deputies/" + other).then().statusCode(200).body("phone", containsString("****"));
        as("leader1").get("/api/v1/deputies?size=200").then().body("items.phone", everyItem(containsString("****")));
    }

    @Test
    void staffRegistersADeputyAndTheTrailRecordsIt() {
        var created = as("staff1").contentType(ContentType.JSON).body(valid("测试代表甲" + RUN)).post("/api/v1/deputies").then()
                .statusCode(201).header("Location", matchesPattern(".*/api/v1/deputies/\\d+")).header("ETag", is("\"0\""))
                .body("name", is("测试代表甲" + RUN)).body("phone", is("13912345678")).body("status", is("ACTIVE"))
                .body("delegationName", endsWith("代表团")).extract();
        int id = created.path("id");
        as("staff1").get("/api/v1/deputies/" + id).then().statusCode(200).header("ETag", is("\"0\""));
        as("staff1").get("/api/v1/deputies/" + id + "/history").then().statusCode(200).body("", hasSize(1))
                .body("[0].action", is("CREATED")).body("[0].actor", is("staff1"))
                .body("[0].changes.find { it.field == 'name' }.to", is("测试代表甲" + RUN));
        as("staff1").get("/api/v1/deputies?q=测试代表甲" + RUN).then().body("total", is(1));
    }

    @Test
    void integrationServiceAccountListsAndCreatesDeputies() {
        given().auth().oauth2(Tokens.integration()).get("/api/v1/deputies").then().statusCode(200).body("total", greaterThanOrEqualTo(50));
        given().auth().oauth2(Tokens.integration()).contentType(ContentType.JSON).body(valid("接口导入代表" + RUN))
                .post("/api/v1/deputies").then().statusCode(201);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        String before = db.fingerprint();
        given().get("/api/v1/deputies").then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", is("/problems/unauthorized"));
        given().auth().oauth2("not-a-token").get("/api/v1/deputies").then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(valid("匿名")).post("/api/v1/deputies").then().statusCode(401);
        assertEquals(before, db.fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = { "leader1", "committee1", "deputy1", "unit1" })
    void readOnlyRolesCannotRegisterOrEdit(String user) {
        String before = db.fingerprint();
        as(user).contentType(ContentType.JSON).body(valid("越权代表")).post("/api/v1/deputies").then().statusCode(403)
                .contentType(PROBLEM).body("type", is("/problems/forbidden")).body("detail", not(emptyString()));
        as(user).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(valid("越权修改")).put("/api/v1/deputies/1").then()
                .statusCode(403).contentType(PROBLEM);
        assertEquals(before, db.fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = { "leader1", "committee1", "deputy1", "unit1", "staff1" })
    void onlyStaffAndAdminReadTheHistory(String user) {
        int expected = user.equals("staff1") ? 200 : 403;
        as(user).get("/api/v1/deputies/1/history").then().statusCode(expected);
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndWritesNothing() {
        String before = db.fingerprint();
        as("staff1").contentType(ContentType.JSON).body("{\"name\": \"缺括号\"").post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/malformed-request")).body("detail", containsString("JSON"));
        var wrongType = valid("类型错误");
        wrongType.put("term", "第十八届");
        as("staff1").contentType(ContentType.JSON).body(wrongType).post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", is("term"));
        var badEnum = valid("枚举错误");
        badEnum.put("party", "WHIG");
        as("staff1").contentType(ContentType.JSON).body(badEnum).post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", is("party")).body("errors[0].message", containsString("CPC"));
        var missing = valid(null);
        missing.remove("gender");
        as("staff1").contentType(ContentType.JSON).body(missing).post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/validation"))
                .body("errors.field", hasItems("name", "gender")).body("detail", containsString("校验"));
        as("staff1").contentType(ContentType.JSON).body(valid("长".repeat(51))).post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", is("name")).body("errors[0].message", containsString("50"));
        var badPhone = valid("号码错误");
        badPhone.put("phone", "12345");
        as("staff1").contentType(ContentType.JSON).body(badPhone).post("/api/v1/deputies").then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", is("phone")).body("errors[0].message", containsString("手机号"));
        var noDelegation = valid("无代表团");
        noDelegation.put("delegationId", 999999);
        as("staff1").contentType(ContentType.JSON).body(noDelegation).post("/api/v1/deputies").then().statusCode(422)
                .contentType(PROBLEM).body("type", is("/problems/unknown-reference")).body("errors[0].field", is("delegationId"));
        var otherCongress = valid("他处代表团");
        otherCongress.put("delegationId", townDelegationId());
        as("staff1").contentType(ContentType.JSON).body(otherCongress).post("/api/v1/deputies").then().statusCode(422)
                .body("errors[0].field", is("delegationId"));
        as("staff1").contentType(ContentType.TEXT).body("name=x").post("/api/v1/deputies").then().statusCode(415).contentType(PROBLEM);
        assertEquals(before, db.fingerprint());
    }

    @Test
    void samePersonCannotHoldTwoMandatesInOneTerm() {
        var b = valid("重复人员" + RUN);
        b.put("idNumber", uniqueIdNumber());
        as("staff1").contentType(ContentType.JSON).body(b).post("/api/v1/deputies").then().statusCode(201);
        String before = db.fingerprint();
        as("staff1").contentType(ContentType.JSON).body(b).post("/api/v1/deputies").then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", is("idNumber"));
        assertEquals(before, db.fingerprint());
    }

    @Test
    void updatesNeedTheCurrentETag() {
        int id = as("staff1").contentType(ContentType.JSON).body(valid("修改测试" + RUN)).post("/api/v1/deputies").then().statusCode(201)
                .extract().path("id");
        var change = valid("修改测试" + RUN);
        change.put("phone", "13700001111");
        String before = db.fingerprint();
        as("staff1").contentType(ContentType.JSON).body(change).put("/api/v1/deputies/" + id).then().statusCode(428)
                .contentType(PROBLEM).body("type", is("/problems/precondition-required"));
        as("staff1").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(change).put("/api/v1/deputies/" + id).then()
                .statusCode(412).contentType(PROBLEM).body("detail", containsString("他人修改"));
        assertEquals(before, db.fingerprint());
        String etag = as("staff1").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/deputies/" + id)
                .then().statusCode(200).body("phone", is("13700001111")).extract().header("ETag");
        assertEquals("\"1\"", etag);
        as("staff1").get("/api/v1/deputies/" + id).then().header("ETag", is("\"1\""));
        as("staff1").get("/api/v1/deputies/" + id + "/history").then().body("", hasSize(2)).body("[1].action", is("UPDATED"))
                .body("[1].changes", hasSize(1)).body("[1].changes[0].field", is("phone"))
                .body("[1].changes[0].from", is("13912345678")).body("[1].changes[0].to", is("13700001111"));
        // the old ETag is now stale
        as("staff1").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/deputies/" + id).then()
                .statusCode(412);
    }

    @Test
    void twoEditorsWithTheSameETagCannotBothWin() throws Exception {
        int id = as("staff1").contentType(ContentType.JSON).body(valid("并发测试" + RUN)).post("/api/v1/deputies").then().statusCode(201)
                .extract().path("id");
        Tokens.of("admin");
        List<Callable<Integer>> edits = new ArrayList<>();
        for (String who : List.of("staff1", "admin")) {
            var change = valid("并发测试" + RUN);
            change.put("occupation", "由 " + who + " 修改");
            edits.add(() -> as(who).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                    .put("/api/v1/deputies/" + id).then().extract().statusCode());
        }
        var pool = Executors.newFixedThreadPool(2);
        List<Integer> codes = new ArrayList<>();
        for (var f : pool.invokeAll(edits)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(1, codes.stream().filter(c -> c == 412).count(), codes.toString());
        assertEquals(1L, ((Number) db.scalar("select version from deputy_mandate where id = ?1", id)).longValue());
    }

    @Test
    void aTerminatedMandateCannotBeRestored() {
        var b = valid("终止测试" + RUN);
        b.put("status", "TERMINATED");
        int id = as("staff1").contentType(ContentType.JSON).body(b).post("/api/v1/deputies").then().statusCode(201).extract().path("id");
        b.put("status", "ACTIVE");
        String before = db.fingerprint();
        as("staff1").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(b).put("/api/v1/deputies/" + id).then()
                .statusCode(409).contentType(PROBLEM).body("type", is("/problems/invalid-transition"))
                .body("rule", is("mandate-terminated-is-final")).body("detail", containsString("终止"));
        assertEquals(before, db.fingerprint());
    }

    @Test
    void nobodyReadsAnotherCongresssDeputies() {
        long countyDeputy = ((Number) db.scalar("select min(id) from deputy_mandate where congress_id = 1")).longValue();
        as("staff2").get("/api/v1/deputies/" + countyDeputy).then().statusCode(404).contentType(PROBLEM);
        as("staff2").get("/api/v1/deputies/" + countyDeputy + "/history").then().statusCode(404);
        as("staff2").get("/api/v1/deputies?size=200").then().statusCode(200).body("total", is(5));
        var b = valid("跨区修改");
        as("staff2").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(b).put("/api/v1/deputies/" + countyDeputy)
                .then().statusCode(404);
        as("staff1").get("/api/v1/deputies/424242").then().statusCode(404).body("detail", containsString("代表"));
    }

    @Test
    void exportGivesTheFilteredListAsCsv() {
        String csv = as("staff1").get("/api/v1/deputies/export?status=SUSPENDED").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("deputies.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].contains("姓名"), lines[0]);
        assertTrue(lines.length >= 2 && java.util.Arrays.stream(lines).skip(1).allMatch(l -> l.endsWith("SUSPENDED")), csv);
        as("deputy1").get("/api/v1/deputies/export").then().statusCode(403);
    }
}
