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
 * Walks every operation of the contract: without a token each answers 401, and every role the contract does not
 * list for it answers 403 — as problem+json, and without writing anything.
 */
@QuarkusTest
class EveryOperationIsGuardedTest {
    static final Map<String, String> USER_OF_ROLE = Map.of("admin", "admin", "staff", "staff1", "leader", "leader1",
            "committee", "committee1", "deputy", "deputy1", "unit", "unit1");

    @Inject
    Db db;

    record Op(String method, String path, Set<String> roles) {
    }

    static List<Op> operations() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<Op> ops = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            Set<String> roles = new HashSet<>();
            m.getValue().path("security").forEach(req -> req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
            ops.add(new Op(m.getKey().toUpperCase(), p.getKey().replace("{year}", "2030").replace("{action}", "approve").replaceAll("\\{[a-zA-Z]+\\}", "1"), roles));
        }));
        return ops;
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
    void everyRoleTheContractDoesNotListIsRefusedWith403() throws Exception {
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
