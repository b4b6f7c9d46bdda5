package cn.luzhi.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A congress's annual supervision plan (年度监督计划): drafted, then adopted by the standing committee. */
@Entity
@Table(name = "supervision_plan")
public class SupervisionPlan extends TenantEntity implements Audited {
    @Schema(name = "PlanStatus", description = "DRAFT 草案 / ADOPTED 已通过")
    public enum Status { DRAFT, ADOPTED }

    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;
    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /** Adopted by the standing committee's meeting; a plan without topics has nothing to adopt. */
    public void adopt(LocalDate on, long topicCount) {
        if (status != Status.DRAFT) {
            throw new DomainRuleViolation("adopt-only-drafts", "计划已通过");
        }
        if (topicCount == 0) {
            throw new DomainRuleViolation("adopt-needs-topics", "计划中还没有监督议题");
        }
        status = Status.ADOPTED;
        adoptedOn = on;
    }

    @Override
    public String auditType() {
        return "plan";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("title", title);
        m.put("status", status);
        m.put("adoptedOn", adoptedOn);
        return m;
    }

    /** A record brought in (an import, the demo year) in the state its steps reached elsewhere. */
    public void importedAs(Status reached) {
        status = reached;
    }
}
