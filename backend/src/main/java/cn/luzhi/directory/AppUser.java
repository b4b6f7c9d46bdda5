package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Lüzhi account, linked to its Keycloak subject, with one role and a scope (congress, unit or deputy). */
@Entity
@Table(name = "app_user")
public class AppUser extends TenantEntity implements Audited {
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String role;
    @Column(name = "keycloak_subject")
    public String keycloakSubject;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "deputy_id")
    public Long deputyId;
    /** For committee accounts: the committee whose supervision topics they own. */
    @Column(name = "committee_id")
    public Long committeeId;
    /** Where notifications are mailed (the address Keycloak holds for the account); none: in-app only. */
    public String email;
    public boolean enabled = true;

    @Override
    public String auditType() {
        return "user";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("role", role);
        m.put("unitId", unitId);
        m.put("deputyId", deputyId);
        m.put("committeeId", committeeId);
        m.put("email", email);
        m.put("enabled", enabled);
        return m;
    }
}
