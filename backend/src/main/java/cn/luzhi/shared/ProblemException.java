package cn.luzhi.shared;

import java.util.List;

/** A refusal that becomes an RFC 9457 problem answer; {@code detail} is shown to users, so it is Chinese. */
public class ProblemException extends RuntimeException {
    public final int status;
    public final String type;
    public final String title;
    public final List<FieldError> errors;

    public record FieldError(String field, String message) {
    }

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "/problems/not-found", "Not Found", what + "不存在或无权查看", null);
    }

    /** A body field points at a record that does not exist (or belongs to another congress). */
    public static ProblemException unknownReference(String field, String what) {
        return new ProblemException(422, "/problems/unknown-reference", "Unknown Reference",
                "引用的" + what + "不存在", List.of(new FieldError(field, what + "不存在")));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "/problems/conflict", "Conflict", detail, null);
    }

    public static ProblemException duplicate(String field, String detail) {
        return new ProblemException(409, "/problems/duplicate", "Duplicate", detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "/problems/validation", "Bad Request", "提交的数据有误：" + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "/problems/forbidden", "Forbidden", detail, null);
    }
}
