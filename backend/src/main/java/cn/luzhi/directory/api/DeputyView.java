package cn.luzhi.directory.api;

import java.time.Instant;
import java.time.LocalDate;

import cn.luzhi.directory.DeputyMandate;
import cn.luzhi.directory.DeputyMandate.OccupationGroup;
import cn.luzhi.directory.DeputyMandate.Party;
import cn.luzhi.directory.DeputyMandate.Status;
import cn.luzhi.directory.Person.Gender;
import cn.luzhi.shared.Masking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deputy as the API shows it; phone and ID number are masked unless the viewer may see them. */
@Schema(name = "Deputy")
public record DeputyView(
        @Schema(example = "12") long id,
        @Schema(description = "乐观锁版本号，与 ETag 相同", example = "0") int version,
        @Schema(example = "张建国") String name,
        Gender gender,
        @Schema(example = "汉族", nullable = true) String ethnicity,
        @Schema(example = "1975-03-02", nullable = true) LocalDate birthDate,
        @Schema(description = "手机号；无权查看者得到掩码", example = "138****1234", nullable = true) String phone,
        @Schema(description = "身份证号；无权查看者得到掩码", example = "3708**********1234", nullable = true) String idNumber,
        @Schema(description = "届次", example = "18") int term,
        long delegationId,
        @Schema(example = "城关镇代表团") String delegationName,
        @Schema(nullable = true) Long stationId,
        @Schema(nullable = true, example = "城关镇人大代表联络站") String stationName,
        Party party,
        OccupationGroup occupationGroup,
        @Schema(nullable = true, example = "城关镇东关村党支部书记") String occupation,
        Status status,
        Instant createdAt,
        Instant updatedAt) {

    public static DeputyView of(DeputyMandate m, boolean showPrivate) {
        var p = m.person;
        return new DeputyView(m.id, m.version, p.name, p.gender, p.ethnicity, p.birthDate,
                showPrivate ? p.phone : Masking.phone(p.phone),
                showPrivate ? p.idNumber : Masking.idNumber(p.idNumber),
                m.term, m.delegation.id, m.delegation.name,
                m.station == null ? null : m.station.id, m.station == null ? null : m.station.name,
                m.party, m.occupationGroup, m.occupation, m.status, m.createdAt, m.updatedAt);
    }
}
