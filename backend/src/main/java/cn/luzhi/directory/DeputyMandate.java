package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A deputy: one person's mandate in one congress for one term (届). */
@Entity
@Table(name = "deputy_mandate")
public class DeputyMandate extends TenantEntity implements Audited {
    /** 政治面貌. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Party", description = "CPC 中共党员 / DEMOCRATIC_PARTY 民主党派 / INDEPENDENT 无党派人士 / MASSES 群众")
    public enum Party { CPC, DEMOCRATIC_PARTY, INDEPENDENT, MASSES }

    /** 代表构成 (the composition groups congresses report on). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OccupationGroup", description = "WORKER 工人 / FARMER 农民 / PROFESSIONAL 专业技术人员 / OFFICIAL 党政领导干部 / ENTERPRISE 企业负责人 / MILITARY 解放军 / OTHER 其他")
    public enum OccupationGroup { WORKER, FARMER, PROFESSIONAL, OFFICIAL, ENTERPRISE, MILITARY, OTHER }

    /** 代表资格状态: Deputy Law art. 49-50 (suspension) and art. 51-52 (termination). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeputyStatus", description = "ACTIVE 在职 / SUSPENDED 暂停执行代表职务 / TERMINATED 代表资格终止")
    public enum Status { ACTIVE, SUSPENDED, TERMINATED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;
    /** The person's name, copied here so lists sort and search on this table's index (kept in step on every write). */
    public String name;
    public int term;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    public Delegation delegation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    public LiaisonStation station;
    @Enumerated(EnumType.STRING)
    public Party party;
    @Enumerated(EnumType.STRING)
    @Column(name = "occupation_group")
    public OccupationGroup occupationGroup;
    public String occupation;
    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    /**
     * A terminated mandate is final (Deputy Law art. 52: the qualification ends and is announced);
     * a suspended one may be restored.
     */
    public void changeStatus(Status next) {
        if (next == status) {
            return;
        }
        if (status == Status.TERMINATED) {
            throw new DomainRuleViolation("mandate-terminated-is-final", "代表资格已终止，不能再变更为其他状态");
        }
        status = next;
    }

    @Override
    public String auditType() {
        return "deputy";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", person.name);
        m.put("gender", person.gender);
        m.put("ethnicity", person.ethnicity);
        m.put("birthDate", person.birthDate);
        m.put("idNumber", person.idNumber);
        m.put("phone", person.phone);
        m.put("term", term);
        m.put("delegationId", delegation == null ? null : delegation.id);
        m.put("stationId", station == null ? null : station.id);
        m.put("party", party);
        m.put("occupationGroup", occupationGroup);
        m.put("occupation", occupation);
        m.put("status", status);
        return m;
    }
}
