package cn.luzhi.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.luzhi.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates accounts in Keycloak through its admin REST API, as the confidential client "luzhi-backend"
 * whose service account holds realm-management's manage-users role.
 */
@ApplicationScoped
public class KeycloakAdmin {
    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);

    /** Base URL of the Keycloak server, e.g. http://localhost:8180. */
    @ConfigProperty(name = "luzhi.keycloak.url")
    String url;
    /** The realm that holds Lüzhi's users. */
    @ConfigProperty(name = "luzhi.keycloak.realm", defaultValue = "luzhi")
    String realm;
    /** Client id of the backend's own confidential client (service account with manage-users). */
    @ConfigProperty(name = "luzhi.keycloak.admin-client-id", defaultValue = "luzhi-backend")
    String clientId;
    /** Secret of that client. */
    @ConfigProperty(name = "luzhi.keycloak.admin-client-secret")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Creates an enabled user with a temporary password and one realm role; answers the Keycloak user id. */
    public String createUser(String username, String displayName, String email, String password, String role) {
        String token = token();
        try {
            Map<String, Object> user = new java.util.LinkedHashMap<>();
            user.put("username", username);
            user.put("firstName", displayName);
            user.put("lastName", "");
            user.put("enabled", true);
            if (email != null) {
                user.put("email", email);
                user.put("emailVerified", true);
            }
            user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)));
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(adminBase() + "/users"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user))).build());
            if (created.statusCode() == 409) {
                throw ProblemException.duplicate("username", "身份认证系统中已有同名账号");
            }
            if (created.statusCode() != 201) {
                throw unavailable("create user answered " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> roleRep = send(HttpRequest.newBuilder(URI.create(adminBase() + "/roles/" + role))
                    .header("Authorization", "Bearer " + token).GET().build());
            if (roleRep.statusCode() != 200) {
                throw unavailable("role " + role + " answered " + roleRep.statusCode());
            }
            JsonNode roleNode = json.readTree(roleRep.body());
            HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(adminBase() + "/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + json.writeValueAsString(roleNode) + "]")).build());
            if (mapped.statusCode() != 204) {
                throw unavailable("role mapping answered " + mapped.statusCode());
            }
            return id;
        } catch (IOException e) {
            throw unavailable(e.toString());
        }
    }

    /** Removes a user again (used to undo a half-done account creation). */
    public void deleteUser(String id) {
        try {
            send(HttpRequest.newBuilder(URI.create(adminBase() + "/users/" + id)).header("Authorization", "Bearer " + token())
                    .DELETE().build());
        } catch (RuntimeException e) {
            LOG.warnf("could not remove Keycloak user %s: %s", id, e.getMessage());
        }
    }

    private String adminBase() {
        return url + "/admin/realms/" + realm;
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 200) {
            throw unavailable("token answered " + r.statusCode());
        }
        try {
            return json.readTree(r.body()).get("access_token").asText();
        } catch (IOException e) {
            throw unavailable(e.toString());
        }
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ProblemException unavailable(String why) {
        LOG.error("Keycloak admin API: " + why);
        return new ProblemException(502, "/problems/identity-provider", "Bad Gateway", "身份认证系统暂时无法创建账号，请稍后再试", null);
    }
}
