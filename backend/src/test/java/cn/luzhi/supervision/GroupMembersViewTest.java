package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** supervision_group_members (V13, read by scoring) lists each topic's group as the group API does, with the plan's year. */
@QuarkusTest
class GroupMembersViewTest {
    @Inject
    Db db;

    @Test
    void theViewListsEachGroupWithItsTopicAndYear() {
        List<Object[]> topics = db.rows("select t.id, t.title, p.year from topic t join supervision_plan p on p.id = t.plan_id"
                + " where exists (select 1 from topic_group_member g where g.topic_id = t.id) order by t.id");
        assertFalse(topics.isEmpty(), "the demo year has supervision groups");
        for (Object[] t : topics) {
            long topic = ((Number) t[0]).longValue();
            JsonPath group = as("staff1").get("/api/v1/supervision/topics/" + topic + "/group").then().statusCode(200).extract().jsonPath();
            List<Object[]> rows = db.rows("select deputy_id, leader, topic_title, year from supervision_group_members where topic_id = ?1"
                    + " order by leader desc, deputy_id", topic);
            List<String> fromView = rows.stream().map(r -> r[0] + ":" + (r[1] instanceof Boolean b ? b : ((Number) r[1]).intValue() != 0)
                    + ":" + r[2] + ":" + r[3]).toList();
            List<String> fromApi = new java.util.ArrayList<>();
            List<Integer> ids = group.getList("deputyId");
            for (int i = 0; i < ids.size(); i++) {
                fromApi.add(ids.get(i) + ":" + group.getBoolean("[" + i + "].leader") + ":" + t[1] + ":" + t[2]);
            }
            fromApi.sort(java.util.Comparator.comparing((String s) -> !s.split(":")[1].equals("true")).thenComparing(s -> Long.parseLong(s.split(":")[0])));
            assertEquals(fromApi, fromView);
        }
    }
}
