package cn.luzhi.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.shared.Warning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of the suggestion loop. */
public final class SuggestionDtos {
    private SuggestionDtos() {
    }

    @Schema(name = "SuggestionInput")
    public record SuggestionInput(
            @NotNull Suggestion.Kind kind,
            @Schema(description = "省略时：代表提出的为 DEPUTY，群众意见为 OTHER", nullable = true) Suggestion.Source source,
            @NotBlank @Size(max = 200) @Schema(example = "关于解决老旧小区夜间停车难问题的建议") String title,
            @NotBlank @Size(max = 20000) @Schema(example = "城关镇老旧小区车位不足，夜间停车难……") String content,
            @NotNull Suggestion.Category category,
            @Size(max = 50) @Schema(nullable = true, example = "十八届人大四次会议") String sessionLabel,
            @Schema(description = "闭会期间提出", nullable = true) Boolean betweenSessions,
            @Schema(description = "领衔代表；代表本人提交时省略（取当前代表），群众意见不填", nullable = true) Long leadDeputyId,
            @Schema(description = "附议代表", nullable = true) List<@NotNull Long> cosignerIds,
            @Size(max = 50) @Schema(description = "群众意见的反映人", nullable = true) String citizenName,
            @Pattern(regexp = "[0-9-]{5,20}", message = "须为电话号码") @Schema(nullable = true) String citizenPhone,
            @Schema(nullable = true) Long stationId,
            @Schema(description = "是否公开（公开的建议所有代表可见）", nullable = true) Boolean publicFlag,
            @Schema(description = "true：保存后立即提交；群众意见总是直接提交", nullable = true) Boolean submit) {
    }

    @Schema(name = "Suggestion")
    public record SuggestionView(long id, int version, @Schema(nullable = true, example = "2026建0012") String number,
            Suggestion.Kind kind, Suggestion.Source source, String title, String content, Suggestion.Category category,
            @Schema(nullable = true) String sessionLabel, boolean betweenSessions,
            @Schema(nullable = true) Long leadDeputyId, @Schema(nullable = true) String leadDeputyName, List<Long> cosignerIds,
            @Schema(nullable = true) String citizenName, @Schema(nullable = true) Long stationId, boolean publicFlag,
            Suggestion.Status status, int round, @Schema(nullable = true) LocalDate assignedOn, @Schema(nullable = true) LocalDate deadline,
            Warning warning, @Schema(nullable = true) Long leadUnitId, @Schema(nullable = true) String leadUnitName,
            List<Long> coUnitIds, List<String> coUnitNames, List<String> cosignerNames, @Schema(nullable = true) Long keySupervisorId,
            @Schema(nullable = true) String keySupervisorName,
            @Schema(description = "承办单位提出的调整申请待工作人员决定") boolean reassignmentPending,
            @Schema(nullable = true) Suggestion.ReplyClass replyClass, @Schema(nullable = true) Suggestion.Rating feedbackRating,
            boolean followUp, @Schema(nullable = true) String declineReason,
            @Schema(nullable = true, description = "质量评分 0–100") Integer qualityScore, @Schema(nullable = true, example = "优秀建议") String award,
            @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant repliedAt, @Schema(nullable = true) Instant closedAt,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "当前账号现在可以执行的办理步骤，按页面显示顺序") List<cn.luzhi.suggestions.SuggestionAction> actions) {
    }

    @Schema(name = "DeclineInput")
    public record DeclineInput(@NotBlank @Size(max = 500) @Schema(example = "属于信访事项，转信访部门办理") String reason) {
    }

    @Schema(name = "AssignInput")
    public record AssignInput(@NotNull @Schema(description = "主办单位") Long leadUnitId,
            @Schema(description = "协办单位", nullable = true) List<@NotNull Long> coUnitIds,
            @Schema(description = "办理期限；省略时按设置（默认交办后三个月），最长六个月", nullable = true, example = "2027-02-22") LocalDate deadline,
            @Schema(description = "重点督办的常委会领导（账号编号）", nullable = true) Long keySupervisorId) {
    }

    @Schema(name = "AppraisalInput", description = "质量评分（0–100，计入代表履职评价）和获奖情况；award 为空表示未获奖")
    public record AppraisalInput(@NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100) Integer qualityScore,
            @Size(max = 30) @Schema(nullable = true, example = "优秀建议") String award) {
    }

    @Schema(name = "ReassignDecisionInput")
    public record ReassignDecisionInput(@NotNull @Schema(description = "true 同意退回重新交办，false 不同意") Boolean approve,
            @Size(max = 500) @Schema(nullable = true) String note) {
    }

    @Schema(name = "ContactInput")
    public record ContactInput(@NotNull ContactMethod method, @NotBlank @Size(max = 2000) @Schema(example = "与代表面商，现场查看停车点位") String note) {
    }

    @Schema(name = "ContactMethod", description = "FACE_TO_FACE 面商 / PHONE 电话 / VISIT 走访 / MEETING 座谈 / WRITTEN 书面")
    public enum ContactMethod { FACE_TO_FACE, PHONE, VISIT, MEETING, WRITTEN }

    @Schema(name = "ReplyInput")
    public record ReplyInput(@NotBlank @Size(max = 20000) @Schema(example = "已新增夜间临时停车泊位 120 个……") String text,
            @NotNull Suggestion.ReplyClass replyClass) {
    }

    @Schema(name = "FeedbackInput")
    public record FeedbackInput(@NotNull @Schema(description = "对沟通联系的评价") Suggestion.Rating contact,
            @NotNull @Schema(description = "对办理态度的评价") Suggestion.Rating attitude,
            @NotNull @Schema(description = "对办理结果的评价；不满意将退回重新办理") Suggestion.Rating result,
            @Size(max = 2000) @Schema(nullable = true) String comment) {
    }

    @Schema(name = "SuggestionStep")
    public record StepView(long id, int round, @Schema(example = "REPLIED") String action, String actor, Instant at,
            @Schema(nullable = true) Long unitId, @Schema(nullable = true) String note, @Schema(nullable = true) Suggestion.ReplyClass replyClass,
            @Schema(nullable = true) Suggestion.Rating ratingContact, @Schema(nullable = true) Suggestion.Rating ratingAttitude,
            @Schema(nullable = true) Suggestion.Rating ratingResult) {
    }
}
