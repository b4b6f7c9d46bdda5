package cn.luzhi.evaluation;

import java.util.ArrayList;
import java.util.List;

import cn.luzhi.evaluation.EvaluationDtos.IndicatorInput;
import cn.luzhi.evaluation.EvaluationDtos.SchemeInput;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.ETags;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** 履职评价方案: one scheme per congress and year; a scheme already used for scores is kept and changed into a new revision. */
@ApplicationScoped
public class SchemeService {
    @Inject
    AppClock clock;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    ScoreEngine engine;
    @Inject
    EntityManager em;

    @Transactional
    public ScoringScheme create(SchemeInput in) {
        if (engine.current(caller.congressId(), in.year()) != null) {
            throw ProblemException.duplicate("year", in.year() + " 年已有评价方案，请修改现有方案（将生成新版本）");
        }
        ScoringScheme s = new ScoringScheme();
        s.congressId = caller.congressId();
        s.revision = 1;
        apply(s, in);
        s.persist();
        audit.created(s);
        em.flush();
        return s;
    }

    /** Changes the latest revision in place while unused; once used, keeps it and returns the new revision. */
    @Transactional
    public ScoringScheme update(long id, String ifMatch, SchemeInput in) {
        ScoringScheme s = lookup.require(ScoringScheme.class, id, "评价方案");
        ETags.require(ifMatch, s.version);
        if (s.superseded) {
            throw new DomainRuleViolation("latest-revision-only", "该方案已有新版本，只能修改最新版本");
        }
        if (in.year() != s.year) {
            throw ProblemException.invalid("year", "方案的年度不能修改");
        }
        var before = audit.snapshot(s);
        if (!s.used) {
            apply(s, in);
            s.updatedAt = clock.instant();
            audit.updated(s, before);
            em.flush();
            return s;
        }
        ScoringScheme next = s.nextRevision();
        s.updatedAt = clock.instant();
        audit.updated(s, before);
        apply(next, in);
        next.persist();
        audit.created(next);
        em.flush();
        return next;
    }

    /** Runs a draft over the year's real records; writes nothing (the working tables are temporary). */
    @Transactional
    public List<ScoreEngine.WhatIfRow> whatIf(SchemeInput scheme, int limit) {
        ScoringScheme draft = new ScoringScheme();
        draft.congressId = caller.congressId();
        apply(draft, scheme);
        return engine.whatIf(caller.congressId(), scheme.year(), draft, limit);
    }

    private void apply(ScoringScheme s, SchemeInput in) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        if (in.excellentFrom().compareTo(in.competentFrom()) < 0) {
            errors.add(new ProblemException.FieldError("excellentFrom", "优秀分数线不能低于称职分数线"));
        }
        if (in.competentFrom().compareTo(in.basicFrom()) < 0) {
            errors.add(new ProblemException.FieldError("competentFrom", "称职分数线不能低于基本称职分数线"));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < in.indicators().size(); k++) {
            IndicatorInput x = in.indicators().get(k);
            Indicator i = new Indicator();
            i.name = x.name().trim();
            i.source = x.source();
            i.activityTypeId = x.activityTypeId();
            i.rule = x.rule();
            i.weight = x.weight();
            i.pointsPer = x.pointsPer();
            i.cap = x.cap();
            i.fullPoints = x.fullPoints();
            i.registeredOnly = Boolean.TRUE.equals(x.registeredOnly());
            errors.addAll(i.problems("indicators[" + k + "]"));
            if (i.activityTypeId != null) {
                ActivityType t = em.find(ActivityType.class, i.activityTypeId);
                if (t == null || !t.visibleTo(s.congressId)) {
                    errors.add(new ProblemException.FieldError("indicators[" + k + "].activityTypeId", "活动类型不存在"));
                }
            }
            indicators.add(i);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "/problems/validation", "Bad Request", "评价方案有误：" + errors.get(0).message(), errors);
        }
        s.year = in.year();
        s.name = in.name().trim();
        s.excellentFrom = in.excellentFrom();
        s.competentFrom = in.competentFrom();
        s.basicFrom = in.basicFrom();
        s.excellentTopN = in.excellentTopN();
        s.indicators.clear();
        s.indicators.addAll(indicators);
    }
}
