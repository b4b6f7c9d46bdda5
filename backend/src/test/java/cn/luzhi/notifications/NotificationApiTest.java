package cn.luzhi.notifications;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * People are told what concerns them: in the app (the bell) and by mail through a real SMTP server running in this
 * test (GreenMail on 3025, where the test profile's mailer points), each as they chose.
 */
@QuarkusTest
class NotificationApiTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Inject
    Db db;
    @Inject
    MailOutbox outbox;
    @Inject
    AppClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    long unit1Unit() {
        return ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
    }

    long userId(String username) {
        return ((Number) db.scalar("select id from app_user where username = ?1", username)).longValue();
    }

    String etag(long id, String user) {
        return as(user).get("/api/v1/suggestions/" + id).then().statusCode(200).extract().header("ETag");
    }

    ValidatableResponse act(String user, long id, String action, Object body) {
        var req = as(user).header("If-Match", etag(id, user));
        if (body != null) {
            req = req.contentType(ContentType.JSON).body(body);
        }
        return req.post("/api/v1/suggestions/" + id + "/" + action).then().log().ifValidationFails();
    }

    /** deputy1's suggestion, registered and assigned to unit1's unit. */
    long assignedToUnit1(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "SUGGESTION");
        b.put("title", title);
        b.put("content", "消息测试：" + title);
        b.put("category", "URBAN");
        int id = as("deputy1").contentType(ContentType.JSON).body(b).post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
        act("deputy1", id, "submit", null).statusCode(200);
        act("staff1", id, "register", null).statusCode(200);
        act("staff1", id, "assign", Map.of("leadUnitId", unit1Unit())).statusCode(200);
        return id;
    }

    int unread(String user) {
        return as(user).get("/api/v1/notifications/unread-count").then().statusCode(200).extract().path("unread");
    }

    /** Sends everything pending (earlier tests leave mail queued while no SMTP server runs). */
    void sendAll() {
        while (outbox.sendDue() > 0) {
            // next batch
        }
    }

    List<MimeMessage> mailTo(String address, String subjectPart) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address)) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    String state(long notificationUser, String link, String kind) {
        Object[] r = db.rows("select d.state, d.attempts from mail_delivery d join notification n on n.id = d.notification_id"
                + " where n.user_id = ?1 and n.link = ?2 and n.kind = ?3", notificationUser, link, kind).get(0);
        return r[0] + "/" + ((Number) r[1]).intValue();
    }

    @Test
    void anAssignedUnitIsToldInTheAppAndByMail() throws Exception {
        int before = unread("unit1");
        String title = "关于增设社区充电桩的建议" + System.nanoTime();
        long id = assignedToUnit1(title);
        assertEquals(before + 1, unread("unit1"), "one new notification for the unit");
        int nid = as("unit1").get("/api/v1/notifications?unread=true&size=5").then().statusCode(200)
                .body("items[0].kind", is("SUGGESTION_ASSIGNED")).body("items[0].link", is("/suggestions/" + id))
                .body("items[0].title", containsString(title)).body("items[0].readAt", nullValue()).extract().path("items[0].id");

        // the mail: queued in the same transaction, sent by the outbox to the unit's address with the link
        assertEquals("PENDING/0", state(userId("unit1"), "/suggestions/" + id, "SUGGESTION_ASSIGNED"));
        sendAll();
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        List<MimeMessage> mails = mailTo("unit1@demo.luzhi.invalid", title);
        assertEquals(1, mails.size(), "one mail to unit1");
        String text = (String) mails.get(0).getContent();
        assertTrue(mails.get(0).getSubject().startsWith("【履职】新交办建议（主办）"), mails.get(0).getSubject());
        assertTrue(text.contains("http://localhost:8080/suggestions/" + id), text);
        assertEquals("SENT/1", state(userId("unit1"), "/suggestions/" + id, "SUGGESTION_ASSIGNED"));
        sendAll();
        assertEquals(1, mailTo("unit1@demo.luzhi.invalid", title).size(), "a sent mail is not sent again");

        // only its addressee reads it
        as("staff1").post("/api/v1/notifications/" + nid + "/read").then().statusCode(404).contentType("application/problem+json");
        assertEquals(before + 1, unread("unit1"));
        as("unit1").post("/api/v1/notifications/" + nid + "/read").then().statusCode(200).body("readAt", notNullValue());
        assertEquals(before, unread("unit1"));
        as("unit1").post("/api/v1/notifications/read-all").then().statusCode(200);
        assertEquals(0, unread("unit1"));
    }

    @Test
    void theDeputyHearsOfTheReplyAndOfReHandlingAsTheyChose() throws Exception {
        long deputy = userId("deputy1");
        // deputy1 wants replies in the app only
        as("deputy1").contentType(ContentType.JSON).body(List.of(Map.of("kind", "SUGGESTION_REPLIED", "channel", "EMAIL", "enabled", false)))
                .put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("find { it.kind == 'SUGGESTION_REPLIED' && it.channel == 'EMAIL' }.enabled", is(false))
                .body("find { it.kind == 'SUGGESTION_REPLIED' && it.channel == 'IN_APP' }.enabled", is(true))
                .body("find { it.kind == 'SUGGESTION_REHANDLING' && it.channel == 'EMAIL' }.enabled", is(true));
        try {
            String title = "关于改善背街小巷照明的建议" + System.nanoTime();
            long id = assignedToUnit1(title);
            act("unit1", id, "contact", Map.of("method", "PHONE", "note", "电话沟通")).statusCode(200);
            act("unit1", id, "reply", Map.of("text", "已安排维修", "replyClass", "B")).statusCode(200);
            as("deputy1").get("/api/v1/notifications?size=5").then().statusCode(200).body("items[0].kind", is("SUGGESTION_REPLIED"))
                    .body("items[0].link", is("/suggestions/" + id));
            assertEquals(0, db.count("mail_delivery d join notification n on n.id = d.notification_id", "n.user_id = ?1 and n.link = ?2 and n.kind = ?3",
                    deputy, "/suggestions/" + id, "SUGGESTION_REPLIED"), "no mail for a kind the deputy turned off by mail");

            // not satisfied: the unit is sent the item back and the deputy told, by mail too
            act("deputy1", id, "feedback", Map.of("contact", "SATISFIED", "attitude", "BASIC", "result", "UNSATISFIED")).statusCode(200)
                    .body("status", is("REHANDLING"));
            as("unit1").get("/api/v1/notifications?size=5").then().body("items[0].kind", is("SUGGESTION_REHANDLING"))
                    .body("items[0].title", containsString("退回重新办理"));
            sendAll();
            assertTrue(smtp.waitForIncomingEmail(5000, 1));
            assertEquals(1, mailTo("deputy1@demo.luzhi.invalid", "建议开始重新办理：" + title).size());
            assertEquals(0, mailTo("deputy1@demo.luzhi.invalid", "您的建议已答复：" + title).size());
        } finally {
            as("deputy1").contentType(ContentType.JSON).body(List.of(Map.of("kind", "SUGGESTION_REPLIED", "channel", "EMAIL", "enabled", true)))
                    .put("/api/v1/notifications/preferences").then().statusCode(200);
        }
    }

    @Test
    void aMailThatCannotBeSentIsKeptWithItsReasonAndRetried() throws Exception {
        smtp.stop();
        String title = "关于规范农贸市场占道经营的建议" + System.nanoTime();
        long id = assignedToUnit1(title);
        sendAll();
        String link = "/suggestions/" + id;
        assertEquals("PENDING/1", state(userId("unit1"), link, "SUGGESTION_ASSIGNED"), "one failed attempt, to be retried");
        String reason = (String) db.scalar("select d.last_error from mail_delivery d join notification n on n.id = d.notification_id"
                + " where n.user_id = ?1 and n.link = ?2", userId("unit1"), link);
        assertTrue(reason != null && !reason.isBlank(), "the failure's reason is kept");
        sendAll();
        assertEquals("PENDING/1", state(userId("unit1"), link, "SUGGESTION_ASSIGNED"), "not retried before its pause is over");

        smtp.start();
        clock.moveBy(java.time.Duration.ofMinutes(2));
        sendAll();
        assertEquals("SENT/2", state(userId("unit1"), link, "SUGGESTION_ASSIGNED"), "sent on the second attempt");
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals(1, mailTo("unit1@demo.luzhi.invalid", title).size());
    }

    @Test
    void aProblemListedForAUnitIsToldToIt() {
        long topic = ((Number) db.scalar("select min(id) from topic where congress_id = 1 and status = 'DELIBERATED'")).longValue();
        String description = "消息测试：路灯损坏未修复" + System.nanoTime();
        int before = unread("unit1");
        as("staff1").contentType(ContentType.JSON).body(Map.of("description", description, "unitId", unit1Unit(), "responsiblePerson", "王局长",
                "measures", "一周内修复", "deadline", clock.today().plusMonths(1).toString())).post("/api/v1/supervision/topics/" + topic + "/problems")
                .then().statusCode(201);
        assertEquals(before + 1, unread("unit1"));
        as("unit1").get("/api/v1/notifications?unread=true&size=1").then().log().ifValidationFails().body("items[0].kind", is("PROBLEM_ASSIGNED"))
                .body("items[0].title", containsString(description)).body("items[0].link", startsWith("/supervision/problems"));
    }

    @Test
    void preferencesRefuseWhatIsNotAChoiceAndTheBellRefusesStrangers() {
        String before = db.fingerprint() + db.count("notification_preference");
        as("unit1").contentType(ContentType.JSON).body(List.of(Map.of("kind", "WEATHER", "channel", "EMAIL", "enabled", false)))
                .put("/api/v1/notifications/preferences").then().statusCode(400).contentType("application/problem+json");
        as("unit1").contentType(ContentType.JSON).body(List.of(Map.of("kind", "SUGGESTION_ASSIGNED", "channel", "EMAIL")))
                .put("/api/v1/notifications/preferences").then().statusCode(400).body("errors[0].field", containsString("enabled"));
        io.restassured.RestAssured.given().get("/api/v1/notifications").then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(cn.luzhi.testing.Tokens.integration()).get("/api/v1/notifications").then().statusCode(403);
        as("unit1").post("/api/v1/notifications/999999999/read").then().statusCode(404);
        assertEquals(before, db.fingerprint() + db.count("notification_preference"));
    }
}
