package cn.luzhi.evaluation;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dossier activities, versioned schemes, scores that explain themselves, publication with objections. */
@QuarkusTest
class EvaluationApiTest {
    static final String API = "/api/v1/evaluation";

    @Inject
    AppClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Inject
    Db db;

    /** The first year from 2040 on without a scheme or an activity, so each test scores its own records only. */
    int freeYear() {
        for (int y = 2040; y <= 2089; y++) {
            if (db.count("scoring_scheme", "congress_id = 1 and year = ?1", y) == 0 && db.count("activity", "congress_id = 1 and year(occurred_on) = ?1", y) == 0) {
                return y;
            }
        }
        throw new IllegalStateException("no free evaluation year left from 2040 to 2089; reset the test database (scripts/stack.sh reset-db test)");
    }

    long deputy1() {
        return ((Number) db.scalar("select deputy_id from app_user where username = 'deputy1'")).longValue();
    }

    long otherDeputy(int offset) {
        return ((Number) db.scalar("select id from deputy_mandate where congress_id = 1 and status = 'ACTIVE' and id <> ?1 order by id limit 1 offset "
                + offset, deputy1())).longValue();
    }

    long type(String code) {
        return ((Number) db.scalar("select id from activity_type where congress_id is null and code = ?1", code)).longValue();
    }

    static Map<String, Object> who(long deputy, String attendance, Integer rating) {
        Map<String, Object> m = new HashMap<>();
        m.put("deputyId", deputy);
        m.put("attendance", attendance);
        if (rating != null) {
            m.put("rating", rating);
        }
        return m;
    }

    int activity(String type, String date, List<Map<String, Object>> who) {
        return as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", type(type), "title", type + " " + date, "occurredOn", date,
                "participants", who)).post(API + "/activities").then().statusCode(201).body("status", is("CONFIRMED")).extract().path("id");
    }

    static Map<String, Object> indicator(String name, String source, Long typeId, String rule, double weight, Double per, Double cap, Double full) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("source", source);
        m.put("rule", rule);
        m.put("weight", weight);
        if (typeId != null) {
            m.put("activityTypeId", typeId);
        }
        if (per != null) {
            m.put("pointsPer", per);
            m.put("cap", cap);
        }
        if (full != null) {
            m.put("fullPoints", full);
        }
        return m;
    }

    Map<String, Object> scheme(int year, double inspectionPer) {
        return Map.of("year", year, "name", year + " 年度评价方案", "excellentFrom", 50, "competentFrom", 30, "basicFrom", 10, "excellentTopN", 10,
                "indicators", List.of(indicator("出席代表大会", "ACTIVITY", type("SESSION"), "RATE", 1, null, null, 20.0),
                        indicator("视察", "ACTIVITY", type("INSPECTION"), "COUNT", 2, inspectionPer, 9.0, null),
                        indicator("述职测评", "ACTIVITY", type("REPORT"), "RATING", 1, null, null, 10.0)));
    }

    /** A scored year: A (deputy1) attends everything, B misses some, C is absent or on leave. */
    record Year(int year, long a, long b, long c, int schemeId) {
    }

    Year scoredYear() {
        int y = freeYear();
        long a = deputy1(), b = otherDeputy(0), c = otherDeputy(1);
        activity("SESSION", y + "-01-10", List.of(who(a, "PRESENT", null), who(b, "LEAVE", null), who(c, "ABSENT", null)));
        activity("SESSION", y + "-02-10", List.of(who(a, "PRESENT", null), who(b, "PRESENT", null)));
        for (int k = 1; k <= 4; k++) {
            activity("INSPECTION", y + "-0" + (k + 2) + "-12", k == 1 ? List.of(who(a, "PRESENT", null), who(b, "PRESENT", null), who(c, "LEAVE", null))
                    : List.of(who(a, "PRESENT", null)));
        }
        activity("REPORT", y + "-10-01", List.of(who(a, "PRESENT", 90), who(b, "PRESENT", 70)));
        activity("RESEARCH", y + "-11-02", List.of(who(b, "PRESENT", null)));
        int scheme = as("admin").contentType(ContentType.JSON).body(scheme(y, 3)).post(API + "/schemes").then().statusCode(201)
                .body("revision", is(1)).body("used", is(false)).extract().path("id");
        as("staff1").post(API + "/scores/recompute?year=" + y).then().statusCode(200).body("revision", is(1));
        return new Year(y, a, b, c, scheme);
    }

    JsonPath score(String user, long deputy, int year) {
        return as(user).get(API + "/scores/" + deputy + "?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    static BigDecimal dec(Object o) {
        return new BigDecimal(o.toString());
    }

    @Test
    void scoresEqualHandComputedExamplesWithCapsRatesAndRatings() {
        Year y = scoredYear();
        // A: session 2 of 2 → 20; inspection min(4 × 3, 9) = 9, × 2 = 18; report 10 × 90 / 100 = 9 → 47, 称职
        JsonPath a = score("staff1", y.a(), y.year());
        assertEquals(0, dec(a.get("score.total")).compareTo(new BigDecimal("47")));
        assertEquals("COMPETENT", a.getString("score.grade"));
        assertEquals(1, a.getInt("score.rank"));
        assertEquals(List.of("20.00", "18.00", "9.00"), a.getList("indicators.points").stream().map(o -> dec(o).setScale(2).toPlainString()).toList());
        // the cap: the fourth inspection earns nothing and says why
        assertEquals(List.of("6.00", "6.00", "6.00", "0.00"), a.getList("indicators[1].items.points").stream().map(o -> dec(o).setScale(2).toPlainString()).toList());
        assertTrue(a.getString("indicators[1].items[3].note").contains("封顶"));
        assertEquals("ACTIVITY", a.getString("indicators[1].items[0].kind"));
        // B: session 1 of 2 (a leave) → 10; one inspection → 6; report 7 → 23, 基本称职
        JsonPath b = score("staff1", y.b(), y.year());
        assertEquals(0, dec(b.get("score.total")).compareTo(new BigDecimal("23")));
        assertEquals("BASIC", b.getString("score.grade"));
        assertEquals(2, b.getInt("score.rank"));
        assertEquals(List.of("0.00", "10.00"), b.getList("indicators[0].items.points").stream().map(o -> dec(o).setScale(2).toPlainString()).toList());
        assertTrue(b.getString("indicators[0].items[0].note").contains("请假"));
        // C: absent from the only session invited to, on leave for the inspection → 0, 不称职, last
        JsonPath c = score("staff1", y.c(), y.year());
        assertEquals(0, dec(c.get("score.total")).signum());
        assertEquals("INCOMPETENT", c.getString("score.grade"));
        long active = db.count("deputy_mandate", "congress_id = 1 and status = 'ACTIVE'");
        assertEquals(active, c.getLong("score.rank"));
        // a deputy never invited to a session gets the full rate (20) and nothing else
        long d = otherDeputy(2);
        assertEquals(0, dec(score("staff1", d, y.year()).get("score.total")).compareTo(new BigDecimal("20")));
        assertEquals(active, db.count("score", "congress_id = 1 and year = ?1", y.year()));
    }

    @Test
    void everyBreakdownSumsToItsTotal() {
        int year = clock.today().getYear();
        as("staff1").post(API + "/scores/recompute?year=" + year).then().statusCode(200);
        var rows = as("staff1").get(API + "/scores?year=" + year + "&size=25").then().statusCode(200).body("total", greaterThan(40)).extract().jsonPath();
        for (Object id : rows.getList("items.deputyId")) {
            JsonPath s = score("staff1", ((Number) id).longValue(), year);
            BigDecimal total = dec(s.get("score.total"));
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < s.getList("indicators").size(); k++) {
                BigDecimal points = dec(s.get("indicators[" + k + "].points"));
                sum = sum.add(points);
                BigDecimal items = s.getList("indicators[" + k + "].items.points").stream().map(EvaluationApiTest::dec).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!s.getList("indicators[" + k + "].items").isEmpty() && points.signum() != 0) {
                    assertEquals(0, items.compareTo(points), "items of indicator " + k + " of deputy " + id + " add up to its points");
                }
            }
            assertEquals(0, sum.compareTo(total), "indicators of deputy " + id + " add up to the total");
        }
        // the ranking is by total, highest first
        List<BigDecimal> totals = rows.getList("items.total").stream().map(EvaluationApiTest::dec).toList();
        for (int k = 1; k < totals.size(); k++) {
            assertTrue(totals.get(k - 1).compareTo(totals.get(k)) >= 0);
        }
        // keyset paging: the page after row 10 is rows 11–20 of the offset listing, with the same total
        List<Object> ids = rows.getList("items.deputyId");
        String cursor = rows.getInt("items[9].rank") + ":" + rows.getLong("items[9].deputyId");
        as("staff1").get(API + "/scores?year=" + year + "&size=10&after=" + cursor).then().statusCode(200).body("items.deputyId", is(ids.subList(10, 20)))
                .body("total", is(rows.getInt("total")));
        as("staff1").get(API + "/scores?year=" + year + "&size=10&after=x").then().statusCode(400).body("errors[0].field", is("after"));
        as("staff1").get(API + "/scores?year=" + year + "&sort=name&after=1:1").then().statusCode(400).body("errors[0].field", is("after"));
    }

    @Test
    void theRankingExportsEveryRowAsCsvWithTheListsFiltersAndOrder() {
        int year = clock.today().getYear();
        as("staff1").post(API + "/scores/recompute?year=" + year).then().statusCode(200);
        var listed = as("staff1").get(API + "/scores?year=" + year + "&size=200").then().statusCode(200).extract().jsonPath();
        String csv = as("leader1").get(API + "/scores/export?year=" + year).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("scores-" + year + ".csv")).extract().asString();
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertEquals("名次,代表,代表团,总分,等级,评价方案版本,计算时间", lines.get(0));
        assertEquals(listed.getInt("total"), lines.size() - 1, "one line per score, every row (not a page)");
        assertTrue(lines.get(1).startsWith(listed.getInt("items[0].rank") + "," + listed.getString("items[0].name") + ","), lines.get(1));
        // the grade filter applies as in the list
        long excellent = db.count("score", "congress_id = 1 and year = ?1 and grade = 'EXCELLENT'", year);
        String only = as("staff1").get(API + "/scores/export?year=" + year + "&grade=EXCELLENT").then().statusCode(200).extract().asString();
        List<String> onlyLines = only.replace("\uFEFF", "").lines().skip(1).toList();
        assertEquals(excellent, onlyLines.size());
        assertTrue(onlyLines.stream().allMatch(l -> l.contains(",优秀,")), "only 优秀 rows");
        as("staff1").get(API + "/scores/export?year=" + year + "&grade=TOP").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("grade"));
        as("deputy1").get(API + "/scores/export?year=" + year).then().statusCode(403);
        as("unit1").get(API + "/scores/export?year=" + year).then().statusCode(403);
        // another congress exports its own (here: none of county 1's deputies)
        String town = as("staff2").get(API + "/scores/export?year=" + year).then().statusCode(200).extract().asString();
        for (String l : lines.subList(1, Math.min(lines.size(), 6))) {
            assertFalse(town.contains(l), "staff2 sees no county score line");
        }
    }

    @Test
    void aChangedSchemeIsANewRevisionAndScoresSayWhichMadeThem() {
        Year y = scoredYear();
        String path = API + "/schemes/" + y.schemeId();
        String etag = as("admin").get(path).then().statusCode(200).body("used", is(true)).extract().header("ETag");
        int next = as("admin").header("If-Match", etag).contentType(ContentType.JSON).body(scheme(y.year(), 2)).put(path).then().statusCode(201)
                .body("revision", is(2)).body("used", is(false)).extract().path("id");
        // the first revision is kept as it was
        as("admin").get(path).then().statusCode(200).body("revision", is(1)).body("superseded", is(true)).body("indicators[1].pointsPer", is(3.0f));
        assertEquals(1, score("staff1", y.a(), y.year()).getInt("score.revision"));
        // only the latest revision may change
        String old = as("admin").get(path).then().extract().header("ETag");
        as("admin").header("If-Match", old).contentType(ContentType.JSON).body(scheme(y.year(), 1)).put(path).then().statusCode(409)
                .body("rule", is("latest-revision-only"));
        // an unused revision changes in place
        String e2 = as("admin").get(API + "/schemes/" + next).then().extract().header("ETag");
        as("admin").header("If-Match", e2).contentType(ContentType.JSON).body(scheme(y.year(), 2)).put(API + "/schemes/" + next).then().statusCode(200)
                .body("revision", is(2)).body("id", is(next));
        as("staff1").post(API + "/scores/recompute?year=" + y.year()).then().statusCode(200).body("revision", is(2)).body("schemeId", is(next));
        // A's inspections now earn 4 × 2 = 8 (under the cap), × 2 = 16 → 45
        JsonPath a = score("staff1", y.a(), y.year());
        assertEquals(2, a.getInt("score.revision"));
        assertEquals(0, dec(a.get("score.total")).compareTo(new BigDecimal("45")));
        as("admin").get(API + "/schemes?year=" + y.year()).then().statusCode(200).body("revision", contains(2, 1));
    }

    /** A session on Dec 1 of the year, 09:00–11:30 Beijing time, with the given deputies; its check-in code made. */
    record Session(int id, String code) {
    }

    Session sessionWithCode(int year, List<Map<String, Object>> who, boolean openToAll) {
        Map<String, Object> b = new HashMap<>(Map.of("typeId", type("SESSION"), "title", "人代会分组审议 " + System.nanoTime(), "occurredOn", year + "-12-01",
                "participants", who, "startsAt", "09:00", "endsAt", "11:30", "openToAll", openToAll));
        int id = as("staff1").contentType(ContentType.JSON).body(b).post(API + "/activities").then().statusCode(201).body("startsAt", startsWith("09:00"))
                .body("checkInReady", is(false)).extract().path("id");
        String etag = as("staff1").get(API + "/activities/" + id).then().extract().header("ETag");
        var r = as("staff1").header("If-Match", etag).post(API + "/activities/" + id + "/check-in/renew").then().statusCode(200).extract().jsonPath();
        String code = r.getString("code");
        assertEquals("http://localhost:8080/check-in/" + code, r.getString("link"), "the QR opens the SPA's check-in page");
        return new Session(id, code);
    }

    java.time.Instant beijing(int year, String time) {
        return java.time.LocalDateTime.parse(year + "-12-01T" + time).atZone(AppClock.ZONE).toInstant();
    }

    @Test
    void aDeputyChecksInByScanningDuringTheWindowAndTheScoreFollowsAtOnce() {
        Year y = scoredYear();
        BigDecimal before = dec(score("deputy1", y.a(), y.year()).get("score.total"));
        // invited, not yet there: A attended 2 of 3 sessions, 20 × 2/3 = 13.33 of the 20 session points
        Session s = sessionWithCode(y.year(), List.of(who(y.a(), "ABSENT", null), who(y.b(), "ABSENT", null)), false);
        assertEquals(0, dec(score("deputy1", y.a(), y.year()).get("score.total")).compareTo(before.subtract(new BigDecimal("6.67"))));
        assertEquals(43, s.code().length(), "256 random bits, URL-safe");
        String scan = API + "/check-ins/" + s.code();

        // 08:29: the window opens at 08:30 (30 minutes before the start)
        clock.moveTo(beijing(y.year(), "08:29:00"));
        as("deputy1").get(scan).then().statusCode(200).body("open", is(false)).body("invited", is(true)).body("checkedInAt", nullValue());
        as("deputy1").post(scan).then().statusCode(409).body("rule", is("check-in-not-open")).body("detail", containsString("12月1日 08:30"));
        as("staff1").get(API + "/activities/" + s.id()).then().body("participants.find { it.deputyId == " + y.a() + " }.attendance", is("ABSENT"));

        clock.moveTo(beijing(y.year(), "08:31:00"));
        String at = as("deputy1").post(scan).then().statusCode(200).body("already", is(false)).extract().path("checkedInAt");
        assertTrue(at.startsWith(y.year() + "-12-01T00:31"), "recorded with the time (UTC): " + at);
        as("staff1").get(API + "/activities/" + s.id()).then().body("participants.find { it.deputyId == " + y.a() + " }.attendance", is("PRESENT"))
                .body("participants.find { it.deputyId == " + y.a() + " }.checkedInAt", is(at))
                .body("participants.find { it.deputyId == " + y.b() + " }.attendance", is("ABSENT"));
        assertEquals(0, dec(score("deputy1", y.a(), y.year()).get("score.total")).compareTo(before), "3 of 3 sessions again: the full 20, at once");

        // a second scan changes nothing
        clock.moveBy(java.time.Duration.ofMinutes(20));
        as("deputy1").post(scan).then().statusCode(200).body("already", is(true)).body("checkedInAt", is(at));
        assertEquals(1L, db.count("audit_event", "entity_type = 'activity' and entity_id = ?1 and action = 'CHECKED_IN'", s.id()), "the scan is in the history once");

        // a renewed code: the old print is useless
        String etag = as("staff1").get(API + "/activities/" + s.id()).then().extract().header("ETag");
        String fresh = as("staff1").header("If-Match", etag).post(API + "/activities/" + s.id() + "/check-in/renew").then().statusCode(200).extract().path("code");
        assertTrue(!fresh.equals(s.code()));
        as("deputy1").post(scan).then().statusCode(404).contentType("application/problem+json").body("detail", containsString("最新的签到二维码"));
        as("deputy1").get(API + "/check-ins/" + fresh).then().statusCode(200).body("checkedInAt", is(at));
    }

    @Test
    void aScanOutsideTheWindowOrBySomeoneNotInvitedIsRefusedAndWritesNothing() {
        int y = freeYear();
        as("admin").contentType(ContentType.JSON).body(scheme(y, 3)).post(API + "/schemes").then().statusCode(201);
        Session notInvited = sessionWithCode(y, List.of(who(otherDeputy(0), "ABSENT", null)), false);
        Session invited = sessionWithCode(y, List.of(who(deputy1(), "ABSENT", null)), false);
        Session open = sessionWithCode(y, List.of(who(otherDeputy(0), "ABSENT", null)), true);
        String before = db.fingerprint() + db.count("activity_participant", "checked_in_at is not null");

        clock.moveTo(beijing(y, "10:00:00"));
        as("deputy1").post(API + "/check-ins/" + notInvited.code()).then().statusCode(403).body("detail", containsString("邀请名单"));
        as("staff1").post(API + "/check-ins/" + invited.code()).then().statusCode(403);
        io.restassured.RestAssured.given().post(API + "/check-ins/" + invited.code()).then().statusCode(401);
        as("deputy1").post(API + "/check-ins/" + "x".repeat(43)).then().statusCode(404);
        clock.moveTo(beijing(y, "11:31:00"));
        as("deputy1").post(API + "/check-ins/" + invited.code()).then().statusCode(409).body("rule", is("check-in-closed"));
        assertEquals(before, db.fingerprint() + db.count("activity_participant", "checked_in_at is not null"));

        // open to every deputy: one not listed is added, present
        clock.moveTo(beijing(y, "11:00:00"));
        as("deputy1").post(API + "/check-ins/" + open.code()).then().statusCode(200).body("already", is(false));
        as("staff1").get(API + "/activities/" + open.id()).then().body("participants", hasSize(2))
                .body("participants.find { it.deputyId == " + deputy1() + " }.attendance", is("PRESENT"));

        // a code needs the hours; only staff make and read codes, and print them
        int noHours = activity("SESSION", y + "-12-02", List.of(who(deputy1(), "ABSENT", null)));
        String etag = as("staff1").get(API + "/activities/" + noHours).then().extract().header("ETag");
        as("staff1").header("If-Match", etag).post(API + "/activities/" + noHours + "/check-in/renew").then().statusCode(409)
                .body("rule", is("check-in-needs-hours"));
        as("staff1").get(API + "/activities/" + noHours + "/check-in").then().statusCode(404);
        as("deputy1").get(API + "/activities/" + invited.id() + "/check-in").then().statusCode(403);
        as("staff1").get(API + "/activities/" + invited.id() + "/check-in/qr.png?size=300").then().statusCode(200).contentType("image/png");
        as("staff1").get(API + "/activities/" + invited.id() + "/check-in/qr.svg").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg")).body(containsString("扫码签到"));
        as("staff1").get(API + "/activities/" + invited.id() + "/check-in/qr.png?size=5").then().statusCode(400);
    }

    @Test
    void aChangedRecordRecomputesOnlyTheDeputiesItTouches() {
        Year y = scoredYear();
        Map<Object, Object> before = new HashMap<>();
        for (Object[] r : rows("select mandate_id, computed_at, total from score where congress_id = 1 and year = " + y.year())) {
            before.put(((Number) r[0]).longValue(), r[1].toString());
        }
        int id = activity("INSPECTION", y.year() + "-11-20", List.of(who(y.b(), "PRESENT", null)));
        // B: two inspections → 6 × 2 = 12, total 29
        assertEquals(0, dec(score("staff1", y.b(), y.year()).get("score.total")).compareTo(new BigDecimal("29")));
        int changed = 0;
        for (Object[] r : rows("select mandate_id, computed_at from score where congress_id = 1 and year = " + y.year())) {
            if (!before.get(((Number) r[0]).longValue()).equals(r[1].toString())) {
                changed++;
                assertEquals(y.b(), ((Number) r[0]).longValue());
            }
        }
        assertEquals(1, changed);
        // correcting the attendance takes the points away again
        String etag = as("staff1").get(API + "/activities/" + id).then().statusCode(200).body("participants", hasSize(1)).extract().header("ETag");
        as("staff1").header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("typeId", type("INSPECTION"), "title", "视察", "occurredOn",
                y.year() + "-11-20", "participants", List.of(who(y.b(), "ABSENT", null)))).put(API + "/activities/" + id).then().statusCode(200);
        assertEquals(0, dec(score("staff1", y.b(), y.year()).get("score.total")).compareTo(new BigDecimal("23")));
        // a stale version is refused
        as("staff1").header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("typeId", type("INSPECTION"), "title", "视察", "occurredOn",
                y.year() + "-11-20", "participants", List.of(who(y.b(), "PRESENT", null)))).put(API + "/activities/" + id).then().statusCode(412);
        // an activity recorded in error is deleted with its attendances; B's first inspection goes the same way → 17
        long first = ((Number) db.scalar("select min(activity_id) from activity_participant where mandate_id = ?1 and year = ?2 and type_id = ?3",
                y.b(), y.year(), type("INSPECTION"))).longValue();
        String fe = as("staff1").get(API + "/activities/" + first).then().extract().header("ETag");
        as("leader1").header("If-Match", fe).delete(API + "/activities/" + first).then().statusCode(403);
        as("staff1").header("If-Match", "\"99\"").delete(API + "/activities/" + first).then().statusCode(412);
        as("staff1").header("If-Match", fe).delete(API + "/activities/" + first).then().statusCode(204);
        assertEquals(0, db.count("activity_participant", "activity_id = ?1", first));
        as("staff1").get(API + "/activities/" + first).then().statusCode(404);
        assertEquals(0, dec(score("staff1", y.b(), y.year()).get("score.total")).compareTo(new BigDecimal("17")));
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql) {
        return db.rows(sql);
    }

    @Test
    void aDeputysOwnReportCountsOnlyOnceConfirmed() {
        Year y = scoredYear();
        long training = type("TRAINING");
        // deputies report for themselves only: the participants they list are ignored
        int id = as("deputy1").contentType(ContentType.JSON).body(Map.of("typeId", training, "title", "参加代表培训", "occurredOn", y.year() + "-05-06",
                "participants", List.of(who(y.b(), "PRESENT", null)))).post(API + "/activities").then().statusCode(201).body("status", is("PENDING"))
                .body("participants.deputyId", contains((int) y.a())).extract().path("id");
        // a scheme that counts training: 5 points each
        String path = API + "/schemes/" + y.schemeId();
        String etag = as("admin").get(path).then().extract().header("ETag");
        Map<String, Object> s = new HashMap<>(scheme(y.year(), 3));
        List<Map<String, Object>> is = new ArrayList<>((List<Map<String, Object>>) s.get("indicators"));
        is.add(indicator("学习培训", "ACTIVITY", training, "COUNT", 1, 5.0, 10.0, null));
        s.put("indicators", is);
        as("admin").header("If-Match", etag).contentType(ContentType.JSON).body(s).put(path).then().statusCode(201);
        as("staff1").post(API + "/scores/recompute?year=" + y.year()).then().statusCode(200);
        assertEquals(0, dec(score("deputy1", y.a(), y.year()).get("score.total")).compareTo(new BigDecimal("47")), "pending: not counted");
        String e = as("staff1").get(API + "/activities/" + id).then().extract().header("ETag");
        as("deputy1").header("If-Match", e).post(API + "/activities/" + id + "/confirm").then().statusCode(403);
        as("staff1").header("If-Match", e).post(API + "/activities/" + id + "/confirm").then().statusCode(200).body("status", is("CONFIRMED"));
        assertEquals(0, dec(score("deputy1", y.a(), y.year()).get("score.total")).compareTo(new BigDecimal("52")), "confirmed: 5 more");
        String e2 = as("staff1").get(API + "/activities/" + id).then().extract().header("ETag");
        as("staff1").header("If-Match", e2).post(API + "/activities/" + id + "/confirm").then().statusCode(409).body("rule", is("confirm-pending-only"));
        as("staff1").header("If-Match", e2).contentType(ContentType.JSON).body(Map.of("reason", "无记录")).post(API + "/activities/" + id + "/reject")
                .then().statusCode(409).body("rule", is("reject-pending-only"));
        // the dossier shows the year: counts by type and the activities
        as("deputy1").get(API + "/dossiers/" + y.a() + "?year=" + y.year()).then().statusCode(200).body("activities", hasSize(8))
                .body("byType.find { it.typeId == " + training + " }.present", is(1)).body("byMonth", hasSize(12))
                .body("score.total", notNullValue());
    }

    @Test
    void deputiesSeeOnlyTheirOwnDossierAndScore() {
        Year y = scoredYear();
        as("deputy1").get(API + "/scores/" + y.a() + "?year=" + y.year()).then().statusCode(200);
        as("deputy1").get(API + "/scores/" + y.b() + "?year=" + y.year()).then().statusCode(403).contentType("application/problem+json");
        as("deputy1").get(API + "/dossiers/" + y.b() + "?year=" + y.year()).then().statusCode(403);
        as("deputy1").get(API + "/scores?year=" + y.year()).then().statusCode(403);
        as("leader1").get(API + "/scores/" + y.b() + "?year=" + y.year()).then().statusCode(200);
        as("unit1").get(API + "/dossiers/" + y.b() + "?year=" + y.year()).then().statusCode(403);
        // a deputy lists only activities they took part in
        var ids = as("deputy1").get(API + "/activities?year=" + y.year() + "&size=200").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(7, ids.size());
        assertEquals(8, as("staff1").get(API + "/activities?year=" + y.year() + "&size=200").then().extract().jsonPath().getList("items").size());
    }

    @Test
    void anImportScriptRecordsConfirmedActivitiesThroughTheServiceAccount() {
        int y = freeYear();
        int id = io.restassured.RestAssured.given().auth().oauth2(cn.luzhi.testing.Tokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("typeId", type("TRAINING"), "title", "导入的培训记录", "occurredOn", y + "-04-01", "participants",
                        List.of(who(deputy1(), "PRESENT", null), who(otherDeputy(0), "LEAVE", null))))
                .post(API + "/activities").then().statusCode(201).body("status", is("CONFIRMED")).body("participants", hasSize(2)).extract().path("id");
        assertEquals(2, db.count("activity_participant", "activity_id = ?1 and counted = true and year = ?2", id, y));
        as("staff1").get(API + "/activities/" + id + "/history").then().statusCode(200).body("[0].action", is("CREATED"));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        int y = freeYear();
        long before = db.count("activity") + db.count("activity_participant") + db.count("scoring_scheme");
        as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", type("SESSION"), "title", "会议", "occurredOn", y + "-01-01", "participants",
                List.of(who(deputy1(), "PRESENT", null), who(999999, "PRESENT", null)))).post(API + "/activities").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("participants[1].deputyId"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", type("SESSION"), "title", "会议", "occurredOn", y + "-01-01", "participants",
                List.of(who(deputy1(), "PRESENT", null), who(deputy1(), "LEAVE", null)))).post(API + "/activities").then().statusCode(422);
        as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", 999999, "title", "会议", "occurredOn", y + "-01-01", "participants",
                List.of(who(deputy1(), "PRESENT", null)))).post(API + "/activities").then().statusCode(422).body("errors[0].field", is("typeId"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", type("SESSION"), "title", "", "occurredOn", "2026-13-01"))
                .post(API + "/activities").then().statusCode(400).body("errors.field", hasItem("occurredOn"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("typeId", type("SESSION"), "title", "会议", "occurredOn", y + "-01-01", "participants",
                List.of(Map.of("deputyId", deputy1(), "attendance", "MAYBE")))).post(API + "/activities").then().statusCode(400);
        Map<String, Object> s = new HashMap<>(scheme(y, 3));
        s.put("indicators", List.of(indicator("视察", "ACTIVITY", null, "COUNT", 1, 3.0, 9.0, null),
                indicator("建议", "SUGGESTION_LEAD", null, "RATE", 1, null, null, 10.0)));
        as("admin").contentType(ContentType.JSON).body(s).post(API + "/schemes").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("indicators[0].activityTypeId", "indicators[1].rule")).body("detail", containsString("评价方案有误"));
        s = new HashMap<>(scheme(y, 3));
        s.put("excellentFrom", 20);
        as("admin").contentType(ContentType.JSON).body(s).post(API + "/schemes").then().statusCode(400).body("errors[0].field", is("excellentFrom"));
        as("staff1").contentType(ContentType.JSON).body(scheme(y, 3)).post(API + "/schemes").then().statusCode(403);
        as("staff1").post(API + "/scores/recompute?year=" + y).then().statusCode(409).body("rule", is("scheme-required"));
        as("staff1").post(API + "/scores/recompute?year=1999").then().statusCode(400).body("errors[0].field", is("year"));
        assertEquals(before, db.count("activity") + db.count("activity_participant") + db.count("scoring_scheme"));
    }

    @Test
    void whatIfRanksADraftWithoutSavingAnything() {
        int year = clock.today().getYear();
        as("staff1").post(API + "/scores/recompute?year=" + year).then().statusCode(200);
        String before = db.scalar("select cast(concat(count(*), ':', sum(total), ':', max(computed_at)) as char) from score where congress_id = 1 and year = " + year)
                + "/" + db.count("scoring_scheme");
        Map<String, Object> draft = Map.of("year", year, "name", "只看领衔建议", "excellentFrom", 10, "competentFrom", 5, "basicFrom", 1,
                "excellentTopN", 10, "indicators", List.of(indicator("领衔建议", "SUGGESTION_LEAD", null, "COUNT", 1, 1.0, 1000.0, null)));
        JsonPath r = as("staff1").contentType(ContentType.JSON).body(Map.of("scheme", draft, "limit", 5)).post(API + "/schemes/what-if").then()
                .statusCode(200).body("$", hasSize(5)).extract().jsonPath();
        // the top deputy's draft total is their number of submitted lead suggestions this year
        long top = r.getLong("[0].deputyId");
        long submitted = db.count("suggestion", "congress_id = 1 and lead_deputy_id = ?1 and submitted_at >= ?2 and submitted_at < ?3", top,
                LocalDate.of(year, 1, 1).atStartOfDay(cn.luzhi.shared.time.AppClock.ZONE).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(cn.luzhi.shared.time.AppClock.ZONE).toInstant());
        assertEquals(0, dec(r.get("[0].total")).compareTo(BigDecimal.valueOf(submitted)));
        assertEquals(1, r.getInt("[0].rank"));
        assertTrue(r.get("[0].currentRank") != null, "the current rank is shown beside the draft one");
        assertEquals(before, db.scalar("select cast(concat(count(*), ':', sum(total), ':', max(computed_at)) as char) from score where congress_id = 1 and year = " + year)
                + "/" + db.count("scoring_scheme"));
        as("leader1").contentType(ContentType.JSON).body(Map.of("scheme", draft)).post(API + "/schemes/what-if").then().statusCode(403);
    }

    @Test
    void objectionsAreAnsweredBeforeAnImmutableSnapshotIsPublished() {
        Year y = scoredYear();
        String today = clock.today().toString();
        int pub = as("staff1").contentType(ContentType.JSON).body(Map.of("year", y.year(), "windowEnds", today, "rankingsPublic", false))
                .post(API + "/publications").then().statusCode(201).body("status", is("OBJECTION")).extract().path("id");
        as("staff1").contentType(ContentType.JSON).body(Map.of("year", y.year(), "windowEnds", today, "rankingsPublic", false))
                .post(API + "/publications").then().statusCode(409);
        // every deputy is told the window is open, with its last day; once (the refused second opening told nobody)
        assertEquals(1L, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'deputy1' and n.kind = 'OBJECTION_WINDOW_OPEN'"
                + " and n.dedupe_key = ?1 and n.body like ?2", "objection-window:" + y.year(), "%" + today + " 前提出%"));
        assertEquals(0L, db.count("notification n join app_user u on u.id = n.user_id", "u.username = 'unit1' and n.kind = 'OBJECTION_WINDOW_OPEN'"));
        long mine = ((Number) db.scalar("select min(activity_id) from activity_participant where mandate_id = ?1 and year = ?2", y.a(), y.year())).longValue();
        long notMine = ((Number) db.scalar("select min(activity_id) from activity_participant p where year = ?2 and not exists"
                + " (select 1 from activity_participant q where q.activity_id = p.activity_id and q.mandate_id = ?1)", y.a(), y.year())).longValue();
        String objections = API + "/publications/" + pub + "/objections";
        as("deputy1").contentType(ContentType.JSON).body(Map.of("activityId", notMine, "text", "不是我的")).post(objections).then().statusCode(422);
        as("staff1").contentType(ContentType.JSON).body(Map.of("text", "代提")).post(objections).then().statusCode(403);
        int obj = as("deputy1").contentType(ContentType.JSON).body(Map.of("activityId", mine, "position", 0, "text", "我出席了这次会议"))
                .post(objections).then().statusCode(201).body("status", is("OPEN")).extract().path("id");
        String pe = as("staff1").get(API + "/publications/" + pub).then().body("openObjections", is(1)).extract().header("ETag");
        as("staff1").header("If-Match", pe).post(API + "/publications/" + pub + "/publish").then().statusCode(409).body("rule", is("window-not-over"));
        clock.moveBy(Duration.ofDays(1)); // the window ended yesterday
        as("deputy1").contentType(ContentType.JSON).body(Map.of("text", "迟到的异议")).post(objections).then().statusCode(409)
                .body("rule", is("objection-window-closed"));
        as("staff1").header("If-Match", pe).post(API + "/publications/" + pub + "/publish").then().statusCode(409).body("rule", is("objections-unanswered"));
        as("staff1").get(API + "/publications/" + pub + "/results").then().statusCode(409).body("rule", is("not-published"));
        String oe = as("staff1").get(objections).then().statusCode(200).body("$", hasSize(1)).extract().path("[0].version").toString();
        as("staff1").header("If-Match", "\"" + oe + "\"").contentType(ContentType.JSON).body(Map.of("accepted", false, "answer", "签到表无记录"))
                .post(API + "/objections/" + obj + "/answer").then().statusCode(200).body("status", is("REJECTED"));
        as("staff1").header("If-Match", "\"" + (Integer.parseInt(oe) + 1) + "\"").contentType(ContentType.JSON).body(Map.of("accepted", true, "answer", "再议"))
                .post(API + "/objections/" + obj + "/answer").then().statusCode(409).body("rule", is("objection-answered-once"));
        as("deputy1").get(objections).then().statusCode(200).body("[0].answer", is("签到表无记录"));
        as("staff1").header("If-Match", pe).post(API + "/publications/" + pub + "/publish").then().statusCode(200).body("status", is("PUBLISHED"));
        String snapshot = db.scalar("select cast(concat(count(*), ':', sum(total), ':', group_concat(points order by mandate_id)) as char) from published_score where publication_id = "
                + pub).toString();
        // a later correction changes the live score, never the snapshot
        activity("INSPECTION", y.year() + "-12-01", List.of(who(y.c(), "PRESENT", null)));
        assertEquals(0, dec(score("staff1", y.c(), y.year()).get("score.total")).compareTo(new BigDecimal("6")));
        assertEquals(snapshot, db.scalar("select cast(concat(count(*), ':', sum(total), ':', group_concat(points order by mandate_id)) as char) from published_score"
                + " where publication_id = " + pub).toString());
        String pe2 = as("staff1").get(API + "/publications/" + pub).then().extract().header("ETag");
        as("staff1").header("If-Match", pe2).post(API + "/publications/" + pub + "/publish").then().statusCode(409).body("rule", is("published-once"));
        // results: staff see everyone, a deputy only their own row when rankings are not public
        long active = db.count("deputy_mandate", "congress_id = 1 and status = 'ACTIVE'");
        as("staff1").get(API + "/publications/" + pub + "/results?size=5").then().statusCode(200).body("total", is((int) active))
                .body("items[0].deputyId", is((int) y.a())).body("items[0].points", hasSize(3)).body("items[0].points[1].name", is("视察"));
        as("deputy1").get(API + "/publications/" + pub + "/results").then().statusCode(200).body("total", is(1)).body("items[0].deputyId", is((int) y.a()));
        // re-nomination: 称职 and above recommended; C (不称职) not; no one reached 优秀 (50)
        as("leader1").get(API + "/publications/" + pub + "/renomination?recommendation=NOT_RECOMMENDED&size=200").then().statusCode(200)
                .body("items.deputyId", hasItem((int) y.c())).body("items.grade", everyItem(is("INCOMPETENT")));
        as("leader1").get(API + "/publications/" + pub + "/renomination?recommendation=RECOMMENDED").then().statusCode(200).body("total", is(1))
                .body("items[0].deputyId", is((int) y.a()));
        as("leader1").get(API + "/publications/" + pub + "/excellent").then().statusCode(200).body("$", hasSize(0));
        as("deputy1").get(API + "/publications/" + pub + "/renomination").then().statusCode(403);
    }

    @Test
    void excellentCandidatesAreTheTopNGradedExcellent() {
        Year y = scoredYear();
        String path = API + "/schemes/" + y.schemeId();
        String etag = as("admin").get(path).then().extract().header("ETag");
        Map<String, Object> s = new HashMap<>(scheme(y.year(), 3));
        s.put("excellentFrom", 20);
        s.put("competentFrom", 20);
        s.put("excellentTopN", 2);
        as("admin").header("If-Match", etag).contentType(ContentType.JSON).body(s).put(path).then().statusCode(201);
        as("staff1").post(API + "/scores/recompute?year=" + y.year()).then().statusCode(200);
        int pub = as("staff1").contentType(ContentType.JSON).body(Map.of("year", y.year(), "windowEnds", clock.today().toString(),
                "rankingsPublic", true)).post(API + "/publications").then().statusCode(201).extract().path("id");
        clock.moveBy(Duration.ofDays(1)); // the window ended yesterday
        String pe = as("staff1").get(API + "/publications/" + pub).then().extract().header("ETag");
        as("staff1").header("If-Match", pe).post(API + "/publications/" + pub + "/publish").then().statusCode(200);
        // A (47) and B (23) are the top two at or above 20; everyone else ties at 20 (rank 3) and is outside N = 2
        as("staff1").get(API + "/publications/" + pub + "/excellent").then().statusCode(200).body("deputyId", contains((int) y.a(), (int) y.b()));
        // rankings are public: a deputy sees everyone
        long active = db.count("deputy_mandate", "congress_id = 1 and status = 'ACTIVE'");
        as("deputy1").get(API + "/publications/" + pub + "/results").then().statusCode(200).body("total", is((int) active));
    }

    @Test
    void performanceIndexEqualsItsDefinitionInSql() {
        int year = clock.today().getYear();
        long delegation = ((Number) db.scalar("select delegation_id from deputy_mandate where id = ?1", deputy1())).longValue();
        JsonPath ix = as("leader1").get(API + "/performance-index?year=" + year + "&delegationId=" + delegation).then().statusCode(200).extract().jsonPath();
        String members = "select id from deputy_mandate where congress_id = 1 and status = 'ACTIVE' and delegation_id = " + delegation;
        String inYear = " and submitted_at >= '" + year + "-01-01 00:00:00' - interval 8 hour and submitted_at < '" + (year + 1) + "-01-01 00:00:00' - interval 8 hour";
        long n = ((Number) db.scalar("select count(*) from (" + members + ") m")).longValue();
        long claimed = ((Number) db.scalar("select count(distinct g.deputy_id) from topic_group_member g join topic t on t.id = g.topic_id"
                + " join supervision_plan p on p.id = t.plan_id where p.year = " + year + " and g.deputy_id in (" + members + ")")).longValue();
        long discovered = ((Number) db.scalar("select count(distinct lead_deputy_id) from suggestion where congress_id = 1 and lead_deputy_id in (" + members + ")" + inYear)).longValue();
        long replied = ((Number) db.scalar("select count(*) from suggestion where congress_id = 1 and reply_class is not null and lead_deputy_id in (" + members + ")" + inYear)).longValue();
        long solved = ((Number) db.scalar("select count(*) from suggestion where congress_id = 1 and reply_class = 'A' and lead_deputy_id in (" + members + ")" + inYear)).longValue();
        assertEquals(n, ix.getLong("deputies"));
        assertEquals(claimed, ix.getLong("claimed"));
        assertEquals(discovered, ix.getLong("discovered"));
        assertEquals(replied, ix.getLong("replied"));
        assertEquals(solved, ix.getLong("solved"));
        assertTrue(n > 0);
        assertEquals(Math.round(discovered * 10000.0 / n) / 10000.0, ix.getDouble("problemDiscoveryRate"), 1e-9);
        as("leader1").get(API + "/performance-index?delegationId=999999").then().statusCode(404);
        as("deputy1").get(API + "/performance-index").then().statusCode(403);
    }

    @Test
    void appraisedSuggestionsCountForTheirLeadDeputy() {
        int year = clock.today().getYear();
        as("staff1").post(API + "/scores/recompute?year=" + year).then().statusCode(200);
        Object[] s = db.rows("select id, lead_deputy_id from suggestion where congress_id = 1 and status = 'CLOSED' and lead_deputy_id is not null"
                + " and award is null and submitted_at >= '" + year + "-01-01' order by id limit 1").get(0);
        long id = ((Number) s[0]).longValue(), deputy = ((Number) s[1]).longValue();
        BigDecimal before = dec(score("staff1", deputy, year).get("score.total"));
        String etag = as("staff1").get("/api/v1/suggestions/" + id).then().statusCode(200).extract().header("ETag");
        as("staff1").header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("qualityScore", 120)).put("/api/v1/suggestions/" + id + "/appraisal")
                .then().statusCode(400).body("errors[0].field", is("qualityScore"));
        as("unit1").header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("qualityScore", 90)).put("/api/v1/suggestions/" + id + "/appraisal")
                .then().statusCode(403);
        as("staff1").header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("qualityScore", 95, "award", "优秀建议"))
                .put("/api/v1/suggestions/" + id + "/appraisal").then().statusCode(200).body("award", is("优秀建议")).body("qualityScore", is(95));
        // the demo scheme gives 3 points per award (cap 6): the lead deputy's total moves up at once
        JsonPath after = score("staff1", deputy, year);
        assertTrue(dec(after.get("score.total")).compareTo(before) > 0);
        assertTrue(after.getList("indicators.find { it.name == '优秀建议' }.items.id").contains((int) id));
    }
}
