package cn.luzhi.notifications;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An item that runs short of time is told to its unit and the office once when it turns yellow and once more when it
 * turns red, however often the schedule runs; the dates here are worked out from the rule (yellow within 10 working
 * days of the deadline, red after it), by moving the one clock.
 */
@QuarkusTest
class DeadlineRemindersTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Inject
    Db db;
    @Inject
    AppClock clock;
    @Inject
    MailOutbox outbox;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    long unit1Unit() {
        return ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
    }

    long userId(String username) {
        return ((Number) db.scalar("select id from app_user where username = ?1", username)).longValue();
    }

    String etag(long id) {
        return as("staff1").get("/api/v1/suggestions/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Notifications of a kind about a page, per person. */
    long told(String user, String kind, String link) {
        return db.count("notification", "user_id = ?1 and kind = ?2 and link = ?3", userId(user), kind, link);
    }

    int run() {
        return as("admin").post("/api/v1/notifications/reminders/run").then().statusCode(200).body("due", greaterThanOrEqualTo(0))
                .extract().path("sent");
    }

    @Test
    void aSuggestionIsToldOnceWhenYellowAndOnceWhenRed() throws Exception {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "SUGGESTION");
        b.put("title", "关于整治城区占道停车的建议" + System.nanoTime());
        b.put("content", "提醒测试");
        b.put("category", "URBAN");
        int id = as("deputy1").contentType(ContentType.JSON).body(b).post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
        as("deputy1").header("If-Match", as("deputy1").get("/api/v1/suggestions/" + id).then().extract().header("ETag"))
                .post("/api/v1/suggestions/" + id + "/submit").then().statusCode(200);
        as("staff1").header("If-Match", etag(id)).post("/api/v1/suggestions/" + id + "/register").then().statusCode(200);
        // a deadline five weeks ahead: green today
        LocalDate asked = clock.today().plusWeeks(5);
        String d = as("staff1").header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("leadUnitId", unit1Unit(), "deadline", asked.toString())).post("/api/v1/suggestions/" + id + "/assign")
                .then().statusCode(200).body("warning", is("GREEN")).extract().path("deadline");
        LocalDate deadline = LocalDate.parse(d);
        String link = "/suggestions/" + id;

        run();
        assertEquals(0, told("unit1", "DEADLINE_YELLOW", link), "green: nobody is told");

        // three calendar days before the deadline: fewer than 10 working days are left, so it is yellow
        clock.moveToDay(deadline.minusDays(3));
        as("staff1").get("/api/v1" + link).then().body("warning", is("YELLOW"));
        assertTrue(run() >= 1);
        assertEquals(1, told("unit1", "DEADLINE_YELLOW", link), "the unit is told it turned yellow");
        assertEquals(1, told("staff1", "DEADLINE_YELLOW", link), "so is the office");
        assertEquals(0, told("deputy1", "DEADLINE_YELLOW", link), "the deputy is not: it is the unit's deadline");
        run();
        clock.moveBy(Duration.ofDays(1));
        run();
        assertEquals(1, told("unit1", "DEADLINE_YELLOW", link), "still yellow the next runs and the next day: not told again");
        as("unit1").get("/api/v1/notifications?size=50").then().body("items.find { it.link == '" + link + "' && it.kind == 'DEADLINE_YELLOW' }.title",
                startsWith("建议临近办理期限："));

        // the day after the deadline: red, told once more
        clock.moveToDay(deadline.plusDays(1));
        as("staff1").get("/api/v1" + link).then().body("warning", is("RED"));
        run();
        run();
        assertEquals(1, told("unit1", "DEADLINE_RED", link));
        assertEquals(1, told("staff1", "DEADLINE_RED", link));
        assertEquals(1, told("unit1", "DEADLINE_YELLOW", link));
        assertEquals(1L, db.count("reminder_claim", "reminder_key = ?1", "deadline:S" + id + ":" + deadline + ":RED"));

        // and by mail, with the link
        while (outbox.sendDue() > 0) {
            // all batches
        }
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        var mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("建议已逾期：" + b.get("title")) && m.getAllRecipients()[0].toString().equals("unit1@demo.luzhi.invalid");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(1, mails.size());
        assertTrue(((String) mails.get(0).getContent()).contains("http://localhost:8080" + link));
    }

    @Test
    void aProblemRunningLateIsToldToItsUnit() {
        long topic = ((Number) db.scalar("select min(id) from topic where congress_id = 1 and status = 'DELIBERATED'")).longValue();
        String description = "提醒测试：排污口未封堵" + System.nanoTime();
        String deadline = as("staff1").contentType(ContentType.JSON).body(Map.of("description", description, "unitId", unit1Unit(),
                "responsiblePerson", "李科长", "measures", "限期封堵", "deadline", clock.today().plusWeeks(6).toString()))
                .post("/api/v1/supervision/topics/" + topic + "/problems").then().statusCode(201).extract().path("deadline");
        long problem = ((Number) db.scalar("select id from problem where description = ?1", description)).longValue();
        String link = "/supervision/problems?problemId=" + problem;
        clock.moveToDay(LocalDate.parse(deadline).plusDays(2));
        run();
        run();
        assertEquals(1, told("unit1", "DEADLINE_RED", link), "red at once: told red, once");
        assertEquals(0, told("unit1", "DEADLINE_YELLOW", link), "the yellow days passed unseen are not told afterwards");
    }

    @Test
    void deadlineRemindersCannotBeTurnedOffInTheAppAndOnlyAdminsRunThem() {
        long before = db.count("notification_preference") + db.count("reminder_claim");
        as("unit1").contentType(ContentType.JSON).body(List.of(Map.of("kind", "DEADLINE_RED", "channel", "IN_APP", "enabled", false)))
                .put("/api/v1/notifications/preferences").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("[0].enabled")).body("detail", containsString("始终接收"));
        as("unit1").get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("find { it.kind == 'DEADLINE_RED' && it.channel == 'IN_APP' }.enabled", is(true));
        as("unit1").post("/api/v1/notifications/reminders/run").then().statusCode(403);
        as("staff1").post("/api/v1/notifications/reminders/run").then().statusCode(403);
        io.restassured.RestAssured.given().post("/api/v1/notifications/reminders/run").then().statusCode(401);
        assertEquals(before, db.count("notification_preference") + db.count("reminder_claim"));
    }
}
