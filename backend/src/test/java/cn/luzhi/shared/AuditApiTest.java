package cn.luzhi.shared;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditApiTest {
    @Test
    void theTrailPagesByKeysetWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            as("staff1").contentType(ContentType.JSON).body(Map.of("name", "审计分页测试" + System.nanoTime(), "kind", "WORKING"))
                    .post("/api/v1/committees").then().statusCode(201);
        }
        List<Integer> seen = new ArrayList<>();
        Integer before = null;
        for (int page = 0; page < 3; page++) {
            var req = as("staff1").queryParam("size", 2).queryParam("entityType", "committee");
            if (before != null) {
                req = req.queryParam("before", before);
            }
            var body = req.get("/api/v1/audit-events").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
            seen.addAll(body.getList("items.id"));
            before = body.get("nextBefore");
        }
        assertEquals(6, new HashSet<>(seen).size(), seen.toString());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) < seen.get(i - 1), "newest first: " + seen);
        }
        as("staff1").get("/api/v1/audit-events?entityType=committee&actor=staff1&size=1").then().body("items[0].actor", is("staff1"))
                .body("items[0].changes.field", hasItem("name"));
    }

    @Test
    void onlyStaffAndAdminsReadItAndOnlyTheirCongress() {
        as("leader1").get("/api/v1/audit-events").then().statusCode(403);
        as("unit1").get("/api/v1/audit-events").then().statusCode(403);
        as("staff1").get("/api/v1/audit-events?size=0").then().statusCode(400).body("errors[0].field", is("size"));
        as("staff2").get("/api/v1/audit-events?size=200&actor=staff1").then().statusCode(200).body("items", empty());
    }
}
