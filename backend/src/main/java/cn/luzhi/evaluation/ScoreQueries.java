package cn.luzhi.evaluation;

import cn.luzhi.shared.time.AppClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.evaluation.EvaluationDtos.DossierActivity;
import cn.luzhi.evaluation.EvaluationDtos.DossierGroup;
import cn.luzhi.evaluation.EvaluationDtos.DossierSuggestion;
import cn.luzhi.evaluation.EvaluationDtos.DossierView;
import cn.luzhi.evaluation.EvaluationDtos.IndexView;
import cn.luzhi.evaluation.EvaluationDtos.MonthCount;
import cn.luzhi.evaluation.EvaluationDtos.ScoreRow;
import cn.luzhi.evaluation.EvaluationDtos.TypeCount;
import cn.luzhi.directory.Directory;
import cn.luzhi.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Read models of the evaluation: score rows, the dossier (一人一档) and the performance index (履职指数). */
@ApplicationScoped
public class ScoreQueries {
    @Inject
    AppClock clock;
    public static final String SCORE_COLUMNS = "s.mandate_id, m.name, m.delegation_name, s.total, s.rank_no, s.grade, s.scheme_id, r.revision, s.computed_at";
    /** Left joins on primary keys, so counting a page's total reads the score index alone where the database eliminates them. */
    public static final String SCORE_FROM = "FROM score s LEFT JOIN directory_deputies m ON m.id = s.mandate_id"
            + " LEFT JOIN scoring_scheme r ON r.id = s.scheme_id";

    @Inject
    EntityManager em;

    /** The year a request asks about: this year when omitted; 400 outside 2000–2100. */
    public int year(Integer year) {
        if (year == null) {
            return clock.today().getYear();
        }
        if (year < 2000 || year > 2100) {
            throw cn.luzhi.shared.ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
        return year;
    }

    public static ScoreRow scoreRow(Object[] r) {
        return new ScoreRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (BigDecimal) r[3], r[4] == null ? null : ((Number) r[4]).intValue(),
                Grade.valueOf((String) r[5]), ((Number) r[6]).longValue(), ((Number) r[7]).intValue(), SqlValues.instant(r[8]));
    }

    public ScoreRow score(long congress, int year, long mandateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + SCORE_COLUMNS + " " + SCORE_FROM
                + " WHERE s.congress_id = ?1 AND s.year = ?2 AND s.mandate_id = ?3").setParameter(1, congress).setParameter(2, year)
                .setParameter(3, mandateId).getResultList();
        return rows.isEmpty() ? null : scoreRow(rows.get(0));
    }

    @SuppressWarnings("unchecked")
    public DossierView dossier(Directory.Deputy m, int year) {
        long c = m.congressId();
        Instant from = SqlValues.yearStart(year);
        Instant to = SqlValues.yearStart(year + 1);
        List<Object[]> acts = em.createNativeQuery("SELECT a.id, a.title, a.occurred_on, a.type_id, t.name, p.attendance, a.status, p.rating"
                + " FROM activity_participant p JOIN activity a ON a.id = p.activity_id JOIN activity_type t ON t.id = a.type_id"
                + " WHERE p.congress_id = ?1 AND p.year = ?2 AND p.mandate_id = ?3 ORDER BY a.occurred_on, a.id").setParameter(1, c)
                .setParameter(2, year).setParameter(3, m.id()).getResultList();
        List<DossierActivity> activities = new ArrayList<>();
        java.util.Map<Long, long[]> byType = new java.util.LinkedHashMap<>();
        java.util.Map<Long, String> typeNames = new java.util.HashMap<>();
        long[][] months = new long[13][2];
        for (Object[] r : acts) {
            LocalDate on = r[2] instanceof LocalDate d ? d : ((java.sql.Date) r[2]).toLocalDate();
            long typeId = ((Number) r[3]).longValue();
            Activity.Attendance att = Activity.Attendance.valueOf((String) r[5]);
            Activity.Status st = Activity.Status.valueOf((String) r[6]);
            activities.add(new DossierActivity(((Number) r[0]).longValue(), (String) r[1], on, typeId, (String) r[4], att, st,
                    r[7] == null ? null : new BigDecimal(r[7].toString())));
            typeNames.put(typeId, (String) r[4]);
            long[] k = byType.computeIfAbsent(typeId, x -> new long[4]);
            if (st == Activity.Status.PENDING) {
                k[3]++;
            } else if (st == Activity.Status.CONFIRMED) {
                k[att.ordinal()]++;
                if (att == Activity.Attendance.PRESENT) {
                    months[on.getMonthValue()][0]++;
                }
            }
        }
        List<TypeCount> types = byType.entrySet().stream().map(e -> new TypeCount(e.getKey(), typeNames.get(e.getKey()), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        List<Object[]> sugg = em.createNativeQuery("SELECT s.id, s.number, s.title, CASE WHEN s.lead_deputy_id = ?2 THEN 'LEAD' ELSE 'COSIGNER' END,"
                + " s.status, s.quality_score, s.award, s.submitted_at, s.registered FROM suggestions_items s WHERE s.congress_id = ?1 AND s.submitted_at >= ?3 AND s.submitted_at < ?4"
                + " AND (s.lead_deputy_id = ?2 OR EXISTS (SELECT 1 FROM suggestions_cosigners k WHERE k.suggestion_id = s.id AND k.deputy_id = ?2))"
                + " ORDER BY s.submitted_at, s.id").setParameter(1, c).setParameter(2, m.id()).setParameter(3, from).setParameter(4, to).getResultList();
        List<DossierSuggestion> suggestions = new ArrayList<>();
        for (Object[] r : sugg) {
            String status = (String) r[4];
            Instant at = SqlValues.instant(r[7]);
            suggestions.add(new DossierSuggestion(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], status,
                    SqlValues.bool(r[8]), r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], at));
            months[at.atZone(AppClock.ZONE).getMonthValue()][1]++;
        }
        List<MonthCount> byMonth = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            byMonth.add(new MonthCount(k, months[k][0], months[k][1]));
        }
        List<Object[]> grp = em.createNativeQuery("SELECT g.topic_id, g.topic_title, g.leader FROM supervision_group_members g"
                + " WHERE g.congress_id = ?1 AND g.year = ?2 AND g.deputy_id = ?3 ORDER BY g.topic_id")
                .setParameter(1, c).setParameter(2, year).setParameter(3, m.id()).getResultList();
        List<DossierGroup> groups = grp.stream().map(r -> new DossierGroup(((Number) r[0]).longValue(), (String) r[1], SqlValues.bool(r[2]))).toList();
        return new DossierView(m.id(), m.name(), m.delegationName(), m.stationName(), year, types, byMonth, activities,
                suggestions, groups, score(c, year, m.id()));
    }

    /** 履职指数 for the deputies of a delegation or a station (or all active deputies of the congress). */
    public IndexView index(long congress, int year, Long delegationId, Long stationId) {
        Instant from = SqlValues.yearStart(year);
        Instant to = SqlValues.yearStart(year + 1);
        String group = "FROM directory_deputies m WHERE m.congress_id = :c AND m.status = 'ACTIVE'" + (delegationId == null ? "" : " AND m.delegation_id = :dg")
                + (stationId == null ? "" : " AND m.station_id = :st");
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT COUNT(*),"
                + " SUM(EXISTS (SELECT 1 FROM supervision_group_members g"
                + "   WHERE g.deputy_id = m.id AND g.year = :y)),"
                + " SUM(EXISTS (SELECT 1 FROM suggestions_items s WHERE s.congress_id = :c AND s.lead_deputy_id = m.id AND s.submitted_at >= :from AND s.submitted_at < :to)),"
                + " (SELECT COUNT(*) FROM suggestions_items s WHERE s.congress_id = :c AND s.submitted_at >= :from AND s.submitted_at < :to AND s.reply_class IS NOT NULL"
                + "   AND s.lead_deputy_id IN (SELECT m.id " + group + ")),"
                + " (SELECT COUNT(*) FROM suggestions_items s WHERE s.congress_id = :c AND s.submitted_at >= :from AND s.submitted_at < :to AND s.reply_class = 'A'"
                + "   AND s.lead_deputy_id IN (SELECT m.id " + group + ")) " + group), congress, year, from, to, delegationId, stationId)
                .getSingleResult();
        long n = SqlValues.num(r[0]), claimed = SqlValues.num(r[1]), discovered = SqlValues.num(r[2]), replied = SqlValues.num(r[3]), solved = SqlValues.num(r[4]);
        return new IndexView(year, n, claimed, discovered, replied, solved, SqlValues.rate(claimed, n), SqlValues.rate(discovered, n), SqlValues.rate(solved, replied));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, long c, int y, Instant from, Instant to, Long dg, Long st) {
        q.setParameter("c", c).setParameter("y", y).setParameter("from", from).setParameter("to", to);
        if (dg != null) {
            q.setParameter("dg", dg);
        }
        if (st != null) {
            q.setParameter("st", st);
        }
        return q;
    }
}
