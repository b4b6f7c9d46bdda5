package cn.luzhi.cluster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two backend instances (the packaged application, started twice) on one database run the deadline reminders at the
 * same moment: every reminder is sent exactly once, by one of them. Runs after packaging (Failsafe), on the database
 * the API tests left behind.
 */
class TwoInstancesRemindOnceIT {
    static final String DB_URL = env("LUZHI_DB_URL", "jdbc:mysql://127.0.0.1:13307/luzhi_test");
    static final String KEYCLOAK = env("LUZHI_KEYCLOAK_URL", "http://localhost:8190");
    static final int[] PORTS = { 8095, 8096 };
    static final List<Process> INSTANCES = new ArrayList<>();

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", "luzhi", "luzhi");
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "the packaged application is there: " + jar.getAbsolutePath());
        for (int i = 0; i < PORTS.length; i++) {
            ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx256m", "-jar", jar.getPath());
            pb.environment().putAll(Map.of("LUZHI_DB_URL", DB_URL, "LUZHI_KEYCLOAK_URL", KEYCLOAK, "LUZHI_HTTP_PORT", String.valueOf(PORTS[i]),
                    "LUZHI_MAIL_EVERY", "off", "LUZHI_REMINDERS_EVERY", "off", "LUZHI_INSTANCE", "instance-" + (char) ('a' + i), "LUZHI_DEMO_DATA", "false"));
            pb.redirectErrorStream(true).redirectOutput(new File("target/instance-" + (char) ('a' + i) + ".log"));
            INSTANCES.add(pb.start());
        }
        for (int port : PORTS) {
            waitUntilUp(port);
        }
    }

    static void waitUntilUp(int port) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/v1/me").toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 401) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("instance on " + port + " did not start; see target/instance-*.log");
    }

    @AfterAll
    static void stop() {
        INSTANCES.forEach(Process::destroy);
    }

    static String adminToken() {
        return given().baseUri(KEYCLOAK + "/realms/luzhi/protocol/openid-connect/token").contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "luzhi-cli").formParam("username", "admin")
                .formParam("password", "luzhi123").post().then().statusCode(200).extract().path("access_token");
    }

    @Test
    void eachReminderIsSentOnceWhicheverInstanceGetsToIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Long> yellow = new ArrayList<>();
        List<Long> red = new ArrayList<>();
        Instant start;
        try (Connection c = db()) {
            // up to 100 suggestions in handling: half made due today (yellow), half overdue since yesterday (red)
            try (ResultSet r = c.createStatement().executeQuery("SELECT s.id FROM suggestion s WHERE s.status IN ('ASSIGNED', 'REHANDLING')"
                    + " AND s.congress_id = 1 ORDER BY s.id LIMIT 100")) {
                while (r.next()) {
                    (r.getRow() % 2 == 0 ? yellow : red).add(r.getLong(1));
                }
            }
            assertTrue(yellow.size() + red.size() >= 40, "the demo year has suggestions in handling: " + (yellow.size() + red.size()));
            setDeadline(c, yellow, today);
            setDeadline(c, red, today.minusDays(1));
            // forget what earlier runs told about these items, so this run starts from nothing claimed
            for (Long id : concat(yellow, red)) {
                exec(c, "DELETE d FROM mail_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.dedupe_key LIKE ?", "deadline:S" + id + ":%");
                exec(c, "DELETE FROM notification WHERE dedupe_key LIKE ?", "deadline:S" + id + ":%");
                exec(c, "DELETE FROM reminder_claim WHERE reminder_key LIKE ?", "deadline:S" + id + ":%");
            }
            start = Instant.now().minusSeconds(1);
        }

        // both instances run the reminders at the same moment
        String token = adminToken();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Map<String, Object>>> runs = new ArrayList<>();
        for (int port : PORTS) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return given().baseUri("http://127.0.0.1:" + port).auth().oauth2(token).post("/api/v1/notifications/reminders/run")
                        .then().statusCode(200).extract().jsonPath().getMap("");
            }));
        }
        go.countDown();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (var f : runs) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        int sentByBoth = 0;
        for (Map<String, Object> a : answers) {
            assertTrue(((Number) a.get("due")).intValue() >= yellow.size() + red.size(), "each instance saw every due item: " + a);
            sentByBoth += ((Number) a.get("sent")).intValue();
        }

        try (Connection c = db()) {
            long staff = count(c, "SELECT COUNT(*) FROM app_user WHERE congress_id = 1 AND role = 'staff' AND enabled", List.of());
            Map<String, Long> claimedBy = new TreeMap<>();
            for (Long id : concat(yellow, red)) {
                String colour = yellow.contains(id) ? "YELLOW" : "RED";
                String key = "deadline:S" + id + ":" + (yellow.contains(id) ? today : today.minusDays(1)) + ":" + colour;
                assertEquals(1, count(c, "SELECT COUNT(*) FROM reminder_claim WHERE reminder_key = ?", List.of(key)), "claimed once: " + key);
                long unitAccounts = count(c, "SELECT COUNT(*) FROM app_user u JOIN assignment a ON a.unit_id = u.unit_id AND a.lead AND a.active"
                        + " WHERE a.suggestion_id = ? AND u.role = 'unit' AND u.enabled", List.of(id));
                assertEquals(unitAccounts + staff, count(c, "SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", List.of(key)),
                        "each of the unit's accounts and each staff member told once: " + key);
                assertEquals(0, count(c, "SELECT COUNT(*) FROM notification WHERE dedupe_key = ? AND kind <> ?", List.of(key, "DEADLINE_" + colour)));
                try (PreparedStatement p = c.prepareStatement("SELECT claimed_by FROM reminder_claim WHERE reminder_key = ?")) {
                    p.setString(1, key);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        claimedBy.merge(r.getString(1), 1L, Long::sum);
                    }
                }
            }
            long claimedInThisRun = count(c, "SELECT COUNT(*) FROM reminder_claim WHERE claimed_at >= ? AND claimed_by IN ('instance-a', 'instance-b')", List.of(Timestamp.from(start)));
            assertEquals(claimedInThisRun, sentByBoth, "what the two instances say they sent is what was claimed: nothing twice");
            System.out.println("two instances, " + (yellow.size() + red.size()) + " reminders: claimed by " + claimedBy + "; answers " + answers);
        }
    }

    static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static void setDeadline(Connection c, List<Long> ids, LocalDate day) throws SQLException {
        for (Long id : ids) {
            try (PreparedStatement p = c.prepareStatement("UPDATE suggestion SET deadline = ? WHERE id = ?")) {
                p.setObject(1, day);
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
    }

    static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
