package cn.luzhi.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import cn.luzhi.testing.Db;
import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, against a table reviewed by hand (expected-roles.tsv) rather than against the annotations
 * themselves: the contract must grant exactly the table's roles; without a token every operation answers 401, and
 * every role the table does not list answers 403 — as problem+json, and without writing anything.
 */
@QuarkusTest
class EveryOperationIsGuardedTest {
    static final Map<String, String> USER_OF_ROLE = Map.of("admin", "admin", "staff", "staff1", "leader", "leader1",
            "committee", "committee1", "deputy", "deputy1", "unit", "unit1");

    @Inject
    Db db;

    record Op(String method, String template, Set<String> roles) {
        /** The path with its parameters filled in (ids that exist or not: the guard answers before any lookup). */
        String path() {
            return template.replace("{year}", "2030").replace("{action}", "approve").replaceAll("\\{[a-zA-Z]+\\}", "1");
        }

        String key() {
            return method + " " + template;
        }
    }

    /** The reviewed table of who may call what (src/test/resources/expected-roles.tsv); "signed-in" is any account. */
    static Map<String, Op> expected() throws Exception {
        Map<String, Op> ops = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src", "test", "resources", "expected-roles.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            Set<String> roles = c[2].equals("signed-in") ? Set.of() : Set.of(c[2].split(","));
            Op op = new Op(c[0], c[1], roles);
            if (ops.put(op.key(), op) != null) {
                throw new IllegalStateException("listed twice in expected-roles.tsv: " + op.key());
            }
        }
        return ops;
    }

    /** What the contract (generated from the @RolesAllowed annotations) says. */
    static Map<String, Op> contract() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "openapi.yaml")));
        Map<String, Op> ops = new java.util.LinkedHashMap<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            Set<String> roles = new HashSet<>();
            m.getValue().path("security").forEach(req -> req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
            Op op = new Op(m.getKey().toUpperCase(), p.getKey(), roles);
            ops.put(op.key(), op);
        }));
        return ops;
    }

    static java.util.Collection<Op> operations() throws Exception {
        return expected().values();
    }

    @Test
    void theContractGrantsExactlyTheReviewedRoles() throws Exception {
        Map<String, Op> table = expected();
        Map<String, Op> api = contract();
        List<String> wrong = new ArrayList<>();
        for (Op op : api.values()) {
            Op want = table.get(op.key());
            if (want == null) {
                wrong.add(op.key() + ": not in expected-roles.tsv (add a reviewed row)");
            } else if (!want.roles().equals(op.roles())) {
                wrong.add(op.key() + ": the contract allows " + new java.util.TreeSet<>(op.roles()) + ", the table " + new java.util.TreeSet<>(want.roles()));
            }
        }
        for (String key : table.keySet()) {
            if (!api.containsKey(key)) {
                wrong.add(key + ": in expected-roles.tsv but not an operation of the contract");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(table.size() > 100, "operations in the table: " + table.size());
    }

    static Response call(RequestSpecification spec, Op op) {
        spec = spec.header("If-Match", "\"0\"");
        if (op.path().endsWith("/attachments") && op.method().equals("POST")) {
            spec = spec.contentType("application/pdf").queryParam("filename", "x.pdf").body("%PDF-1.4".getBytes());
        } else if (op.method().equals("POST") || op.method().equals("PUT")) {
            spec = spec.contentType("application/json").body("{}");
        }
        return spec.request(op.method(), op.path());
    }

    @Test
    void withoutATokenEveryOperationAnswers401() throws Exception {
        String before = db.fingerprint();
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            Response r = call(given(), op);
            if (r.statusCode() != 401 || !r.contentType().startsWith("application/problem+json")) {
                wrong.add(op + " -> " + r.statusCode() + " " + r.contentType());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, db.fingerprint());
    }

    @Test
    void everyRoleTheTableDoesNotListIsRefusedWith403() throws Exception {
        String before = db.fingerprint();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Op op : operations()) {
            if (op.roles().isEmpty()) {
                continue; // any signed-in account (e.g. getMe)
            }
            for (String role : List.of("admin", "staff", "leader", "committee", "deputy", "unit", "integration")) {
                if (op.roles().contains(role)) {
                    continue;
                }
                String token = role.equals("integration") ? Tokens.integration() : Tokens.of(USER_OF_ROLE.get(role));
                Response r = call(given().auth().oauth2(token), op);
                checked++;
                if (r.statusCode() != 403 || !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(op.method() + " " + op.path() + " as " + role + " -> " + r.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 50, "refusals checked: " + checked);
        assertEquals(before, db.fingerprint());
    }
}
