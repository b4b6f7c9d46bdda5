package cn.luzhi.directory;

import static cn.luzhi.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The views the directory offers other modules (V13) say what the directory's own API says. */
@QuarkusTest
class DirectoryViewsTest {
    @Inject
    Db db;

    @Test
    void directoryDeputiesNamesEachDeputysDelegationAndStation() {
        JsonPath page = as("staff1").get("/api/v1/deputies?size=30").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = page.getList("items.id");
        for (int i = 0; i < ids.size(); i++) {
            Object[] r = db.rows("select name, status, delegation_id, delegation_name, station_id, station_name from directory_deputies where id = ?1",
                    ids.get(i)).get(0);
            String p = "items[" + i + "].";
            assertEquals(Arrays.asList(page.getString(p + "name"), page.getString(p + "status"), page.getLong(p + "delegationId"),
                    page.getString(p + "delegationName"), page.get(p + "stationId") == null ? null : page.getLong(p + "stationId"),
                    page.getString(p + "stationName")),
                    Arrays.asList(r[0], r[1], ((Number) r[2]).longValue(), r[3], r[4] == null ? null : ((Number) r[4]).longValue(), r[5]));
        }
    }

    @Test
    void directoryUnitsNamesEachUnit() {
        JsonPath page = as("staff1").get("/api/v1/units?size=30").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = page.getList("items.id");
        for (int i = 0; i < ids.size(); i++) {
            Object[] r = db.rows("select name, short_name, kind from directory_units where id = ?1", ids.get(i)).get(0);
            assertEquals(Arrays.asList(page.getString("items[" + i + "].name"), page.getString("items[" + i + "].shortName"),
                    page.getString("items[" + i + "].kind")), Arrays.asList(r[0], r[1], r[2]));
        }
    }
}
