package cn.luzhi.directory.api;

import java.util.List;

import cn.luzhi.directory.Congress;
import cn.luzhi.shared.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I: the caller's account, role and scope, for the SPA's menu. */
@Path("/api/v1/me")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    CurrentCaller caller;

    @Schema(name = "Me")
    public record Me(long userId, @Schema(example = "staff1") String username, @Schema(example = "王芳") String displayName,
            @Schema(example = "staff") String role, List<String> roles, long congressId,
            @Schema(example = "示范县人民代表大会") String congressName, @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) Long deputyId, @Schema(nullable = true, description = "专门委员会账号所属的委员会") Long committeeId) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "当前用户", description = "返回当前登录账号、角色和所属人大（以及单位或代表），登录后首先调用。")
    public Me me() {
        var c = caller.get();
        Congress congress = Congress.findById(c.congressId());
        return new Me(c.userId(), c.username(), c.displayName(), c.role(), List.of(c.role()), c.congressId(), congress.name,
                c.unitId(), c.deputyId(), c.committeeId());
    }
}
