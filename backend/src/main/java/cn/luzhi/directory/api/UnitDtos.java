package cn.luzhi.directory.api;

import cn.luzhi.directory.HandlingUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of handling units. */
public final class UnitDtos {
    private UnitDtos() {
    }

    @Schema(name = "Unit")
    public record UnitView(long id, int version, @Schema(example = "县住房和城乡建设局") String name,
            @Schema(example = "住建局", nullable = true) String shortName, HandlingUnit.Kind kind,
            @Schema(nullable = true, example = "李明") String contactPerson,
            @Schema(nullable = true, example = "0537-8221234") String contactPhone, boolean active) {
        public static UnitView of(HandlingUnit u) {
            return new UnitView(u.id, u.version, u.name, u.shortName, u.kind, u.contactPerson, u.contactPhone, u.active);
        }
    }

    @Schema(name = "UnitInput")
    public record UnitInput(@NotBlank @Size(max = 100) @Schema(example = "县住房和城乡建设局", maxLength = 100) String name,
            @Size(max = 30) @Schema(example = "住建局", nullable = true) String shortName,
            @NotNull HandlingUnit.Kind kind,
            @Size(max = 50) @Schema(nullable = true) String contactPerson,
            @Size(max = 30) @Schema(nullable = true) String contactPhone,
            @Schema(description = "省略时为 true", nullable = true) Boolean active) {
        public void applyTo(HandlingUnit u) {
            u.name = name.trim();
            u.shortName = shortName;
            u.kind = kind;
            u.contactPerson = contactPerson;
            u.contactPhone = contactPhone;
            u.active = active == null || active;
        }
    }
}
