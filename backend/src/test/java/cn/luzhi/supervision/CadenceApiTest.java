package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CadenceApiTest {
    @Inject
    Db db;

    static Map<String, Object> lingbao() {
        Map<String, Object> m = new HashMap<>();
        m.put("briefingDay", 5);
        m.put("quarterlyInspection", true);
        m.put("semiAnnualReport", true);
        m.put("annualReview", true);
        m.put("reportOwner", "县人民政府");
        return m;
    }

    @Test
    void aPlansCadenceBecomesDatedWorkAndStaysIdempotent() {
        int year = SupervisionPlanApiTest.freeYear(db);
        int plan = as("staff1").contentType(ContentType.JSON).body(Map.of("year", year, "title", year + "年度计划")).post("/api/v1/supervision/plans")
                .then().statusCode(201).extract().path("id");
        as("staff1").get("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(200).body("set", is(false)).body("briefingDay", is(0));
        int first = as("staff1").contentType(ContentType.JSON).body(lingbao()).put("/api/v1/supervision/plans/" + plan + "/cadence").then()
                .statusCode(200).body("size()", is(19)).body("owner", hasItem("县人民政府")).extract().path("[0].id");
        as("staff1").post("/api/v1/supervision/work-items/" + first + "/done").then().statusCode(200).body("doneOn", notNullValue());
        as("staff1").post("/api/v1/supervision/work-items/" + first + "/done").then().statusCode(409).body("rule", is("work-item-done-once"));
        as("staff1").contentType(ContentType.JSON).body(lingbao()).put("/api/v1/supervision/plans/" + plan + "/cadence").then()
                .statusCode(200).body("size()", is(19)).body("findAll { it.doneOn != null }.size()", is(1));
        as("committee1").get("/api/v1/supervision/plans/" + plan + "/work-items").then().statusCode(200).body("size()", is(19));
        // The settings read back as set, owners defaulted where none was given.
        as("committee1").get("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(200).body("set", is(true))
                .body("briefingDay", is(5)).body("quarterlyInspection", is(true)).body("reportOwner", is("县人民政府"))
                .body("briefingOwner", is("人大办"));
        // Fewer asks: only the briefings remain open, the done item stays.
        var briefingsOnly = lingbao();
        briefingsOnly.put("quarterlyInspection", false);
        briefingsOnly.put("semiAnnualReport", false);
        briefingsOnly.put("annualReview", false);
        as("staff1").contentType(ContentType.JSON).body(briefingsOnly).put("/api/v1/supervision/plans/" + plan + "/cadence").then()
                .statusCode(200).body("size()", is(12)).body("kind", everyItem(is("MONTHLY_BRIEFING")));
        as("staff1").get("/api/v1/supervision/plans/" + plan + "/cadence").then().body("quarterlyInspection", is(false));
        assertEquals(1L, ((Number) db.scalar("select count(*) from plan_cadence where plan_id = ?1", plan)).longValue());
        as("staff2").get("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(404);
        as("deputy1").get("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(403);
        var bad = lingbao();
        bad.put("briefingDay", 31);
        as("staff1").contentType(ContentType.JSON).body(bad).put("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(400)
                .body("errors[0].field", is("briefingDay"));
        as("committee1").contentType(ContentType.JSON).body(lingbao()).put("/api/v1/supervision/plans/" + plan + "/cadence").then().statusCode(403);
        as("staff2").post("/api/v1/supervision/work-items/" + first + "/done").then().statusCode(404);
    }
}
