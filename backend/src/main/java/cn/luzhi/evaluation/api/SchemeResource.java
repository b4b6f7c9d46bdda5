package cn.luzhi.evaluation.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.evaluation.Grade;
import cn.luzhi.evaluation.Indicator;
import cn.luzhi.evaluation.ScoreEngine;
import cn.luzhi.evaluation.ScoreExplainer;
import cn.luzhi.evaluation.ScoringScheme;
import cn.luzhi.evaluation.EvaluationDtos.IndicatorView;
import cn.luzhi.evaluation.EvaluationDtos.SchemeInput;
import cn.luzhi.evaluation.EvaluationDtos.SchemeView;
import cn.luzhi.evaluation.EvaluationDtos.WhatIfInput;
import cn.luzhi.evaluation.EvaluationDtos.WhatIfRow;
import cn.luzhi.shared.CurrentCaller;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 履职评价方案: versioned scoring schemes and the what-if run of a draft. */
@Path("/api/v1/evaluation")
@Tag(name = "evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class SchemeResource {
    @Inject
    cn.luzhi.evaluation.SchemeService schemes;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    ScoreEngine engine;
    @Inject
    EntityManager em;

    @GET
    @Path("/schemes")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "listSchemes", summary = "评价方案", description = "某年（或全部）方案的各个版本，新版本在前。")
    public List<SchemeView> list(@QueryParam("year") Integer year) {
        String q = "congressId = ?1" + (year == null ? "" : " and year = ?2") + " order by year desc, revision desc";
        List<ScoringScheme> all = year == null ? ScoringScheme.list(q, caller.congressId()) : ScoringScheme.list(q, caller.congressId(), year);
        return all.stream().map(SchemeResource::view).toList();
    }

    @POST
    @Path("/schemes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createScheme", summary = "制定评价方案", description = "每年一个方案（版本 1）；已有方案时请修改它。")
    @APIResponse(responseCode = "201", description = "已制定", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response create(@Valid @NotNull SchemeInput in) {
        ScoringScheme s = schemes.create(in);
        return Response.created(URI.create("/api/v1/evaluation/schemes/" + s.id)).tag(tag(s)).entity(view(s)).build();
    }

    @GET
    @Path("/schemes/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getScheme", summary = "方案详情", description = "指标、权重、计分规则和等级分数线；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "方案", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response get(@PathParam("id") long id) {
        ScoringScheme s = lookup.require(ScoringScheme.class, id, "评价方案");
        return Response.ok(view(s)).tag(tag(s)).build();
    }

    @GET
    @Path("/schemes/{id}/history")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "getSchemeHistory", summary = "方案的修改记录", description = "谁在何时制定、修改或以新版本取代了该方案。")
    public List<cn.luzhi.shared.audit.HistoryEntry> history(@PathParam("id") long id) {
        lookup.require(ScoringScheme.class, id, "评价方案");
        return audit.history("scoring-scheme", id);
    }

    @PUT
    @Path("/schemes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "updateScheme", summary = "修改评价方案", description = "未用于计分的方案原地修改（200）；已用于计分的保留原样，修改生成新版本（201，Location 指向新版本）。"
            + "只能修改该年度的最新版本；年度不能改；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "201", description = "已生成新版本", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SchemeInput in) {
        ScoringScheme s = schemes.update(id, ifMatch, in);
        if (s.id == id) {
            return Response.ok(view(s)).tag(tag(s)).build();
        }
        return Response.created(URI.create("/api/v1/evaluation/schemes/" + s.id)).tag(tag(s)).entity(view(s)).build();
    }

    @POST
    @Path("/schemes/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "whatIfScheme", summary = "方案试算", description = "用草案对该年的真实记录计分，返回前几名及其现行得分和名次，便于比较名次变化；不保存任何结果。")
    public List<WhatIfRow> whatIf(@Valid @NotNull WhatIfInput in) {
        int limit = in.limit() == null ? 50 : in.limit();
        return schemes.whatIf(in.scheme(), limit).stream().map(r -> new WhatIfRow(r.deputyId(), r.name(),
                r.total(), r.rank(), Grade.valueOf(r.grade()), r.currentTotal(), r.currentRank())).toList();
    }


    static SchemeView view(ScoringScheme s) {
        List<IndicatorView> is = new ArrayList<>();
        for (int k = 0; k < s.indicators.size(); k++) {
            Indicator i = s.indicators.get(k);
            is.add(new IndicatorView(k, i.name, i.source, i.activityTypeId, i.rule, i.weight, i.pointsPer, i.cap, i.fullPoints, i.registeredOnly,
                    ScoreExplainer.explanation(i)));
        }
        return new SchemeView(s.id, s.version, s.year, s.revision, s.name, s.excellentFrom, s.competentFrom, s.basicFrom, s.excellentTopN, s.used,
                s.superseded, is, s.createdAt);
    }

    private static EntityTag tag(ScoringScheme s) {
        return new EntityTag(Integer.toString(s.version));
    }
}
