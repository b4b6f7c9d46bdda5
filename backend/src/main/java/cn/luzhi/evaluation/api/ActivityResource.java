package cn.luzhi.evaluation.api;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import cn.luzhi.evaluation.Activity;
import cn.luzhi.evaluation.ActivityService;
import cn.luzhi.evaluation.ActivityType;
import cn.luzhi.evaluation.NativePage;
import cn.luzhi.evaluation.EvaluationDtos.ActivityInput;
import cn.luzhi.evaluation.EvaluationDtos.ActivityRow;
import cn.luzhi.evaluation.EvaluationDtos.ActivityView;
import cn.luzhi.evaluation.EvaluationDtos.CheckInCard;
import cn.luzhi.evaluation.EvaluationDtos.CheckInCodeView;
import cn.luzhi.evaluation.EvaluationDtos.CheckInResult;
import cn.luzhi.evaluation.EvaluationDtos.ParticipantView;
import cn.luzhi.evaluation.EvaluationDtos.RejectInput;
import cn.luzhi.evaluation.EvaluationDtos.TypeInput;
import cn.luzhi.evaluation.EvaluationDtos.TypeView;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Activity records for the deputies' dossiers (一人一档). */
@Path("/api/v1/evaluation")
@Tag(name = "evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {
    @Inject
    CurrentCaller caller;
    @Inject
    cn.luzhi.evaluation.ScoreQueries queries;
    @Inject
    ActivityService service;
    @Inject
    cn.luzhi.evaluation.CheckIns checkIns;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "luzhi.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @Inject
    EntityManager em;
    @Inject
    cn.luzhi.shared.audit.AuditTrail audit;

    @GET
    @Path("/activity-types")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "integration" })
    @Operation(operationId = "listActivityTypes", summary = "活动类型", description = "内置类型和本级人大增加的类型。")
    public List<TypeView> types() {
        return ActivityType.<ActivityType>find("congressId is null or congressId = ?1 order by id", caller.congressId()).list().stream()
                .map(t -> new TypeView(t.id, t.code, t.name, t.congressId == null)).toList();
    }

    @POST
    @Path("/activity-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createActivityType", summary = "增加活动类型", description = "代码在内置和本级类型中唯一。")
    @APIResponse(responseCode = "201", description = "已增加", content = @Content(schema = @Schema(implementation = TypeView.class)))
    public Response createType(@Valid @NotNull TypeInput in) {
        ActivityType t = service.createType(in.code(), in.name());
        return Response.status(201).entity(new TypeView(t.id, t.code, t.name, false)).build();
    }

    @GET
    @Path("/activities")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "listActivities", summary = "履职活动", description = "按年度、类型、代表、状态筛选；代表只看到本人参加的。sort：occurredOn、title。")
    public PageResult<ActivityRow> list(@QueryParam("year") Integer year, @QueryParam("typeId") Long typeId, @QueryParam("deputyId") Long deputyId,
            @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Caller c = caller.get();
        if (year != null) {
            queries.year(year);
        }
        if (c.is(Roles.DEPUTY)) {
            deputyId = c.deputyId() == null ? -1L : c.deputyId();
        }
        Paging paging = Paging.of(page, size, sort, Paging.fields("occurredOn", "a.occurred_on", "title", "a.title"), "occurredOn,desc");
        var p = new NativePage("FROM activity a JOIN activity_type t ON t.id = a.type_id WHERE a.congress_id = :c").param("c", c.congressId())
                .and("a.occurred_on >= :from AND a.occurred_on < :to", "from", year == null ? null : Date.valueOf(LocalDate.of(year, 1, 1)))
                .and("a.type_id = :type", "type", typeId)
                .and("EXISTS (SELECT 1 FROM activity_participant x WHERE x.activity_id = a.id AND x.mandate_id = :deputy)", "deputy", deputyId)
                .and("a.status = :status", "status", status == null ? null : Enums.parse(Activity.Status.class, status, "status").name())
                .and("a.title LIKE :q", "q", q == null || q.isBlank() ? null : Paging.like(q));
        if (year != null) {
            p.param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        }
        return p.fetch(em, "a.id, a.type_id, t.name, a.title, a.occurred_on, a.status,"
                + " (SELECT COUNT(*) FROM activity_participant y WHERE y.activity_id = a.id)", paging, "a.id",
                r -> new ActivityRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], toDate(r[4]),
                        Activity.Status.valueOf((String) r[5]), ((Number) r[6]).longValue()));
    }

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "deputy", "integration" })
    @Operation(operationId = "createActivity", summary = "登记履职活动", description = "工作人员登记的活动直接确认并计分；代表自报的记为本人出席，确认后才计分。")
    @APIResponse(responseCode = "201", description = "已登记", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response create(@Valid @NotNull ActivityInput in) {
        Activity a = service.create(draft(in));
        return Response.created(URI.create("/api/v1/evaluation/activities/" + a.id)).tag(tag(a)).entity(view(a)).build();
    }

    @GET
    @Path("/activities/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getActivity", summary = "活动详情", description = "参加代表及其出席情况；ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "活动", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") long id) {
        Activity a = service.visible(id);
        return Response.ok(view(a)).tag(tag(a)).build();
    }

    @GET
    @Path("/activities/{id}/history")
    @RolesAllowed({ "admin", "staff", "leader" })
    @Operation(operationId = "getActivityHistory", summary = "活动的修改记录", description = "谁在何时改了什么（登记、更正、确认、退回）。")
    public List<cn.luzhi.shared.audit.HistoryEntry> history(@PathParam("id") long id) {
        service.visible(id);
        return audit.history("activity", id);
    }

    @PUT
    @Path("/activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "updateActivity", summary = "修改活动", description = "更正活动和出席情况，受影响代表的得分随即重算；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "活动", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ActivityInput in) {
        Activity a = service.update(id, ifMatch, draft(in));
        return Response.ok(view(a)).tag(tag(a)).build();
    }

    @DELETE
    @Path("/activities/{id}")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "deleteActivity", summary = "删除误登记的活动", description = "连同出席记录删除，相关代表的得分随即重算；代表已对其提出异议的不能删除。须带 If-Match。")
    @APIResponse(responseCode = "204", description = "已删除")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/activities/{id}/confirm")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "confirmActivity", summary = "确认自报活动", description = "确认后计入得分；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "活动", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Activity a = service.confirm(id, ifMatch);
        return Response.ok(view(a)).tag(tag(a)).build();
    }

    @POST
    @Path("/activities/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "rejectActivity", summary = "退回自报活动", description = "写明理由，不计分；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "活动", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response reject(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RejectInput in) {
        Activity a = service.reject(id, ifMatch, in.reason());
        return Response.ok(view(a)).tag(tag(a)).build();
    }

    private static ActivityService.Draft draft(ActivityInput in) {
        return new ActivityService.Draft(in.typeId(), in.title(), in.occurredOn(), in.stationId(), in.description(), in.participants() == null ? null
                : in.participants().stream().map(p -> new ActivityService.Attendee(p.deputyId(), p.attendance(), p.rating())).toList(),
                in.startsAt(), in.endsAt(), Boolean.TRUE.equals(in.openToAll()));
    }

    private ActivityView view(Activity a) {
        ActivityType t = em.find(ActivityType.class, a.typeId);
        List<ParticipantView> ps = service.attendants(a.id).stream().map(p -> new ParticipantView(p.deputyId(), p.name(), p.attendance(),
                p.rating() == null ? null : p.rating().setScale(2, java.math.RoundingMode.HALF_UP), p.checkedInAt())).toList();
        return new ActivityView(a.id, a.version, a.typeId, t.name, a.title, a.occurredOn, a.stationId, a.description, a.status, a.reportedBy,
                a.rejectReason, ps, a.createdAt, a.startsAt, a.endsAt, a.openToAll, a.checkInCode != null);
    }

    // ---- 扫码签到 -------------------------------------------------------------------------------------------

    @GET
    @Path("/activities/{id}/check-in")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getCheckInCode", summary = "活动签到码", description = "二维码的链接和签到时间；尚未生成时 404。")
    public CheckInCodeView checkInCode(@PathParam("id") long id) {
        return codeView(checkIns.withCode(id));
    }

    @POST
    @Path("/activities/{id}/check-in/renew")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "renewCheckInCode", summary = "生成或更新签到码",
            description = "生成新的签到码，旧码及其打印件随即失效。活动须已确认并填写开始和结束时间；须带 If-Match。")
    @APIResponse(responseCode = "200", description = "新签到码", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CheckInCodeView.class)))
    public Response renewCheckInCode(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Activity a = checkIns.renew(id, ifMatch);
        return Response.ok(codeView(a)).tag(tag(a)).build();
    }

    @GET
    @Path("/activities/{id}/check-in/qr.png")
    @Produces("image/png")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getCheckInQrPng", summary = "签到二维码（PNG）", description = "供大屏展示；size 为像素宽度（120–2000，默认 600）。")
    @APIResponse(responseCode = "200", description = "二维码", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response checkInPng(@PathParam("id") long id, @QueryParam("size") Integer size) {
        int px = size == null ? 600 : size;
        if (px < 120 || px > 2000) {
            throw cn.luzhi.shared.ProblemException.invalid("size", "二维码宽度须在 120 到 2000 像素之间");
        }
        Activity a = checkIns.withCode(id);
        return Response.ok(cn.luzhi.shared.qr.QrCodes.png(link(a), px), "image/png")
                .header("Content-Disposition", "inline; filename=\"check-in-" + a.id + ".png\"").build();
    }

    @GET
    @Path("/activities/{id}/check-in/qr.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "getCheckInQrSvg", summary = "签到二维码（SVG，打印用）", description = "矢量图，下方注明活动名称和日期，可任意放大打印。")
    @APIResponse(responseCode = "200", description = "二维码", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response checkInSvg(@PathParam("id") long id) {
        Activity a = checkIns.withCode(id);
        return Response.ok(cn.luzhi.shared.qr.QrCodes.svg(link(a), a.title + " " + a.occurredOn + " 扫码签到"), "image/svg+xml")
                .header("Content-Disposition", "inline; filename=\"check-in-" + a.id + ".svg\"").build();
    }

    @GET
    @Path("/check-ins/{code}")
    @RolesAllowed("deputy")
    @Operation(operationId = "getCheckIn", summary = "扫码后的签到页", description = "活动名称、签到时间和本人是否已签到；签到码无效或已更新时 404。")
    public CheckInCard checkInCard(@PathParam("code") String code) {
        var c = checkIns.card(code);
        Activity a = c.activity();
        return new CheckInCard(a.id, a.title, a.occurredOn, em.find(ActivityType.class, a.typeId).name, c.opens(), c.closes(), c.checkedInAt(), c.invited(),
                c.open());
    }

    @POST
    @Path("/check-ins/{code}")
    @RolesAllowed("deputy")
    @Operation(operationId = "checkIn", summary = "扫码签到", description = "在签到时间内（开始前 30 分钟至结束）记为本人出席并记下时间，随即计入得分；"
            + "重复扫码不作更改。不在时间内 409，不在邀请名单 403，码无效 404。")
    @APIResponse(responseCode = "200", description = "已签到", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    public CheckInResult checkIn(@PathParam("code") String code) {
        var s = checkIns.checkIn(code);
        return new CheckInResult(s.activity().id, s.activity().title, s.checkedInAt(), s.already());
    }

    private CheckInCodeView codeView(Activity a) {
        java.time.Instant[] w = a.checkInWindow(checkIns.opensBefore());
        return new CheckInCodeView(a.id, a.checkInCode, link(a), w[0], w[1]);
    }

    private String link(Activity a) {
        return publicUrl + "/check-in/" + a.checkInCode;
    }

    private static EntityTag tag(Activity a) {
        return new EntityTag(Integer.toString(a.version));
    }

    static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static BigDecimal dec(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
