package cn.luzhi.directory.api;

import cn.luzhi.directory.DeputyInput;
import java.net.URI;
import java.util.List;

import cn.luzhi.directory.DeputyMandate;
import cn.luzhi.directory.DeputyService;
import cn.luzhi.directory.Person;
import cn.luzhi.shared.Csv;
import cn.luzhi.shared.ETags;
import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deputies of the caller's congress. */
@Path("/api/v1/deputies")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class DeputyResource {
    static final int EXPORT_MAX = 10_000;

    @Inject
    DeputyService deputies;
    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listDeputies", summary = "代表列表", description = "分页列出本届人大的代表（代表资格），可按代表团、联络站、政治面貌、代表构成、状态筛选，"
            + "q 在姓名和职务中按中文子串检索。手机号和身份证号仅对管理员、工作人员和代表本人明文显示。")
    public PageResult<DeputyView> list(@QueryParam("page") @Parameter(description = "页码，从 0 开始") Integer page,
            @QueryParam("size") @Parameter(description = "每页条数，1–200，默认 20") Integer size,
            @QueryParam("sort") @Parameter(description = "排序：name|term|createdAt|id 加 ,asc 或 ,desc", example = "name,asc") String sort,
            @QueryParam("q") @Parameter(description = "检索词（姓名、职务）", example = "张") String q,
            @QueryParam("delegationId") Long delegationId,
            @QueryParam("stationId") Long stationId,
            @QueryParam("party") @Parameter(schema = @Schema(implementation = DeputyMandate.Party.class)) String party,
            @QueryParam("occupationGroup") @Parameter(schema = @Schema(implementation = DeputyMandate.OccupationGroup.class)) String occupationGroup,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeputyMandate.Status.class)) String status,
            @QueryParam("gender") @Parameter(schema = @Schema(implementation = Person.Gender.class)) String gender,
            @QueryParam("term") Integer term) {
        var filter = filter(q, delegationId, stationId, party, occupationGroup, status, gender, term);
        var paging = Paging.of(page, size, sort, DeputyService.SORTABLE, "name,asc");
        return deputies.list(filter, paging).map(m -> DeputyView.of(m, deputies.maySeePrivate(m)));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "integration" })
    @Operation(operationId = "exportDeputies", summary = "导出代表名单（CSV）", description = "按与列表相同的筛选条件导出 CSV（UTF-8 带 BOM，Excel 可直接打开），最多 10000 行。")
    @APIResponse(responseCode = "200", description = "CSV 文件", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response export(@QueryParam("sort") String sort, @QueryParam("q") String q,
            @QueryParam("delegationId") Long delegationId, @QueryParam("stationId") Long stationId,
            @QueryParam("party") @Parameter(schema = @Schema(implementation = DeputyMandate.Party.class)) String party,
            @QueryParam("occupationGroup") @Parameter(schema = @Schema(implementation = DeputyMandate.OccupationGroup.class)) String occupationGroup,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeputyMandate.Status.class)) String status,
            @QueryParam("gender") @Parameter(schema = @Schema(implementation = Person.Gender.class)) String gender,
            @QueryParam("term") Integer term) {
        var filter = filter(q, delegationId, stationId, party, occupationGroup, status, gender, term);
        var paging = Paging.of(0, 1, sort, DeputyService.SORTABLE, "name,asc");
        List<DeputyMandate> rows = deputies.export(filter, paging, EXPORT_MAX);
        return Csv.download("deputies.csv", List.of("编号", "姓名", "性别", "民族", "出生日期", "手机号", "届次", "代表团", "联络站", "政治面貌", "代表构成", "职务", "状态"),
                csv -> {
                    for (DeputyMandate m : rows) {
                        DeputyView v = DeputyView.of(m, deputies.maySeePrivate(m));
                        csv.row(java.util.Arrays.asList(v.id(), v.name(), v.gender() == Person.Gender.MALE ? "男" : "女", v.ethnicity(),
                                v.birthDate(), v.phone(), v.term(), v.delegationName(), v.stationName(), v.party(), v.occupationGroup(),
                                v.occupation(), v.status()));
                    }
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getDeputy", summary = "代表详情", description = "返回一位代表；ETag 头为版本号，修改时放入 If-Match。")
    @APIResponse(responseCode = "200", description = "代表", headers = @Header(name = "ETag", description = "版本号", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DeputyView.class)))
    public Response get(@PathParam("id") long id) {
        DeputyMandate m = deputies.get(id);
        return Response.ok(DeputyView.of(m, deputies.maySeePrivate(m))).tag(new EntityTag(Long.toString(m.version))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "createDeputy", summary = "登记代表", description = "登记一位代表。身份证号已登记过的人员会复用其人员档案；同一人同一届只能登记一次（409）。"
            + "代表团、联络站须属于本届人大（否则 422）。")
    @APIResponse(responseCode = "201", description = "已登记", headers = @Header(name = "ETag", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DeputyView.class)))
    public Response create(@Valid @NotNull DeputyInput input) {
        DeputyMandate m = deputies.create(input);
        return Response.created(URI.create("/api/v1/deputies/" + m.id)).tag(new EntityTag(Long.toString(m.version)))
                .entity(DeputyView.of(m, true)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "updateDeputy", summary = "修改代表信息", description = "整体替换代表信息。须带 If-Match（缺少为 428，过期为 412）。已终止的代表资格不能恢复（409）。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DeputyView.class)))
    public Response update(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = "读取时得到的 ETag", example = "\"0\"") String ifMatch,
            @Valid @NotNull DeputyInput input) {
        DeputyMandate m = deputies.update(id, input, current -> ETags.require(ifMatch, current.version));
        return Response.ok(DeputyView.of(m, true)).tag(new EntityTag(Long.toString(m.version))).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getDeputyHistory", summary = "代表信息修改记录", description = "按时间先后列出该代表记录的每次新建和修改：谁、何时、哪些字段从什么改为什么。")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        deputies.get(id);
        return audit.history("deputy", id);
    }

    private static DeputyService.Filter filter(String q, Long delegationId, Long stationId, String party,
            String occupationGroup, String status, String gender, Integer term) {
        return new DeputyService.Filter(q, delegationId, stationId,
                Enums.parse(DeputyMandate.Party.class, party, "party"),
                Enums.parse(DeputyMandate.OccupationGroup.class, occupationGroup, "occupationGroup"),
                Enums.parse(DeputyMandate.Status.class, status, "status"),
                Enums.parse(Person.Gender.class, gender, "gender"), term);
    }
}
