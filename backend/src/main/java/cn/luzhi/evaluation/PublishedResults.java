package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.evaluation.EvaluationDtos.ObjectionView;
import cn.luzhi.evaluation.EvaluationDtos.PublishedPoints;
import cn.luzhi.evaluation.EvaluationDtos.PublishedRow;
import cn.luzhi.evaluation.EvaluationDtos.Recommendation;
import cn.luzhi.evaluation.EvaluationDtos.RenominationRow;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.TenantLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads of a publication: the published snapshot (ranking, re-nomination list, excellent candidates), readable only
 * once it is published, and the objections raised in its window (a deputy sees only their own).
 */
@ApplicationScoped
public class PublishedResults {
    @Inject
    EntityManager em;
    @Inject
    TenantLookup lookup;
    @Inject
    CurrentCaller caller;

    /** The snapshot by rank; when rankings are not public a deputy sees only their own row. */
    public PageResult<PublishedRow> results(long id, Integer page, Integer size) {
        Publication p = published(id);
        Caller c = caller.get();
        ScoringScheme s = em.find(ScoringScheme.class, p.schemeId);
        Paging paging = Paging.of(page, size, null, Paging.fields("rank", "x.rank_no"), "rank,asc");
        return new NativePage("FROM published_score x WHERE x.publication_id = :p").param("p", p.id)
                .and("x.mandate_id = :me", "me", c.is(Roles.DEPUTY) && !p.rankingsPublic ? (c.deputyId() == null ? -1L : c.deputyId()) : null)
                .fetch(em, "x.mandate_id, x.name, x.total, x.rank_no, x.grade, x.points", paging, "x.mandate_id", r -> new PublishedRow(
                        ((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2], ((Number) r[3]).intValue(), Grade.valueOf((String) r[4]),
                        points(s, (String) r[5])));
    }

    /** Excellent and competent are recommended for re-nomination, basic needs review, incompetent is not recommended. */
    public PageResult<RenominationRow> renomination(long id, String recommendation, Integer page, Integer size) {
        Publication p = published(id);
        Recommendation want = recommendation == null ? null : cn.luzhi.shared.Enums.parse(Recommendation.class, recommendation, "recommendation");
        String grades = want == null ? null : switch (want) {
            case RECOMMENDED -> "'EXCELLENT','COMPETENT'";
            case REVIEW -> "'BASIC'";
            case NOT_RECOMMENDED -> "'INCOMPETENT'";
        };
        Paging paging = Paging.of(page, size, null, Paging.fields("rank", "x.rank_no"), "rank,asc");
        return new NativePage("FROM published_score x WHERE x.publication_id = :p" + (grades == null ? "" : " AND x.grade IN (" + grades + ")"))
                .param("p", p.id).fetch(em, "x.mandate_id, x.name, x.total, x.rank_no, x.grade", paging, "x.mandate_id", r -> {
                    Grade g = Grade.valueOf((String) r[4]);
                    return new RenominationRow(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2], ((Number) r[3]).intValue(), g,
                            switch (g) {
                                case EXCELLENT, COMPETENT -> Recommendation.RECOMMENDED;
                                case BASIC -> Recommendation.REVIEW;
                                case INCOMPETENT -> Recommendation.NOT_RECOMMENDED;
                            });
                });
    }

    /** The excellent among the first N of the snapshot (N set by the scheme; ties at the line all listed). */
    @SuppressWarnings("unchecked")
    public List<RenominationRow> excellent(long id) {
        Publication p = published(id);
        ScoringScheme s = em.find(ScoringScheme.class, p.schemeId);
        List<Object[]> rows = em.createNativeQuery("SELECT x.mandate_id, x.name, x.total, x.rank_no FROM published_score x WHERE x.publication_id = ?1"
                + " AND x.grade = 'EXCELLENT' AND x.rank_no <= ?2 ORDER BY x.rank_no, x.mandate_id").setParameter(1, p.id)
                .setParameter(2, s.excellentTopN).getResultList();
        return rows.stream().map(r -> new RenominationRow(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2], ((Number) r[3]).intValue(),
                Grade.EXCELLENT, Recommendation.RECOMMENDED)).toList();
    }

    /** The window's objections, oldest first, with the deputies' names in one statement; a deputy sees only their own. */
    @SuppressWarnings("unchecked")
    public List<ObjectionView> objections(long id) {
        Publication p = lookup.require(Publication.class, id, "评价结果公布");
        Caller c = caller.get();
        List<Objection> os = c.is(Roles.DEPUTY)
                ? Objection.list("publicationId = ?1 and mandateId = ?2 order by id", p.id, c.deputyId() == null ? -1L : c.deputyId())
                : Objection.list("publicationId = ?1 order by id", p.id);
        Map<Long, String> names = new HashMap<>();
        if (!os.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, name FROM directory_deputies WHERE id IN (:ids)")
                    .setParameter("ids", os.stream().map(o -> o.mandateId).distinct().toList()).getResultList()) {
                names.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return os.stream().map(o -> view(o, names.get(o.mandateId))).toList();
    }

    public ObjectionView view(Objection o) {
        String name = (String) em.createNativeQuery("SELECT name FROM directory_deputies WHERE id = ?1").setParameter(1, o.mandateId).getSingleResult();
        return view(o, name);
    }

    private static ObjectionView view(Objection o, String name) {
        return new ObjectionView(o.id, o.version, o.publicationId, o.mandateId, name, o.activityId, o.position, o.text, o.status, o.answer,
                o.answeredAt, o.createdAt);
    }

    /** The snapshot exists only once the results are published. */
    private Publication published(long id) {
        Publication p = lookup.require(Publication.class, id, "评价结果公布");
        if (!p.isPublished()) {
            throw new DomainRuleViolation("not-published", "结果尚未公布");
        }
        return p;
    }

    private static List<PublishedPoints> points(ScoringScheme s, String packed) {
        List<PublishedPoints> out = new ArrayList<>();
        if (packed == null || packed.isEmpty()) {
            return out;
        }
        for (PackedPoints p : PackedPoints.parse(packed)) {
            out.add(new PublishedPoints(p.position(), p.position() < s.indicators.size() ? s.indicators.get(p.position()).name : "", p.points()));
        }
        return out;
    }
}
