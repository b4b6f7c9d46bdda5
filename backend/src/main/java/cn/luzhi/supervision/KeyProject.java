package cn.luzhi.supervision;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key project under "三问两评" (seed 001): the plan is asked at the start of the year, the progress at mid-year and
 * the result at year end; deputies rate it at mid-year and year end, and it passes when the share of 满意 + 基本满意
 * reaches the threshold.
 */
@Entity
@Table(name = "key_project")
public class KeyProject extends TenantEntity implements Audited {
    @Schema(name = "ProjectAsk", description = "PLAN 年初问计划 / PROGRESS 年中问进度 / RESULT 年底问结果")
    public enum Ask { PLAN, PROGRESS, RESULT }

    @Schema(name = "RatingRound", description = "MID_YEAR 年中评 / YEAR_END 年底评")
    public enum Round { MID_YEAR, YEAR_END }

    public int year;
    public String name;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "pass_threshold")
    public BigDecimal passThreshold;
    @Column(name = "plan_answer", columnDefinition = "TEXT")
    public String planAnswer;
    @Column(name = "progress_answer", columnDefinition = "TEXT")
    public String progressAnswer;
    @Column(name = "result_answer", columnDefinition = "TEXT")
    public String resultAnswer;

    /** The asks come in order: progress after the plan, the result after the progress. */
    public void answer(Ask ask, String text) {
        switch (ask) {
            case PLAN -> planAnswer = text;
            case PROGRESS -> {
                require(planAnswer != null, "progress-after-plan", "须先答复年初计划，再报年中进度");
                progressAnswer = text;
            }
            case RESULT -> {
                require(progressAnswer != null, "result-after-progress", "须先报年中进度，再报年底结果");
                resultAnswer = text;
            }
        }
    }

    /** The mid-year rating follows the progress answer, the year-end rating the result. */
    /**
     * 三问两评 (seed 001): a round passes when the share of 满意 and 基本满意 votes reaches the pass line; no votes, no verdict.
     */
    public Boolean passes(long favourable, long votes) {
        if (votes == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(favourable).compareTo(passThreshold.multiply(java.math.BigDecimal.valueOf(votes))) >= 0;
    }

    public void requireOpenFor(Round round) {
        if (round == Round.MID_YEAR) {
            require(progressAnswer != null, "mid-year-rating-after-progress", "年中进度答复后才能进行年中评议");
        } else {
            require(resultAnswer != null, "year-end-rating-after-result", "年底结果答复后才能进行年底评议");
        }
    }

    private static void require(boolean ok, String rule, String detail) {
        if (!ok) {
            throw new DomainRuleViolation(rule, detail);
        }
    }

    @Override
    public String auditType() {
        return "key-project";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("name", name);
        m.put("unitId", unitId);
        m.put("passThreshold", passThreshold);
        m.put("planAnswer", planAnswer);
        m.put("progressAnswer", progressAnswer);
        m.put("resultAnswer", resultAnswer);
        return m;
    }
}
