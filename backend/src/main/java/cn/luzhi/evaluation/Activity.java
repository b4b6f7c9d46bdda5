package cn.luzhi.evaluation;

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
 * A deputy activity (an event with its deputies and their attendance) that the dossier shows and the scores count.
 * Staff-recorded activities count at once; one a deputy reports counts only after staff confirm it.
 */
@Entity
@Table(name = "activity")
public class Activity extends TenantEntity implements Audited {
    @Schema(name = "ActivityStatus", description = "CONFIRMED 已确认（计分）/ PENDING 代表自报待确认 / REJECTED 未予确认")
    public enum Status { CONFIRMED, PENDING, REJECTED }

    @Schema(name = "Attendance", description = "PRESENT 出席 / LEAVE 请假 / ABSENT 缺席")
    public enum Attendance { PRESENT, LEAVE, ABSENT }

    @Column(name = "type_id")
    public Long typeId;
    public String title;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "station_id")
    public Long stationId;
    @Column(columnDefinition = "TEXT")
    public String description;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "reported_by")
    public Long reportedBy;
    @Column(name = "reject_reason")
    public String rejectReason;

    public boolean counted() {
        return status == Status.CONFIRMED;
    }

    public void confirm() {
        if (status != Status.PENDING) {
            throw new DomainRuleViolation("confirm-pending-only", "只有待确认的自报活动可以确认");
        }
        status = Status.CONFIRMED;
        rejectReason = null;
    }

    public void reject(String reason) {
        if (status != Status.PENDING) {
            throw new DomainRuleViolation("reject-pending-only", "只有待确认的自报活动可以退回");
        }
        status = Status.REJECTED;
        rejectReason = reason;
    }

    @Override
    public String auditType() {
        return "activity";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typeId", typeId);
        m.put("title", title);
        m.put("occurredOn", occurredOn);
        m.put("stationId", stationId);
        m.put("description", description);
        m.put("status", status);
        m.put("rejectReason", rejectReason);
        return m;
    }

    /** A new record counts at once when staff or a script records it; a deputy's own report waits for confirmation. */
    public void recorded(boolean selfReported) {
        status = selfReported ? Status.PENDING : Status.CONFIRMED;
    }
}
