package cn.luzhi.shared.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's change as shown in its timeline. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        long id,
        @Schema(description = "修改时间") Instant at,
        @Schema(description = "修改人账号", example = "staff1") String actor,
        @Schema(description = "CREATED 新建 / UPDATED 修改 / DELETED 删除", enumeration = { "CREATED", "UPDATED", "DELETED" }) String action,
        @Schema(description = "字段变化") List<Change> changes) {

    @Schema(name = "FieldChange")
    public record Change(@Schema(example = "phone") String field, @Schema(nullable = true) Object from,
            @Schema(nullable = true) Object to) {
    }
}
