package cn.luzhi.shared;

import java.util.Map;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Parses page/size/sort query parameters against a whitelist of sortable fields. */
public record Paging(int page, int size, Sort sort) {
    public static final int MAX_SIZE = 200;

    /**
     * @param sortable API field name -> HQL path; the first entry is the default sort.
     */
    public static Paging of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "页码不能小于 0");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = spec.split(",");
        String path = sortable.get(parts[0].trim());
        if (path == null) {
            throw ProblemException.invalid("sort", "不支持按 " + parts[0].trim() + " 排序，可用：" + String.join("、", sortable.keySet()));
        }
        Sort.Direction dir = Sort.Direction.Ascending;
        if (parts.length > 1) {
            switch (parts[1].trim().toLowerCase()) {
                case "asc" -> dir = Sort.Direction.Ascending;
                case "desc" -> dir = Sort.Direction.Descending;
                default -> throw ProblemException.invalid("sort", "排序方向只能是 asc 或 desc");
            }
        }
        // id as a tie-breaker keeps paging stable when names repeat
        return new Paging(p, s, Sort.by(path, dir).and("id", dir));
    }

    /** An ordered map of API sort names to HQL paths: fields("name", "person.name", "id", "id"). */
    public static Map<String, String> fields(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    public Page toPage() {
        return Page.of(page, size);
    }

    /** Escapes LIKE wildcards so a search for "50%" means the text, not a pattern. */
    public static String like(String q) {
        return "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
