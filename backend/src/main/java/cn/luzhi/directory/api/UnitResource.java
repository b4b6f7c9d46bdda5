package cn.luzhi.directory.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.luzhi.directory.HandlingUnit;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.directory.api.UnitDtos.UnitInput;
import cn.luzhi.directory.api.UnitDtos.UnitView;
import cn.luzhi.shared.Csv;
import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import cn.luzhi.shared.TenantLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Handling units (承办单位) of the caller's congress. */
@Path("/api/v1/units")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {
    static final Map<String, String> SORTABLE = Paging.fields("name", "name", "kind", "kind", "id", "id");

    @Inject
    RecordWrites writes;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listUnits", summary = "承办单位列表", description = "分页列出本届人大的承办单位；q 在名称和简称中按中文子串检索。")
    public PageResult<UnitView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "name,asc") String sort,
            @QueryParam("q") @Parameter(example = "住建") String q,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = HandlingUnit.Kind.class)) String kind,
            @QueryParam("active") Boolean active) {
        var paging = Paging.of(page, size, sort, SORTABLE, "name,asc");
        var w = where(q, kind, active);
        return RecordWrites.page(HandlingUnit.<HandlingUnit>find(w.toString(), paging.sort(), w.params), paging).map(UnitView::of);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "integration" })
    @Operation(operationId = "exportUnits", summary = "导出承办单位（CSV）", description = "按与列表相同的筛选条件导出 CSV（UTF-8 带 BOM）。")
    @APIResponse(responseCode = "200", description = "CSV 文件", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("q") String q,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = HandlingUnit.Kind.class)) String kind,
            @QueryParam("active") Boolean active) {
        var w = where(q, kind, active);
        List<HandlingUnit> units = HandlingUnit.find(w.toString(), Paging.of(0, 1, null, SORTABLE, "name,asc").sort(), w.params).list();
        return Csv.download("units.csv", List.of("编号", "名称", "简称", "类别", "联系人", "联系电话", "启用"), csv -> {
            for (HandlingUnit u : units) {
                csv.row(Arrays.asList(u.id, u.name, u.shortName, u.kind, u.contactPerson, u.contactPhone, u.active ? "是" : "否"));
            }
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getUnit", summary = "承办单位详情", description = "返回一个承办单位；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "承办单位", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response get(@PathParam("id") long id) {
        HandlingUnit u = lookup.require(HandlingUnit.class, id, "承办单位");
        return Response.ok(UnitView.of(u)).tag(new EntityTag(Long.toString(u.version))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "createUnit", summary = "新增承办单位", description = "名称在本届人大内唯一（重复为 409）。")
    @APIResponse(responseCode = "201", description = "已新增", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response create(@Valid @NotNull UnitInput input) {
        HandlingUnit u = writes.create(new HandlingUnit(), input::applyTo, input.name().trim());
        return Response.created(URI.create("/api/v1/units/" + u.id)).tag(new EntityTag(Long.toString(u.version)))
                .entity(UnitView.of(u)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "updateUnit", summary = "修改承办单位", description = "须带 If-Match（缺少为 428，过期为 412）。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @Valid @NotNull UnitInput input) {
        HandlingUnit u = writes.update(HandlingUnit.class, id, "承办单位", ifMatch, input::applyTo, input.name().trim());
        return Response.ok(UnitView.of(u)).tag(new EntityTag(Long.toString(u.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "deleteUnit", summary = "删除承办单位", description = "须带 If-Match。仍有账号关联的单位不能删除（409），可改为停用。")
    @APIResponse(responseCode = "204", description = "已删除")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(HandlingUnit.class, id, "承办单位", ifMatch, "select count(u) from AppUser u where u.unitId = :id");
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getUnitHistory", summary = "承办单位修改记录", description = "按时间先后列出该记录的每次新建、修改和删除。")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        lookup.require(HandlingUnit.class, id, "承办单位");
        return audit.history("unit", id);
    }

    private RecordWrites.Where where(String q, String kind, Boolean active) {
        return writes.where().search(q, "name", "shortName")
                .and("kind", "kind", Enums.parse(HandlingUnit.Kind.class, kind, "kind")).and("active", "active", active);
    }
}
