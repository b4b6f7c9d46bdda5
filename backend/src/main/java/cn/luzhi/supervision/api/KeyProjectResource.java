package cn.luzhi.supervision.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.supervision.KeyProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key projects under "三问两评": three asks answered by the responsible unit, two ratings by the deputies. */
@Path("/api/v1/supervision/key-projects")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class KeyProjectResource {
    @Inject
    cn.luzhi.supervision.KeyProjectService projects;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    RecordWrites writes;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @Schema(name = "KeyProject")
    public record ProjectView(long id, int version, int year, @Schema(example = "城区停车场建设项目") String name, long unitId,
            @Schema(example = "0.8") BigDecimal passThreshold, @Schema(nullable = true) String planAnswer, @Schema(nullable = true) String progressAnswer,
            @Schema(nullable = true) String resultAnswer, List<RoundResult> ratings) {
    }

    @Schema(name = "RatingResult", description = "satisfactionRate = (满意 + 基本满意) / 投票数；passed：达到通过线")
    public record RoundResult(KeyProject.Round round, long satisfied, long basic, long unsatisfied, long votes,
            @Schema(nullable = true) Double satisfactionRate, @Schema(nullable = true, description = "尚无投票时为 null") Boolean passed) {
    }

    @Schema(name = "KeyProjectInput")
    public record ProjectInput(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) @Schema(example = "城区停车场建设项目") String name,
            @NotNull Long unitId, @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Schema(description = "通过线（满意 + 基本满意的比例）", example = "0.8") BigDecimal passThreshold) {
    }

    @Schema(name = "AskInput")
    public record AskInput(@NotNull KeyProject.Ask ask, @NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "VoteInput")
    public record VoteInput(@NotNull KeyProject.Round round, @NotNull Suggestion.Rating rating) {
    }

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "listKeyProjects", summary = "重点项目（三问两评）", description = "某年的重点项目，附年中、年底两次评议的结果。")
    public PageResult<ProjectView> list(@QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var w = writes.where().and("year", "year", year);
        var paging = Paging.of(page, size, null, Paging.fields("id", "id"), "id,asc");
        return RecordWrites.page(KeyProject.<KeyProject>find(w.toString(), paging.sort(), w.params), paging).map(this::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "createKeyProject", summary = "确定重点项目", description = "年初确定重点项目、责任单位和评议通过线。")
    @APIResponse(responseCode = "201", description = "已确定", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response create(@Valid @NotNull ProjectInput in) {
        KeyProject p = projects.create(in.year(), in.name(), in.unitId(), in.passThreshold());
        return Response.created(URI.create("/api/v1/supervision/key-projects/" + p.id)).tag(new EntityTag(Integer.toString(p.version)))
                .entity(view(p)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getKeyProject", summary = "重点项目详情", description = "三问的答复和两评的结果；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "项目", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response get(@PathParam("id") long id) {
        KeyProject p = lookup.require(KeyProject.class, id, "重点项目");
        return Response.ok(view(p)).tag(new EntityTag(Integer.toString(p.version))).build();
    }

    @POST
    @Path("/{id}/asks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "answerKeyProjectAsk", summary = "登记三问答复", description = "年初问计划、年中问进度、年底问结果，按顺序登记责任单位的答复；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "项目", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response ask(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AskInput in) {
        KeyProject p = projects.ask(id, ifMatch, in.ask(), in.text());
        return Response.ok(view(p)).tag(new EntityTag(Integer.toString(p.version))).build();
    }

    @POST
    @Path("/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("deputy")
    @Operation(operationId = "voteKeyProject", summary = "代表评议", description = "本届人大的在职代表每轮投一票（满意 / 基本满意 / 不满意）；重复投票为 409。")
    @APIResponse(responseCode = "201", description = "已投票", content = @Content(schema = @Schema(implementation = RoundResult.class)))
    public Response vote(@PathParam("id") long id, @Valid @NotNull VoteInput in) {
        KeyProject p = projects.vote(id, in.round(), in.rating());
        return Response.status(201).entity(result(p, in.round())).build();
    }

    private ProjectView view(KeyProject p) {
        List<RoundResult> rs = new ArrayList<>();
        for (KeyProject.Round r : KeyProject.Round.values()) {
            rs.add(result(p, r));
        }
        return new ProjectView(p.id, p.version, p.year, p.name, p.unitId, p.passThreshold, p.planAnswer, p.progressAnswer, p.resultAnswer, rs);
    }

    private RoundResult result(KeyProject p, KeyProject.Round round) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT SUM(rating = 'SATISFIED'), SUM(rating = 'BASIC'), SUM(rating = 'UNSATISFIED'), COUNT(*)"
                + " FROM project_vote WHERE project_id = ?1 AND round = ?2").setParameter(1, p.id).setParameter(2, round.name()).getSingleResult();
        long s = n(r[0]), b = n(r[1]), u = n(r[2]), all = n(r[3]);
        Double rate = all == 0 ? null : Math.round((s + b) * 10000.0 / all) / 10000.0;
        Boolean passed = p.passes(s + b, all);
        return new RoundResult(round, s, b, u, all, rate, passed);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
