package cn.luzhi.shared.calendar;

import static cn.luzhi.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarApiTest {
    @Inject
    Db db;

    @Test
    void theOfficialCalendarIsLoadedAsData() {
        as("unit1").get("/api/v1/calendar/years/2026").then().statusCode(200)
                .body("find { it.day == '2026-10-01' }.kind", is("HOLIDAY"))
                .body("find { it.day == '2026-10-01' }.name", is("国庆节"))
                .body("find { it.day == '2026-10-10' }.kind", is("WORKDAY"));
        as("deputy1").get("/api/v1/calendar/years/2024").then().statusCode(200).body("size()", greaterThan(30));
    }

    @Test
    void deadlinesAcrossNationalDayUseTheMakeUpSaturday() {
        as("staff1").get("/api/v1/calendar/deadline?from=2026-09-28&amount=5&mode=WORKING").then().statusCode(200)
                .body("deadline", is("2026-10-10")).body("workingDays", is(5));
        as("staff1").get("/api/v1/calendar/deadline?from=2026-09-30&amount=2").then().statusCode(200)
                .body("mode", is("CALENDAR")).body("deadline", is("2026-10-08"));
        as("staff1").get("/api/v1/calendar/deadline?from=yesterday&amount=2").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        as("staff1").get("/api/v1/calendar/deadline?from=2026-09-30&amount=2&mode=LUNAR").then().statusCode(400)
                .body("errors[0].field", is("mode"));
        given().get("/api/v1/calendar/deadline?from=2026-09-30&amount=2").then().statusCode(401);
    }

    @Test
    void anAdminLoadsANewYearsNoticeAndDeadlinesFollowIt() {
        Map<String, Object> notice = Map.of(
                "holidays", List.of(Map.of("name", "国庆节", "from", "2031-10-01", "to", "2031-10-07")),
                "makeUpWorkdays", List.of("2031-09-28", "2031-10-11"), "source", "测试通知");
        long audited = db.count("audit_event", "entity_type = 'calendar-year' and entity_id = 2031");
        as("admin").contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/years/2031").then().statusCode(200)
                .body("size()", is(9)).body("find { it.day == '2031-10-11' }.kind", is("WORKDAY"));
        // Tue 2031-09-30 + 1 working day: 10-01..07 are off, Wed 10-08 is the next working day
        as("staff1").get("/api/v1/calendar/deadline?from=2031-09-30&amount=1&mode=WORKING").then().body("deadline", is("2031-10-08"));
        assertEquals(audited + 1, db.count("audit_event", "entity_type = 'calendar-year' and entity_id = 2031"));
        // replacing the year is idempotent
        as("admin").contentType(ContentType.JSON).body(notice).put("/api/v1/calendar/years/2031").then().statusCode(200).body("size()", is(9));
    }

    @Test
    void badNoticesAndOtherRolesWriteNothing() {
        String before = db.fingerprint() + db.count("calendar_day");
        Map<String, Object> reversed = Map.of("holidays", List.of(Map.of("name", "春节", "from", "2032-02-10", "to", "2032-02-01")),
                "makeUpWorkdays", List.of());
        as("admin").contentType(ContentType.JSON).body(reversed).put("/api/v1/calendar/years/2032").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("holidays[0].to"));
        Map<String, Object> both = Map.of("holidays", List.of(Map.of("name", "元旦", "from", "2032-01-01", "to", "2032-01-01")),
                "makeUpWorkdays", List.of("2032-01-01"));
        as("admin").contentType(ContentType.JSON).body(both).put("/api/v1/calendar/years/2032").then().statusCode(400)
                .body("errors[0].field", is("makeUpWorkdays[0]"));
        as("admin").contentType(ContentType.JSON).body(Map.of("holidays", List.of(Map.of("from", "2032-01-01")), "makeUpWorkdays", List.of()))
                .put("/api/v1/calendar/years/2032").then().statusCode(400).body("errors.field", hasItems("holidays[0].name", "holidays[0].to"));
        as("admin").contentType(ContentType.JSON).body("{\"holidays\": \"soon\"}").put("/api/v1/calendar/years/2032").then().statusCode(400);
        Map<String, Object> ok = Map.of("holidays", List.of(), "makeUpWorkdays", List.of());
        as("staff1").contentType(ContentType.JSON).body(ok).put("/api/v1/calendar/years/2032").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(ok).put("/api/v1/calendar/years/1999").then().statusCode(400)
                .body("errors[0].field", is("year"));
        assertEquals(before, db.fingerprint() + db.count("calendar_day"));
    }
}
