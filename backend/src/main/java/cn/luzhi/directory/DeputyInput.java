package cn.luzhi.directory;

import java.time.LocalDate;

import cn.luzhi.directory.DeputyMandate.OccupationGroup;
import cn.luzhi.directory.DeputyMandate.Party;
import cn.luzhi.directory.DeputyMandate.Status;
import cn.luzhi.directory.Person.Gender;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff enter for a deputy; the same shape creates and replaces. */
@Schema(name = "DeputyInput")
public record DeputyInput(
        @NotBlank @Size(max = 50) @Schema(example = "张建国", maxLength = 50) String name,
        @NotNull Gender gender,
        @Size(max = 20) @Schema(example = "汉族", nullable = true) String ethnicity,
        @Past @Schema(example = "1975-03-02", nullable = true) LocalDate birthDate,
        @Pattern(regexp = "1\\d{10}", message = "须为 11 位手机号") @Schema(example = "13805371234", nullable = true) String phone,
        @Pattern(regexp = "\\d{17}[\\dXx]", message = "须为 18 位身份证号") @Schema(example = "370826197503021234", nullable = true) String idNumber,
        @NotNull @Min(1) @Max(99) @Schema(description = "届次", example = "18") Integer term,
        @NotNull @Schema(example = "1") Long delegationId,
        @Schema(nullable = true, example = "1") Long stationId,
        @NotNull Party party,
        @NotNull OccupationGroup occupationGroup,
        @Size(max = 100) @Schema(nullable = true, example = "城关镇东关村党支部书记") String occupation,
        @Schema(description = "省略时为 ACTIVE", nullable = true) Status status) {
}
