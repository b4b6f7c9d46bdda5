package cn.luzhi.supervision;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import cn.luzhi.suggestions.WarningThresholds;
import cn.luzhi.shared.Warning;
import cn.luzhi.supervision.SupervisionDtos.ProblemInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The three lists: problems recorded from a topic's deliberation and driven to a verified fix. */
@ApplicationScoped
public class ProblemService {
    @Inject
    AppClock clock;
    public static final Map<String, String> SORTABLE = Paging.fields("deadline", "deadline", "id", "id", "createdAt", "createdAt");

    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    RecordWrites writes;
    @Inject
    AuditTrail audit;
    @Inject
    WorkingCalendar calendar;
    @Inject
    WarningThresholds thresholds;
    @Inject
    jakarta.enterprise.event.Event<ProblemHandlingChanged> handling;
    @Inject
    SupervisionService supervision;
    @Inject
    cn.luzhi.shared.WorkflowSteps steps;

    public LocalDate today() {
        return clock.today();
    }

    public Warning warning(Problem p) {
        return Warning.of(p.isOpen(), p.deadline, today(), thresholds.yellowDays(p.congressId), calendar);
    }

    /** Filters; units always see only their own problems, deputies those of the topics whose group they are in. */
    public record Filter(Long topicId, Long unitId, Problem.Status status, Warning warning, Problem.Escalation escalation) {
    }

    public PageResult<Problem> list(Filter f, Paging paging) {
        Caller c = caller.get();
        Long unit = f.unitId();
        if (c.is(Roles.UNIT)) {
            unit = c.unitId() == null ? Long.valueOf(-1L) : c.unitId();
        }
        var w = writes.where().and("topicId", "topic", f.topicId()).and("unitId", "unit", unit).and("status", "status", f.status())
                .and("escalation", "escalation", f.escalation());
        if (c.is(Roles.DEPUTY)) {
            List<Long> topics = supervision.groupTopicIds(c.deputyId());
            w.text.append(" and topicId in :groupTopics");
            w.params.put("groupTopics", topics.isEmpty() ? List.of(-1L) : topics);
        }
        if (f.warning() != null) {
            LocalDate today = today();
            LocalDate limit = Warning.yellowLimit(today, thresholds.yellowDays(c.congressId()), calendar);
            switch (f.warning()) {
                case RED -> w.text.append(" and status <> :done and deadline < :today");
                case YELLOW -> w.text.append(" and status <> :done and deadline >= :today and deadline <= :limit");
                case GREEN -> w.text.append(" and status <> :done and deadline > :limit");
                case NONE -> w.text.append(" and status = :done");
            }
            w.params.put("done", Problem.Status.RECTIFIED);
            if (f.warning() == Warning.RED || f.warning() == Warning.YELLOW) {
                w.params.put("today", today);
            }
            if (f.warning() == Warning.YELLOW || f.warning() == Warning.GREEN) {
                w.params.put("limit", limit);
            }
        }
        return RecordWrites.page(Problem.find(w.toString(), paging.sort(), w.params), paging);
    }

    public Problem get(long id) {
        Problem p = lookup.require(Problem.class, id, "问题");
        Caller c = caller.get();
        if (c.is(Roles.UNIT) && !p.unitId.equals(c.unitId()) || !supervision.mayRead(p.topicId)) {
            throw ProblemException.notFound("问题");
        }
        return p;
    }

    public List<ProblemStep> steps(long id) {
        get(id);
        return ProblemStep.list("problemId = ?1 order by id", id);
    }

    /** Problems come from the deliberation opinion (审议意见): the topic must have been deliberated. */
    @Transactional
    public Problem create(long topicId, ProblemInput in) {
        Topic t = supervision.topic(topicId);
        requireTopicOwner(t);
        if (t.status != Topic.Status.DELIBERATED) {
            throw new cn.luzhi.shared.DomainRuleViolation("problems-after-deliberation", "议题经常委会审议后，才能根据审议意见列出问题清单");
        }
        var u = directory.unitReference(in.unitId(), "unitId", "责任单位");
        if (!in.deadline().isAfter(today())) {
            throw ProblemException.invalid("deadline", "整改期限须晚于今天");
        }
        Problem p = new Problem();
        p.congressId = t.congressId;
        p.topicId = t.id;
        p.description = in.description();
        p.unitId = u.id();
        p.responsiblePerson = in.responsiblePerson();
        p.measures = in.measures();
        p.deadline = calendar.onOrNextWorkingDay(in.deadline());
        p.persist();
        step(p, "CREATED", null, null);
        audit.created(p);
        handling.fire(new ProblemHandlingChanged(p.congressId, p.id, p.description, p.unitId, p.deadline, ProblemHandlingChanged.What.ASSIGNED));
        return p;
    }

    @Transactional
    public Problem progress(long id, String ifMatch, String note, boolean completed) {
        return change(id, ifMatch, p -> {
            Caller c = caller.get();
            if (!c.is(Roles.UNIT)) {
                throw ProblemException.forbidden("整改进展由责任单位报告");
            }
            if (p.status != Problem.Status.RECTIFYING) {
                throw new cn.luzhi.shared.DomainRuleViolation("report-while-rectifying", "只有整改中的问题可以报告进展");
            }
            if (completed) {
                p.reportRectified();
            }
            step(p, completed ? "REPORTED_RECTIFIED" : "PROGRESS", note, null);
        });
    }

    @Transactional
    public Problem verify(long id, String ifMatch, boolean accepted, String note) {
        return change(id, ifMatch, p -> {
            requireTopicOwner(supervision.topic(p.topicId));
            p.verify(accepted, clock.instant());
            step(p, accepted ? "VERIFIED" : "VERIFY_REJECTED", note, null);
            if (!accepted) {
                handling.fire(new ProblemHandlingChanged(p.congressId, p.id, p.description, p.unitId, p.deadline, ProblemHandlingChanged.What.SENT_BACK));
            }
        });
    }

    @Transactional
    public Problem lookBack(long id, String ifMatch, Problem.Outcome outcome, String note, LocalDate newDeadline) {
        return change(id, ifMatch, p -> {
            requireTopicOwner(supervision.topic(p.topicId));
            p.lookBack(outcome, newDeadline == null ? null : calendar.onOrNextWorkingDay(newDeadline), today());
            step(p, outcome == Problem.Outcome.RECTIFIED ? "LOOK_BACK" : "REOPENED", note, outcome.name());
        });
    }

    @Transactional
    public Problem escalate(long id, String ifMatch, String note) {
        return change(id, ifMatch, p -> {
            Problem.Escalation level = p.escalate();
            step(p, "ESCALATED", note, level.name());
        });
    }

    private Problem change(long id, String ifMatch, Consumer<Problem> action) {
        return steps.apply(get(id), "problem", ifMatch, action);
    }

    private void requireTopicOwner(Topic t) {
        Caller c = caller.get();
        if (c.is(Roles.COMMITTEE) && (t.committeeId == null || !t.committeeId.equals(c.committeeId()))) {
            throw ProblemException.forbidden("这不是本委员会负责的议题");
        }
    }

    private void step(Problem p, String action, String note, String outcome) {
        Caller c = caller.get();
        ProblemStep s = new ProblemStep();
        s.problemId = p.id;
        s.action = action;
        s.actor = c.displayName() + "（" + c.username() + "）";
        s.at = clock.instant();
        s.note = note;
        s.outcome = outcome;
        s.persist();
    }
}
