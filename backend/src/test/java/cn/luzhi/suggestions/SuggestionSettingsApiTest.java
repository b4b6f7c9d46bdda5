package cn.luzhi.suggestions;

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
class SuggestionSettingsApiTest {
    @Inject
    Db db;

    static Map<String, Object> settings(int yellow) {
        Map<String, Object> m = new HashMap<>();
        m.put("defaultDeadlineMonths", 3);
        m.put("maxDeadlineMonths", 6);
        m.put("rehandlingDays", 30);
        m.put("reassignWindowDays", 5);
        m.put("yellowDays", yellow);
        m.put("deadlineMode", "CALENDAR");
        return m;
    }

    @Test
    void anAdminChangesTheYellowWarningWithIfMatch() {
        String tag = as("staff2").get("/api/v1/suggestion-settings").then().statusCode(200).body("defaultDeadlineMonths", is(3))
                .body("maxDeadlineMonths", is(6)).extract().header("ETag");
        as("staff2").contentType(ContentType.JSON).header("If-Match", tag).body(settings(8)).put("/api/v1/suggestion-settings").then()
                .statusCode(403);
        // the township congress has no admin account; the county's admin changes the county's settings
        String county = as("admin").get("/api/v1/suggestion-settings").then().statusCode(200).extract().header("ETag");
        as("admin").contentType(ContentType.JSON).body(settings(12)).put("/api/v1/suggestion-settings").then().statusCode(428);
        as("admin").contentType(ContentType.JSON).header("If-Match", county).body(settings(12)).put("/api/v1/suggestion-settings").then()
                .statusCode(200).body("yellowDays", is(12));
        as("unit1").get("/api/v1/suggestion-settings").then().statusCode(200).body("yellowDays", is(12));
        as("admin").contentType(ContentType.JSON).header("If-Match", county).body(settings(10)).put("/api/v1/suggestion-settings").then()
                .statusCode(412);
        String now = as("admin").get("/api/v1/suggestion-settings").then().extract().header("ETag");
        as("admin").contentType(ContentType.JSON).header("If-Match", now).body(settings(10)).put("/api/v1/suggestion-settings").then()
                .statusCode(200).body("yellowDays", is(10));
    }

    @Test
    void inconsistentSettingsAreRefused() {
        String tag = as("admin").get("/api/v1/suggestion-settings").then().extract().header("ETag");
        String before = db.fingerprint() + db.count("suggestion_settings");
        var tooLong = settings(10);
        tooLong.put("maxDeadlineMonths", 12);
        as("admin").contentType(ContentType.JSON).header("If-Match", tag).body(tooLong).put("/api/v1/suggestion-settings").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("maxDeadlineMonths"));
        var inverted = settings(10);
        inverted.put("defaultDeadlineMonths", 5);
        inverted.put("maxDeadlineMonths", 4);
        as("admin").contentType(ContentType.JSON).header("If-Match", tag).body(inverted).put("/api/v1/suggestion-settings").then()
                .statusCode(400).body("errors[0].field", is("defaultDeadlineMonths"));
        var mode = settings(10);
        mode.put("deadlineMode", "LUNAR");
        as("admin").contentType(ContentType.JSON).header("If-Match", tag).body(mode).put("/api/v1/suggestion-settings").then()
                .statusCode(400).body("errors[0].field", is("deadlineMode"));
        assertEquals(before, db.fingerprint() + db.count("suggestion_settings"));
    }
}
