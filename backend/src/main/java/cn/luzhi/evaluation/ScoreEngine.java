package cn.luzhi.evaluation;

import cn.luzhi.shared.time.AppClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Computes scores with set-based SQL: one pass aggregates each deputy's records per source into a temporary table
 * ({@code eval_counts}), one INSERT … SELECT per indicator turns the counts into points ({@code eval_points}), and the
 * totals, grades, the packed per-indicator figures and the ranks follow in three statements. The same pass serves a saved scheme (scores are replaced) and
 * a draft (what-if: nothing is kept). A scope of deputies limits the work to them, which is how a changed record
 * touches only the scores it affects.
 */
@ApplicationScoped
public class ScoreEngine {
    @Inject
    AppClock clock;
    /** Registered items only: the suggestions module says which those are. */
    static final String REGISTERED = "s.registered";

    @Inject
    EntityManager em;

    public record Outcome(int year, long schemeId, int revision, long deputies, long millis) {
    }

    /** The scheme in force for a year: its latest revision. */
    public ScoringScheme current(long congress, int year) {
        return ScoringScheme.<ScoringScheme>find("congressId = ?1 and year = ?2 order by revision desc", congress, year).firstResult();
    }

    public boolean hasScores(long congress, int year) {
        return !em.createNativeQuery("SELECT 1 FROM score WHERE congress_id = ?1 AND year = ?2 LIMIT 1").setParameter(1, congress)
                .setParameter(2, year).getResultList().isEmpty();
    }

    /** Recomputes the year's scores with the current scheme, for everyone ({@code scope == null}) or for some deputies. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome recompute(long congress, int year, Collection<Long> scope) {
        long t0 = System.nanoTime();
        ScoringScheme s = current(congress, year);
        if (s == null) {
            throw new DomainRuleViolation("scheme-required", year + " 年还没有履职评价方案");
        }
        fill(congress, year, s.indicators, scope);
        String only = scope == null ? "" : " AND mandate_id IN (:scope)";
        exec("DELETE FROM score WHERE congress_id = :c AND year = :y" + only, congress, year, scope);
        // a full recompute ranks as it inserts; a scoped one re-ranks below, writing only the ranks that moved
        Query q = em.createNativeQuery("INSERT INTO score (congress_id, year, mandate_id, scheme_id, total, grade, points, computed_at, rank_no)"
                + " SELECT :c, :y, mandate_id, :s, SUM(points), CASE WHEN SUM(points) >= :ex THEN 'EXCELLENT' WHEN SUM(points) >= :co THEN 'COMPETENT'"
                + " WHEN SUM(points) >= :ba THEN 'BASIC' ELSE 'INCOMPETENT' END,"
                + " GROUP_CONCAT(CONCAT_WS(':', position, records, counted, raw, points) ORDER BY position SEPARATOR ';'), :now, "
                + (scope == null ? "RANK() OVER (ORDER BY SUM(points) DESC)" : "NULL") + " FROM eval_points GROUP BY mandate_id")
                .setParameter("c", congress).setParameter("y", year).setParameter("s", s.id).setParameter("ex", s.excellentFrom)
                .setParameter("co", s.competentFrom).setParameter("ba", s.basicFrom).setParameter("now", clock.instant());
        long deputies = q.executeUpdate();
        if (scope != null) {
            exec("UPDATE score t JOIN (SELECT mandate_id, RANK() OVER (ORDER BY total DESC) r FROM score WHERE congress_id = :c AND year = :y) x"
                + " ON x.mandate_id = t.mandate_id SET t.rank_no = x.r WHERE t.congress_id = :c AND t.year = :y"
                + " AND (t.rank_no IS NULL OR t.rank_no <> x.r)", congress, year, null);
        }
        drop();
        if (!s.used) {
            s.used = true;
        }
        return new Outcome(year, s.id, s.revision, deputies, (System.nanoTime() - t0) / 1_000_000);
    }

    public record WhatIfRow(long deputyId, String name, BigDecimal total, int rank, String grade, BigDecimal currentTotal, Integer currentRank) {
    }

    /** Runs a draft scheme over the real records; returns the top rows by the draft's rank. Nothing is saved. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<WhatIfRow> whatIf(long congress, int year, ScoringScheme draft, int limit) {
        fill(congress, year, draft.indicators, null);
        List<Object[]> rows = em.createNativeQuery("SELECT x.mandate_id, m.name, x.total, x.r, s.total, s.rank_no FROM"
                + " (SELECT mandate_id, SUM(points) total, RANK() OVER (ORDER BY SUM(points) DESC) r FROM eval_points GROUP BY mandate_id) x"
                + " JOIN directory_deputies m ON m.id = x.mandate_id"
                + " LEFT JOIN score s ON s.congress_id = :c AND s.year = :y AND s.mandate_id = x.mandate_id ORDER BY x.r, x.mandate_id LIMIT :n")
                .setParameter("c", congress).setParameter("y", year).setParameter("n", limit).getResultList();
        drop();
        return rows.stream().map(r -> {
            BigDecimal total = (BigDecimal) r[2];
            return new WhatIfRow(((Number) r[0]).longValue(), (String) r[1], total, ((Number) r[3]).intValue(), draft.grade(total).name(),
                    (BigDecimal) r[4], r[5] == null ? null : ((Number) r[5]).intValue());
        }).toList();
    }

    /** A deputy's suggestions changed in the suggestions module: the same as any other record the scores read. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSuggestionsChanged(@Observes cn.luzhi.suggestions.DeputySuggestionsChanged e) {
        onRecordsChanged(new DeputyRecordsChanged(e.congressId(), e.year(), e.mandateIds()));
    }

    /** Keeps the year's scores current when records change, if the year has been scored at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onRecordsChanged(@Observes DeputyRecordsChanged e) {
        if (!e.mandateIds().isEmpty() && hasScores(e.congressId(), e.year()) && current(e.congressId(), e.year()) != null) {
            recompute(e.congressId(), e.year(), e.mandateIds());
        }
    }

    /** The counts per deputy and source, then the points per deputy and indicator, in two temporary tables. */
    private void fill(long congress, int year, List<Indicator> indicators, Collection<Long> scope) {
        drop();
        // in-memory working tables (100,000 deputies × 30 indicators stay well under 1 GB); the packed breakdown may be long
        em.createNativeQuery("SET SESSION max_heap_table_size = 1073741824, group_concat_max_len = 1048576").executeUpdate();
        em.createNativeQuery("CREATE TEMPORARY TABLE eval_counts (mandate_id BIGINT NOT NULL, src VARCHAR(24) NOT NULL, invited INT NOT NULL,"
                + " present INT NOT NULL, rated_sum DECIMAL(16,2), rated_n INT NOT NULL, PRIMARY KEY (mandate_id, src)) ENGINE=MEMORY").executeUpdate();
        em.createNativeQuery("CREATE TEMPORARY TABLE eval_points (mandate_id BIGINT NOT NULL, position INT NOT NULL, records INT NOT NULL,"
                + " counted INT NOT NULL, raw DECIMAL(12,4) NOT NULL, points DECIMAL(10,2) NOT NULL, PRIMARY KEY (mandate_id, position)) ENGINE=MEMORY")
                .executeUpdate();
        Instant from = SqlValues.yearStart(year);
        Instant to = SqlValues.yearStart(year + 1);
        String only = scope == null ? "" : " AND mandate_id IN (:scope)";
        exec("INSERT INTO eval_counts SELECT mandate_id, CONCAT('A', type_id), COUNT(*), SUM(attendance = 'PRESENT'), SUM(rating), COUNT(rating)"
                + " FROM activity_participant WHERE congress_id = :c AND year = :y AND counted = TRUE" + only + " GROUP BY mandate_id, type_id",
                congress, year, scope);
        String onlyLead = scope == null ? "" : " AND s.lead_deputy_id IN (:scope)";
        String inYear = " FROM suggestions_items s WHERE s.congress_id = :c AND s.submitted_at >= :from AND s.submitted_at < :to AND s.lead_deputy_id IS NOT NULL";
        suggestions("INSERT INTO eval_counts SELECT s.lead_deputy_id, 'SL', COUNT(*), COUNT(*), SUM(s.quality_score), COUNT(s.quality_score)"
                + inYear + onlyLead + " GROUP BY s.lead_deputy_id", congress, from, to, scope);
        suggestions("INSERT INTO eval_counts SELECT s.lead_deputy_id, 'SLR', COUNT(*), COUNT(*), SUM(s.quality_score), COUNT(s.quality_score)"
                + inYear + " AND " + REGISTERED + onlyLead + " GROUP BY s.lead_deputy_id", congress, from, to, scope);
        suggestions("INSERT INTO eval_counts SELECT s.lead_deputy_id, 'SA', COUNT(*), COUNT(*), NULL, 0" + inYear + " AND s.award IS NOT NULL"
                + onlyLead + " GROUP BY s.lead_deputy_id", congress, from, to, scope);
        String cosigned = " FROM suggestions_items s JOIN suggestions_cosigners k ON k.suggestion_id = s.id WHERE s.congress_id = :c"
                + " AND s.submitted_at >= :from AND s.submitted_at < :to" + (scope == null ? "" : " AND k.deputy_id IN (:scope)");
        suggestions("INSERT INTO eval_counts SELECT k.deputy_id, 'SC', COUNT(*), COUNT(*), NULL, 0" + cosigned + " GROUP BY k.deputy_id",
                congress, from, to, scope);
        suggestions("INSERT INTO eval_counts SELECT k.deputy_id, 'SCR', COUNT(*), COUNT(*), NULL, 0" + cosigned + " AND " + REGISTERED
                + " GROUP BY k.deputy_id", congress, from, to, scope);
        exec("INSERT INTO eval_counts SELECT g.deputy_id, 'GM', COUNT(*), COUNT(*), NULL, 0 FROM supervision_group_members g"
                + " WHERE g.congress_id = :c AND g.year = :y"
                + (scope == null ? "" : " AND g.deputy_id IN (:scope)") + " GROUP BY g.deputy_id", congress, year, scope);
        String mandates = " FROM directory_deputies m LEFT JOIN eval_counts c ON c.mandate_id = m.id AND c.src = :src"
                + " WHERE m.congress_id = :c AND m.status = 'ACTIVE'" + (scope == null ? "" : " AND m.id IN (:scope)");
        for (int pos = 0; pos < indicators.size(); pos++) {
            Indicator i = indicators.get(pos);
            String records, counted, raw;
            switch (i.rule) {
                case COUNT -> {
                    records = "COALESCE(c.invited, 0)";
                    counted = "COALESCE(c.present, 0)";
                    raw = "LEAST(COALESCE(c.present, 0) * :per, :cap)";
                }
                case RATE -> {
                    records = "COALESCE(c.invited, 0)";
                    counted = "COALESCE(c.present, 0)";
                    raw = "CASE WHEN COALESCE(c.invited, 0) = 0 THEN :full ELSE :full * c.present / c.invited END";
                }
                default -> {
                    records = "COALESCE(c.rated_n, 0)";
                    counted = "COALESCE(c.rated_n, 0)";
                    raw = "CASE WHEN COALESCE(c.rated_n, 0) = 0 THEN 0 ELSE :full * c.rated_sum / c.rated_n / 100 END";
                }
            }
            Query q = em.createNativeQuery("INSERT INTO eval_points SELECT m.id, :pos, " + records + ", " + counted + ", " + raw
                    + ", ROUND(" + raw + " * :w, 2)" + mandates).setParameter("pos", pos).setParameter("src", sourceKey(i))
                    .setParameter("c", congress).setParameter("w", i.weight);
            if (i.rule == Indicator.Rule.COUNT) {
                q.setParameter("per", i.pointsPer).setParameter("cap", i.cap);
            } else {
                q.setParameter("full", i.fullPoints);
            }
            if (scope != null) {
                q.setParameter("scope", scope);
            }
            q.executeUpdate();
        }
    }

    /** The key of an indicator's counts in {@code eval_counts}. */
    static String sourceKey(Indicator i) {
        return switch (i.source) {
            case ACTIVITY -> "A" + i.activityTypeId;
            case SUGGESTION_LEAD -> i.registeredOnly ? "SLR" : "SL";
            case SUGGESTION_COSIGNED -> i.registeredOnly ? "SCR" : "SC";
            case SUGGESTION_AWARD -> "SA";
            case GROUP_MEMBER -> "GM";
        };
    }

    private void suggestions(String sql, long congress, Instant from, Instant to, Collection<Long> scope) {
        Query q = em.createNativeQuery(sql).setParameter("c", congress).setParameter("from", from).setParameter("to", to);
        if (scope != null) {
            q.setParameter("scope", scope);
        }
        q.executeUpdate();
    }

    private void exec(String sql, long congress, int year, Collection<Long> scope) {
        Query q = em.createNativeQuery(sql).setParameter("c", congress).setParameter("y", year);
        if (scope != null && sql.contains(":scope")) {
            q.setParameter("scope", scope);
        }
        q.executeUpdate();
    }

    private void drop() {
        em.createNativeQuery("DROP TEMPORARY TABLE IF EXISTS eval_counts").executeUpdate();
        em.createNativeQuery("DROP TEMPORARY TABLE IF EXISTS eval_points").executeUpdate();
    }
}
