package cn.luzhi.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request that carries only a note (a reason, an answer, a progress report): one shape for every module's such steps. */
@Schema(name = "NoteInput")
public record NoteInput(@NotBlank @Size(max = 2000) @Schema(example = "已电话联系代表，约定现场查看") String note) {
}
