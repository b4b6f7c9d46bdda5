package cn.luzhi.shared.web;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated contract: the Problem schema (RFC 9457) once, and on every operation the problem
 * answers it can give, so each operation documents its refusals without repeating annotations.
 */
public class OpenApiProblems implements OASFilter {
    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", str("字段名（JSON 属性路径）", "name"))
                .addProperty("message", str("该字段的问题", "个数必须在0和50之间")).required(java.util.List.of("field", "message")));
        markViewPropertiesRequired(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = e.getValue();
            item.getOperations().forEach((method, op) -> addProblems(method, op));
        }
    }

    /**
     * Answers always carry every property of a view (null where there is no value), so generated clients may
     * rely on them; request bodies (…Input, notices) keep the requirements their validation declares.
     */
    private static void markViewPropertiesRequired(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Input") || name.equals("Problem") || name.equals("FieldError") || name.equals("YearNotice")
                    || name.equals("HolidayRange") || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
        });
    }

    private void addProblems(PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH;
        boolean ifMatch = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH
                || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName())));
        add(responses, "400", "请求有误：JSON 格式、字段类型、取值或校验不通过（errors[] 指明字段）");
        if (secured) {
            add(responses, "401", "未登录：缺少或无效的访问令牌");
            add(responses, "403", "无权：当前角色不能执行此操作，或账号未在平台登记");
        }
        // a record named in the path, or one a filter names (delegationId, stationId, …), may be missing
        if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                || p.getName().endsWith("Id"))) {
            add(responses, "404", "记录不存在，或属于其他人大");
        }
        if (op.getRequestBody() != null) {
            add(responses, "415", "不支持该请求体格式");
        }
        if (write) {
            add(responses, "409", "与现有数据或业务规则冲突（重复、仍被引用、状态不允许）");
            if (method == PathItem.HttpMethod.POST) {
                add(responses, "422", "引用的记录不存在（errors[] 指明字段）");
            }
        }
        if (ifMatch) {
            add(responses, "412", "版本已过期：记录已被他人修改");
            add(responses, "428", "缺少 If-Match 请求头");
            if (method != PathItem.HttpMethod.DELETE) {
                add(responses, "422", "引用的记录不存在（errors[] 指明字段）");
            }
        }
        // problems an operation declares beyond these (@Extension(name = "x-problems", value = "409"): a read refused by a rule)
        if (op.getExtensions() != null && op.getExtensions().get("x-problems") != null) {
            for (String code : op.getExtensions().get("x-problems").toString().split(",")) {
                add(responses, code.trim(), code.trim().equals("409") ? "业务规则不允许（rule 指明规则）" : "见操作说明");
            }
            op.removeExtension("x-problems");
        }
        add(responses, "500", "服务器内部错误（不含内部细节，附请求编号）");
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        APIResponse r = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        responses.addAPIResponse(code, r);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 问题详情。detail 为可直接展示给用户的中文说明。")
                .addProperty("type", str("问题类型（稳定的 URI 引用）", "/problems/validation"))
                .addProperty("title", str("问题类别的简短英文标题", "Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)).examples(java.util.List.of(400)))
                .addProperty("detail", str("中文说明", "提交的数据未通过校验：name 不能为空"))
                .addProperty("instance", str("出错的请求路径", "/api/v1/deputies"))
                .addProperty("requestId", str("请求编号，与日志对应", "5f1c2a9e-3b7d"))
                .addProperty("rule", str("被违反的业务规则名（仅状态流转冲突）", "mandate-terminated-is-final"))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(java.util.List.of("type", "title", "status", "detail"));
    }

    private static Schema str(String description, String example) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description)
                .examples(java.util.List.of(example));
    }
}
