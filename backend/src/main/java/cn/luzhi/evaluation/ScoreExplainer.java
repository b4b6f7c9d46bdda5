package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Explains a stored score: for each indicator, its rule in words, its points as stored, and the records that earned
 * them, each with its share. The shares of an indicator add up to its points exactly, and the indicators to the total.
 */
@ApplicationScoped
public class ScoreExplainer {
    @Inject
    EntityManager em;

    @Schema(name = "ScoreRecordKind", description = "ACTIVITY 活动 / SUGGESTION 建议 / GROUP 监督小组")
    public enum Kind { ACTIVITY, SUGGESTION, GROUP }

    @Schema(name = "ScoredRecord", description = "一条记录及其得分：kind + id 指向记录本身；note 说明计分或不计分的原因")
    public record RecordShare(Kind kind, long id, String title, @Schema(nullable = true) LocalDate date, BigDecimal points, String note) {
    }

    @Schema(name = "IndicatorPoints")
    public record IndicatorLine(int position, String name, Indicator.Rule rule, @Schema(description = "计分规则的文字说明") String explanation,
            int records, int counted, BigDecimal raw, BigDecimal weight, BigDecimal points, List<RecordShare> items) {
    }

    /** A record as the indicator sees it: counted (present, rated) or not, and its rating if any. */
    record Rec(Kind kind, long id, String title, LocalDate date, String attendance, BigDecimal rating) {
    }

    public List<IndicatorLine> explain(long congress, int year, long mandateId, ScoringScheme scheme) {
        List<IndicatorLine> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("SELECT points FROM score WHERE congress_id = ?1 AND year = ?2 AND mandate_id = ?3")
                .setParameter(1, congress).setParameter(2, year).setParameter(3, mandateId).getResultList();
        for (PackedPoints p : stored.isEmpty() ? List.<PackedPoints>of() : PackedPoints.parse(stored.get(0))) {
            if (p.position() >= scheme.indicators.size()) {
                continue;
            }
            Indicator i = scheme.indicators.get(p.position());
            List<Rec> recs = records(congress, year, mandateId, i);
            lines.add(new IndicatorLine(p.position(), i.name, i.rule, explanation(i), p.records(), p.counted(),
                    p.raw().setScale(2, RoundingMode.HALF_UP), i.weight, p.points(), shares(i, recs, p.points())));
        }
        return lines;
    }

    public static String explanation(Indicator i) {
        String w = i.weight.stripTrailingZeros().toPlainString();
        return switch (i.rule) {
            case COUNT -> "每件 " + plain(i.pointsPer) + " 分，封顶 " + plain(i.cap) + " 分，乘以权重 " + w + (i.source == Indicator.Source.ACTIVITY ? "；请假、缺席不计分" : "");
            case RATE -> "满分 " + plain(i.fullPoints) + " 分 × 出席次数 ÷ 应出席次数，乘以权重 " + w + "；无应出席记录按满分计";
            case RATING -> "满分 " + plain(i.fullPoints) + " 分 × 平均评分 ÷ 100，乘以权重 " + w;
        };
    }

    private static String plain(BigDecimal b) {
        return b == null ? "-" : b.stripTrailingZeros().toPlainString();
    }

    /** Splits an indicator's points over its records: in date order up to the cap, evenly over attendances, or by rating. */
    static List<RecordShare> shares(Indicator i, List<Rec> recs, BigDecimal points) {
        List<RecordShare> out = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BigDecimal used = BigDecimal.ZERO;
        long present = recs.stream().filter(r -> "PRESENT".equals(r.attendance())).count();
        BigDecimal ratedSum = recs.stream().map(Rec::rating).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Rec r : recs) {
            BigDecimal share = BigDecimal.ZERO;
            String note;
            switch (i.rule) {
                case COUNT -> {
                    if (!"PRESENT".equals(r.attendance())) {
                        note = absence(r.attendance());
                    } else if (used.compareTo(i.cap) >= 0) {
                        note = "已达封顶分，不再计分";
                    } else {
                        BigDecimal raw = i.pointsPer.min(i.cap.subtract(used));
                        used = used.add(raw);
                        share = raw.multiply(i.weight);
                        note = "计 " + plain(raw) + " 分" + (raw.compareTo(i.pointsPer) < 0 ? "（达到封顶）" : "");
                    }
                }
                case RATE -> {
                    if ("PRESENT".equals(r.attendance())) {
                        share = points.divide(BigDecimal.valueOf(present), 6, RoundingMode.HALF_UP);
                        note = "出席";
                    } else {
                        note = absence(r.attendance()) + "，计入应出席次数";
                    }
                }
                default -> {
                    if (r.rating() == null || ratedSum.signum() == 0) {
                        note = "尚未评分";
                    } else {
                        share = points.multiply(r.rating()).divide(ratedSum, 6, RoundingMode.HALF_UP);
                        note = "评分 " + plain(r.rating());
                    }
                }
            }
            exact.add(share);
            notes.add(note);
        }
        // round each share, then give the rounding remainder to the last record that earned points
        List<BigDecimal> rounded = new ArrayList<>(exact.stream().map(b -> b.setScale(2, RoundingMode.HALF_UP)).toList());
        BigDecimal diff = points.subtract(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        for (int k = rounded.size() - 1; k >= 0 && diff.signum() != 0; k--) {
            if (exact.get(k).signum() != 0) {
                rounded.set(k, rounded.get(k).add(diff));
                diff = BigDecimal.ZERO;
            }
        }
        for (int k = 0; k < recs.size(); k++) {
            Rec r = recs.get(k);
            out.add(new RecordShare(r.kind(), r.id(), r.title(), r.date(), rounded.get(k), notes.get(k)));
        }
        return out;
    }

    private static String absence(String attendance) {
        return "LEAVE".equals(attendance) ? "请假" : "ABSENT".equals(attendance) ? "缺席" : "未出席";
    }

    /** The records an indicator reads for one deputy, in date order (the order the cap cuts in). */
    @SuppressWarnings("unchecked")
    List<Rec> records(long congress, int year, long mandateId, Indicator i) {
        Instant from = SqlValues.yearStart(year);
        Instant to = SqlValues.yearStart(year + 1);
        List<Object[]> rows;
        switch (i.source) {
            case ACTIVITY -> rows = em.createNativeQuery("SELECT a.id, a.title, a.occurred_on, p.attendance, p.rating FROM activity_participant p"
                    + " JOIN activity a ON a.id = p.activity_id WHERE p.congress_id = ?1 AND p.year = ?2 AND p.counted = TRUE AND p.mandate_id = ?3"
                    + " AND p.type_id = ?4" + (i.rule == Indicator.Rule.RATING ? " AND p.rating IS NOT NULL" : "") + " ORDER BY a.occurred_on, a.id")
                    .setParameter(1, congress).setParameter(2, year).setParameter(3, mandateId).setParameter(4, i.activityTypeId).getResultList();
            case GROUP_MEMBER -> rows = em.createNativeQuery("SELECT g.topic_id, g.topic_title, NULL, 'PRESENT', NULL FROM supervision_group_members g"
                    + " WHERE g.congress_id = ?1 AND g.year = ?2 AND g.deputy_id = ?3 ORDER BY g.topic_id").setParameter(1, congress).setParameter(2, year).setParameter(3, mandateId).getResultList();
            default -> {
                String where = switch (i.source) {
                    case SUGGESTION_COSIGNED -> " JOIN suggestions_cosigners k ON k.suggestion_id = s.id WHERE k.deputy_id = ?2";
                    default -> " WHERE s.lead_deputy_id = ?2";
                };
                if (i.registeredOnly && i.source != Indicator.Source.SUGGESTION_AWARD) {
                    where += " AND " + ScoreEngine.REGISTERED;
                }
                if (i.source == Indicator.Source.SUGGESTION_AWARD) {
                    where += " AND s.award IS NOT NULL";
                }
                if (i.rule == Indicator.Rule.RATING) {
                    where += " AND s.quality_score IS NOT NULL";
                }
                rows = em.createNativeQuery("SELECT s.id, CONCAT(COALESCE(CONCAT(s.number, ' '), ''), s.title), s.submitted_at, 'PRESENT', s.quality_score"
                        + " FROM suggestions_items s" + where + " AND s.congress_id = ?1 AND s.submitted_at >= ?3 AND s.submitted_at < ?4 ORDER BY s.submitted_at, s.id")
                        .setParameter(1, congress).setParameter(2, mandateId).setParameter(3, from).setParameter(4, to).getResultList();
            }
        }
        Kind kind = switch (i.source) {
            case ACTIVITY -> Kind.ACTIVITY;
            case GROUP_MEMBER -> Kind.GROUP;
            default -> Kind.SUGGESTION;
        };
        return rows.stream().map(r -> new Rec(kind, ((Number) r[0]).longValue(), (String) r[1], SqlValues.date(r[2]), (String) r[3],
                r[4] == null ? null : new BigDecimal(r[4].toString()))).toList();
    }
}
