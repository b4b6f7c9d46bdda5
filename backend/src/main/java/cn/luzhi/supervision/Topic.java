package cn.luzhi.supervision;

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

/** A supervision topic (监督议题) of a plan: its method, owning committee and where it stands. */
@Entity
@Table(name = "topic")
public class Topic extends TenantEntity implements Audited {
    /** 四维选题 (seed 000): the four places topics come from. */
    @Schema(name = "TopicSource", description = "KEY_TASK 党委中心工作/重点任务 / SUGGESTION_HOTSPOT 代表建议集中反映的问题 / "
            + "INSPECTION_FINDING 视察调研发现的问题 / HOTLINE_DEMAND 12345 热线高频诉求")
    public enum Source { KEY_TASK, SUGGESTION_HOTSPOT, INSPECTION_FINDING, HOTLINE_DEMAND }

    @Schema(name = "SupervisionMethod", description = "WORK_REPORT 听取审议专项工作报告（含前置审议） / INSPECTION 视察调研 / LAW_ENFORCEMENT_CHECK 执法检查 / "
            + "SPECIAL_INQUIRY 专题询问 / INTERPELLATION 质询 / SPECIAL_INVESTIGATION 特定问题调查 / SATISFACTION_VOTE 满意度测评")
    public enum Method { WORK_REPORT, INSPECTION, LAW_ENFORCEMENT_CHECK, SPECIAL_INQUIRY, INTERPELLATION, SPECIAL_INVESTIGATION, SATISFACTION_VOTE }

    @Schema(name = "TopicStatus", description = "PROPOSED 拟定 / APPROVED 列入计划 / IN_PROGRESS 实施中 / DELIBERATED 已审议 / CLOSED 已办结")
    public enum Status { PROPOSED, APPROVED, IN_PROGRESS, DELIBERATED, CLOSED }

    @Column(name = "plan_id")
    public Long planId;
    public String title;
    @Column(columnDefinition = "TEXT")
    public String description;
    @Enumerated(EnumType.STRING)
    public Method method;
    @Column(name = "committee_id")
    public Long committeeId;
    @Enumerated(EnumType.STRING)
    public Status status = Status.PROPOSED;

    public void approve() {
        move(Status.PROPOSED, Status.APPROVED, "approve-only-proposed", "只有拟定中的议题可以列入计划");
    }

    public void start() {
        move(Status.APPROVED, Status.IN_PROGRESS, "start-only-approved", "只有已列入计划的议题可以开始实施");
    }

    /** The standing committee deliberated the report; its opinion (审议意见) then drives the problem lists. */
    public void deliberate() {
        move(Status.IN_PROGRESS, Status.DELIBERATED, "deliberate-only-in-progress", "只有实施中的议题可以登记审议");
    }

    public void close() {
        move(Status.DELIBERATED, Status.CLOSED, "close-only-deliberated", "只有已审议的议题可以办结");
    }

    /** Title, method and committee may change until the topic is under way. */
    public void requireEditable() {
        if (!isEditable()) {
            throw new DomainRuleViolation("edit-before-start", "议题已开始实施，不能再修改");
        }
    }

    public boolean isEditable() {
        return status == Status.PROPOSED || status == Status.APPROVED;
    }

    /** Problems are listed from the standing committee's deliberation opinion, so only deliberated topics take them. */
    public boolean takesProblems() {
        return status == Status.DELIBERATED;
    }

    /** The one step the topic's state allows next (approve, start, deliberate, close), or null when closed. */
    public String nextStep() {
        return switch (status) {
            case PROPOSED -> "approve";
            case APPROVED -> "start";
            case IN_PROGRESS -> "deliberate";
            case DELIBERATED -> "close";
            case CLOSED -> null;
        };
    }

    private void move(Status from, Status to, String rule, String detail) {
        if (status != from) {
            throw new DomainRuleViolation(rule, detail);
        }
        status = to;
    }

    @Override
    public String auditType() {
        return "topic";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("description", description);
        m.put("method", method);
        m.put("committeeId", committeeId);
        m.put("status", status);
        return m;
    }

    /** A record brought in (an import, the demo year) in the state its steps reached elsewhere. */
    public void importedAs(Status reached) {
        status = reached;
    }
}
