package cn.luzhi.supervision;

import java.time.Instant;
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

/**
 * One problem of the three lists (三张清单): the problem, who answers for it (unit and person), and the
 * rectification (measures, deadline). Driven to a verified fix; a look-back may reopen it (反弹回潮).
 */
@Entity
@Table(name = "problem")
public class Problem extends TenantEntity implements Audited {
    @Schema(name = "ProblemStatus", description = "RECTIFYING 整改中 / REPORTED 单位报告已整改、待核实 / RECTIFIED 已核实整改到位")
    public enum Status { RECTIFYING, REPORTED, RECTIFIED }

    /** The escalation ladder (domain.md §2), in order. */
    @Schema(name = "Escalation", description = "NONE 无 / REMINDER 督促提醒 / TALK 约谈 / INTERPELLATION 质询 / SPECIAL_INVESTIGATION 特定问题调查")
    public enum Escalation { NONE, REMINDER, TALK, INTERPELLATION, SPECIAL_INVESTIGATION }

    @Schema(name = "LookBackOutcome", description = "RECTIFIED 整改到位 / PARTLY 部分整改 / NOT_RECTIFIED 未整改（反弹）")
    public enum Outcome { RECTIFIED, PARTLY, NOT_RECTIFIED }

    @Column(name = "topic_id")
    public Long topicId;
    @Column(columnDefinition = "TEXT")
    public String description;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "responsible_person")
    public String responsiblePerson;
    @Column(columnDefinition = "TEXT")
    public String measures;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public Status status = Status.RECTIFYING;
    @Enumerated(EnumType.STRING)
    public Escalation escalation = Escalation.NONE;
    /** How many times a look-back found it back (反弹) and reopened it. */
    public int reopened;
    @Column(name = "rectified_at")
    public Instant rectifiedAt;

    /** The unit reports the measures done; staff then verify. */
    public void reportRectified() {
        require(mayReport(), "report-while-rectifying", "只有整改中的问题可以报告整改完成");
        status = Status.REPORTED;
    }

    /** Staff verify the unit's report: accepted it is rectified, otherwise rectification goes on. */
    public void verify(boolean accepted, Instant now) {
        require(mayVerify(), "verify-only-reported", "只有单位已报告整改完成的问题可以核实");
        if (accepted) {
            status = Status.RECTIFIED;
            rectifiedAt = now;
        } else {
            status = Status.RECTIFYING;
        }
    }

    /** 回头看: an on-site check of a rectified problem; if it is not (fully) fixed, it is reopened with a new deadline. */
    public void lookBack(Outcome outcome, LocalDate newDeadline, LocalDate today) {
        require(mayLookBack(), "look-back-only-rectified", "只有已核实整改到位的问题才做“回头看”");
        if (outcome != Outcome.RECTIFIED) {
            require(newDeadline != null && newDeadline.isAfter(today), "reopen-needs-deadline", "问题反弹须重新确定晚于今天的整改期限");
            status = Status.RECTIFYING;
            reopened++;
            deadline = newDeadline;
            rectifiedAt = null;
        }
    }

    /** One rung up the ladder: reminder → talk → interpellation → special-question investigation. */
    public Escalation escalate() {
        require(status != Status.RECTIFIED, "escalate-only-open", "问题已整改到位，无需升级督办");
        require(escalation != Escalation.SPECIAL_INVESTIGATION, "escalation-ladder-top", "已启动特定问题调查，无法再升级");
        escalation = Escalation.values()[escalation.ordinal() + 1];
        return escalation;
    }

    public boolean isOpen() {
        return status != Status.RECTIFIED;
    }

    public boolean mayReport() {
        return status == Status.RECTIFYING;
    }

    public boolean mayVerify() {
        return status == Status.REPORTED;
    }

    public boolean mayLookBack() {
        return status == Status.RECTIFIED;
    }

    public boolean mayEscalate() {
        return isOpen() && escalation != Escalation.SPECIAL_INVESTIGATION;
    }

    private static void require(boolean ok, String rule, String detail) {
        if (!ok) {
            throw new DomainRuleViolation(rule, detail);
        }
    }

    @Override
    public String auditType() {
        return "problem";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", description);
        m.put("unitId", unitId);
        m.put("responsiblePerson", responsiblePerson);
        m.put("measures", measures);
        m.put("deadline", deadline);
        m.put("status", status);
        m.put("escalation", escalation);
        m.put("reopened", reopened);
        return m;
    }

    /** A record brought in (an import, the demo year) in the state its steps reached elsewhere. */
    public void importedAs(Status reached) {
        status = reached;
    }
}
