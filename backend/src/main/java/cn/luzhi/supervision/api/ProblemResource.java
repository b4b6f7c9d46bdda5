package cn.luzhi.supervision.api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.Warning;
import cn.luzhi.supervision.Problem;
import cn.luzhi.supervision.ProblemService;
import cn.luzhi.supervision.SupervisionDtos.LookBackInput;
import cn.luzhi.supervision.SupervisionDtos.ProblemInput;
import cn.luzhi.supervision.SupervisionDtos.ProblemStepView;
import cn.luzhi.supervision.SupervisionDtos.ProblemView;
import cn.luzhi.supervision.SupervisionDtos.ProgressInput;
import cn.luzhi.supervision.SupervisionDtos.VerificationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Problems of supervision topics (三张清单) and their rectification. Units see and report only their own. */
@Path("/api/v1/supervision")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemResource {
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    cn.luzhi.shared.CurrentCaller caller;
    @Inject
    ProblemService problems;
    @Inject
    cn.luzhi.supervision.RectificationFigures figures;

    @GET
    @Path("/problems")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "unit", "deputy" })
    @Operation(operationId = "listProblems", summary = "整改问题清单", description = "本届人大监督发现的问题，按议题、责任单位、状态、预警颜色、督办级别筛选；"
            + "承办单位只看到本单位的，代表只看到本人所在监督小组议题的。")
    public PageResult<ProblemView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "deadline,asc") String sort, @QueryParam("topicId") Long topicId,
            @QueryParam("unitId") Long unitId, @QueryParam("status") @Parameter(schema = @Schema(implementation = Problem.Status.class)) String status,
            @QueryParam("warning") @Parameter(schema = @Schema(implementation = Warning.class)) String warning,
            @QueryParam("escalation") @Parameter(schema = @Schema(implementation = Problem.Escalation.class)) String escalation) {
        var f = new ProblemService.Filter(topicId, unitId, Enums.parse(Problem.Status.class, status, "status"),
                Enums.parse(Warning.class, warning, "warning"), Enums.parse(Problem.Escalation.class, escalation, "escalation"));
        var result = problems.list(f, Paging.of(page, size, sort, ProblemService.SORTABLE, "deadline,asc"));
        Map<Long, String> names = unitNames();
        return result.map(p -> view(p, names));
    }

    @GET
    @Path("/figures")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "getRectificationFigures", summary = "整改统计", description = "某年列入清单的问题数、整改到位数、整改落实率（到位 / 列入）、逾期未整改数（不限年度）、"
            + "反弹重整改数，按责任单位列出，并给出各年列入与整改到位的件数。")
    public cn.luzhi.supervision.RectificationFigures.Figures figures(@QueryParam("year") @Parameter(example = "2026") Integer year) {
        int y = year == null ? problems.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw cn.luzhi.shared.ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
        return figures.compute(y);
    }

    @POST
    @Path("/topics/{id}/problems")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "createProblem", summary = "列入问题清单", description = "根据议题的审议意见列出问题，明确责任单位、责任人、整改措施和期限（逢节假日顺延）。议题须已审议（409）。")
    @APIResponse(responseCode = "201", description = "已列入", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response create(@PathParam("id") long topicId, @Valid @NotNull ProblemInput input) {
        Problem p = problems.create(topicId, input);
        return Response.created(URI.create("/api/v1/supervision/problems/" + p.id)).tag(tag(p)).entity(view(p, unitNames())).build();
    }

    @GET
    @Path("/problems/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "unit", "deputy" })
    @Operation(operationId = "getProblem", summary = "问题详情", description = "ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "问题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response get(@PathParam("id") long id) {
        Problem p = problems.get(id);
        return Response.ok(view(p, unitNames())).tag(tag(p)).build();
    }

    @GET
    @Path("/problems/{id}/history")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "unit", "deputy" })
    @Operation(operationId = "getProblemHistory", summary = "整改过程", description = "进展报告、核实、回头看、升级督办，按先后排列；问题反弹重新整改时两次的记录都保留。")
    public List<ProblemStepView> history(@PathParam("id") long id) {
        return problems.steps(id).stream().map(s -> new ProblemStepView(s.id, s.action, s.actor, s.at, s.note, s.outcome)).toList();
    }

    @POST
    @Path("/problems/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit")
    @Operation(operationId = "reportProblemProgress", summary = "报告整改进展", description = "责任单位报告进展；completed=true 表示整改完成，等待核实。")
    @APIResponse(responseCode = "200", description = "更新后的问题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response progress(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProgressInput input) {
        return ok(problems.progress(id, ifMatch, input.note(), Boolean.TRUE.equals(input.completed())));
    }

    @POST
    @Path("/problems/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "verifyProblem", summary = "核实整改", description = "核实单位报告的整改：到位则销号，不到位退回继续整改。")
    @APIResponse(responseCode = "200", description = "更新后的问题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response verify(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull VerificationInput input) {
        return ok(problems.verify(id, ifMatch, input.accepted(), input.note()));
    }

    @POST
    @Path("/problems/{id}/look-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "lookBackProblem", summary = "回头看", description = "对已整改到位的问题现场查看、公众评价：RECTIFIED 维持；PARTLY / NOT_RECTIFIED 视为反弹，重新整改（须给新期限）。")
    @APIResponse(responseCode = "200", description = "更新后的问题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response lookBack(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LookBackInput input) {
        return ok(problems.lookBack(id, ifMatch, input.outcome(), input.note(), input.newDeadline()));
    }

    @POST
    @Path("/problems/{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "escalateProblem", summary = "升级督办", description = "督促提醒 → 约谈 → 质询 → 特定问题调查，逐级升级，每级留痕。")
    @APIResponse(responseCode = "200", description = "更新后的问题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response escalate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull cn.luzhi.shared.web.NoteInput input) {
        return ok(problems.escalate(id, ifMatch, input.note()));
    }

    private Response ok(Problem p) {
        return Response.ok(view(p, unitNames())).tag(tag(p)).build();
    }

    private ProblemView view(Problem p, Map<Long, String> names) {
        return new ProblemView(p.id, p.version, p.topicId, p.description, p.unitId, names.get(p.unitId), p.responsiblePerson, p.measures,
                p.deadline, p.status, problems.warning(p), p.escalation, p.reopened, p.rectifiedAt, p.createdAt, p.updatedAt,
                cn.luzhi.supervision.SupervisionActions.of(caller.get(), p));
    }

    private Map<Long, String> unitNames() {
        return directory.unitNames();
    }

    private static EntityTag tag(Problem p) {
        return new EntityTag(Integer.toString(p.version));
    }
}
