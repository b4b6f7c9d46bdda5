package cn.luzhi.supervision;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ETags;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.supervision.SupervisionDtos.CandidateTopicInput;
import cn.luzhi.supervision.SupervisionDtos.PlanInput;
import cn.luzhi.supervision.SupervisionDtos.TopicInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Plans and topics: staff run the plan; a committee owns its own topics (domain.md §2). */
@ApplicationScoped
public class SupervisionService {
    @Inject
    AppClock clock;
    public static final Map<String, String> PLAN_SORT = Paging.fields("year", "year", "id", "id");
    public static final Map<String, String> TOPIC_SORT = Paging.fields("id", "id", "title", "title", "status", "status");

    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    cn.luzhi.suggestions.SuggestionEvidence suggestionEvidence;
    @Inject
    RecordWrites writes;
    @Inject
    AuditTrail audit;
    @Inject
    TopicLinks links;

    public PageResult<SupervisionPlan> plans(Paging paging) {
        var w = writes.where();
        return RecordWrites.page(SupervisionPlan.find(w.toString(), paging.sort(), w.params), paging);
    }

    public long topicCount(long planId) {
        return Topic.count("planId", planId);
    }

    /** Topics whose supervision group (一事一小组) the deputy is in, newest first. */
    @SuppressWarnings("unchecked")
    public List<Long> groupTopicIds(Long deputyId) {
        if (deputyId == null) {
            return List.of();
        }
        return ((List<Number>) Topic.getEntityManager()
                .createNativeQuery("SELECT topic_id FROM topic_group_member WHERE deputy_id = ?1 ORDER BY topic_id DESC").setParameter(1, deputyId)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    /** Whether the caller may read the topic's work: staff, leaders and committees any topic; a deputy those of their groups. */
    public boolean mayRead(long topicId) {
        Caller c = caller.get();
        return !c.is(Roles.DEPUTY) || groupTopicIds(c.deputyId()).contains(topicId);
    }

    /** A topic as the caller may see it: a deputy outside its group gets 404, as for a topic of another congress. */
    public Topic visibleTopic(long id) {
        Topic t = topic(id);
        if (!mayRead(id)) {
            throw ProblemException.notFound("监督议题");
        }
        return t;
    }

    /** The caller's own supervision work: the topics whose group they are in. */
    public PageResult<Topic> groupTopics(Paging paging) {
        List<Long> ids = groupTopicIds(caller.get().deputyId());
        var w = writes.where();
        w.text.append(" and id in :ids");
        w.params.put("ids", ids.isEmpty() ? List.of(-1L) : ids);
        return RecordWrites.page(Topic.find(w.toString(), paging.sort(), w.params), paging);
    }

    public SupervisionPlan plan(long id) {
        return lookup.require(SupervisionPlan.class, id, "监督计划");
    }

    @Transactional
    public SupervisionPlan createPlan(PlanInput in) {
        if (SupervisionPlan.count("congressId = ?1 and year = ?2", caller.congressId(), in.year()) > 0) {
            throw ProblemException.duplicate("year", in.year() + " 年度的监督计划已存在");
        }
        SupervisionPlan p = new SupervisionPlan();
        p.congressId = caller.congressId();
        p.year = in.year();
        p.title = in.title().trim();
        p.persist();
        audit.created(p);
        return p;
    }

    @Transactional
    public SupervisionPlan updatePlan(long id, String ifMatch, PlanInput in) {
        SupervisionPlan p = plan(id);
        ETags.require(ifMatch, p.version);
        if (in.year() != p.year) {
            throw ProblemException.invalid("year", "计划年度不能修改");
        }
        var before = audit.snapshot(p);
        p.title = in.title().trim();
        audit.updated(p, before);
        return p;
    }

    @Transactional
    public SupervisionPlan adopt(long id, String ifMatch) {
        SupervisionPlan p = plan(id);
        ETags.require(ifMatch, p.version);
        var before = audit.snapshot(p);
        p.adopt(clock.today(), topicCount(id));
        audit.updated(p, before);
        return p;
    }

    /** Filters of a plan's topics. */
    public record TopicFilter(Topic.Status status, Long committeeId, Topic.Source source, String q) {
    }

    public PageResult<Topic> topics(long planId, TopicFilter f, Paging paging) {
        plan(planId);
        var w = writes.where().and("planId", "plan", planId).and("status", "status", f.status())
                .and("committeeId", "committee", f.committeeId()).search(f.q(), "title", "description");
        if (f.source() != null) {
            w.text.append(" and id in (select s.topicId from TopicSourceRow s where s.source = :source)");
            w.params.put("source", f.source().name());
        }
        return RecordWrites.page(Topic.find(w.toString(), paging.sort(), w.params), paging);
    }

    public Topic topic(long id) {
        return lookup.require(Topic.class, id, "监督议题");
    }

    @Transactional
    public Topic createTopic(long planId, TopicInput in) {
        SupervisionPlan p = plan(planId);
        Topic t = new Topic();
        t.congressId = p.congressId;
        t.planId = p.id;
        apply(t, in.title(), in.description(), in.method(), in.committeeId());
        t.persist();
        links.replace(t.id, dedupe(in.sources()), evidence(in.evidenceIds(), "evidenceIds"), units(in.unitIds()));
        audit.created(t);
        return t;
    }

    /** One action from a data candidate to a topic, with the candidate's items as evidence. */
    @Transactional
    public Topic createFromCandidate(long planId, CandidateTopicInput in) {
        List<Long> ids = evidence(in.suggestionIds(), "suggestionIds");
        List<Topic.Source> sources = new ArrayList<>();
        for (Long id : ids) {
            Topic.Source src = suggestionEvidence.reference(id, "suggestionIds").source() == Suggestion.Source.HOTLINE ? Topic.Source.HOTLINE_DEMAND : Topic.Source.SUGGESTION_HOTSPOT;
            if (!sources.contains(src)) {
                sources.add(src);
            }
        }
        return createTopic(planId, new TopicInput(in.title(), null, in.method(), in.committeeId(), sources, ids, List.of()));
    }

    @Transactional
    public Topic updateTopic(long id, String ifMatch, TopicInput in) {
        Topic t = topic(id);
        ETags.require(ifMatch, t.version);
        requireOwner(t);
        t.requireEditable();
        var before = audit.snapshot(t);
        apply(t, in.title(), in.description(), in.method(), in.committeeId());
        t.updatedAt = clock.instant();
        links.replace(t.id, dedupe(in.sources()), evidence(in.evidenceIds(), "evidenceIds"), units(in.unitIds()));
        audit.updated(t, before);
        return t;
    }

    /** approve | start | deliberate | close: staff approve; the owning committee (or staff) carries it out. */
    @Transactional
    public Topic transition(long id, String ifMatch, String action) {
        Topic t = topic(id);
        ETags.require(ifMatch, t.version);
        if (action.equals("approve") && !caller.get().isAny(Roles.ADMIN, Roles.STAFF)) {
            throw ProblemException.forbidden("议题由常委会工作机构列入计划");
        }
        requireOwner(t);
        var before = audit.snapshot(t);
        switch (action) {
            case "approve" -> t.approve();
            case "start" -> t.start();
            case "deliberate" -> t.deliberate();
            case "close" -> t.close();
            default -> throw ProblemException.notFound("操作");
        }
        audit.updated(t, before);
        return t;
    }

    private void apply(Topic t, String title, String description, Topic.Method method, Long committeeId) {
        Caller c = caller.get();
        if (c.is(Roles.COMMITTEE) && (committeeId == null || !committeeId.equals(c.committeeId()))) {
            throw ProblemException.invalid("committeeId", "专门委员会只能为本委员会拟定议题");
        }
        t.title = title.trim();
        t.description = description;
        t.method = method;
        t.committeeId = committeeId == null ? null : directory.committeeReference(committeeId, "committeeId", "专门委员会").id();
    }

    private void requireOwner(Topic t) {
        Caller c = caller.get();
        if (c.is(Roles.COMMITTEE) && (t.committeeId == null || !t.committeeId.equals(c.committeeId()))) {
            throw ProblemException.forbidden("这不是本委员会负责的议题");
        }
    }

    private List<Long> evidence(List<Long> ids, String field) {
        List<Long> out = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.of() : ids));
        for (int i = 0; i < out.size(); i++) {
            suggestionEvidence.reference(out.get(i), field + "[" + i + "]");
        }
        return out;
    }

    private List<Long> units(List<Long> ids) {
        List<Long> out = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.of() : ids));
        for (int i = 0; i < out.size(); i++) {
            directory.unitReference(out.get(i), "unitIds[" + i + "]", "单位");
        }
        return out;
    }

    private static List<Topic.Source> dedupe(List<Topic.Source> s) {
        return new ArrayList<>(new LinkedHashSet<>(s));
    }
}
