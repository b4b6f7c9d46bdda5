package cn.luzhi.directory.api;

import cn.luzhi.directory.Committee;
import cn.luzhi.directory.Delegation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of committees and delegations. */
public final class BodyDtos {
    private BodyDtos() {
    }

    @Schema(name = "Committee")
    public record CommitteeView(long id, int version, @Schema(example = "财政经济委员会") String name, Committee.Kind kind) {
        public static CommitteeView of(Committee c) {
            return new CommitteeView(c.id, c.version, c.name, c.kind);
        }
    }

    @Schema(name = "CommitteeInput")
    public record CommitteeInput(@NotBlank @Size(max = 100) @Schema(example = "财政经济委员会", maxLength = 100) String name,
            @NotNull @Schema(description = "SPECIAL 专门委员会 / WORKING 工作委员会") Committee.Kind kind) {
        public void applyTo(Committee c) {
            c.name = name.trim();
            c.kind = kind;
        }
    }

    @Schema(name = "Delegation")
    public record DelegationView(long id, int version, @Schema(example = "城关镇代表团") String name) {
        public static DelegationView of(Delegation d) {
            return new DelegationView(d.id, d.version, d.name);
        }
    }

    @Schema(name = "DelegationInput")
    public record DelegationInput(@NotBlank @Size(max = 100) @Schema(example = "城关镇代表团", maxLength = 100) String name) {
        public void applyTo(Delegation d) {
            d.name = name.trim();
        }
    }
}
