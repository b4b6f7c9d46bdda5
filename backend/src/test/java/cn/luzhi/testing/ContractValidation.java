package cn.luzhi.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Every answer any test receives from the API is checked against the committed contract (openapi.yaml): its
 * status must be documented for the operation, its content type and body must match the documented schema. A
 * mismatch fails the test that received it. Requests are not checked: tests send invalid ones on purpose.
 * Installed before every {@code @QuarkusTest} class (META-INF/services), in the application's class loader, where the
 * tests' REST Assured lives.
 */
public class ContractValidation implements QuarkusTestBeforeClassCallback {
    /** The validator's schema checks read OpenAPI 3.0 (with 3.1's type lists they check required properties only). */
    public static String asOpenApi30(String contract31) throws java.io.IOException {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) yaml.readTree(contract31);
        doc.put("openapi", "3.0.3");
        down(doc);
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doc);
    }

    /** 3.1 → 3.0 for one node and below: type lists with "null" become nullable, example lists a single example. */
    private static void down(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            a.forEach(ContractValidation::down);
            return;
        }
        if (!(n instanceof com.fasterxml.jackson.databind.node.ObjectNode o)) {
            return;
        }
        if (o.path("type").isArray()) {
            java.util.List<String> types = new java.util.ArrayList<>();
            o.get("type").forEach(t -> types.add(t.asText()));
            boolean nullable = types.remove("null");
            if (types.size() == 1) {
                o.put("type", types.get(0));
            } else {
                o.remove("type");
            }
            if (nullable) {
                o.put("nullable", true);
            }
        }
        if (o.path("anyOf").isArray()) {
            java.util.List<com.fasterxml.jackson.databind.JsonNode> rest = new java.util.ArrayList<>();
            boolean nullable = false;
            for (var alt : o.get("anyOf")) {
                if ("null".equals(alt.path("type").asText())) {
                    nullable = true;
                } else {
                    rest.add(alt);
                }
            }
            if (nullable && o.has("type")) {
                o.remove("anyOf"); // the type list already said it (string or null, e.g. a date)
                o.put("nullable", true);
            }
            // otherwise {anyOf: [X, {type: "null"}]} stays: the schema checker (JSON Schema draft 4) knows type null
        }
        if (o.path("examples").isArray() && !o.path("examples").isEmpty() && (o.has("type") || o.has("$ref") || o.has("allOf") || o.has("nullable"))) {
            o.set("example", o.get("examples").get(0));
            o.remove("examples");
        }
        o.fields().forEachRemaining(e -> down(e.getValue()));
    }

    static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static OpenApiValidationFilter filter;

    @Override
    public void beforeClass(Class<?> testClass) {
        try {
            install();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static synchronized void install() throws java.io.IOException {
        if (filter == null) {
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(Files.readString(CONTRACT)))
                    .withLevelResolver(LevelResolver.create()
                            // requests: tests send invalid ones on purpose; Keycloak's token endpoint is not in the contract
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            filter = new OpenApiValidationFilter(validator);
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
