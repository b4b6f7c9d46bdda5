package cn.luzhi.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.supervision.SupervisionPlan;
import cn.luzhi.supervision.Topic;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of supervision plans and topics. */
public final class SupervisionDtos {
    private SupervisionDtos() {
    }

    @Schema(name = "Plan")
    public record PlanView(long id, int version, @Schema(example = "2027") int year, @Schema(example = "示范县人大常委会2027年度监督工作计划") String title,
            SupervisionPlan.Status status, @Schema(nullable = true) LocalDate adoptedOn, long topicCount) {
    }

    @Schema(name = "PlanInput")
    public record PlanInput(@NotNull @Min(2000) @Max(2100) @Schema(example = "2027") Integer year,
            @NotBlank @Size(max = 200) @Schema(example = "示范县人大常委会2027年度监督工作计划") String title) {
    }

    @Schema(name = "Topic")
    public record TopicView(long id, int version, long planId, @Schema(example = "关于城区停车难问题整治情况的专项工作报告") String title,
            @Schema(nullable = true) String description, Topic.Method method, @Schema(nullable = true) Long committeeId,
            @Schema(nullable = true) String committeeName, Topic.Status status, List<Topic.Source> sources,
            @Schema(description = "作为依据的建议、群众意见和热线诉求") List<Long> evidenceIds,
            @Schema(description = "依据条目的编号、类别、来源和标题（与 evidenceIds 同序）") List<TopicEvidence> evidence,
            @Schema(description = "被监督单位") List<Long> unitIds,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "当前账号现在可以执行的操作") List<cn.luzhi.supervision.SupervisionActions.TopicAction> actions) {
    }

    @Schema(name = "TopicEvidence", description = "议题所依据的一条建议、群众意见或热线诉求")
    public record TopicEvidence(long id, @Schema(nullable = true, description = "立案编号；未立案的为空", example = "2026建0012") String number,
            Suggestion.Kind kind, Suggestion.Source source, @Schema(example = "关于解决老旧小区夜间停车难的建议") String title) {
    }

    @Schema(name = "TopicInput")
    public record TopicInput(@NotBlank @Size(max = 200) @Schema(example = "关于城区停车难问题整治情况的专项工作报告") String title,
            @Size(max = 5000) @Schema(nullable = true) String description, @NotNull Topic.Method method,
            @Schema(nullable = true, description = "负责的专门委员会；专门委员会账号只能填本委员会") Long committeeId,
            @NotEmpty @Schema(description = "选题来源（四维选题），至少一项") List<Topic.@NotNull Source> sources,
            @Schema(nullable = true) List<@NotNull Long> evidenceIds, @Schema(nullable = true) List<@NotNull Long> unitIds) {
    }

    @Schema(name = "CandidateTopicInput", description = "把一组数据选题转为议题：依据为所选条目，来源按条目自动判定（热线诉求→HOTLINE_DEMAND，其余→SUGGESTION_HOTSPOT）")
    public record CandidateTopicInput(@NotBlank @Size(max = 200) String title, @NotNull Topic.Method method,
            @Schema(nullable = true) Long committeeId, @NotEmpty List<@NotNull Long> suggestionIds) {
    }

    @Schema(name = "SupervisionProblem")
    public record ProblemView(long id, int version, long topicId, @Schema(example = "老旧小区停车泊位缺口大，夜间占道停车普遍") String description,
            long unitId, @Schema(example = "县住房和城乡建设局") String unitName, @Schema(example = "王局长") String responsiblePerson,
            String measures, LocalDate deadline, cn.luzhi.supervision.Problem.Status status, cn.luzhi.shared.Warning warning,
            cn.luzhi.supervision.Problem.Escalation escalation, int reopened, @Schema(nullable = true) Instant rectifiedAt,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "当前账号现在可以执行的整改步骤") List<cn.luzhi.supervision.SupervisionActions.ProblemAction> actions) {
    }

    @Schema(name = "ProblemInput", description = "问题清单、责任清单、整改清单的一行")
    public record ProblemInput(@NotBlank @Size(max = 2000) @Schema(example = "老旧小区停车泊位缺口大，夜间占道停车普遍") String description,
            @NotNull @Schema(description = "责任单位") Long unitId,
            @NotBlank @Size(max = 50) @Schema(description = "责任人", example = "王局长") String responsiblePerson,
            @NotBlank @Size(max = 5000) @Schema(description = "整改措施", example = "新增夜间共享泊位 500 个") String measures,
            @NotNull @Schema(description = "整改期限", example = "2027-06-30") LocalDate deadline) {
    }

    @Schema(name = "ProgressInput")
    public record ProgressInput(@NotBlank @Size(max = 5000) @Schema(example = "已完成 3 个小区的泊位施划") String note,
            @Schema(description = "true：报告整改已完成，交工作人员核实", nullable = true) Boolean completed) {
    }

    @Schema(name = "VerificationInput")
    public record VerificationInput(@NotNull @Schema(description = "true 核实整改到位；false 退回继续整改") Boolean accepted,
            @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "LookBackInput")
    public record LookBackInput(@NotNull cn.luzhi.supervision.Problem.Outcome outcome, @NotBlank @Size(max = 2000) @Schema(example = "现场查看并听取群众评价") String note,
            @Schema(description = "问题反弹时的新整改期限", nullable = true) LocalDate newDeadline) {
    }

    @Schema(name = "ProblemStep")
    public record ProblemStepView(long id, @Schema(example = "LOOK_BACK") String action, String actor, Instant at,
            @Schema(nullable = true) String note, @Schema(nullable = true) String outcome) {
    }
}
