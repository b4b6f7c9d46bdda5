package cn.luzhi.directory;

import static cn.luzhi.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.testing.Db;
import cn.luzhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accounts are created in the real Keycloak and linked to a deputy or a unit. */
@QuarkusTest
class UserApiTest {
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Inject
    Db db;

    /** Users of that name in Keycloak, read through the admin API. */
    static List<Map<String, Object>> keycloakUsers(String username) {
        String token = Tokens.clientCredentials("luzhi-backend", "luzhi-backend-secret");
        return given().auth().oauth2(token).queryParam("username", username).queryParam("exact", true)
                .get(Tokens.keycloakUrl() + "/admin/realms/luzhi/users").then().statusCode(200).extract().path("");
    }

    static List<String> keycloakRealmRoles(String id) {
        String token = Tokens.clientCredentials("luzhi-backend", "luzhi-backend-secret");
        return given().auth().oauth2(token).get(Tokens.keycloakUrl() + "/admin/realms/luzhi/users/" + id + "/role-mappings/realm")
                .then().statusCode(200).extract().path("name");
    }

    Map<String, Object> account(String username, String role) {
        Map<String, Object> b = new HashMap<>();
        b.put("username", username);
        b.put("displayName", "测试账号");
        b.put("role", role);
        b.put("initialPassword", "Init#2026pw");
        return b;
    }

    @Test
    void meDescribesTheCaller() {
        as("staff1").get("/api/v1/me").then().statusCode(200).body("username", is("staff1")).body("role", is("staff"))
                .body("congressName", is("示范县人民代表大会")).body("roles", contains("staff"));
        as("unit1").get("/api/v1/me").then().statusCode(200).body("unitId", notNullValue()).body("deputyId", nullValue());
        as("staff2").get("/api/v1/me").then().statusCode(200).body("congressName", containsString("城关镇"));
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        // a demo account provisioned by name is bound to its Keycloak subject at first use
        String subject = (String) keycloakUsers("staff1").get(0).get("id");
        assertEquals(subject, db.scalar("select keycloak_subject from app_user where username = 'staff1'"));
    }

    @Test
    void adminOpensAUnitClerksAccountInKeycloak() {
        long unitId = ((Number) db.scalar("select id from handling_unit where name = '县水务局'")).longValue();
        String username = "clerk-" + RUN;
        var body = account(username, "unit");
        body.put("unitId", unitId);
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(201)
                .body("username", is(username)).body("unitId", is((int) unitId)).body("role", is("unit"));
        var kc = keycloakUsers(username);
        assertEquals(1, kc.size());
        assertEquals(List.of("unit"), keycloakRealmRoles((String) kc.get(0).get("id")).stream().filter(r -> r.equals("unit")).toList());
        assertEquals(kc.get(0).get("id"), db.scalar("select keycloak_subject from app_user where username = ?1", username));
        as("admin").get("/api/v1/users?q=" + username).then().statusCode(200).body("total", is(1));
        // the same name again is refused by Lüzhi before Keycloak is asked
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(409)
                .body("errors[0].field", is("username"));
    }

    @Test
    void aDeputysAccountNeedsItsDeputyAndNothingIsCreatedOtherwise() {
        String username = "dep-" + RUN;
        String before = db.fingerprint();
        as("admin").contentType(ContentType.JSON).body(account(username, "deputy")).post("/api/v1/users").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("deputyId"));
        var missing = account(username, "deputy");
        missing.put("deputyId", 999999);
        as("admin").contentType(ContentType.JSON).body(missing).post("/api/v1/users").then().statusCode(422)
                .body("errors[0].field", is("deputyId"));
        var badRole = account(username, "mayor");
        as("admin").contentType(ContentType.JSON).body(badRole).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", is("role"));
        var shortPw = account(username, "staff");
        shortPw.put("initialPassword", "123");
        as("admin").contentType(ContentType.JSON).body(shortPw).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", is("initialPassword"));
        assertEquals(before, db.fingerprint());
        assertEquals(0, keycloakUsers(username).size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "staff1", "leader1", "committee1", "deputy1", "unit1" })
    void onlyAdminsManageAccounts(String user) {
        String username = "x-" + user + "-" + RUN;
        as(user).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
        as(user).contentType(ContentType.JSON).body(account(username, "staff")).post("/api/v1/users").then().statusCode(403);
        assertEquals(0, keycloakUsers(username).size());
        assertEquals(0, db.count("app_user", "username = ?1", username));
    }
}
