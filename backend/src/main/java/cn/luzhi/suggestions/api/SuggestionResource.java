package cn.luzhi.suggestions.api;

import java.net.URI;
import java.util.List;

import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.suggestions.SuggestionFigures;
import cn.luzhi.suggestions.SuggestionService;
import cn.luzhi.suggestions.SuggestionViews;
import cn.luzhi.shared.Warning;
import cn.luzhi.suggestions.SuggestionDtos.AppraisalInput;
import cn.luzhi.suggestions.SuggestionDtos.AssignInput;
import cn.luzhi.suggestions.SuggestionDtos.ContactInput;
import cn.luzhi.suggestions.SuggestionDtos.DeclineInput;
import cn.luzhi.suggestions.SuggestionDtos.FeedbackInput;
import cn.luzhi.shared.web.NoteInput;
import cn.luzhi.suggestions.SuggestionDtos.ReassignDecisionInput;
import cn.luzhi.suggestions.SuggestionDtos.ReplyInput;
import cn.luzhi.suggestions.SuggestionDtos.StepView;
import cn.luzhi.suggestions.SuggestionDtos.SuggestionInput;
import cn.luzhi.suggestions.SuggestionDtos.SuggestionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Suggestions, motions and citizen opinions, and each step of their handling. Every step is a POST to an
 * action of the item, with If-Match; a step the item's state does not allow answers 409 naming the rule.
 */
@Path("/api/v1/suggestions")
@Tag(name = "suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {
    @Inject
    SuggestionService service;
    @Inject
    SuggestionViews views;
    @Inject
    SuggestionFigures figures;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listSuggestions", summary = "建议列表", description = "分页列出本届人大的建议、议案和群众意见。代表只看到本人领衔或附议的和公开的；"
            + "承办单位只看到交办给本单位的。warning 按三色预警筛选（办理中的：RED 已逾期，YELLOW 距期限不足设定的工作日数，GREEN 正常）。")
    public PageResult<SuggestionView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(description = "createdAt|deadline|number|title|id 加 ,asc 或 ,desc", example = "deadline,asc") String sort,
            @QueryParam("q") @Parameter(description = "在标题、内容和编号中检索", example = "停车") String q,
            @QueryParam("status") @Parameter(description = "一个或多个状态，逗号分隔，如 ASSIGNED,REHANDLING", example = "ASSIGNED,REHANDLING") String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Suggestion.Kind.class)) String kind,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = Suggestion.Category.class)) String category,
            @QueryParam("warning") @Parameter(schema = @Schema(implementation = Warning.class)) String warning,
            @QueryParam("unitId") Long unitId, @QueryParam("deputyId") Long deputyId, @QueryParam("followUp") Boolean followUp) {
        var filter = new SuggestionService.Filter(q, statuses(status),
                Enums.parse(Suggestion.Kind.class, kind, "kind"), Enums.parse(Suggestion.Category.class, category, "category"), unitId,
                deputyId, Enums.parse(Warning.class, warning, "warning"), followUp);
        var result = service.list(filter, Paging.of(page, size, sort, SuggestionService.SORTABLE, "createdAt,desc"));
        return new PageResult<>(views.page(result.items()), result.total(), result.page(), result.size());
    }

    @GET
    @Path("/figures")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "integration" })
    @Operation(operationId = "getSuggestionFigures", summary = "办理统计", description = "某年立案的建议（不含草稿、待立案和不予立案）的办理统计，按主办单位、类别、领衔代表或立案月份分组，另有合计。"
            + "办结率 = 已办结 / 立案；按期答复率 = 按期答复 / 已答复（最近一次答复日不晚于办理期限）；满意率 = （满意 + 基本满意）/ 已评价（以最近一次评价为准）；"
            + "解决率 = A 类答复 / 已答复；逾期 = 办理中且已过期限。比率保留四位小数，分母为 0 时为 null。")
    public SuggestionFigures.Figures figures(@QueryParam("year") @Parameter(description = "立案年度，默认今年", example = "2026") Integer year,
            @QueryParam("groupBy") @Parameter(schema = @Schema(implementation = SuggestionFigures.GroupBy.class)) String groupBy) {
        int y = year == null ? service.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw cn.luzhi.shared.ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
        var g = Enums.parse(SuggestionFigures.GroupBy.class, groupBy, "groupBy");
        return figures.compute(y, g == null ? SuggestionFigures.GroupBy.unit : g);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "deputy", "integration" })
    @Operation(operationId = "createSuggestion", summary = "提出建议或登记群众意见", description = "代表以本人名义提出（可先存草稿）；工作人员可代代表录入；"
            + "群众意见（含 12345 热线诉求）由工作人员或数据接口直接登记并提交。议案须十名以上代表联名。")
    @APIResponse(responseCode = "201", description = "已保存", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response create(@Valid @NotNull SuggestionInput input) {
        Suggestion s = service.create(input);
        return Response.created(URI.create("/api/v1/suggestions/" + s.id)).tag(etag(s)).entity(views.one(s)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getSuggestion", summary = "建议详情", description = "返回一条建议及其办理状态和预警颜色；ETag 头为版本号，每个办理步骤须在 If-Match 中带上。")
    @APIResponse(responseCode = "200", description = "建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response get(@PathParam("id") long id) {
        Suggestion s = service.get(id);
        return Response.ok(views.one(s)).tag(etag(s)).build();
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getSuggestionTimeline", summary = "办理过程", description = "按先后列出该建议的每个办理步骤：谁、何时、做了什么（沟通、答复、评价等）。")
    public List<StepView> timeline(@PathParam("id") long id) {
        return service.timeline(id).stream().map(SuggestionViews::step).toList();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ "admin", "staff", "deputy" })
    @Operation(operationId = "submitSuggestion", summary = "提交", description = "草稿提交给常委会。代表只能提交本人领衔的。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/register")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "registerSuggestion", summary = "立案", description = "已提交的建议立案（挂号），按年度和类别编号。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response register(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.register(id, ifMatch));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "declineSuggestion", summary = "不予立案", description = "说明理由后不予立案，作为来信处理。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response decline(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DeclineInput input) {
        return ok(service.decline(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "assignSuggestion", summary = "交办", description = "交给一个主办单位和若干协办单位，定办理期限（默认三个月，最长六个月，逢节假日顺延），"
            + "可指定常委会领导重点督办。单位须属于本届人大（否则 422）。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response assign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssignInput input) {
        return ok(service.assign(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/reassignment-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit")
    @Operation(operationId = "requestReassignment", summary = "申请调整交办", description = "承办单位认为不属于本单位职责的，在交办后设定的工作日内（默认 5 个）申请退回调整。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response requestReassignment(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        return ok(service.requestReassignment(id, ifMatch, input.note()));
    }

    @POST
    @Path("/{id}/reassignment-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "decideReassignment", summary = "决定调整申请", description = "同意则收回交办、回到已立案待重新交办；不同意则原单位继续办理。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response decideReassignment(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReassignDecisionInput input) {
        return ok(service.decideReassignment(id, ifMatch, input.approve(), input.note()));
    }

    @POST
    @Path("/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit")
    @Operation(operationId = "recordContact", summary = "登记与代表沟通", description = "主办单位答复前须与代表沟通（面商、电话、走访等）并登记；重新办理时须再次沟通。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response contact(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContactInput input) {
        return ok(service.recordContact(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/co-opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit")
    @Operation(operationId = "submitCoOpinion", summary = "协办意见", description = "协办单位把意见送主办单位。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response coOpinion(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        return ok(service.coOpinion(id, ifMatch, input.note()));
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit")
    @Operation(operationId = "replySuggestion", summary = "答复", description = "主办单位答复，分 A（已解决或采纳）/ B（正在解决或列入计划）/ C（因条件限制留作参考）。"
            + "本轮未登记与代表沟通的，答复被拒绝（409 contact-before-reply）。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response reply(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReplyInput input) {
        return ok(service.reply(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("deputy")
    @Operation(operationId = "rateSuggestionReply", summary = "代表评价答复", description = "领衔代表从沟通联系、办理态度、办理结果三方面评价；结果不满意的退回重新办理，期限按设置（默认 30 天）重新计算。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response feedback(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FeedbackInput input) {
        return ok(service.rate(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/appraisal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "appraiseSuggestion", summary = "评定建议质量", description = "登记立案后评定质量（0–100）和获奖情况（如优秀建议），计入领衔代表的履职评价；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response appraise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AppraisalInput input) {
        return ok(service.appraise(id, ifMatch, input.qualityScore(), input.award()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "closeSuggestion", summary = "办结", description = "代表评价满意或基本满意后办结（销号）；群众意见答复后即可办结。B 类答复办结后列入跟踪督办。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.close(id, ifMatch));
    }

    @POST
    @Path("/{id}/follow-up-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "unit" })
    @Operation(operationId = "resolveFollowUp", summary = "跟踪事项已解决", description = "B 类答复承诺的事项落实后改为 A 类，移出跟踪督办清单。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response resolveFollowUp(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        return ok(service.resolveFollowUp(id, ifMatch, input.note()));
    }

    @POST
    @Path("/{id}/procuratorate-transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "transferToProcuratorate", summary = "移送公益诉讼线索", description = "把建议作为公益诉讼线索移送检察机关。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response transfer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        return ok(service.transferToProcuratorate(id, ifMatch, input.note()));
    }

    @POST
    @Path("/{id}/procuratorate-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "recordProcuratorateAnswer", summary = "登记检察机关反馈", description = "登记检察机关对移送线索的办理反馈。")
    @APIResponse(responseCode = "200", description = "更新后的建议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response answer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        return ok(service.recordProcuratorateAnswer(id, ifMatch, input.note()));
    }

    private static List<Suggestion.Status> statuses(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(value.split(",")).map(v -> Enums.parse(Suggestion.Status.class, v, "status")).distinct().toList();
    }

    private Response ok(Suggestion s) {
        return Response.ok(views.one(s)).tag(etag(s)).build();
    }

    private static EntityTag etag(Suggestion s) {
        return new EntityTag(Long.toString(s.version));
    }
}
