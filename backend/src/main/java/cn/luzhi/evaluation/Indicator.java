package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator of a scoring scheme: which records it reads (source), how it turns them into raw points (rule),
 * and the weight the raw points are multiplied by.
 * <ul>
 * <li>COUNT: raw = min(counted records × pointsPer, cap); an activity counts when the deputy was present.</li>
 * <li>RATE: raw = fullPoints × present ÷ invited (activities only; no invitation at all earns fullPoints).</li>
 * <li>RATING: raw = fullPoints × average rating ÷ 100 (activity ratings, e.g. 述职测评, or suggestion quality).</li>
 * </ul>
 * points = round(raw × weight, 2).
 */
@Embeddable
public class Indicator {
    @Schema(name = "IndicatorSource", description = "ACTIVITY 某类活动 / SUGGESTION_LEAD 领衔建议 / SUGGESTION_COSIGNED 附议建议 / "
            + "SUGGESTION_AWARD 获奖建议 / GROUP_MEMBER 参加监督小组")
    public enum Source { ACTIVITY, SUGGESTION_LEAD, SUGGESTION_COSIGNED, SUGGESTION_AWARD, GROUP_MEMBER }

    @Schema(name = "IndicatorRule", description = "COUNT 按件计分（封顶）/ RATE 出席率 / RATING 评分均值")
    public enum Rule { COUNT, RATE, RATING }

    public String name;
    @Enumerated(EnumType.STRING)
    public Source source;
    @Column(name = "activity_type_id")
    public Long activityTypeId;
    @Enumerated(EnumType.STRING)
    public Rule rule;
    public BigDecimal weight;
    @Column(name = "points_per")
    public BigDecimal pointsPer;
    public BigDecimal cap;
    @Column(name = "full_points")
    public BigDecimal fullPoints;
    @Column(name = "registered_only")
    public boolean registeredOnly;

    public Indicator copy() {
        Indicator i = new Indicator();
        i.name = name;
        i.source = source;
        i.activityTypeId = activityTypeId;
        i.rule = rule;
        i.weight = weight;
        i.pointsPer = pointsPer;
        i.cap = cap;
        i.fullPoints = fullPoints;
        i.registeredOnly = registeredOnly;
        return i;
    }

    /** The combinations that make sense, as field errors under {@code prefix}. */
    public List<ProblemException.FieldError> problems(String prefix) {
        List<ProblemException.FieldError> e = new ArrayList<>();
        if (source == Source.ACTIVITY && activityTypeId == null) {
            e.add(new ProblemException.FieldError(prefix + ".activityTypeId", "按活动计分的指标须指定活动类型"));
        }
        if (source != Source.ACTIVITY && activityTypeId != null) {
            e.add(new ProblemException.FieldError(prefix + ".activityTypeId", "只有按活动计分的指标才指定活动类型"));
        }
        if (rule == Rule.COUNT && (pointsPer == null || cap == null)) {
            e.add(new ProblemException.FieldError(prefix + ".pointsPer", "按件计分须给出每件分值和封顶分"));
        }
        if (rule != Rule.COUNT && fullPoints == null) {
            e.add(new ProblemException.FieldError(prefix + ".fullPoints", "出席率和评分类指标须给出满分"));
        }
        if (rule == Rule.RATE && source != Source.ACTIVITY) {
            e.add(new ProblemException.FieldError(prefix + ".rule", "出席率只适用于活动"));
        }
        if (rule == Rule.RATING && source != Source.ACTIVITY && source != Source.SUGGESTION_LEAD) {
            e.add(new ProblemException.FieldError(prefix + ".rule", "评分均值只适用于活动测评或领衔建议的质量评分"));
        }
        return e;
    }
}
