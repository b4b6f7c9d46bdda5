package cn.luzhi.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract at the repository root is exactly what the running API serves; `make openapi` refreshes it. */
@QuarkusTest
class OpenApiContractTest {
    @jakarta.inject.Inject
    cn.luzhi.testing.Db db;

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void servedContractEqualsTheCommittedFile() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode live = yaml.readTree(served);
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root (make openapi)");
        JsonNode file = yaml.readTree(Files.readString(CONTRACT));
        List<String> diffs = new ArrayList<>();
        diff("", file, live, diffs);
        assertEquals(List.of(), diffs.size() > 20 ? diffs.subList(0, 20) : diffs,
                "openapi.yaml differs from the running API; run `make openapi` and review the change");
    }

    /** What people read in the contract is written for each operation: a unique id, a Chinese summary, a description. */
    @Test
    void everyOperationIsDescribedForItsReaders() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        List<String> missing = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            JsonNode op = m.getValue();
            String where = m.getKey().toUpperCase() + " " + p.getKey();
            if (!op.hasNonNull("operationId") || !ids.add(op.get("operationId").asText())) missing.add(where + ": operationId missing or repeated");
            if (!op.path("summary").asText().matches(".*\\p{IsHan}.*")) missing.add(where + ": no Chinese summary");
            if (op.path("description").asText().isBlank()) missing.add(where + ": no description");
        }));
        assertEquals(List.of(), missing);
    }

    /**
     * The problems the contract promises are the ones the API gives: every operation that takes a JSON body
     * answers a malformed one with 400 problem+json, and every read of a record by id answers a missing id with
     * 404 problem+json — called as a role allowed to make the call, writing nothing. (Each answer is also checked
     * against the operation's documented responses by the tests' contract validation.)
     */
    @Test
    void documentedProblemsAreTheOnesTheApiGives() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        var table = EveryOperationIsGuardedTest.expected();
        String before = db.fingerprint();
        List<String> wrong = new ArrayList<>();
        int[] checked = new int[2];
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().toUpperCase();
            String path = p.getKey().replace("{year}", "2030").replace("{action}", "approve").replaceAll("\\{[a-zA-Z]+\\}", "2147483647");
            var allowed = table.get(method + " " + p.getKey());
            String user = allowed == null ? "staff1" : userFor(allowed.roles());
            if (m.getValue().path("requestBody").path("content").has("application/json")) {
                var r = Tokens.as(user).header("If-Match", "\"0\"").contentType("application/json").body("{\"").request(method, path);
                checked[0]++;
                if (r.statusCode() != 400 || !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(method + " " + p.getKey() + " with a malformed body as " + user + " -> " + r.statusCode());
                }
            }
            if (method.equals("GET") && p.getKey().matches(".*\\{[a-zA-Z]*[iI]d\\}.*")) {
                var r = Tokens.as(user).request(method, path);
                checked[1]++;
                if (r.statusCode() != 404 || !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(method + " " + p.getKey() + " of a missing id as " + user + " -> " + r.statusCode());
                }
            }
        }));
        assertEquals(List.of(), wrong);
        assertTrue(checked[0] > 40 && checked[1] > 20, "bodies and ids checked: " + checked[0] + ", " + checked[1]);
        assertEquals(before, db.fingerprint());
    }

    /** A demo account holding one of the roles (office roles first: they see every record of the congress). */
    static String userFor(java.util.Set<String> roles) {
        for (String role : List.of("staff", "admin", "leader", "committee", "unit", "deputy")) {
            if (roles.isEmpty() || roles.contains(role)) {
                return EveryOperationIsGuardedTest.USER_OF_ROLE.get(role);
            }
        }
        return "staff1";
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isObject() && b.isObject()) {
            a.fieldNames().forEachRemaining(f -> {
                if (!b.has(f)) out.add("only in file: " + path + "/" + f);
                else diff(path + "/" + f, a.get(f), b.get(f), out);
            });
            b.fieldNames().forEachRemaining(f -> {
                if (!a.has(f)) out.add("only in API: " + path + "/" + f);
            });
        } else if (!a.equals(b)) {
            out.add("differs: " + path + " file=" + abbreviate(a) + " api=" + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
