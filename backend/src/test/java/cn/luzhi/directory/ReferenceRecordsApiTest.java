package cn.luzhi.directory;

import static cn.luzhi.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import cn.luzhi.testing.Db;
import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Handling units, liaison stations, committees and delegations. */
@QuarkusTest
class ReferenceRecordsApiTest {
    static final String PROBLEM = "application/problem+json";
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Inject
    Db db;

    static Map<String, Object> unit(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("shortName", "测试");
        b.put("kind", "GOVERNMENT_DEPARTMENT");
        b.put("contactPerson", "周明");
        b.put("contactPhone", "0537-8220000");
        return b;
    }

    @Test
    void everyRoleOfTheCongressListsUnitsAndSearchesInChinese() {
        for (String u : new String[] { "admin", "staff1", "leader1", "committee1", "deputy1", "unit1" }) {
            as(u).get("/api/v1/units?size=50").then().statusCode(200).body("total", greaterThanOrEqualTo(22));
        }
        as("staff1").get("/api/v1/units?q=住建").then().statusCode(200).body("items.name", hasItem("县住房和城乡建设局"));
        as("staff1").get("/api/v1/units?kind=COURT").then().statusCode(200).body("items.kind", everyItem(is("COURT")))
                .body("total", greaterThanOrEqualTo(1));
        as("staff1").get("/api/v1/units?kind=BANK").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("kind"));
        as("staff2").get("/api/v1/units").then().statusCode(200).body("items.name", not(hasItem("县住房和城乡建设局")));
        given().get("/api/v1/units").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unitLifecycleWithETagsHistoryAndDelete() {
        String name = "县数据管理局" + RUN;
        var r = as("staff1").contentType(ContentType.JSON).body(unit(name)).post("/api/v1/units").then().statusCode(201)
                .header("ETag", is("\"0\"")).body("active", is(true)).extract();
        int id = r.path("id");
        var change = unit(name);
        change.put("active", false);
        as("staff1").contentType(ContentType.JSON).body(change).put("/api/v1/units/" + id).then().statusCode(428);
        as("staff1").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/units/" + id).then()
                .statusCode(200).header("ETag", is("\"1\"")).body("active", is(false));
        as("staff1").get("/api/v1/units/" + id + "/history").then().statusCode(200).body("action", contains("CREATED", "UPDATED"))
                .body("[1].changes[0].field", is("active"));
        as("staff1").delete("/api/v1/units/" + id).then().statusCode(428);
        as("staff1").header("If-Match", "\"0\"").delete("/api/v1/units/" + id).then().statusCode(412);
        as("staff1").header("If-Match", "\"1\"").delete("/api/v1/units/" + id).then().statusCode(204);
        as("staff1").get("/api/v1/units/" + id).then().statusCode(404);
        assertEquals(1, db.count("audit_event", "entity_type = 'unit' and entity_id = ?1 and action = 'DELETED'", id));
    }

    @Test
    void unitNamesAreUniqueWithinACongress() {
        String before = db.fingerprint();
        as("staff1").contentType(ContentType.JSON).body(unit("县财政局")).post("/api/v1/units").then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", is("name")).body("detail", containsString("已存在"));
        var bad = unit("");
        bad.put("kind", "BANK");
        as("staff1").contentType(ContentType.JSON).body(bad).post("/api/v1/units").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("kind"));
        as("staff1").contentType(ContentType.JSON).body(unit("")).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", is("name"));
        assertEquals(before, db.fingerprint());
        // the same name in another congress is fine
        as("staff2").contentType(ContentType.JSON).body(unit("县财政局")).post("/api/v1/units").then().statusCode(anyOf(is(201), is(409)));
    }

    @Test
    void aUnitWithAccountsCannotBeDeleted() {
        long unitOfClerk = ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
        int version = as("staff1").get("/api/v1/units/" + unitOfClerk).then().statusCode(200).extract().path("version");
        String before = db.fingerprint();
        as("staff1").header("If-Match", "\"" + version + "\"").delete("/api/v1/units/" + unitOfClerk).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("引用"));
        assertEquals(before, db.fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = { "leader1", "committee1", "deputy1", "unit1" })
    void readOnlyRolesCannotChangeReferenceRecords(String user) {
        String before = db.fingerprint();
        as(user).contentType(ContentType.JSON).body(unit("越权单位")).post("/api/v1/units").then().statusCode(403).contentType(PROBLEM);
        as(user).contentType(ContentType.JSON).body(Map.of("name", "越权联络站")).post("/api/v1/stations").then().statusCode(403);
        as(user).contentType(ContentType.JSON).body(Map.of("name", "越权代表团")).post("/api/v1/delegations").then().statusCode(403);
        as(user).contentType(ContentType.JSON).body(Map.of("name", "越权委员会", "kind", "SPECIAL")).post("/api/v1/committees").then()
                .statusCode(403);
        as(user).header("If-Match", "\"0\"").delete("/api/v1/stations/1").then().statusCode(403);
        assertEquals(before, db.fingerprint());
    }

    @Test
    void stationsCountTheirActiveDeputies() {
        as("staff1").get("/api/v1/stations?q=城关").then().statusCode(200).body("items[0].name", containsString("城关"))
                .body("items[0].deputyCount", greaterThan(0)).body("items[0].receptionSchedule", containsString("5日"));
        int id = as("staff1").contentType(ContentType.JSON)
                .body(Map.of("name", "测试联络站" + RUN, "township", "测试镇", "receptionSchedule", "每周三下午"))
                .post("/api/v1/stations").then().statusCode(201).body("deputyCount", is(0)).extract().path("id");
        as("staff1").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "测试联络站" + RUN, "township", "测试镇", "receptionSchedule", "每月5日"))
                .put("/api/v1/stations/" + id).then().statusCode(200).body("receptionSchedule", is("每月5日"));
        as("staff1").get("/api/v1/stations/" + id + "/history").then().body("[1].changes[0].from", is("每周三下午"));
        long stationWithDeputies = ((Number) db.scalar("select min(station_id) from deputy_mandate where station_id is not null")).longValue();
        int v = as("staff1").get("/api/v1/stations/" + stationWithDeputies).then().extract().path("version");
        as("staff1").header("If-Match", "\"" + v + "\"").delete("/api/v1/stations/" + stationWithDeputies).then().statusCode(409);
        as("staff1").contentType(ContentType.JSON).body(Map.of("name", "长".repeat(101))).post("/api/v1/stations").then()
                .statusCode(400).body("errors[0].field", is("name"));
    }

    @Test
    void committeesAndDelegations() {
        as("leader1").get("/api/v1/committees").then().statusCode(200).body("total", greaterThanOrEqualTo(8));
        as("leader1").get("/api/v1/committees?q=财政经济").then().statusCode(200).body("items.name", hasItem("财政经济委员会"));
        int id = as("staff1").contentType(ContentType.JSON).body(Map.of("name", "测试委员会" + RUN, "kind", "WORKING"))
                .post("/api/v1/committees").then().statusCode(201).body("kind", is("WORKING")).extract().path("id");
        as("staff1").contentType(ContentType.JSON).body(Map.of("name", "测试委员会", "kind", "PARTY")).post("/api/v1/committees")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        as("staff1").header("If-Match", "\"0\"").delete("/api/v1/committees/" + id).then().statusCode(204);
        as("deputy1").get("/api/v1/delegations?size=100").then().statusCode(200).body("total", greaterThanOrEqualTo(8));
        long used = ((Number) db.scalar("select min(delegation_id) from deputy_mandate where congress_id = 1")).longValue();
        as("staff1").header("If-Match", "\"0\"").delete("/api/v1/delegations/" + used).then().statusCode(409);
        as("staff2").get("/api/v1/delegations/" + used).then().statusCode(404);
    }

    @Test
    void integrationAccountReadsUnits() {
        given().auth().oauth2(Tokens.integration()).get("/api/v1/units").then().statusCode(200).body("total", greaterThanOrEqualTo(22));
        String csv = given().auth().oauth2(Tokens.integration()).get("/api/v1/units/export?kind=COURT").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("县人民法院") && !csv.contains("县财政局"), csv);
    }
}
