package cn.luzhi.supervision;

import cn.luzhi.shared.time.AppClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 整改落实率 and its companions (domain.md §2 figures), computed in SQL over the problems of the congress. */
@ApplicationScoped
public class RectificationFigures {
    @Inject
    AppClock clock;
    @Inject
    EntityManager em;
    @Inject
    CurrentCaller caller;

    @Schema(name = "UnitRectification")
    public record UnitRow(long unitId, String unitName, long found, long rectified, @Schema(nullable = true) Double rectificationRate, long overdue) {
    }

    @Schema(name = "YearRectification")
    public record YearRow(int year, @Schema(description = "当年列入清单的问题") long found, @Schema(description = "当年核实整改到位的问题") long fixed) {
    }

    @Schema(name = "MonthRectification")
    public record MonthRow(@Schema(description = "1–12") int month, @Schema(description = "当月列入清单的问题") long found,
            @Schema(description = "当月核实整改到位的问题") long fixed) {
    }

    @Schema(name = "RectificationFigures", description = "found：该年列入清单的问题数；rectified：其中已核实整改到位的；rectificationRate 整改落实率 = rectified / found；"
            + "overdue：未整改到位且已过期限的（不限年度）；reopened：回头看发现反弹而重新整改的问题数；byYear：各年列入与整改到位（按核实年度）的件数；"
            + "byMonth：所选年度 12 个月各月列入与核实整改到位的件数（北京时间）。")
    public record Figures(int year, long found, long rectified, @Schema(nullable = true) Double rectificationRate, long overdue, long reopened,
            List<UnitRow> byUnit, List<YearRow> byYear, List<MonthRow> byMonth) {
    }

    public Figures compute(int year) {
        long c = caller.congressId();
        LocalDate today = clock.today();
        var from = SqlValues.yearStart(year);
        var to = SqlValues.yearStart(year + 1);
        Object[] t = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(status = 'RECTIFIED'), SUM(reopened > 0) FROM problem"
                + " WHERE congress_id = ?1 AND created_at >= ?2 AND created_at < ?3").setParameter(1, c).setParameter(2, from)
                .setParameter(3, to).getSingleResult();
        long overdue = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM problem WHERE congress_id = ?1 AND status <> 'RECTIFIED' AND deadline < ?2")
                .setParameter(1, c).setParameter(2, today).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("SELECT p.unit_id, MAX(u.name), SUM(p.created_at >= ?2 AND p.created_at < ?3),"
                + " SUM(p.created_at >= ?2 AND p.created_at < ?3 AND p.status = 'RECTIFIED'), SUM(p.status <> 'RECTIFIED' AND p.deadline < ?4)"
                + " FROM problem p JOIN directory_units u ON u.id = p.unit_id WHERE p.congress_id = ?1 GROUP BY p.unit_id"
                + " ORDER BY SUM(p.status <> 'RECTIFIED' AND p.deadline < ?4) DESC, p.unit_id").setParameter(1, c).setParameter(2, from)
                .setParameter(3, to).setParameter(4, today).getResultList();
        List<UnitRow> byUnit = new ArrayList<>();
        for (Object[] r : units) {
            long found = SqlValues.num(r[2]), fixed = SqlValues.num(r[3]), late = SqlValues.num(r[4]);
            if (found > 0 || late > 0) {
                byUnit.add(new UnitRow(SqlValues.num(r[0]), (String) r[1], found, fixed, SqlValues.rate(fixed, found), late));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> years = em.createNativeQuery("SELECT y, SUM(f), SUM(x) FROM ("
                + " SELECT YEAR(DATE_ADD(created_at, INTERVAL 8 HOUR)) y, 1 f, 0 x FROM problem WHERE congress_id = ?1"
                + " UNION ALL SELECT YEAR(DATE_ADD(rectified_at, INTERVAL 8 HOUR)) y, 0 f, 1 x FROM problem WHERE congress_id = ?1 AND rectified_at IS NOT NULL"
                + ") t GROUP BY y ORDER BY y").setParameter(1, c).getResultList();
        List<YearRow> byYear = years.stream().map(r -> new YearRow((int) SqlValues.num(r[0]), SqlValues.num(r[1]), SqlValues.num(r[2]))).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> months = em.createNativeQuery("SELECT m, SUM(f), SUM(x) FROM ("
                + " SELECT MONTH(DATE_ADD(created_at, INTERVAL 8 HOUR)) m, 1 f, 0 x FROM problem WHERE congress_id = ?1 AND created_at >= ?2 AND created_at < ?3"
                + " UNION ALL SELECT MONTH(DATE_ADD(rectified_at, INTERVAL 8 HOUR)) m, 0 f, 1 x FROM problem WHERE congress_id = ?1"
                + " AND rectified_at >= ?2 AND rectified_at < ?3) t GROUP BY m").setParameter(1, c).setParameter(2, from).setParameter(3, to).getResultList();
        long[][] perMonth = new long[13][2];
        for (Object[] r : months) {
            perMonth[(int) SqlValues.num(r[0])] = new long[] { SqlValues.num(r[1]), SqlValues.num(r[2]) };
        }
        List<MonthRow> byMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.add(new MonthRow(m, perMonth[m][0], perMonth[m][1]));
        }
        long found = SqlValues.num(t[0]), rectified = SqlValues.num(t[1]);
        return new Figures(year, found, rectified, SqlValues.rate(rectified, found), overdue, SqlValues.num(t[2]), byUnit, byYear, byMonth);
    }
}
