package cn.luzhi.supervision;

import java.math.BigDecimal;

import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.WorkflowSteps;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.time.AppClock;
import cn.luzhi.suggestions.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Key projects under 三问两评 (seed 001): created at the start of the year, asked in order, rated by deputies twice. */
@ApplicationScoped
public class KeyProjectService {
    @Inject
    AppClock clock;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    WorkflowSteps steps;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<KeyProjectVoteOpened> voteOpened;

    @Transactional
    public KeyProject create(int year, String name, Long unitId, BigDecimal passThreshold) {
        KeyProject p = new KeyProject();
        p.congressId = caller.congressId();
        p.year = year;
        p.name = name.trim();
        p.unitId = directory.unitReference(unitId, "unitId", "责任单位").id();
        p.passThreshold = passThreshold;
        p.persist();
        audit.created(p);
        em.flush();
        return p;
    }

    /** The unit's answer to the next ask (plan, then progress, then result). */
    @Transactional
    public KeyProject ask(long id, String ifMatch, KeyProject.Ask ask, String text) {
        KeyProject p = lookup.require(KeyProject.class, id, "重点项目");
        boolean midYearOpen = p.progressAnswer != null;
        boolean yearEndOpen = p.resultAnswer != null;
        steps.apply(p, "key_project", ifMatch, x -> x.answer(ask, text));
        em.flush();
        if (!midYearOpen && p.progressAnswer != null) {
            voteOpened.fire(new KeyProjectVoteOpened(p.congressId, p.id, p.name, true));
        }
        if (!yearEndOpen && p.resultAnswer != null) {
            voteOpened.fire(new KeyProjectVoteOpened(p.congressId, p.id, p.name, false));
        }
        return p;
    }

    /** One vote per active deputy of the congress and round; the project row is locked so two votes of one deputy cannot both count. */
    @Transactional
    public KeyProject vote(long id, KeyProject.Round round, Suggestion.Rating rating) {
        KeyProject p = lookup.require(KeyProject.class, id, "重点项目");
        Caller c = caller.get();
        var d = c.deputyId() == null ? null : directory.deputy(c.deputyId()).orElse(null);
        if (d == null || d.congressId() != p.congressId || !d.active()) {
            throw ProblemException.forbidden("只有本届人大的在职代表可以评议");
        }
        p.requireOpenFor(round);
        em.createNativeQuery("SELECT id FROM key_project WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM project_vote WHERE project_id = ?1 AND round = ?2 AND deputy_id = ?3")
                .setParameter(1, id).setParameter(2, round.name()).setParameter(3, d.id()).getSingleResult()).longValue();
        if (already > 0) {
            throw new DomainRuleViolation("one-vote-per-round", "本轮评议已投票，不能重复投票");
        }
        em.createNativeQuery("INSERT INTO project_vote (project_id, round, deputy_id, rating, at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, id)
                .setParameter(2, round.name()).setParameter(3, d.id()).setParameter(4, rating.name()).setParameter(5, clock.instant())
                .executeUpdate();
        return p;
    }
}
