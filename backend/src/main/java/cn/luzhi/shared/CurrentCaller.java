package cn.luzhi.shared;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the calling account from the bearer token. The account's role in Lüzhi must also be a realm role
 * in the token, so a role removed in Keycloak takes effect at once.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;
    @Inject
    EntityManager em;
    @Inject
    CallerCache cache;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            String token = identity.isAnonymous() ? null : jwt.getRawToken();
            caller = cache.get(token);
            if (caller == null) {
                caller = load();
                cache.put(token, jwt.getExpirationTime(), caller);
            }
        }
        return caller;
    }

    public long congressId() {
        return get().congressId();
    }

    private Caller load() {
        if (identity.isAnonymous()) {
            throw new ProblemException(401, "/problems/unauthorized", "Unauthorized", "请先登录", null);
        }
        String subject = jwt.getSubject();
        String username = jwt.getClaim("preferred_username");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, username, display_name, role, congress_id, unit_id, deputy_id, enabled, committee_id from app_user "
                        + "where keycloak_subject = ?1 or (keycloak_subject is null and username = ?2) "
                        + "order by case when keycloak_subject = ?1 then 0 else 1 end")
                .setParameter(1, subject).setParameter(2, username == null ? "" : username)
                .setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.forbidden("当前账号尚未在履职平台登记，请联系系统管理员");
        }
        Object[] r = rows.get(0);
        if (!Boolean.TRUE.equals(asBool(r[7]))) {
            throw ProblemException.forbidden("当前账号已停用");
        }
        long id = ((Number) r[0]).longValue();
        if (subject != null && !linked(id, subject)) {
            // first login of an account provisioned by name (demo users, imports): bind it to the subject for good
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update app_user set keycloak_subject = ?1 where id = ?2 and keycloak_subject is null")
                    .setParameter(1, subject).setParameter(2, id).executeUpdate());
        }
        String role = (String) r[3];
        if (!identity.hasRole(role)) {
            throw ProblemException.forbidden("令牌中没有该账号的角色（" + role + "），请重新登录");
        }
        return new Caller(((Number) r[0]).longValue(), (String) r[1], (String) r[2], role,
                ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(), r[8] == null ? null : ((Number) r[8]).longValue());
    }

    private boolean linked(long id, String subject) {
        Object current = em.createNativeQuery("select keycloak_subject from app_user where id = ?1").setParameter(1, id)
                .getSingleResult();
        return subject.equals(current);
    }

    private static Boolean asBool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number n && n.intValue() != 0;
    }
}
