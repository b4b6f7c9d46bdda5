package cn.luzhi.suggestions;

import cn.luzhi.shared.Warning;
import cn.luzhi.shared.time.AppClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.calendar.WorkingCalendar;
import cn.luzhi.suggestions.SuggestionDtos.AssignInput;
import cn.luzhi.suggestions.SuggestionDtos.ContactInput;
import cn.luzhi.suggestions.SuggestionDtos.FeedbackInput;
import cn.luzhi.suggestions.SuggestionDtos.ReplyInput;
import cn.luzhi.suggestions.SuggestionDtos.SuggestionInput;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The suggestion loop's use cases: one transaction each, rules in {@link Suggestion}, scope checked here. */
@ApplicationScoped
public class SuggestionService {
    public static final Map<String, String> SORTABLE = Paging.fields("createdAt", "createdAt", "deadline", "deadline", "number",
            "number", "title", "title", "id", "id");

    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    Directory directory;
    @Inject
    AuditTrail audit;
    @Inject
    RecordWrites writes;
    @Inject
    WorkingCalendar calendar;
    @Inject
    cn.luzhi.shared.WorkflowSteps steps;
    @Inject
    jakarta.enterprise.event.Event<DeputySuggestionsChanged> deputyRecords;
    @Inject
    jakarta.enterprise.event.Event<SuggestionHandlingChanged> handling;
    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    AppClock clock;
    @Inject
    WarningThresholds thresholds;

    public LocalDate today() {
        return clock.today();
    }

    public SuggestionSettings settings() {
        return SuggestionSettings.of(caller.congressId());
    }

    /** Yellow from this many working days before the deadline (the congress's setting, read once a minute at most). */
    public int yellowDays() {
        return thresholds.yellowDays(caller.congressId());
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Filters of the list; null means any. */
    public record Filter(String q, List<Suggestion.Status> statuses, Suggestion.Kind kind, Suggestion.Category category, Long unitId,
            Long deputyId, Warning warning, Boolean followUp) {
    }

    public PageResult<Suggestion> list(Filter f, Paging paging) {
        var w = writes.where().search(f.q(), "title", "content", "number")
                .and("kind", "kind", f.kind()).and("category", "category", f.category()).and("followUp", "followUp", f.followUp());
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            w.text.append(" and status in :statuses");
            w.params.put("statuses", f.statuses());
        }
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY)) {
            w.text.append(" and (leadDeputyId = :me or publicFlag = true or id in (select s.suggestionId from Cosigner s where s.deputyId = :me))");
            w.params.put("me", mine(c.deputyId()));
        } else if (c.is(Roles.UNIT)) {
            w.text.append(" and id in (select a.suggestionId from Assignment a where a.unitId = :myUnit and a.active = true)");
            w.params.put("myUnit", mine(c.unitId()));
        }
        if (f.deputyId() != null) {
            w.text.append(" and (leadDeputyId = :deputy or id in (select s.suggestionId from Cosigner s where s.deputyId = :deputy))");
            w.params.put("deputy", f.deputyId());
        }
        if (f.unitId() != null) {
            w.text.append(" and id in (select a.suggestionId from Assignment a where a.unitId = :unit and a.active = true)");
            w.params.put("unit", f.unitId());
        }
        if (f.warning() != null) {
            warningClause(f.warning(), w);
        }
        PanacheQuery<Suggestion> q = Suggestion.find(w.toString(), paging.sort(), w.params);
        return RecordWrites.page(q, paging);
    }

    /** The colour as a date range on the indexed deadline column, so the database filters it. */
    private void warningClause(Warning warning, RecordWrites.Where w) {
        LocalDate today = today();
        LocalDate yellowLimit = Warning.yellowLimit(today, settings().yellowDays, calendar);
        w.text.append(" and status in :open");
        w.params.put("open", List.of(Suggestion.Status.ASSIGNED, Suggestion.Status.REHANDLING));
        switch (warning) {
            case RED -> {
                w.text.append(" and deadline < :today");
                w.params.put("today", today);
            }
            case YELLOW -> {
                w.text.append(" and deadline >= :today and deadline <= :limit");
                w.params.put("today", today);
                w.params.put("limit", yellowLimit);
            }
            case GREEN -> {
                w.text.append(" and deadline > :limit");
                w.params.put("limit", yellowLimit);
            }
            case NONE -> w.text.replace(w.text.indexOf(" and status in :open"), w.text.length(), " and status not in :open");
        }
    }

    /** One item, if the caller may see it (404 otherwise, so nobody learns it exists). */
    public Suggestion get(long id) {
        Suggestion s = lookup.require(Suggestion.class, id, "建议");
        if (!maySee(s)) {
            throw ProblemException.notFound("建议");
        }
        return s;
    }

    public boolean maySee(Suggestion s) {
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY)) {
            return s.publicFlag || java.util.Objects.equals(c.deputyId(), s.leadDeputyId) || cosigners(s.id).contains(c.deputyId());
        }
        if (c.is(Roles.UNIT)) {
            return activeAssignments(s.id).stream().anyMatch(a -> a.unitId.equals(mine(c.unitId())));
        }
        return true;
    }

    public List<Long> cosigners(long suggestionId) {
        return Cosigner.<Cosigner>list("suggestionId", suggestionId).stream().map(x -> x.deputyId).toList();
    }

    public List<Assignment> activeAssignments(long suggestionId) {
        return Assignment.list("suggestionId = ?1 and active = true order by lead desc, id", suggestionId);
    }

    public List<SuggestionStep> timeline(long id) {
        get(id);
        return SuggestionStep.list("suggestionId = ?1 order by id", id);
    }

    public Warning warning(Suggestion s) {
        return s.warning(today(), yellowDays(), calendar);
    }

    // ---- writing ------------------------------------------------------------------------------------------

    @Transactional
    public Suggestion create(SuggestionInput in) {
        Caller c = caller.get();
        Suggestion s = new Suggestion();
        s.congressId = c.congressId();
        s.kind = in.kind();
        s.title = in.title().trim();
        s.content = in.content();
        s.category = in.category();
        s.sessionLabel = in.sessionLabel();
        s.betweenSessions = Boolean.TRUE.equals(in.betweenSessions());
        s.publicFlag = Boolean.TRUE.equals(in.publicFlag());
        s.createdBy = c.userId();
        if (in.stationId() != null) {
            s.stationId = directory.stationReference(in.stationId(), "stationId", "联络站").id();
        }
        if (in.kind() == Suggestion.Kind.OPINION) {
            if (in.leadDeputyId() != null || (in.cosignerIds() != null && !in.cosignerIds().isEmpty())) {
                throw ProblemException.invalid("leadDeputyId", "群众意见没有领衔代表和附议代表");
            }
            s.source = in.source() == null ? Suggestion.Source.OTHER : in.source();
            s.citizenName = in.citizenName();
            s.citizenPhone = in.citizenPhone();
        } else {
            s.source = in.source() == null ? Suggestion.Source.DEPUTY : in.source();
            Long lead = c.is(Roles.DEPUTY) ? c.deputyId() : in.leadDeputyId();
            if (c.is(Roles.DEPUTY) && in.leadDeputyId() != null && !in.leadDeputyId().equals(c.deputyId())) {
                throw ProblemException.invalid("leadDeputyId", "代表只能以本人名义领衔提出建议");
            }
            if (lead == null) {
                throw ProblemException.invalid("leadDeputyId", "议案和建议须有领衔代表");
            }
            s.leadDeputyId = directory.activeDeputyReference(lead, "leadDeputyId").id();
        }
        Instant now = clock.instant();
        boolean submitNow = in.kind() == Suggestion.Kind.OPINION || Boolean.TRUE.equals(in.submit());
        List<Long> cosigners = new ArrayList<>(new LinkedHashSet<>(in.cosignerIds() == null ? List.of() : in.cosignerIds()));
        for (int i = 0; i < cosigners.size(); i++) {
            directory.deputyReference(cosigners.get(i), "cosignerIds[" + i + "]", "附议代表");
            if (cosigners.get(i).equals(s.leadDeputyId)) {
                throw ProblemException.invalid("cosignerIds[" + i + "]", "领衔代表不必再附议");
            }
        }
        if (s.kind == Suggestion.Kind.MOTION && cosigners.size() + 1 < 10) {
            // Organic Law of Local People's Congresses art. 18: a motion needs ten or more deputies (or a delegation)
            throw ProblemException.invalid("cosignerIds", "议案须由十名以上代表联名提出（领衔代表加附议代表不少于 10 人）");
        }
        s.persist();
        for (Long d : cosigners) {
            Cosigner x = new Cosigner();
            x.suggestionId = s.id;
            x.deputyId = d;
            x.persist();
        }
        step(s, "CREATED", null, null);
        if (submitNow) {
            s.submit(now);
            step(s, "SUBMITTED", null, null);
        }
        audit.created(s);
        return s;
    }

    @Transactional
    public Suggestion submit(long id, String ifMatch) {
        return change(id, ifMatch, s -> {
            requireAuthorOrStaff(s);
            s.submit(clock.instant());
            step(s, "SUBMITTED", null, null);
        });
    }

    @Transactional
    public Suggestion register(long id, String ifMatch) {
        return change(id, ifMatch, s -> {
            int year = today().getYear();
            String prefix = switch (s.kind) {
                case MOTION -> "议";
                case SUGGESTION -> "建";
                case OPINION -> "民";
            };
            long seq = Suggestion.count("congressId = ?1 and number like ?2", s.congressId, year + prefix + "%") + 1;
            s.register(String.format("%d%s%04d", year, prefix, seq), clock.instant());
            step(s, "REGISTERED", null, "编号 " + s.number);
        });
    }

    @Transactional
    public Suggestion decline(long id, String ifMatch, String reason) {
        return change(id, ifMatch, s -> {
            s.decline(reason, clock.instant());
            step(s, "DECLINED", null, reason);
        });
    }

    @Transactional
    public Suggestion assign(long id, String ifMatch, AssignInput in) {
        return change(id, ifMatch, s -> {
            SuggestionSettings cfg = settings();
            LocalDate today = today();
            Directory.Named lead = directory.unitReference(in.leadUnitId(), "leadUnitId", "承办单位");
            List<Long> co = new ArrayList<>(new LinkedHashSet<>(in.coUnitIds() == null ? List.of() : in.coUnitIds()));
            for (int i = 0; i < co.size(); i++) {
                directory.unitReference(co.get(i), "coUnitIds[" + i + "]", "协办单位");
                if (co.get(i).equals(lead.id())) {
                    throw ProblemException.invalid("coUnitIds[" + i + "]", "主办单位不能同时是协办单位");
                }
            }
            LocalDate due = in.deadline() != null ? in.deadline() : calendar.deadlineAfterMonths(today, cfg.defaultDeadlineMonths);
            if (!due.isAfter(today)) {
                throw ProblemException.invalid("deadline", "办理期限不能早于或等于今天");
            }
            LocalDate latest = calendar.deadlineAfterMonths(today, cfg.maxDeadlineMonths);
            if (due.isAfter(latest)) {
                throw ProblemException.invalid("deadline", "办理期限最长为交办后 " + cfg.maxDeadlineMonths + " 个月（" + latest + "）");
            }
            if (in.keySupervisorId() != null) {
                if (!directory.accountReference(in.keySupervisorId(), "keySupervisorId", "督办领导").is(Roles.LEADER)) {
                    throw ProblemException.invalid("keySupervisorId", "重点督办须由常委会领导负责");
                }
            }
            s.assign(today, due, in.keySupervisorId());
            addAssignment(s, lead.id(), true, today);
            for (Long u : co) {
                addAssignment(s, u, false, today);
            }
            step(s, "ASSIGNED", lead.id(), "主办：" + lead.name() + (co.isEmpty() ? "" : "；协办 " + co.size() + " 个单位") + "；期限 " + due
                    + (in.keySupervisorId() == null ? "" : "；重点督办"));
            List<Long> units = new ArrayList<>(List.of(lead.id()));
            units.addAll(co);
            tell(s, SuggestionHandlingChanged.What.ASSIGNED, units);
        });
    }

    @Transactional
    public Suggestion requestReassignment(long id, String ifMatch, String reason) {
        return change(id, ifMatch, s -> {
            Assignment a = myAssignment(s, false);
            if (!s.mayReassign()) {
                throw new cn.luzhi.shared.DomainRuleViolation("reassign-only-assigned", "只有已交办、尚未答复的建议可以申请调整");
            }
            LocalDate windowEnd = calendar.addWorkingDays(a.assignedOn, settings().reassignWindowDays);
            if (today().isAfter(windowEnd)) {
                throw new cn.luzhi.shared.DomainRuleViolation("reassign-within-window",
                        "须在交办后 " + settings().reassignWindowDays + " 个工作日内（" + windowEnd + " 前）申请调整");
            }
            if (a.reassignRequestedAt != null) {
                throw new cn.luzhi.shared.DomainRuleViolation("reassign-once", "已提出调整申请，等待工作人员决定");
            }
            a.reassignReason = reason;
            a.reassignRequestedAt = clock.instant();
            step(s, "REASSIGN_REQUESTED", a.unitId, reason);
        });
    }

    @Transactional
    public Suggestion decideReassignment(long id, String ifMatch, boolean approve, String note) {
        return change(id, ifMatch, s -> {
            List<Assignment> pending = activeAssignments(s.id).stream().filter(a -> a.reassignRequestedAt != null).toList();
            if (pending.isEmpty()) {
                throw new cn.luzhi.shared.DomainRuleViolation("no-reassign-request", "没有待决定的调整申请");
            }
            if (approve) {
                s.returnForReassignment();
                List<Long> released = new ArrayList<>();
                for (Assignment a : activeAssignments(s.id)) {
                    a.active = false;
                    released.add(a.unitId);
                }
                tell(s, SuggestionHandlingChanged.What.REASSIGNED_AWAY, released);
                step(s, "REASSIGN_APPROVED", pending.get(0).unitId, note);
            } else {
                for (Assignment a : pending) {
                    a.reassignRequestedAt = null;
                    a.reassignReason = null;
                }
                step(s, "REASSIGN_REJECTED", pending.get(0).unitId, note);
            }
        });
    }

    @Transactional
    public Suggestion recordContact(long id, String ifMatch, ContactInput in) {
        return change(id, ifMatch, s -> {
            Assignment a = myAssignment(s, true);
            if (!s.isOpen()) {
                throw new cn.luzhi.shared.DomainRuleViolation("contact-while-handling", "只有办理中的建议可以登记沟通情况");
            }
            a.contactedRound = s.round;
            step(s, "CONTACTED", a.unitId, "[" + in.method() + "] " + in.note());
        });
    }

    @Transactional
    public Suggestion coOpinion(long id, String ifMatch, String text) {
        return change(id, ifMatch, s -> {
            Assignment a = myAssignment(s, false);
            if (a.lead) {
                throw ProblemException.forbidden("主办单位直接答复，不提交协办意见");
            }
            if (!s.isOpen()) {
                throw new cn.luzhi.shared.DomainRuleViolation("co-opinion-while-handling", "只有办理中的建议可以提交协办意见");
            }
            a.coOpinion = text;
            a.coOpinionAt = clock.instant();
            step(s, "CO_OPINION", a.unitId, text);
        });
    }

    @Transactional
    public Suggestion reply(long id, String ifMatch, ReplyInput in) {
        return change(id, ifMatch, s -> {
            Assignment a = myAssignment(s, true);
            s.reply(in.replyClass(), a.contactedRound == s.round, clock.instant());
            SuggestionStep st = step(s, "REPLIED", a.unitId, in.text());
            st.replyClass = in.replyClass();
            tell(s, SuggestionHandlingChanged.What.REPLIED, List.of(a.unitId));
        });
    }

    @Transactional
    public Suggestion rate(long id, String ifMatch, FeedbackInput in) {
        return change(id, ifMatch, s -> {
            Caller c = caller.get();
            if (!c.is(Roles.DEPUTY) || s.leadDeputyId == null || !s.leadDeputyId.equals(c.deputyId())) {
                throw ProblemException.forbidden("只有领衔代表本人可以评价答复");
            }
            LocalDate today = today();
            LocalDate again = calendar.deadlineAfterDays(today, settings().rehandlingDays, settings().deadlineMode);
            s.rate(in.result(), today, again);
            SuggestionStep st = step(s, in.result() == Suggestion.Rating.UNSATISFIED ? "RATED_UNSATISFIED" : "RATED", null,
                    in.comment());
            st.ratingContact = in.contact();
            st.ratingAttitude = in.attitude();
            st.ratingResult = in.result();
            if (s.status == Suggestion.Status.REHANDLING) {
                step(s, "REHANDLING", null, "重新办理期限 " + s.deadline);
                tell(s, SuggestionHandlingChanged.What.REHANDLING,
                        activeAssignments(s.id).stream().filter(a -> a.lead).map(a -> a.unitId).toList());
            }
        });
    }

    @Transactional
    public Suggestion close(long id, String ifMatch) {
        return change(id, ifMatch, s -> {
            s.close(clock.instant());
            step(s, "CLOSED", null, s.followUp ? "B 类答复，列入跟踪督办" : null);
        });
    }

    @Transactional
    public Suggestion resolveFollowUp(long id, String ifMatch, String note) {
        return change(id, ifMatch, s -> {
            if (caller.get().is(Roles.UNIT)) {
                myAssignment(s, true);
            }
            s.resolveFollowUp();
            step(s, "FOLLOW_UP_RESOLVED", null, note);
        });
    }

    /** 公益诉讼线索 (seed 000): a suggestion passed to the procuratorate, and later the procuratorate's answer. */
    @Transactional
    public Suggestion transferToProcuratorate(long id, String ifMatch, String clue) {
        return change(id, ifMatch, s -> {
            if (!s.isRegistered()) {
                throw new cn.luzhi.shared.DomainRuleViolation("transfer-after-registration", "立案后才能移送检察机关");
            }
            if (SuggestionStep.count("suggestionId = ?1 and action = 'PROCURATORATE_TRANSFERRED'", s.id)
                    > SuggestionStep.count("suggestionId = ?1 and action = 'PROCURATORATE_ANSWERED'", s.id)) {
                throw new cn.luzhi.shared.DomainRuleViolation("transfer-once", "已移送检察机关，等待反馈");
            }
            step(s, "PROCURATORATE_TRANSFERRED", null, clue);
        });
    }

    @Transactional
    public Suggestion recordProcuratorateAnswer(long id, String ifMatch, String answer) {
        return change(id, ifMatch, s -> {
            if (SuggestionStep.count("suggestionId = ?1 and action = 'PROCURATORATE_TRANSFERRED'", s.id)
                    <= SuggestionStep.count("suggestionId = ?1 and action = 'PROCURATORATE_ANSWERED'", s.id)) {
                throw new cn.luzhi.shared.DomainRuleViolation("answer-after-transfer", "该建议没有待反馈的移送");
            }
            step(s, "PROCURATORATE_ANSWERED", null, answer);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    @Transactional
    public Suggestion appraise(long id, String ifMatch, Integer quality, String award) {
        return change(id, ifMatch, s -> {
            s.appraise(quality, award);
            step(s, "APPRAISED", null, "质量评分 " + quality + (s.award == null ? "" : "，" + s.award));
        });
    }

    /** A file attached to an item: deputies only to their own, units only to items assigned to them (see {@link #get}). */
    @Transactional
    public Attachment attach(long id, String filename, String contentType, byte[] body) {
        Suggestion s = get(id);
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY) && !java.util.Objects.equals(c.deputyId(), s.leadDeputyId)) {
            throw ProblemException.forbidden("只有领衔代表可以为建议上传附件");
        }
        String type = AttachmentPolicy.check(contentType, filename, body);
        Attachment a = new Attachment();
        a.congressId = s.congressId;
        a.suggestionId = s.id;
        a.filename = filename.trim();
        a.contentType = type;
        a.sizeBytes = body.length;
        a.sha256 = AttachmentPolicy.sha256(body);
        a.data = body;
        a.uploadedBy = c.username();
        a.uploadedAt = clock.instant();
        a.persist();
        SuggestionStep st = step(s, "ATTACHED", c.unitId(), a.filename);
        st.at = a.uploadedAt;
        return a;
    }

    private Suggestion change(long id, String ifMatch, Consumer<Suggestion> action) {
        Suggestion s = steps.apply(get(id), "suggestion", ifMatch, action);
        recordsChanged(s);
        return s;
    }

    /** A submitted item counts in its deputies' evaluation for the year it was submitted. */
    private void recordsChanged(Suggestion s) {
        if (s.leadDeputyId != null && s.submittedAt != null) {
            java.util.Set<Long> deputies = new java.util.LinkedHashSet<>(cosigners(s.id));
            deputies.add(s.leadDeputyId);
            em.flush();
            deputyRecords.fire(new DeputySuggestionsChanged(s.congressId, s.submittedAt.atZone(AppClock.ZONE).getYear(), deputies));
        }
    }

    private void tell(Suggestion s, SuggestionHandlingChanged.What what, List<Long> units) {
        handling.fire(new SuggestionHandlingChanged(s.congressId, s.id, s.title, what, units, s.leadDeputyId, s.deadline));
    }

    private void requireAuthorOrStaff(Suggestion s) {
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY) && !java.util.Objects.equals(c.deputyId(), s.leadDeputyId)) {
            throw ProblemException.forbidden("只有领衔代表本人可以提交");
        }
    }

    /** The caller's unit's active assignment on the item; {@code lead} requires the lead unit. */
    private Assignment myAssignment(Suggestion s, boolean lead) {
        Caller c = caller.get();
        if (!c.is(Roles.UNIT)) {
            throw ProblemException.forbidden("只有承办单位可以执行此操作");
        }
        Assignment a = activeAssignments(s.id).stream().filter(x -> x.unitId.equals(mine(c.unitId()))).findFirst()
                .orElseThrow(() -> ProblemException.notFound("建议"));
        if (lead && !a.lead) {
            throw ProblemException.forbidden("只有主办单位可以执行此操作，协办单位请提交协办意见");
        }
        return a;
    }

    /** A deputy or unit account without its link matches nothing (never everything). */
    private static long mine(Long id) {
        return id == null ? -1L : id;
    }

    private void addAssignment(Suggestion s, long unitId, boolean lead, LocalDate on) {
        Assignment a = new Assignment();
        a.suggestionId = s.id;
        a.unitId = unitId;
        a.lead = lead;
        a.assignedOn = on;
        a.persist();
    }

    private SuggestionStep step(Suggestion s, String action, Long unitId, String note) {
        Caller c = caller.get();
        SuggestionStep st = new SuggestionStep();
        st.suggestionId = s.id;
        st.round = s.round;
        st.action = action;
        st.actor = c.displayName() + "（" + c.username() + "）";
        st.actorUserId = c.userId();
        st.unitId = unitId;
        st.at = clock.instant();
        st.note = note;
        st.persist();
        return st;
    }
}
