package cn.luzhi.directory.api;

import cn.luzhi.directory.LiaisonStation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of liaison stations. */
public final class StationDtos {
    private StationDtos() {
    }

    @Schema(name = "Station")
    public record StationView(long id, int version, @Schema(example = "城关镇人大代表联络站") String name,
            @Schema(nullable = true, example = "城关镇") String township,
            @Schema(nullable = true, example = "城关镇人民路 88 号") String address,
            @Schema(nullable = true) String contactPerson, @Schema(nullable = true) String contactPhone,
            @Schema(nullable = true, example = "每月5日 9:00-12:00") String receptionSchedule,
            @Schema(description = "进站代表人数（在职）", example = "6") long deputyCount) {
        public static StationView of(LiaisonStation s, long deputyCount) {
            return new StationView(s.id, s.version, s.name, s.township, s.address, s.contactPerson, s.contactPhone,
                    s.receptionSchedule, deputyCount);
        }
    }

    @Schema(name = "StationInput")
    public record StationInput(@NotBlank @Size(max = 100) @Schema(example = "城关镇人大代表联络站", maxLength = 100) String name,
            @Size(max = 50) @Schema(nullable = true) String township,
            @Size(max = 200) @Schema(nullable = true) String address,
            @Size(max = 50) @Schema(nullable = true) String contactPerson,
            @Size(max = 30) @Schema(nullable = true) String contactPhone,
            @Size(max = 200) @Schema(nullable = true, example = "每月5日 9:00-12:00") String receptionSchedule) {
        public void applyTo(LiaisonStation s) {
            s.name = name.trim();
            s.township = township;
            s.address = address;
            s.contactPerson = contactPerson;
            s.contactPhone = contactPhone;
            s.receptionSchedule = receptionSchedule;
        }
    }
}
