package cn.luzhi.evaluation;

import java.time.Instant;
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

/** 异议: a deputy disputes a record or an indicator's points during the window; staff answer each one. */
@Entity
@Table(name = "objection")
public class Objection extends TenantEntity implements Audited {
    @Schema(name = "ObjectionStatus", description = "OPEN 待答复 / ACCEPTED 已采纳 / REJECTED 不予采纳")
    public enum Status { OPEN, ACCEPTED, REJECTED }

    @Column(name = "publication_id")
    public Long publicationId;
    @Column(name = "mandate_id")
    public Long mandateId;
    @Column(name = "activity_id")
    public Long activityId;
    public Integer position;
    public String text;
    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;
    public String answer;
    @Column(name = "answered_at")
    public Instant answeredAt;

    public void answer(boolean accepted, String reply, Instant now) {
        if (status != Status.OPEN) {
            throw new DomainRuleViolation("objection-answered-once", "该异议已答复");
        }
        status = accepted ? Status.ACCEPTED : Status.REJECTED;
        answer = reply;
        answeredAt = now;
    }

    @Override
    public String auditType() {
        return "objection";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publicationId", publicationId);
        m.put("mandateId", mandateId);
        m.put("activityId", activityId);
        m.put("position", position);
        m.put("text", text);
        m.put("status", status);
        m.put("answer", answer);
        return m;
    }
}
