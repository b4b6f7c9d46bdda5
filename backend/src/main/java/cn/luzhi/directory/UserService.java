package cn.luzhi.directory;

import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.directory.UserDtos.UserInput;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Accounts: an admin creates a deputy's or a unit clerk's login; Lüzhi creates it in Keycloak and links it. */
@ApplicationScoped
public class UserService {
    public static final java.util.Map<String, String> SORTABLE = Paging.fields("username", "username", "displayName",
            "displayName", "role", "role", "id", "id");

    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    KeycloakAdmin keycloak;
    @Inject
    RecordWrites writes;

    public PageResult<AppUser> list(String q, String role, Paging paging) {
        var w = writes.where().search(q, "username", "displayName").and("role", "role", role);
        return RecordWrites.page(AppUser.find(w.toString(), paging.sort(), w.params), paging);
    }

    /**
     * Checks the account's scope first (so bad input writes nothing anywhere), then creates the Keycloak user,
     * then the Lüzhi row; if the row cannot be written the Keycloak user is removed again.
     */
    @Transactional
    public AppUser create(UserInput in) {
        if (!Roles.ALL.contains(in.role())) {
            throw ProblemException.invalid("role", "角色只能是 " + String.join("、", Roles.ALL));
        }
        if (Roles.UNIT.equals(in.role())) {
            if (in.unitId() == null) {
                throw ProblemException.invalid("unitId", "承办单位账号须指定所属单位");
            }
            lookup.reference(HandlingUnit.class, in.unitId(), "unitId", "承办单位");
        } else if (in.unitId() != null) {
            throw ProblemException.invalid("unitId", "只有承办单位账号可以指定单位");
        }
        if (Roles.DEPUTY.equals(in.role())) {
            if (in.deputyId() == null) {
                throw ProblemException.invalid("deputyId", "代表账号须指定对应代表");
            }
            lookup.reference(DeputyMandate.class, in.deputyId(), "deputyId", "代表");
            if (AppUser.count("deputyId", in.deputyId()) > 0) {
                throw ProblemException.duplicate("deputyId", "该代表已有账号");
            }
        } else if (in.deputyId() != null) {
            throw ProblemException.invalid("deputyId", "只有代表账号可以指定代表");
        }
        if (in.committeeId() != null) {
            if (!Roles.COMMITTEE.equals(in.role())) {
                throw ProblemException.invalid("committeeId", "只有专门委员会账号可以指定委员会");
            }
            lookup.reference(Committee.class, in.committeeId(), "committeeId", "专门委员会");
        }
        if (AppUser.count("username", in.username()) > 0) {
            throw ProblemException.duplicate("username", "用户名“" + in.username() + "”已被使用");
        }
        String subject = keycloak.createUser(in.username(), in.displayName(), in.email(), in.initialPassword(), in.role());
        try {
            AppUser u = new AppUser();
            u.congressId = caller.congressId();
            u.username = in.username();
            u.displayName = in.displayName();
            u.role = in.role();
            u.unitId = in.unitId();
            u.deputyId = in.deputyId();
            u.committeeId = in.committeeId();
            u.email = in.email();
            u.keycloakSubject = subject;
            u.persist();
            audit.created(u);
            return u;
        } catch (RuntimeException e) {
            keycloak.deleteUser(subject);
            throw e;
        }
    }
}
