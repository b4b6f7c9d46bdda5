package cn.luzhi.suggestions;

import cn.luzhi.shared.Surface;
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
 * A deputy's motion or suggestion, or a citizen opinion, and where it stands in the closed loop
 * (domain.md §1: draft → submitted → registered → assigned → replied → rated → closed, with re-handling).
 * Every state change is a method here that refuses an illegal move with the rule's name.
 */
@Entity
@Table(name = "suggestion")
public class Suggestion extends TenantEntity implements Audited {

    @Schema(name = "SuggestionKind", description = "MOTION 议案 / SUGGESTION 建议、批评和意见 / OPINION 社情民意")
    @Surface
    public enum Kind { MOTION, SUGGESTION, OPINION }

    @Schema(name = "SuggestionSource", description = "DEPUTY 代表提出 / STATION 联络站收集 / QR_CODE 扫码反映 / HOTLINE 12345 热线 / OTHER 其他")
    @Surface
    public enum Source { DEPUTY, STATION, QR_CODE, HOTLINE, OTHER }

    @Schema(name = "SuggestionCategory", description = "URBAN 城乡建设 / TRANSPORT 交通 / EDUCATION 教育 / HEALTH 医疗卫生 / AGRICULTURE 农业农村 / "
            + "ENVIRONMENT 生态环境 / SOCIAL 社会保障 / ECONOMY 经济发展 / SAFETY 公共安全 / GOVERNANCE 政府建设 / OTHER 其他")
    @Surface
    public enum Category { URBAN, TRANSPORT, EDUCATION, HEALTH, AGRICULTURE, ENVIRONMENT, SOCIAL, ECONOMY, SAFETY, GOVERNANCE, OTHER }

    @Schema(name = "SuggestionStatus", description = "DRAFT 草稿 / SUBMITTED 已提交 / REGISTERED 已立案 / DECLINED 不予立案 / ASSIGNED 已交办 / "
            + "REPLIED 已答复 / RATED 已评价 / REHANDLING 重新办理 / CLOSED 已办结")
    public enum Status { DRAFT, SUBMITTED, REGISTERED, DECLINED, ASSIGNED, REPLIED, RATED, REHANDLING, CLOSED }

    /** 答复分类 (A 已解决或采纳 / B 正在解决或列入计划 / C 因条件限制留作参考). */
    @Schema(name = "ReplyClass", description = "A 已解决或采纳 / B 正在解决或列入计划 / C 因条件限制留作参考")
    public enum ReplyClass { A, B, C }

    @Schema(name = "Rating", description = "SATISFIED 满意 / BASIC 基本满意 / UNSATISFIED 不满意")
    @Surface
    public enum Rating { SATISFIED, BASIC, UNSATISFIED }

    public String number;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String title;
    @Column(columnDefinition = "TEXT")
    public String content;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Column(name = "session_label")
    public String sessionLabel;
    @Column(name = "between_sessions")
    public boolean betweenSessions;
    @Column(name = "lead_deputy_id")
    public Long leadDeputyId;
    @Column(name = "citizen_name")
    public String citizenName;
    @Column(name = "citizen_phone")
    public String citizenPhone;
    @Column(name = "station_id")
    public Long stationId;
    @Column(name = "public_flag")
    public boolean publicFlag;
    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;
    /** 0 before assignment, 1 for the first handling, +1 for each re-handling. */
    public int round;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "key_supervisor_id")
    public Long keySupervisorId;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    public LocalDate deadline;
    @Column(name = "replied_at")
    public Instant repliedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "reply_class")
    public ReplyClass replyClass;
    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_rating")
    public Rating feedbackRating;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Class B answers stay on the follow-up list until they become A (跟踪督办). */
    @Column(name = "follow_up")
    public boolean followUp;
    @Column(name = "created_by")
    public Long createdBy;
    /** Quality appraisal (0–100) and award (e.g. 优秀建议), read by the deputies' scores. */
    @Column(name = "quality_score")
    public Integer qualityScore;
    public String award;

    // ---- transitions ------------------------------------------------------------------------------------

    public void submit(Instant now) {
        require(maySubmit(), "submit-only-drafts", "只有草稿可以提交");
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    /** 立案 (挂号): the item gets its number and enters the loop. */
    public void register(String assignedNumber, Instant now) {
        require(mayRegister(), "register-only-submitted", "只有已提交、尚未处理的建议可以立案");
        status = Status.REGISTERED;
        number = assignedNumber;
        registeredAt = now;
    }

    /** 不予立案: with a reason; the item is then handled as a letter and leaves the loop. */
    public void decline(String reason, Instant now) {
        require(mayRegister(), "decline-only-submitted", "只有已提交、尚未处理的建议可以不予立案");
        require(reason != null && !reason.isBlank(), "decline-needs-reason", "不予立案须说明理由");
        status = Status.DECLINED;
        declineReason = reason;
        registeredAt = now;
    }

    /** 交办: one lead unit and any co-units (kept as Assignments), a deadline, optional key supervision. */
    public void assign(LocalDate on, LocalDate due, Long keySupervisor) {
        require(mayAssign(), "assign-only-registered", "只有已立案、尚未交办的建议可以交办");
        require(due.isAfter(on), "deadline-after-assignment", "办理期限须晚于交办日期");
        status = Status.ASSIGNED;
        assignedOn = on;
        deadline = due;
        keySupervisorId = keySupervisor;
        round = 1;
    }

    /** A granted re-assignment request sends the item back to staff to assign again. */
    public void returnForReassignment() {
        require(mayReassign(), "reassign-only-assigned", "只有已交办、尚未答复的建议可以退回重新交办");
        status = Status.REGISTERED;
        assignedOn = null;
        deadline = null;
        keySupervisorId = null;
        round = 0;
    }

    /** 答复: only while handling, and only after the lead unit contacted the deputy in this round. */
    public void reply(ReplyClass cls, boolean contactedThisRound, Instant now) {
        require(isOpen(), "reply-only-while-handling", "只有办理中的建议可以答复");
        require(contactedThisRound || leadDeputyId == null, "contact-before-reply",
                "答复前须先与代表沟通（面商/电话/书面），并登记沟通情况");
        status = Status.REPLIED;
        replyClass = cls;
        repliedAt = now;
        followUp = cls == ReplyClass.B;
    }

    /** The deputy's rating of the reply; 不满意 sends it back for re-handling with a new, shorter deadline. */
    public void rate(Rating result, LocalDate today, LocalDate rehandlingDeadline) {
        require(status == Status.REPLIED, "rate-only-replied", "只有已答复、尚未评价的建议可以评价");
        require(leadDeputyId != null, "rate-only-deputy-items", "群众意见没有代表评价环节");
        feedbackRating = result;
        if (result == Rating.UNSATISFIED) {
            status = Status.REHANDLING;
            round++;
            deadline = rehandlingDeadline;
            assignedOn = today;
        } else {
            status = Status.RATED;
        }
    }

    /** 办结 (销号): after the deputy's rating, or after the reply for items without a deputy. */
    public void close(Instant now) {
        require(mayClose(), "close-after-rating", leadDeputyId == null ? "只有已答复的意见可以办结" : "须在代表评价（满意或基本满意）后办结");
        status = Status.CLOSED;
        closedAt = now;
    }

    /** A class B answer becomes A when the promised work is done; the item leaves the follow-up list. */
    public void resolveFollowUp() {
        require(onFollowUp(), "follow-up-only-class-b", "只有 B 类答复在跟踪督办中");
        replyClass = ReplyClass.A;
        followUp = false;
    }

    /** Staff appraise registered items only: quality 0–100 and an optional award. */
    public void appraise(Integer quality, String awardName) {
        require(mayAppraise(), "appraise-registered-only",
                "登记立案后才能评定建议质量");
        qualityScore = quality;
        award = awardName == null || awardName.isBlank() ? null : awardName.trim();
    }

    /** 三色预警 of this item: only items being handled carry a colour. */
    public cn.luzhi.shared.Warning warning(java.time.LocalDate today, int yellowDays, cn.luzhi.shared.calendar.WorkingCalendar calendar) {
        return cn.luzhi.shared.Warning.of(isOpen(), deadline, today, yellowDays, calendar);
    }

    // ---- what the item's state allows (the transitions above and the actions offered to callers use the same rules) ----

    public boolean maySubmit() {
        return status == Status.DRAFT;
    }

    /** Registering and declining both decide on a submitted item. */
    public boolean mayRegister() {
        return status == Status.SUBMITTED;
    }

    public boolean mayAssign() {
        return status == Status.REGISTERED;
    }

    /** Re-assignment is asked and decided while assigned and not yet answered. */
    public boolean mayReassign() {
        return status == Status.ASSIGNED;
    }

    public boolean mayBeRated() {
        return status == Status.REPLIED && leadDeputyId != null;
    }

    public boolean mayClose() {
        return status == Status.RATED || (status == Status.REPLIED && leadDeputyId == null);
    }

    /** A class B answer on the follow-up list (跟踪督办). */
    public boolean onFollowUp() {
        return followUp && replyClass == ReplyClass.B;
    }

    /** Registered (or declined): past the office's first decision. */
    public boolean isRegistered() {
        return status != Status.DRAFT && status != Status.SUBMITTED;
    }

    public boolean mayAppraise() {
        return isRegistered() && status != Status.DECLINED;
    }

    public boolean isOpen() {
        return status == Status.ASSIGNED || status == Status.REHANDLING;
    }

    private static void require(boolean ok, String rule, String detail) {
        if (!ok) {
            throw new DomainRuleViolation(rule, detail);
        }
    }

    // ---- audit ---------------------------------------------------------------------------------------------

    @Override
    public String auditType() {
        return "suggestion";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("kind", kind);
        m.put("title", title);
        m.put("category", category);
        m.put("status", status);
        m.put("round", round);
        m.put("deadline", deadline);
        m.put("replyClass", replyClass);
        m.put("feedbackRating", feedbackRating);
        m.put("followUp", followUp);
        m.put("qualityScore", qualityScore);
        m.put("award", award);
        m.put("publicFlag", publicFlag);
        return m;
    }
}
