package cn.luzhi.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak: password grant for demo users, client credentials for scripts. */
public final class Tokens {
    public static final String PASSWORD = "luzhi123";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("luzhi.keycloak.url", String.class);
    }

    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/luzhi/protocol/openid-connect/token";
    }

    /** A token of one of the realm's demo users (admin, staff1, leader1, committee1, deputy1, unit1, staff2). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> given().baseUri(tokenEndpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "luzhi-cli")
                .formParam("username", u).formParam("password", PASSWORD)
                .post().then().statusCode(200).extract().path("access_token"));
    }

    /** The integration service account's token (client credentials, as a script would get it). */
    public static String integration() {
        return CACHE.computeIfAbsent("#integration", k -> clientCredentials("luzhi-integration", "luzhi-integration-secret"));
    }

    public static String clientCredentials(String clientId, String secret) {
        return given().baseUri(tokenEndpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post().then().statusCode(200).extract().path("access_token");
    }

    /** A request authenticated as the given demo user. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(of(username));
    }
}
