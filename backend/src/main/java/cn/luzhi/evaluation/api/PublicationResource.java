package cn.luzhi.evaluation.api;

import java.net.URI;
import java.util.List;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.evaluation.Objection;
import cn.luzhi.evaluation.Publication;
import cn.luzhi.evaluation.ScoreEngine;
import cn.luzhi.evaluation.EvaluationDtos.AnswerInput;
import cn.luzhi.evaluation.EvaluationDtos.ObjectionInput;
import cn.luzhi.evaluation.EvaluationDtos.ObjectionView;
import cn.luzhi.evaluation.EvaluationDtos.PublicationInput;
import cn.luzhi.evaluation.EvaluationDtos.PublicationView;
import cn.luzhi.evaluation.EvaluationDtos.PublishedRow;
import cn.luzhi.evaluation.EvaluationDtos.RenominationRow;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.WorkflowSteps;
import cn.luzhi.shared.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publication of a year's results: objection window, answers, the immutable snapshot and what it feeds. */
@Path("/api/v1/evaluation")
@Tag(name = "evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {
    @Inject
    cn.luzhi.evaluation.PublicationService publications;
    @Inject
    cn.luzhi.evaluation.PublishedResults published;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    WorkflowSteps steps;
    @Inject
    ScoreEngine engine;
    @Inject
    EntityManager em;

    @GET
    @Path("/publications")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "listPublications", summary = "评价结果公布", description = "各年度的异议期和公布状态，新的在前。")
    public List<PublicationView> list() {
        return Publication.<Publication>list("congressId = ?1 order by year desc", caller.congressId()).stream().map(this::view).toList();
    }

    @POST
    @Path("/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "openObjectionWindow", summary = "公示得分、开始异议期", description = "该年已计分后，公示实时得分并开始异议期，代表可在异议期内对记录或得分提出异议。每年一次。")
    @APIResponse(responseCode = "201", description = "异议期开始", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PublicationView.class)))
    public Response open(@Valid @NotNull PublicationInput in) {
        Publication p = publications.open(in.year(), in.windowEnds(), in.rankingsPublic());
        return Response.created(URI.create("/api/v1/evaluation/publications/" + p.id)).tag(tag(p.version)).entity(view(p)).build();
    }

    @GET
    @Path("/publications/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getPublication", summary = "公布详情", description = "ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "公布", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PublicationView.class)))
    public Response get(@PathParam("id") long id) {
        Publication p = lookup.require(Publication.class, id, "评价结果公布");
        return Response.ok(view(p)).tag(tag(p.version)).build();
    }

    @POST
    @Path("/publications/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("deputy")
    @Operation(operationId = "raiseObjection", summary = "提出异议", description = "代表在异议期内对本人的某条活动记录或某项指标得分提出异议。")
    @APIResponse(responseCode = "201", description = "已提出", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response object(@PathParam("id") long id, @Valid @NotNull ObjectionInput in) {
        Objection o = publications.object(id, in.activityId(), in.position(), in.text());
        return Response.status(201).tag(tag(o.version)).entity(view(o)).build();
    }

    @GET
    @Path("/publications/{id}/objections")
    @RolesAllowed({ "admin", "staff", "leader", "deputy" })
    @Operation(operationId = "listObjections", summary = "异议及答复", description = "工作人员看到全部，代表只看到本人的。")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return published.objections(id);
    }

    @POST
    @Path("/objections/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "answerObjection", summary = "答复异议", description = "采纳或不予采纳，写明答复；采纳时请更正相应记录，得分随即重算。须带 If-Match。")
    @APIResponse(responseCode = "200", description = "异议", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response answer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AnswerInput in) {
        Objection o = publications.answer(id, ifMatch, in.accepted(), in.answer());
        return Response.ok(view(o)).tag(tag(o.version)).build();
    }

    @POST
    @Path("/publications/{id}/publish")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "publishResults", summary = "公布结果", description = "异议期结束、异议全部答复、得分按现行方案计算后，把得分、名次、等级和各指标得分存为快照；快照此后不再改变。须带 If-Match。")
    @APIResponse(responseCode = "200", description = "已公布", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PublicationView.class)))
    public Response publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Publication p = publications.publish(id, ifMatch);
        return Response.ok(view(p)).tag(tag(p.version)).build();
    }

    @GET
    @Path("/publications/{id}/results")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Extension(name = "x-problems", value = "409")
    @Operation(operationId = "listPublishedScores", summary = "公布的得分排名", description = "公布时的快照，按名次排列。排名不公开时，代表只看到本人的一行。")
    public PageResult<PublishedRow> results(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return published.results(id, page, size);
    }

    @GET
    @Path("/publications/{id}/renomination")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Extension(name = "x-problems", value = "409")
    @Operation(operationId = "listRenomination", summary = "连任推荐参考名单", description = "按公布结果：优秀、称职推荐连任，基本称职需研究，不称职不推荐。")
    public PageResult<RenominationRow> renomination(@PathParam("id") long id, @QueryParam("recommendation") String recommendation,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return published.renomination(id, recommendation, page, size);
    }

    @GET
    @Path("/publications/{id}/excellent")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Extension(name = "x-problems", value = "409")
    @Operation(operationId = "listExcellentCandidates", summary = "优秀代表候选人", description = "公布结果中等级为优秀的前 N 名（N 为方案设定的名额；同分并列的一并列出）。")
    public List<RenominationRow> excellent(@PathParam("id") long id) {
        return published.excellent(id);
    }



    private PublicationView view(Publication p) {
        long all = Objection.count("publicationId", p.id);
        long open = Objection.count("publicationId = ?1 and status = ?2", p.id, Objection.Status.OPEN);
        return new PublicationView(p.id, p.version, p.year, p.status, p.windowEnds, p.rankingsPublic, p.schemeId, p.publishedAt, all, open);
    }

    private ObjectionView view(Objection o) {
        return published.view(o);
    }

    private static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
