package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.luzhi.evaluation.Activity;
import cn.luzhi.evaluation.Grade;
import cn.luzhi.evaluation.Indicator;
import cn.luzhi.evaluation.Objection;
import cn.luzhi.evaluation.Publication;
import cn.luzhi.evaluation.ScoreExplainer.IndicatorLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the evaluation API. */
public final class EvaluationDtos {
    private EvaluationDtos() {
    }

    @Schema(name = "ActivityType")
    public record TypeView(long id, String code, String name, @Schema(description = "内置类型，各级人大通用") boolean builtIn) {
    }

    @Schema(name = "ActivityTypeInput")
    public record TypeInput(@NotBlank @Size(max = 30) @Schema(example = "MEDIATION") String code, @NotBlank @Size(max = 50) @Schema(example = "参与矛盾调解") String name) {
    }

    @Schema(name = "ParticipantInput")
    public record ParticipantInput(@NotNull Long deputyId, @NotNull Activity.Attendance attendance,
            @DecimalMin("0") @DecimalMax("100") @Schema(nullable = true, description = "测评分（0–100），如述职测评") BigDecimal rating) {
    }

    @Schema(name = "ActivityInput", description = "代表本人提交时，participants 忽略，记为本人出席、待确认")
    public record ActivityInput(@NotNull Long typeId, @NotBlank @Size(max = 200) @Schema(example = "县城老旧小区改造专题视察") String title,
            @NotNull LocalDate occurredOn, @Schema(nullable = true) Long stationId, @Size(max = 5000) @Schema(nullable = true) String description,
            @Size(max = 5000) @Schema(nullable = true) List<@Valid @NotNull ParticipantInput> participants,
            @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "09:00", description = "开始时间（北京时间，当日）；扫码签到须填写")
            java.time.LocalTime startsAt,
            @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "11:30", description = "结束时间；签到到此为止")
            java.time.LocalTime endsAt,
            @Schema(nullable = true, description = "本级人大任何代表都可扫码签到（默认只有列出的代表）") Boolean openToAll) {
    }

    @Schema(name = "Participant")
    public record ParticipantView(long deputyId, String name, Activity.Attendance attendance, @Schema(nullable = true) BigDecimal rating,
            @Schema(nullable = true, description = "扫码签到时间；由工作人员登记的为空") Instant checkedInAt) {
    }

    @Schema(name = "Activity")
    public record ActivityView(long id, int version, long typeId, String typeName, String title, LocalDate occurredOn,
            @Schema(nullable = true) Long stationId, @Schema(nullable = true) String description, Activity.Status status,
            @Schema(nullable = true, description = "自报的代表") Long reportedBy, @Schema(nullable = true) String rejectReason,
            List<ParticipantView> participants, Instant createdAt,
            @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "09:00") java.time.LocalTime startsAt,
            @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "11:30") java.time.LocalTime endsAt,
            boolean openToAll, @Schema(description = "已生成签到码") boolean checkInReady) {
    }

    @Schema(name = "CheckInCode", description = "活动的签到码：二维码内容为 link；可随时更新，旧码随即失效")
    public record CheckInCodeView(long activityId, @Schema(description = "签到码") String code,
            @Schema(example = "http://localhost:8080/check-in/8Hq…") String link, @Schema(description = "签到开始（开始前 30 分钟）") Instant opensAt,
            @Schema(description = "签到截止（活动结束）") Instant closesAt) {
    }

    @Schema(name = "CheckInCard", description = "代表扫码后看到的活动和签到状态")
    public record CheckInCard(long activityId, String title, LocalDate occurredOn, String typeName, Instant opensAt, Instant closesAt,
            @Schema(nullable = true, description = "本人已签到的时间") Instant checkedInAt, @Schema(description = "本人在邀请名单中，或活动向全体代表开放") boolean invited,
            @Schema(description = "现在可以签到") boolean open) {
    }

    @Schema(name = "CheckInResult")
    public record CheckInResult(long activityId, String title, Instant checkedInAt, @Schema(description = "此前已签到，本次未作更改") boolean already) {
    }

    @Schema(name = "ActivitySummary")
    public record ActivityRow(long id, long typeId, String typeName, String title, LocalDate occurredOn, Activity.Status status, long participants) {
    }

    @Schema(name = "RejectInput")
    public record RejectInput(@NotBlank @Size(max = 500) @Schema(example = "无活动通知和签到记录") String reason) {
    }

    @Schema(name = "IndicatorInput")
    public record IndicatorInput(@NotBlank @Size(max = 100) @Schema(example = "视察调研") String name, @NotNull Indicator.Source source,
            @Schema(nullable = true) Long activityTypeId, @NotNull Indicator.Rule rule,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "1") BigDecimal weight,
            @DecimalMin("0") @DecimalMax("1000") @Schema(nullable = true, description = "COUNT：每件分值", example = "2") BigDecimal pointsPer,
            @DecimalMin("0") @DecimalMax("1000") @Schema(nullable = true, description = "COUNT：封顶分", example = "20") BigDecimal cap,
            @DecimalMin("0") @DecimalMax("1000") @Schema(nullable = true, description = "RATE / RATING：满分") BigDecimal fullPoints,
            @Schema(nullable = true, description = "建议类：只计登记立案的") Boolean registeredOnly) {
    }

    @Schema(name = "SchemeInput", description = "等级分数线须 excellentFrom ≥ competentFrom ≥ basicFrom")
    public record SchemeInput(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) @Schema(example = "2026 年度代表履职评价方案") String name,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Schema(example = "85") BigDecimal excellentFrom,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Schema(example = "60") BigDecimal competentFrom,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Schema(example = "40") BigDecimal basicFrom,
            @NotNull @Min(1) @Max(1000) @Schema(description = "优秀代表候选人名额（不少于 10 名为宜）", example = "10") Integer excellentTopN,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull IndicatorInput> indicators) {
    }

    @Schema(name = "IndicatorView")
    public record IndicatorView(int position, String name, Indicator.Source source, @Schema(nullable = true) Long activityTypeId, Indicator.Rule rule,
            BigDecimal weight, @Schema(nullable = true) BigDecimal pointsPer, @Schema(nullable = true) BigDecimal cap,
            @Schema(nullable = true) BigDecimal fullPoints, boolean registeredOnly, String explanation) {
    }

    @Schema(name = "Scheme")
    public record SchemeView(long id, int version, int year, @Schema(description = "方案版本号，从 1 起") int revision, String name,
            BigDecimal excellentFrom, BigDecimal competentFrom, BigDecimal basicFrom, int excellentTopN,
            @Schema(description = "已用于计分；再修改将生成新版本") boolean used, @Schema(description = "已被新版本取代") boolean superseded,
            List<IndicatorView> indicators, Instant createdAt) {
    }

    @Schema(name = "WhatIfInput")
    public record WhatIfInput(@NotNull @Valid SchemeInput scheme, @Min(1) @Max(200) @Schema(nullable = true, description = "返回前几名，默认 50") Integer limit) {
    }

    @Schema(name = "WhatIfRow", description = "按草案计算的得分和名次，以及现行得分和名次（尚未计分时为 null）")
    public record WhatIfRow(long deputyId, String name, BigDecimal total, int rank, Grade grade, @Schema(nullable = true) BigDecimal currentTotal,
            @Schema(nullable = true) Integer currentRank) {
    }

    @Schema(name = "RecomputeResult")
    public record RecomputeView(int year, long schemeId, int revision, @Schema(description = "计分的代表数") long deputies,
            @Schema(description = "耗时（毫秒）") long millis) {
    }

    @Schema(name = "Score")
    public record ScoreRow(long deputyId, String name, String delegationName, BigDecimal total, @Schema(nullable = true) Integer rank, Grade grade,
            long schemeId, int revision, Instant computedAt) {
    }

    @Schema(name = "ScoreDetail", description = "total 等于各指标 points 之和；每个指标的 points 等于其 items 的 points 之和")
    public record ScoreDetail(int year, ScoreRow score, List<IndicatorLine> indicators) {
    }

    @Schema(name = "TypeCount")
    public record TypeCount(long typeId, String typeName, long present, long leave, long absent, long pending) {
    }

    @Schema(name = "MonthCount")
    public record MonthCount(int month, long activities, long suggestions) {
    }

    @Schema(name = "DossierActivity")
    public record DossierActivity(long id, String title, LocalDate occurredOn, long typeId, String typeName, Activity.Attendance attendance,
            Activity.Status status, @Schema(nullable = true) BigDecimal rating) {
    }

    @Schema(name = "DossierSuggestion")
    public record DossierSuggestion(long id, @Schema(nullable = true) String number, String title, @Schema(description = "LEAD 领衔 / COSIGNER 附议") String role,
            String status, boolean registered, @Schema(nullable = true) Integer qualityScore, @Schema(nullable = true) String award, Instant submittedAt) {
    }

    @Schema(name = "DossierGroup")
    public record DossierGroup(long topicId, String topicTitle, boolean leader) {
    }

    @Schema(name = "Dossier", description = "一人一档：代表一年的活动、建议、监督小组和评价")
    public record DossierView(long deputyId, String name, String delegationName, @Schema(nullable = true) String stationName, int year,
            List<TypeCount> byType, List<MonthCount> byMonth, List<DossierActivity> activities, List<DossierSuggestion> suggestions,
            List<DossierGroup> groups, @Schema(nullable = true) ScoreRow score) {
    }

    @Schema(name = "PerformanceIndex", description = "履职指数（实时）：taskClaimRate 任务认领率 = 本年参加监督小组的代表 ÷ 代表数；"
            + "problemDiscoveryRate 问题发现率 = 本年提出建议（领衔，已提交）的代表 ÷ 代表数；rectificationRate 整改率 = 这些代表本年建议中"
            + "答复为 A 类（已解决或采纳）的 ÷ 已答复的。无分母时为 null。")
    public record IndexView(int year, long deputies, long claimed, long discovered, long replied, long solved,
            @Schema(nullable = true) Double taskClaimRate, @Schema(nullable = true) Double problemDiscoveryRate,
            @Schema(nullable = true) Double rectificationRate) {
    }

    @Schema(name = "PublicationInput")
    public record PublicationInput(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Schema(description = "异议期最后一天") LocalDate windowEnds,
            @NotNull @Schema(description = "公布后代表可否查看全体排名") Boolean rankingsPublic) {
    }

    @Schema(name = "Publication")
    public record PublicationView(long id, int version, int year, Publication.Status status, LocalDate windowEnds, boolean rankingsPublic,
            @Schema(nullable = true) Long schemeId, @Schema(nullable = true) Instant publishedAt, long objections, long openObjections) {
    }

    @Schema(name = "ObjectionInput", description = "可指明有异议的活动（activityId）或指标（position），也可只写理由")
    public record ObjectionInput(@Schema(nullable = true) Long activityId, @Min(0) @Max(29) @Schema(nullable = true) Integer position,
            @NotBlank @Size(max = 2000) @Schema(example = "6 月 12 日的执法检查我出席了，记录为缺席") String text) {
    }

    @Schema(name = "Objection")
    public record ObjectionView(long id, int version, long publicationId, long deputyId, String deputyName, @Schema(nullable = true) Long activityId,
            @Schema(nullable = true) Integer position, String text, Objection.Status status, @Schema(nullable = true) String answer,
            @Schema(nullable = true) Instant answeredAt, Instant createdAt) {
    }

    @Schema(name = "ObjectionAnswerInput")
    public record AnswerInput(@NotNull @Schema(description = "是否采纳（采纳后请相应更正记录，得分自动重算）") Boolean accepted,
            @NotBlank @Size(max = 2000) @Schema(example = "经核对签到表，已更正为出席") String answer) {
    }

    @Schema(name = "PublishedPoints")
    public record PublishedPoints(int position, String name, BigDecimal points) {
    }

    @Schema(name = "PublishedScore", description = "公布时的快照，之后不再改变")
    public record PublishedRow(long deputyId, String name, BigDecimal total, int rank, Grade grade, List<PublishedPoints> points) {
    }

    @Schema(name = "Recommendation", description = "RECOMMENDED 推荐连任（优秀、称职）/ REVIEW 需研究（基本称职）/ NOT_RECOMMENDED 不推荐（不称职）")
    public enum Recommendation { RECOMMENDED, REVIEW, NOT_RECOMMENDED }

    @Schema(name = "RenominationRow")
    public record RenominationRow(long deputyId, String name, BigDecimal total, int rank, Grade grade, Recommendation recommendation) {
    }
}
