package cn.luzhi.shared;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, counted and sorted by the database. */
public record PageResult<T>(
        @Schema(description = "本页记录") List<T> items,
        @Schema(description = "符合条件的记录总数", example = "52") long total,
        @Schema(description = "页码，从 0 开始", example = "0") int page,
        @Schema(description = "每页条数", example = "20") int size) {

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total, page, size);
    }
}
