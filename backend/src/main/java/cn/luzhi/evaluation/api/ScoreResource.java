package cn.luzhi.evaluation.api;

import cn.luzhi.directory.Directory;
import java.util.List;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.evaluation.Grade;
import cn.luzhi.evaluation.NativePage;
import cn.luzhi.evaluation.ScoreEngine;
import cn.luzhi.evaluation.ScoreExplainer;
import cn.luzhi.evaluation.ScoreQueries;
import cn.luzhi.evaluation.ScoringScheme;
import cn.luzhi.evaluation.EvaluationDtos.DossierView;
import cn.luzhi.evaluation.EvaluationDtos.IndexView;
import cn.luzhi.evaluation.EvaluationDtos.RecomputeView;
import cn.luzhi.evaluation.EvaluationDtos.ScoreDetail;
import cn.luzhi.evaluation.EvaluationDtos.ScoreRow;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.Csv;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scores with their breakdown, the dossier and the performance index. */
@Path("/api/v1/evaluation")
@Tag(name = "evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    Directory directory;
    @Inject
    ScoreEngine engine;
    @Inject
    ScoreExplainer explainer;
    @Inject
    ScoreQueries queries;
    @Inject
    cn.luzhi.evaluation.ScoringService scoring;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @POST
    @Path("/scores/recompute")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "recomputeScores", summary = "重新计分", description = "用该年的现行方案（最新版本）为全体在职代表重新计分；之后记录的增改只重算受影响的代表。")
    public RecomputeView recompute(@QueryParam("year") Integer yearParam) {
        int year = queries.year(yearParam);
        var o = scoring.recompute(year);
        return new RecomputeView(o.year(), o.schemeId(), o.revision(), o.deputies(), o.millis());
    }

    @GET
    @Path("/scores")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "listScores", summary = "得分排名", description = "某年的实时得分，可按代表团、等级筛选；sort：rank、total、name。"
            + "翻阅长名单时用 after（上一页最后一行的 \"名次:代表id\"，仅按名次升序）代替 page，每页耗时不随深度增加。")
    public PageResult<ScoreRow> list(@QueryParam("year") Integer yearParam, @QueryParam("delegationId") Long delegationId,
            @QueryParam("grade") String grade, @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort, @QueryParam("after") String after) {
        int year = queries.year(yearParam);
        Paging paging = Paging.of(page, size, sort, SCORE_SORT, "rank,asc");
        long[] cursor = null;
        if (after != null) {
            if (!after.matches("\\d{1,9}:\\d{1,18}") || (sort != null && !sort.replace(" ", "").equals("rank,asc") && !sort.equals("rank"))) {
                throw ProblemException.invalid("after", "after 须为上一页最后一行的“名次:代表id”，且只能按名次升序翻页");
            }
            String[] p = after.split(":");
            cursor = new long[] { Long.parseLong(p[0]), Long.parseLong(p[1]) };
            paging = new Paging(0, paging.size(), paging.sort());
        }
        var rows = scores(year, delegationId, grade, q);
        if (cursor != null) {
            rows.after("(s.rank_no > :ar OR (s.rank_no = :ar AND s.mandate_id > :ad))", java.util.Map.of("ar", cursor[0], "ad", cursor[1]));
        }
        return rows
                .fetch(em, ScoreQueries.SCORE_COLUMNS, paging, "s.mandate_id", ScoreQueries::scoreRow);
    }

    @GET
    @Path("/scores/export")
    @Produces("text/csv")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "exportScores", summary = "导出得分排名（CSV）", description = "与列表相同的筛选和排序，导出全部行（UTF-8 带 BOM，Excel 可直接打开）。")
    @APIResponse(responseCode = "200", description = "CSV 文件", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("year") Integer yearParam, @QueryParam("delegationId") Long delegationId, @QueryParam("grade") String grade,
            @QueryParam("q") String q, @QueryParam("sort") String sort) {
        int year = queries.year(yearParam);
        Paging paging = Paging.of(0, 1, sort, SCORE_SORT, "rank,asc");
        NativePage rows = scores(year, delegationId, grade, q);
        return Csv.download("scores-" + year + ".csv", List.of("名次", "代表", "代表团", "总分", "等级", "评价方案版本", "计算时间"),
                csv -> rows.forEach(em, ScoreQueries.SCORE_COLUMNS, paging, "s.mandate_id", r -> {
                    ScoreRow s = ScoreQueries.scoreRow(r);
                    csv.row(java.util.Arrays.asList(s.rank(), s.name(), s.delegationName(), s.total(), GRADE_NAMES.get(s.grade()), s.revision(),
                            s.computedAt()));
                }));
    }

    private static final java.util.Map<String, String> SCORE_SORT = Paging.fields("rank", "s.rank_no", "total", "s.total", "name", "m.name");
    private static final java.util.Map<Grade, String> GRADE_NAMES = java.util.Map.of(Grade.EXCELLENT, "优秀", Grade.COMPETENT, "称职", Grade.BASIC,
            "基本称职", Grade.INCOMPETENT, "不称职");

    /** The year's scores of the caller's congress, filtered as the list and the export are. */
    private NativePage scores(int year, Long delegationId, String grade, String q) {
        return new NativePage(ScoreQueries.SCORE_FROM + " WHERE s.congress_id = :c AND s.year = :y").param("c", caller.congressId()).param("y", year)
                .and("m.delegation_id = :dg", "dg", delegationId)
                .and("s.grade = :g", "g", grade == null ? null : Enums.parse(Grade.class, grade, "grade").name())
                .and("m.name LIKE :q", "q", q == null || q.isBlank() ? null : Paging.like(q));
    }

    @GET
    @Path("/scores/{deputyId}")
    @RolesAllowed({ "admin", "staff", "leader", "deputy" })
    @Operation(operationId = "getScore", summary = "得分明细", description = "总分、名次、等级和各指标得分；每一分都列出挣得它的记录和计分规则。代表只能查看本人的。")
    public ScoreDetail get(@PathParam("deputyId") long deputyId, @QueryParam("year") Integer yearParam) {
        int year = queries.year(yearParam);
        Directory.Deputy m = ownDeputy(deputyId);
        ScoreRow row = queries.score(caller.congressId(), year, m.id());
        if (row == null) {
            throw ProblemException.notFound(year + " 年的得分");
        }
        ScoringScheme s = em.find(ScoringScheme.class, row.schemeId());
        return new ScoreDetail(year, row, explainer.explain(caller.congressId(), year, m.id(), s));
    }

    @GET
    @Path("/dossiers/{deputyId}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getDossier", summary = "代表履职档案（一人一档）", description = "代表一年的活动（含出席、请假、缺席和待确认的自报）、领衔和附议的建议、监督小组和得分。代表只能查看本人的。")
    public DossierView dossier(@PathParam("deputyId") long deputyId, @QueryParam("year") Integer yearParam) {
        int year = queries.year(yearParam);
        return queries.dossier(ownDeputy(deputyId), year);
    }

    @GET
    @Path("/performance-index")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "getPerformanceIndex", summary = "履职指数", description = "一个代表团或联络站（省略则全体在职代表）本年的任务认领率、问题发现率和整改率，实时计算。")
    public IndexView index(@QueryParam("year") Integer yearParam, @QueryParam("delegationId") Long delegationId,
            @QueryParam("stationId") Long stationId) {
        int year = queries.year(yearParam);
        if (delegationId != null) {
            directory.requireDelegation(delegationId);
        }
        if (stationId != null) {
            directory.requireStation(stationId);
        }
        return queries.index(caller.congressId(), year, delegationId, stationId);
    }

    /** A deputy reads only their own records; others read their congress's. */
    private Directory.Deputy ownDeputy(long deputyId) {
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY) && !java.util.Objects.equals(c.deputyId(), deputyId)) {
            throw ProblemException.forbidden("代表只能查看本人的履职档案和得分");
        }
        return directory.requireDeputy(deputyId);
    }
}
