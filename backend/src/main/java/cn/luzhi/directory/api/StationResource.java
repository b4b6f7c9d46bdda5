package cn.luzhi.directory.api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.directory.LiaisonStation;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.directory.api.StationDtos.StationInput;
import cn.luzhi.directory.api.StationDtos.StationView;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/** Liaison stations (代表联络站) of the caller's congress. */
@Path("/api/v1/stations")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class StationResource {
    static final Map<String, String> SORTABLE = Paging.fields("name", "name", "township", "township", "id", "id");

    @Inject
    RecordWrites writes;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listStations", summary = "联络站列表", description = "分页列出本届人大的代表联络站，附在职进站代表人数；q 在名称、乡镇和地址中检索。")
    public PageResult<StationView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "name,asc") String sort,
            @QueryParam("q") @Parameter(example = "城关") String q) {
        var paging = Paging.of(page, size, sort, SORTABLE, "name,asc");
        var w = writes.where().search(q, "name", "township", "address");
        PageResult<LiaisonStation> result = RecordWrites.page(LiaisonStation.<LiaisonStation>find(w.toString(), paging.sort(), w.params), paging);
        Map<Long, Long> counts = deputyCounts(result.items().stream().map(s -> s.id).toList());
        return result.map(s -> StationView.of(s, counts.getOrDefault(s.id, 0L)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getStation", summary = "联络站详情", description = "返回一个联络站；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "联络站", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response get(@PathParam("id") long id) {
        LiaisonStation s = lookup.require(LiaisonStation.class, id, "联络站");
        return Response.ok(StationView.of(s, deputyCounts(List.of(id)).getOrDefault(id, 0L)))
                .tag(new EntityTag(Long.toString(s.version))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "createStation", summary = "新增联络站", description = "名称在本届人大内唯一（重复为 409）。")
    @APIResponse(responseCode = "201", description = "已新增", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response create(@Valid @NotNull StationInput input) {
        LiaisonStation s = writes.create(new LiaisonStation(), input::applyTo, input.name().trim());
        return Response.created(URI.create("/api/v1/stations/" + s.id)).tag(new EntityTag(Long.toString(s.version)))
                .entity(StationView.of(s, 0)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "integration" })
    @Operation(operationId = "updateStation", summary = "修改联络站", description = "须带 If-Match（缺少为 428，过期为 412）。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @Valid @NotNull StationInput input) {
        LiaisonStation s = writes.update(LiaisonStation.class, id, "联络站", ifMatch, input::applyTo, input.name().trim());
        return Response.ok(StationView.of(s, deputyCounts(List.of(id)).getOrDefault(id, 0L)))
                .tag(new EntityTag(Long.toString(s.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "deleteStation", summary = "删除联络站", description = "须带 If-Match。仍有代表进站的联络站不能删除（409）。")
    @APIResponse(responseCode = "204", description = "已删除")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(LiaisonStation.class, id, "联络站", ifMatch, "select count(m) from DeputyMandate m where m.station.id = :id");
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getStationHistory", summary = "联络站修改记录", description = "按时间先后列出该记录的每次新建、修改和删除。")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        lookup.require(LiaisonStation.class, id, "联络站");
        return audit.history("station", id);
    }

    private Map<Long, Long> deputyCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery("select m.station.id, count(m) from DeputyMandate m where m.station.id in :ids and m.status = :active "
                + "group by m.station.id", Object[].class).setParameter("ids", ids).setParameter("active", cn.luzhi.directory.DeputyMandate.Status.ACTIVE).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
