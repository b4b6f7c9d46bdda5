package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Over the demo year: the parking complaints of several towns form one ranked candidate with its evidence. */
@QuarkusTest
class TopicCandidateApiTest {
    @Test
    void theDemoYearsParkingComplaintsFormOneCandidate() {
        JsonPath body = as("staff1").get("/api/v1/supervision/topic-candidates?limit=50").then().statusCode(200)
                .body("size()", greaterThan(3)).body("[0].rank", is(1)).extract().jsonPath();
        List<Map<String, Object>> candidates = body.getList("");
        Map<String, Object> parking = candidates.stream().filter(c -> ((List<?>) c.get("items")).stream()
                .anyMatch(i -> ((String) ((Map<?, ?>) i).get("title")).contains("停车难"))).findFirst().orElseThrow();
        List<Map<String, Object>> items = (List<Map<String, Object>>) parking.get("items");
        // other tests add items with parking content under other titles; the demo's own concerns must stay apart
        assertTrue(items.stream().filter(i -> ((String) i.get("title")).contains("停车")).count() >= 8, items.toString());
        for (String other : List.of("食堂", "养老", "教师", "水利", "充电", "公路", "改造")) {
            assertTrue(items.stream().noneMatch(i -> ((String) i.get("title")).contains(other)), other + " in " + items);
        }
        assertTrue((Integer) parking.get("deputyCount") > 1 && (Integer) parking.get("placeCount") > 1, parking.toString());
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue((Integer) candidates.get(i).get("score") <= (Integer) candidates.get(i - 1).get("score"));
        }
    }

    @Test
    void candidatesAreForStaffLeadersAndCommittees() {
        as("leader1").get("/api/v1/supervision/topic-candidates?limit=1").then().statusCode(200);
        as("committee1").get("/api/v1/supervision/topic-candidates?limit=1").then().statusCode(200);
        as("deputy1").get("/api/v1/supervision/topic-candidates").then().statusCode(403);
        as("unit1").get("/api/v1/supervision/topic-candidates").then().statusCode(403);
        as("staff1").get("/api/v1/supervision/topic-candidates?limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        as("staff2").get("/api/v1/supervision/topic-candidates").then().statusCode(200).body("size()", is(0));
    }
}
