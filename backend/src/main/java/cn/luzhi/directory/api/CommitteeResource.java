package cn.luzhi.directory.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.luzhi.directory.Committee;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.directory.api.BodyDtos.CommitteeInput;
import cn.luzhi.directory.api.BodyDtos.CommitteeView;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
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

/** Committees (专门委员会 / 工作委员会) of the caller's congress. */
@Path("/api/v1/committees")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {
    static final Map<String, String> SORTABLE = Paging.fields("name", "name", "id", "id");

    @Inject
    RecordWrites writes;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listCommittees", summary = "专门委员会列表", description = "分页列出本届人大的专门委员会；q 在名称中检索。")
    public PageResult<CommitteeView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "name,asc") String sort, @QueryParam("q") String q) {
        var paging = Paging.of(page, size, sort, SORTABLE, "name,asc");
        var w = writes.where().search(q, "name");
        return RecordWrites.page(Committee.<Committee>find(w.toString(), paging.sort(), w.params), paging).map(CommitteeView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getCommittee", summary = "专门委员会详情", description = "返回一条专门委员会记录；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "专门委员会", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response get(@PathParam("id") long id) {
        Committee e = lookup.require(Committee.class, id, "专门委员会");
        return Response.ok(CommitteeView.of(e)).tag(new EntityTag(Long.toString(e.version))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "createCommittee", summary = "新增专门委员会", description = "名称在本届人大内唯一（重复为 409）。")
    @APIResponse(responseCode = "201", description = "已新增", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response create(@Valid @NotNull CommitteeInput input) {
        Committee e = writes.create(new Committee(), input::applyTo, input.name().trim());
        return Response.created(URI.create("/api/v1/committees/" + e.id)).tag(new EntityTag(Long.toString(e.version)))
                .entity(CommitteeView.of(e)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "updateCommittee", summary = "修改专门委员会", description = "须带 If-Match（缺少为 428，过期为 412）。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @Valid @NotNull CommitteeInput input) {
        Committee e = writes.update(Committee.class, id, "专门委员会", ifMatch, input::applyTo, input.name().trim());
        return Response.ok(CommitteeView.of(e)).tag(new EntityTag(Long.toString(e.version))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "deleteCommittee", summary = "删除专门委员会", description = "须带 If-Match。")
    @APIResponse(responseCode = "204", description = "已删除")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(Committee.class, id, "专门委员会", ifMatch, null);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getCommitteeHistory", summary = "专门委员会修改记录", description = "按时间先后列出该记录的每次新建、修改和删除。")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        lookup.require(Committee.class, id, "专门委员会");
        return audit.history("committee", id);
    }
}
