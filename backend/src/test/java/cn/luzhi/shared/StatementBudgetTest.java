package cn.luzhi.shared;

import static cn.luzhi.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read answers with a constant number of SQL statements, whatever the page size: one record in at most 3,
 * one page of a list in at most 5, the same for 5 rows and for 100. Statements are counted by the database server
 * itself (its SELECT/INSERT/UPDATE/DELETE counters), so nothing the application does escapes the count.
 */
@QuarkusTest
class StatementBudgetTest {
    static final int ONE_RECORD = 3;
    static final int ONE_PAGE = 5;

    @Inject
    Db db;

    long counter() {
        long n = 0;
        for (Object[] r : db.rows("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')")) {
            n += Long.parseLong(r[1].toString());
        }
        return n;
    }

    /**
     * The statements one request made, after a first call that warms the caller's account and the caches: the
     * fewest of three calls, since the pool opening a connection meanwhile adds its own set-up statements.
     */
    long statements(String user, String path) {
        as(user).get(path).then().statusCode(200);
        long n = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = counter();
            as(user).get(path).then().statusCode(200);
            n = Math.min(n, counter() - before);
        }
        System.out.println("statements: GET " + path + " as " + user + " = " + n);
        return n;
    }

    List<String> over = new ArrayList<>();

    @BeforeEach
    void clear() {
        over.clear();
    }

    void record(String user, String path) {
        long n = statements(user, path);
        if (n > ONE_RECORD) {
            over.add("GET " + path + " as " + user + ": " + n + " statements (budget " + ONE_RECORD + ")");
        }
    }

    void page(String user, String path) {
        String sep = path.contains("?") ? "&" : "?";
        int rows = as(user).get(path + sep + "size=100").then().statusCode(200).extract().path("items.size()");
        assertTrue(rows > 5, "GET " + path + " as " + user + " must list more than 5 rows for the comparison to mean anything, listed " + rows);
        long small = statements(user, path + sep + "size=5");
        long large = statements(user, path + sep + "size=100");
        if (small > ONE_PAGE || large > ONE_PAGE || small != large) {
            over.add("GET " + path + " as " + user + ": " + small + " statements for 5 rows, " + large + " for 100 (budget " + ONE_PAGE + ", equal)");
        }
    }

    long anId(String sql) {
        return ((Number) db.scalar(sql)).longValue();
    }

    @Test
    void theCounterSeesAStatement() {
        long before = counter();
        db.count("deputy_mandate");
        assertTrue(counter() - before >= 1, "the server counts the statements this test makes");
    }

    @Test
    void directoryReadsStayWithinBudget() {
        long deputy = anId("select min(m.id) from deputy_mandate m join congress c on c.id = m.congress_id where c.name = '示范县人民代表大会'");
        record("staff1", "/api/v1/deputies/" + deputy);
        page("staff1", "/api/v1/deputies");
        page("staff1", "/api/v1/units");
        page("staff1", "/api/v1/stations");
        record("staff1", "/api/v1/me");
        assertEquals(List.of(), over);
    }

    @Test
    void suggestionReadsStayWithinBudget() {
        long s = anId("select min(s.id) from suggestion s join assignment a on a.suggestion_id = s.id join congress c on c.id = s.congress_id"
                + " where c.name = '示范县人民代表大会'");
        record("staff1", "/api/v1/suggestions/" + s);
        page("staff1", "/api/v1/suggestions");
        page("unit1", "/api/v1/suggestions");
        page("deputy1", "/api/v1/suggestions");
        assertEquals(List.of(), over);
    }

    /** At least {@code n} problems of unit1's unit (copies of the demo's), so a page of 5 and one of 100 differ in rows. */
    void atLeastProblemsOfUnit1(int n) {
        long unit = anId("select unit_id from app_user where username = 'unit1'");
        long have = db.count("problem", "unit_id = ?1", unit);
        if (have < n) {
            String cols = ((String) db.scalar("select group_concat(column_name order by ordinal_position) from information_schema.columns"
                    + " where table_schema = database() and table_name = 'problem' and column_name <> 'id'"));
            for (long i = have; i < n; i++) {
                db.execute("insert into problem (" + cols + ") select " + cols + " from problem where unit_id = ?1 order by id limit 1", unit);
            }
        }
    }

    @Test
    void supervisionReadsStayWithinBudget() {
        atLeastProblemsOfUnit1(8);
        long p = anId("select min(p.id) from problem p join congress c on c.id = p.congress_id where c.name = '示范县人民代表大会'");
        record("staff1", "/api/v1/supervision/problems/" + p);
        page("staff1", "/api/v1/supervision/problems");
        page("unit1", "/api/v1/supervision/problems");
        assertEquals(List.of(), over);
    }

    @Test
    void evaluationReadsStayWithinBudget() {
        page("staff1", "/api/v1/evaluation/scores");
        page("staff1", "/api/v1/evaluation/activities");
        assertEquals(List.of(), over);
    }
}
