package cn.luzhi.suggestions;

import static cn.luzhi.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The views the suggestions module offers others (V13: read by scoring and supervision) say what its API says. */
@QuarkusTest
class SuggestionSqlViewsTest {
    /** Past the office's decision to register (README: the loop); declined items are not registered. */
    static final Set<String> REGISTERED = Set.of("REGISTERED", "ASSIGNED", "REPLIED", "RATED", "REHANDLING", "CLOSED");

    @Inject
    Db db;

    static List<String> text(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    @Test
    void suggestionsItemsAndCosignersMatchEachItem() {
        JsonPath page = as("staff1").get("/api/v1/suggestions?size=60&sort=createdAt,desc").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = page.getList("items.id");
        for (int i = 0; i < ids.size(); i++) {
            String p = "items[" + i + "].";
            Object[] r = db.rows("select number, title, kind, source, status, registered, lead_deputy_id, quality_score, award, reply_class"
                    + " from suggestions_items where id = ?1", ids.get(i)).get(0);
            String status = page.getString(p + "status");
            assertEquals(text(page.getString(p + "number"), page.getString(p + "title"), page.getString(p + "kind"),
                    page.getString(p + "source"), status, REGISTERED.contains(status),
                    page.get(p + "leadDeputyId") == null ? null : page.getLong(p + "leadDeputyId"),
                    page.get(p + "qualityScore") == null ? null : page.getInt(p + "qualityScore"), page.getString(p + "award"),
                    page.getString(p + "replyClass")),
                    text(r[0], r[1], r[2], r[3], r[4], ((Number) r[5]).intValue() == 1, r[6], r[7], r[8], r[9]), "suggestion " + ids.get(i));
            List<Long> cosigners = db.rows("select deputy_id, 0 from suggestions_cosigners where suggestion_id = ?1 order by deputy_id", ids.get(i))
                    .stream().map(x -> ((Number) x[0]).longValue()).toList();
            assertEquals(page.getList(p + "cosignerIds", Long.class).stream().sorted().toList(), cosigners);
        }
    }
}
