package cn.luzhi.evaluation;

import java.time.LocalDate;

import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.WorkflowSteps;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Publication of a year's results (domain.md §3): an objection window over the live scores, answers to the objections,
 * then the immutable snapshot. Once a year; the snapshot is taken only from scores of the scheme's current revision.
 */
@ApplicationScoped
public class PublicationService {
    @Inject
    AppClock clock;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    WorkflowSteps steps;
    @Inject
    ScoreEngine engine;
    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<ObjectionWindowOpened> windowOpened;

    /** Shows the year's scores and opens the objection window. */
    @Transactional
    public Publication open(int year, LocalDate windowEnds, boolean rankingsPublic) {
        long c = caller.congressId();
        if (windowEnds.isBefore(today())) {
            throw ProblemException.invalid("windowEnds", "异议期结束日不能早于今天");
        }
        if (Publication.count("congressId = ?1 and year = ?2", c, year) > 0) {
            throw ProblemException.duplicate("year", year + " 年的评价结果已公示");
        }
        if (!engine.hasScores(c, year)) {
            throw new DomainRuleViolation("scores-required", year + " 年尚未计分，请先计分");
        }
        Publication p = Publication.openWindow(c, year, windowEnds, rankingsPublic);
        p.persist();
        audit.created(p);
        em.flush();
        windowOpened.fire(new ObjectionWindowOpened(c, year, windowEnds));
        return p;
    }

    /** A deputy objects, within the window, to one of their own records of the year or to an indicator of the scheme. */
    @Transactional
    public Objection object(long id, Long activityId, Integer position, String text) {
        Publication p = lookup.require(Publication.class, id, "评价结果公布");
        Caller c = caller.get();
        if (c.deputyId() == null) {
            throw ProblemException.forbidden("账号未关联代表");
        }
        p.requireWindowOpen(today());
        if (activityId != null) {
            long mine = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM activity_participant WHERE activity_id = ?1 AND mandate_id = ?2 AND year = ?3")
                    .setParameter(1, activityId).setParameter(2, c.deputyId()).setParameter(3, p.year).getSingleResult()).longValue();
            if (mine == 0) {
                throw ProblemException.unknownReference("activityId", "本人该年度的活动");
            }
        }
        if (position != null) {
            ScoringScheme s = engine.current(p.congressId, p.year);
            if (s == null || position >= s.indicators.size()) {
                throw ProblemException.invalid("position", "评价方案没有这一项指标");
            }
        }
        Objection o = new Objection();
        o.congressId = p.congressId;
        o.publicationId = p.id;
        o.mandateId = c.deputyId();
        o.activityId = activityId;
        o.position = position;
        o.text = text.trim();
        o.persist();
        audit.created(o);
        em.flush();
        return o;
    }

    @Transactional
    public Objection answer(long id, String ifMatch, boolean accepted, String answer) {
        Objection o = lookup.require(Objection.class, id, "异议");
        Publication p = em.find(Publication.class, o.publicationId);
        if (p.status == Publication.Status.PUBLISHED) {
            throw new DomainRuleViolation("published-once", "结果已公布，不能再答复异议");
        }
        steps.apply(o, "objection", ifMatch, x -> x.answer(accepted, answer.trim(), clock.instant()));
        em.flush();
        return o;
    }

    /** Takes the snapshot: after the window, every objection answered, every score of the current revision. */
    @Transactional
    public Publication publish(long id, String ifMatch) {
        Publication p = lookup.require(Publication.class, id, "评价结果公布");
        ScoringScheme s = engine.current(p.congressId, p.year);
        if (s == null) {
            throw new DomainRuleViolation("scheme-required", p.year + " 年还没有履职评价方案");
        }
        long open = Objection.count("publicationId = ?1 and status = ?2", p.id, Objection.Status.OPEN);
        long stale = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM score WHERE congress_id = ?1 AND year = ?2 AND scheme_id <> ?3")
                .setParameter(1, p.congressId).setParameter(2, p.year).setParameter(3, s.id).getSingleResult()).longValue();
        if (stale > 0) {
            throw new DomainRuleViolation("scores-stale", "评价方案已有新版本（第 " + s.revision + " 版），请先重新计分再公布");
        }
        steps.apply(p, "score_publication", ifMatch, x -> x.publish(today(), open, s.id, clock.instant()));
        em.createNativeQuery("INSERT INTO published_score (publication_id, mandate_id, name, total, rank_no, grade, points)"
                + " SELECT ?1, s.mandate_id, m.name, s.total, s.rank_no, s.grade, s.points"
                + " FROM score s JOIN directory_deputies m ON m.id = s.mandate_id WHERE s.congress_id = ?2 AND s.year = ?3")
                .setParameter(1, p.id).setParameter(2, p.congressId).setParameter(3, p.year).executeUpdate();
        em.flush();
        return p;
    }

    private LocalDate today() {
        return clock.today();
    }
}
