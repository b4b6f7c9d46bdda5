package cn.luzhi.supervision;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** 一事一小组 and the topic's schedule; group members (deputies) see their group's work, other deputies do not. */
@QuarkusTest
class GroupApiTest {
    @Inject
    Db db;

    int topic() {
        int plan = ((Number) db.scalar("select coalesce(max(id), 0) from supervision_plan where congress_id = 1")).intValue();
        if (plan == 0) {
            plan = as("staff1").contentType(ContentType.JSON).body(Map.of("year", SupervisionPlanApiTest.freeYear(db), "title", "小组测试计划"))
                    .post("/api/v1/supervision/plans")
                    .then().statusCode(201).extract().path("id");
        }
        return as("staff1").contentType(ContentType.JSON).body(Map.of("title", "农村饮水安全执法检查", "method", "LAW_ENFORCEMENT_CHECK",
                "sources", List.of("INSPECTION_FINDING"))).post("/api/v1/supervision/plans/" + plan + "/topics").then().statusCode(201)
                .extract().path("id");
    }

    long deputy1() {
        return ((Number) db.scalar("select deputy_id from app_user where username = 'deputy1'")).longValue();
    }

    long otherDeputy(int n) {
        return ((Number) db.scalar("select id from deputy_mandate where congress_id = 1 and status = 'ACTIVE' and id <> ?1 order by id limit 1 offset "
                + n, deputy1())).longValue();
    }

    long told(String user, String link, String titleLike) {
        return db.count("notification n join app_user u on u.id = n.user_id", "u.username = ?1 and n.kind = 'GROUP_CHANGED' and n.link = ?2 and n.title like ?3",
                user, link, titleLike);
    }

    @Test
    void aGroupLedByADeputyAndMembersWhoSeeTheirWork() {
        int t = topic();
        as("deputy1").get("/api/v1/supervision/topics/" + t + "/group").then().statusCode(404);
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", otherDeputy(0), "memberIds", List.of(deputy1(), otherDeputy(1))))
                .put("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200).body("size()", is(3))
                .body("[0].leader", is(true)).body("[0].deputyId", is((int) otherDeputy(0)));
        as("deputy1").get("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200).body("deputyId", hasItem((int) deputy1()));
        String link = "/supervision/topics/" + t;
        assertEquals(1, told("deputy1", link, "监督小组调整：%"), "a member is told of the group");
        as("staff1").contentType(ContentType.JSON).body(Map.of("title", "听取专项工作报告", "due", "2027-06-20"))
                .post("/api/v1/supervision/topics/" + t + "/milestones").then().statusCode(201);
        assertEquals(1, told("deputy1", link, "监督小组日程：听取专项工作报告"), "and of its schedule");
        // deputy1 leaves the group: told so; the others told of the change
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", otherDeputy(0), "memberIds", List.of(otherDeputy(1))))
                .put("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200);
        assertEquals(1, told("deputy1", link, "您已不在监督小组：%"));
        assertEquals(1, told("deputy1", link, "监督小组调整：%"), "someone who left is not told they are a member");
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", otherDeputy(0), "memberIds", List.of(deputy1(), otherDeputy(1))))
                .put("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200);
        int m = as("deputy1").get("/api/v1/supervision/topics/" + t + "/milestones").then().statusCode(200).body("[0].doneOn", nullValue())
                .extract().path("[0].id");
        as("staff1").post("/api/v1/supervision/topics/" + t + "/milestones/" + m + "/done").then().statusCode(200).body("doneOn", notNullValue());
        as("staff1").post("/api/v1/supervision/topics/" + t + "/milestones/" + m + "/done").then().statusCode(409).body("rule", is("milestone-done-once"));
    }

    @Test
    void aDeputyReadsTheTopicsAndProblemsOfTheirGroupsOnly() {
        int t = topic();
        for (String a : List.of("approve", "start", "deliberate")) {
            String etag = as("staff1").get("/api/v1/supervision/topics/" + t).then().statusCode(200).extract().header("ETag");
            as("staff1").header("If-Match", etag).post("/api/v1/supervision/topics/" + t + "/" + a).then().statusCode(200);
        }
        long unit = ((Number) db.scalar("select unit_id from app_user where username = 'unit1'")).longValue();
        int problem = as("staff1").contentType(ContentType.JSON).body(Map.of("description", "水源地保护区标志缺失", "unitId", unit,
                "responsiblePerson", "李局长", "measures", "补设标志并巡查", "deadline", "2099-06-30"))
                .post("/api/v1/supervision/topics/" + t + "/problems").then().statusCode(201).extract().path("id");

        // Not in the group: the topic and its problems are as if they did not exist.
        as("deputy1").get("/api/v1/supervision/topics/" + t).then().statusCode(404).contentType("application/problem+json");
        as("deputy1").get("/api/v1/supervision/problems/" + problem).then().statusCode(404);
        as("deputy1").get("/api/v1/supervision/problems/" + problem + "/history").then().statusCode(404);
        as("deputy1").get("/api/v1/supervision/problems?topicId=" + t).then().statusCode(200).body("total", is(0));
        as("deputy1").get("/api/v1/supervision/my-topics?size=100").then().statusCode(200).body("items.id", not(hasItem(t)));

        // A member reads them, and only them.
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", deputy1(), "memberIds", List.of(otherDeputy(0))))
                .put("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200);
        as("deputy1").get("/api/v1/supervision/topics/" + t).then().statusCode(200).header("ETag", notNullValue()).body("status", is("DELIBERATED"));
        as("deputy1").get("/api/v1/supervision/problems/" + problem).then().statusCode(200).body("description", is("水源地保护区标志缺失"));
        as("deputy1").get("/api/v1/supervision/problems/" + problem + "/history").then().statusCode(200).body("size()", greaterThan(0));
        as("deputy1").get("/api/v1/supervision/my-topics?size=100").then().statusCode(200).body("items.id", hasItem(t));
        long mine = ((Number) db.scalar("select count(*) from topic_group_member where deputy_id = ?1", deputy1())).longValue();
        as("deputy1").get("/api/v1/supervision/my-topics?size=100").then().body("total", is((int) mine));
        long visible = ((Number) db.scalar("select count(*) from problem where topic_id in (select topic_id from topic_group_member where deputy_id = ?1)",
                deputy1())).longValue();
        as("deputy1").get("/api/v1/supervision/problems?size=100").then().statusCode(200).body("total", is((int) visible));
        // Reading is all a member does.
        as("deputy1").contentType(ContentType.JSON).body(Map.of("accepted", true, "note", "x")).post("/api/v1/supervision/problems/" + problem + "/verification")
                .then().statusCode(403);
        as("deputy1").get("/api/v1/supervision/plans").then().statusCode(403);

        // Out of the group again: out of sight again.
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", otherDeputy(0))).put("/api/v1/supervision/topics/" + t + "/group")
                .then().statusCode(200);
        as("deputy1").get("/api/v1/supervision/topics/" + t).then().statusCode(404);
        as("deputy1").get("/api/v1/supervision/problems/" + problem).then().statusCode(404);
    }

    @Test
    void groupsNeedActiveDeputiesOfTheCongress() {
        int t = topic();
        long suspended = ((Number) db.scalar("select min(id) from deputy_mandate where congress_id = 1 and status = 'SUSPENDED'")).longValue();
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", suspended)).put("/api/v1/supervision/topics/" + t + "/group").then()
                .statusCode(400).body("errors[0].field", is("leaderDeputyId"));
        long town = ((Number) db.scalar("select min(id) from deputy_mandate where congress_id <> 1")).longValue();
        as("staff1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", deputy1(), "memberIds", List.of(town)))
                .put("/api/v1/supervision/topics/" + t + "/group").then().statusCode(422).body("errors[0].field", is("memberIds[0]"));
        as("staff1").contentType(ContentType.JSON).body(Map.of("memberIds", List.of())).put("/api/v1/supervision/topics/" + t + "/group").then()
                .statusCode(400).body("errors[0].field", is("leaderDeputyId"));
        as("deputy1").contentType(ContentType.JSON).body(Map.of("leaderDeputyId", deputy1())).put("/api/v1/supervision/topics/" + t + "/group").then()
                .statusCode(403);
        as("staff1").get("/api/v1/supervision/topics/" + t + "/group").then().statusCode(200).body("size()", is(0));
        as("staff1").contentType(ContentType.JSON).body(Map.of("title", "", "due", "2027-01-01")).post("/api/v1/supervision/topics/" + t + "/milestones")
                .then().statusCode(400).body("errors[0].field", is("title"));
    }
}
