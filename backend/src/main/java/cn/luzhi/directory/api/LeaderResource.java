package cn.luzhi.directory.api;

import java.util.List;

import cn.luzhi.directory.AppUser;
import cn.luzhi.shared.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The standing committee's leaders, for choosing who leads key supervision (重点督办). */
@Path("/api/v1/leaders")
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderResource {
    @Inject
    CurrentCaller caller;

    @Schema(name = "Leader")
    public record LeaderView(long userId, @Schema(example = "陈志远") String displayName) {
    }

    @GET
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "listLeaders", summary = "常委会领导", description = "本届人大常委会领导账号（可被指定重点督办）。")
    public List<LeaderView> list() {
        return AppUser.<AppUser>list("congressId = ?1 and role = 'leader' and enabled = true order by displayName", caller.congressId())
                .stream().map(u -> new LeaderView(u.id, u.displayName)).toList();
    }
}
