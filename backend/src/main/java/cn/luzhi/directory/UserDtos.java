package cn.luzhi.directory;

import cn.luzhi.directory.AppUser;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of accounts. */
public final class UserDtos {
    private UserDtos() {
    }

    @Schema(name = "User")
    public record UserView(long id, int version, @Schema(example = "zhangjg") String username,
            @Schema(example = "张建国") String displayName,
            @Schema(enumeration = { "admin", "staff", "leader", "committee", "deputy", "unit", "integration" }) String role,
            @Schema(nullable = true) Long unitId, @Schema(nullable = true) Long deputyId, @Schema(nullable = true) Long committeeId,
            boolean enabled) {
        public static UserView of(AppUser u) {
            return new UserView(u.id, u.version, u.username, u.displayName, u.role, u.unitId, u.deputyId, u.committeeId, u.enabled);
        }
    }

    @Schema(name = "UserInput")
    public record UserInput(
            @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "只能包含小写字母、数字、点、下划线和连字符")
            @Schema(example = "zhangjg") String username,
            @NotBlank @Size(max = 50) @Schema(example = "张建国") String displayName,
            @NotBlank @Schema(enumeration = { "admin", "staff", "leader", "committee", "deputy", "unit", "integration" }, example = "deputy") String role,
            @Schema(nullable = true, description = "role=unit 时必填") Long unitId,
            @Schema(nullable = true, description = "role=deputy 时必填") Long deputyId,
            @Schema(nullable = true, description = "role=committee 时可填：所属专门委员会") Long committeeId,
            @Email @Size(max = 100) @Schema(nullable = true) String email,
            @NotBlank @Size(min = 8, max = 64) @Schema(description = "初始密码，首次登录须修改", example = "Init#2026") String initialPassword) {
    }
}
