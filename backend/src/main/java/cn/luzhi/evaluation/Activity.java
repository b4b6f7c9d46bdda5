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
    /** Its hours on {@link #occurredOn} (China time), when known: they bound the check-in window. */
    @Column(name = "starts_at")
    public java.time.LocalTime startsAt;
    @Column(name = "ends_at")
    public java.time.LocalTime endsAt;
    /** Any deputy of the congress may check in, not only those invited. */
    @Column(name = "open_to_all")
    public boolean openToAll;
    /** The secret in the check-in QR code's link; renewing it makes old prints useless. */
    @Column(name = "check_in_code")
    public String checkInCode;

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
        m.put("startsAt", startsAt);
        m.put("endsAt", endsAt);
        m.put("openToAll", openToAll);
        // the code itself is a secret: the history shows that it changed, not what it is
        m.put("checkInCode", checkInCode == null ? null : "已生成（" + checkInCode.substring(0, 4) + "…）");
        return m;
    }

    /** The check-in window: from {@code opensBefore} before the start until the end, in China time. */
    public java.time.Instant[] checkInWindow(java.time.Duration opensBefore) {
        if (startsAt == null || endsAt == null) {
            throw new DomainRuleViolation("check-in-needs-hours", "活动未填写开始和结束时间，不能扫码签到");
        }
        var zone = cn.luzhi.shared.time.AppClock.ZONE;
        return new java.time.Instant[] { occurredOn.atTime(startsAt).atZone(zone).toInstant().minus(opensBefore),
                occurredOn.atTime(endsAt).atZone(zone).toInstant() };
    }

    /** A new check-in code (the old one stops working). Only confirmed activities with hours have one. */
    public void renewCheckInCode(String code) {
        if (status != Status.CONFIRMED) {
            throw new DomainRuleViolation("check-in-confirmed-only", "只有已确认的活动可以扫码签到");
        }
        if (startsAt == null || endsAt == null) {
            throw new DomainRuleViolation("check-in-needs-hours", "活动未填写开始和结束时间，不能扫码签到");
        }
        checkInCode = code;
    }

    /** Refuses a scan outside the window, with the window in the reason. */
    public void requireCheckInOpen(java.time.Instant now, java.time.Duration opensBefore) {
        var w = checkInWindow(opensBefore);
        var f = java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(cn.luzhi.shared.time.AppClock.ZONE);
        if (now.isBefore(w[0])) {
            throw new DomainRuleViolation("check-in-not-open", "签到尚未开始：签到时间为 " + f.format(w[0]) + " 至 " + f.format(w[1]));
        }
        if (now.isAfter(w[1])) {
            throw new DomainRuleViolation("check-in-closed", "签到已结束：签到时间为 " + f.format(w[0]) + " 至 " + f.format(w[1]));
        }
    }

    /** A new record counts at once when staff or a script records it; a deputy's own report waits for confirmation. */
    public void recorded(boolean selfReported) {
        status = selfReported ? Status.PENDING : Status.CONFIRMED;
    }
}
