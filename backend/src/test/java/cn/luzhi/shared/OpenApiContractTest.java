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

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract at the repository root is exactly what the running API serves; `make openapi` refreshes it. */
@QuarkusTest
class OpenApiContractTest {
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

    @Test
    void everyOperationHasIdDescriptionSecurityAndProblemAnswers() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        List<String> missing = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            JsonNode op = m.getValue();
            String where = m.getKey().toUpperCase() + " " + p.getKey();
            if (!op.hasNonNull("operationId")) missing.add(where + " operationId");
            if (!op.hasNonNull("description")) missing.add(where + " description");
            if (!op.has("security")) missing.add(where + " security");
            if (!op.path("responses").has("401") || !op.path("responses").has("400")) missing.add(where + " problem responses");
            if (!op.path("responses").path("400").path("content").has("application/problem+json")) missing.add(where + " problem+json");
        }));
        assertEquals(List.of(), missing);
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
