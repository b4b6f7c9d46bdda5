package cn.luzhi.shared;

import static cn.luzhi.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Every answer tests receive is checked against openapi.yaml (testing/ContractValidation): installed, and it bites. */
@QuarkusTest
class ContractValidationTest {
    @Test
    void everyRequestOfEveryTestGoesThroughTheContractCheck() {
        assertTrue(RestAssured.filters().stream().anyMatch(f -> f instanceof OpenApiValidationFilter), RestAssured.filters().toString());
    }

    @Test
    void anAnswerThatDisagreesWithTheContractFailsTheTest() throws Exception {
        // the same contract with one documented property's type changed: /me's username said to be a number
        String contract = Files.readString(Path.of("..", "openapi.yaml"));
        String me = "    Me:\n      type: object\n      properties:\n        userId:\n          type: integer\n          format: int64\n        username:\n          type: string";
        assertTrue(contract.contains(me), "the Me schema as this test expects it");
        OpenApiValidationFilter wrong = new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(cn.luzhi.testing.ContractValidation.asOpenApi30(contract.replace(me, me.replace("username:\n          type: string", "username:\n          type: integer"))))
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build()).build());
        var refused = assertThrows(OpenApiValidationFilter.OpenApiValidationException.class, () -> as("staff1").filter(wrong).get("/api/v1/me"));
        assertTrue(refused.getMessage().contains("username"), refused.getMessage());
    }
}
