package cn.luzhi.directory.api;

import java.net.URI;

import cn.luzhi.directory.AppUser;
import cn.luzhi.directory.UserService;
import cn.luzhi.directory.UserDtos.UserInput;
import cn.luzhi.directory.UserDtos.UserView;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of the caller's congress (admin only). */
@Path("/api/v1/users")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {
    @Inject
    UserService users;

    @GET
    @Operation(operationId = "listUsers", summary = "账号列表", description = "分页列出本届人大的账号；q 在用户名和姓名中检索，role 按角色筛选。")
    public PageResult<UserView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort, @QueryParam("q") String q, @QueryParam("role") String role) {
        return users.list(q, role, Paging.of(page, size, sort, UserService.SORTABLE, "username,asc")).map(UserView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "开通账号", description = "在 Keycloak 中创建账号（初始密码首次登录须修改）、授予角色，并与代表或承办单位关联。"
            + "代表账号须指定 deputyId，单位账号须指定 unitId。用户名重复为 409。")
    @APIResponse(responseCode = "201", description = "已开通", content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(@Valid @NotNull UserInput input) {
        AppUser u = users.create(input);
        return Response.created(URI.create("/api/v1/users/" + u.id)).tag(new EntityTag(Long.toString(u.version)))
                .entity(UserView.of(u)).build();
    }
}
