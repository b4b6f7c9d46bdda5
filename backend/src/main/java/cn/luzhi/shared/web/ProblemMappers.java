package cn.luzhi.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.ProblemException.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json (RFC 9457) with a Chinese detail; 500s leak nothing. */
public class ProblemMappers {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RequestId requestId;
    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Map<String, Object> body = body(e.status, e.type, e.title, e.getMessage(), e.errors);
        if (e instanceof DomainRuleViolation v) {
            body.put("rule", v.rule);
        }
        Response.ResponseBuilder rb = Response.status(e.status).type(PROBLEM_JSON).entity(body);
        if (e.status == 401) {
            rb.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        String first = errors.isEmpty() ? "" : "：" + errors.get(0).field() + " " + errors.get(0).message();
        return respond(400, "/problems/validation", "Bad Request", "提交的数据未通过校验" + first, errors);
    }

    /** Quarkus' own mapper answers plain JSON; this one (ahead of it by priority) keeps every answer problem+json. */
    @ServerExceptionMapper(priority = 1)
    public Response restValidation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e) {
        return validation(e);
    }

    /** Quarkus maps the specific Jackson errors itself (plain JSON); the most specific mapper wins, so name them. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            List<String> allowed = new ArrayList<>();
            for (Object c : ife.getTargetType().getEnumConstants()) {
                allowed.add(c.toString());
            }
            message = "取值 " + ife.getValue() + " 无效，可选：" + String.join("、", allowed);
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            message = "类型不正确，应为 " + typeName(mie.getTargetType());
        } else {
            message = "格式不正确";
        }
        if (field.isEmpty()) {
            return respond(400, "/problems/malformed-request", "Bad Request", "请求体不是有效的 JSON：" + message, List.of());
        }
        return respond(400, "/problems/validation", "Bad Request", "字段 " + field + " " + message,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return respond(400, "/problems/malformed-request", "Bad Request", "请求体不是有效的 JSON", List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.status(401).type(PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(body(401, "/problems/unauthorized", "Unauthorized", "请先登录（缺少或无效的访问令牌）", List.of())).build();
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e) {
        return unauthorized(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "/problems/forbidden", "Forbidden", "当前角色无权执行此操作", List.of());
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return staleAnswer();
    }

    @ServerExceptionMapper
    public Response staleHibernate(StaleStateException e) {
        return staleAnswer();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "请求的资源不存在";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的响应格式";
            case 415 -> "不支持该请求体格式，请使用 application/json";
            case 400 -> "请求参数有误";
            default -> "请求无法处理";
        };
        if (status >= 500) {
            return internal(e);
        }
        Throwable cause = e.getCause();
        if (status == 404 && cause != null) {
            // a query or path parameter that does not convert (page=abc): the request is wrong, not the resource missing
            return respond(400, "/problems/invalid-parameter", "Bad Request", "查询或路径参数格式不正确（如页码、编号须为整数，日期为 YYYY-MM-DD）", List.of());
        }
        if (cause instanceof JsonMappingException jme) {
            return unreadable(jme);
        }
        if (cause instanceof JsonParseException) {
            return malformed(null);
        }
        return respond(status, status == 404 ? "/problems/not-found" : "/problems/http-" + status,
                e.getResponse().getStatusInfo().getReasonPhrase(), detail, List.of());
    }

    @ServerExceptionMapper
    public Response internal(Throwable e) {
        // unwrap commit-time failures that carry a meaningful cause
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException pe) {
                return problem(pe);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return staleAnswer();
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return respond(409, "/problems/concurrent-change", "Conflict", "该记录正被他人同时修改，请刷新后再试", List.of());
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve) {
                return respond(409, "/problems/conflict", "Conflict",
                        "数据与已有记录冲突（重复或仍被引用）" , List.of());
            }
            if (t == t.getCause()) {
                break;
            }
        }
        LOG.errorf(e, "request %s failed", requestId.get());
        return respond(500, "/problems/internal", "Internal Server Error",
                "服务器内部错误，请联系管理员并提供请求编号 " + requestId.get(), List.of());
    }

    private Response staleAnswer() {
        return respond(412, "/problems/stale-version", "Precondition Failed", "该记录已被他人修改，请刷新后再试", List.of());
    }

    private Response respond(int status, String type, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, type, title, detail, errors)).build();
    }

    private Map<String, Object> body(int status, String type, String title, String detail, List<FieldError> errors) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", type);
        b.put("title", title);
        b.put("status", status);
        b.put("detail", detail);
        b.put("instance", uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        b.put("requestId", requestId.get());
        if (errors != null && !errors.isEmpty()) {
            b.put("errors", errors);
        }
        return b;
    }

    /** "create.input.name" -> "name"; "list.size" -> "size". */
    static String fieldName(Path path) {
        List<String> after = new ArrayList<>();
        String param = null;
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.PARAMETER) {
                param = n.getName();
                after.clear();
            } else if (n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // an index or key belongs to the container the node sits in: holidays[0].name, makeUpWorkdays[2]
                if (n.isInIterable() && !after.isEmpty()) {
                    Object at = n.getIndex() != null ? n.getIndex() : n.getKey();
                    int last = after.size() - 1;
                    after.set(last, after.get(last) + "[" + (at == null ? "" : at) + "]");
                }
                if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                    after.add(n.getName());
                }
            }
        }
        if (!after.isEmpty()) {
            return String.join(".", after);
        }
        return param == null ? path.toString() : param;
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> c) {
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return "整数";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "true 或 false";
        }
        if (c == java.time.LocalDate.class) {
            return "日期（YYYY-MM-DD）";
        }
        if (c == String.class) {
            return "文本";
        }
        return c.getSimpleName();
    }
}
