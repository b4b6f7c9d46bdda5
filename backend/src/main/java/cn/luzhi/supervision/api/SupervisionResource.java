package cn.luzhi.supervision.api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.Enums;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.supervision.SupervisionPlan;
import cn.luzhi.supervision.SupervisionService;
import cn.luzhi.supervision.Topic;
import cn.luzhi.supervision.TopicLinks;
import cn.luzhi.supervision.SupervisionDtos.CandidateTopicInput;
import cn.luzhi.supervision.SupervisionDtos.PlanInput;
import cn.luzhi.supervision.SupervisionDtos.PlanView;
import cn.luzhi.supervision.SupervisionDtos.TopicEvidence;
import cn.luzhi.supervision.SupervisionDtos.TopicInput;
import cn.luzhi.supervision.SupervisionDtos.TopicView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Annual supervision plans and their topics. */
@Path("/api/v1/supervision")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    cn.luzhi.shared.CurrentCaller caller;
    @Inject
    SupervisionService service;
    @Inject
    TopicLinks links;

    @GET
    @Path("/plans")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "listPlans", summary = "年度监督计划列表", description = "本届人大各年度的监督计划，附议题数。")
    public PageResult<PlanView> plans(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "year,desc") String sort) {
        return service.plans(Paging.of(page, size, sort, SupervisionService.PLAN_SORT, "year,desc")).map(this::view);
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "createPlan", summary = "新建年度监督计划", description = "每个年度一份（重复为 409）。")
    @APIResponse(responseCode = "201", description = "已新建", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response createPlan(@Valid @NotNull PlanInput input) {
        SupervisionPlan p = service.createPlan(input);
        return Response.created(URI.create("/api/v1/supervision/plans/" + p.id)).tag(tag(p.version)).entity(view(p)).build();
    }

    @GET
    @Path("/plans/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "getPlan", summary = "监督计划详情", description = "ETag 头为版本号。")
    @APIResponse(responseCode = "200", description = "计划", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response plan(@PathParam("id") long id) {
        SupervisionPlan p = service.plan(id);
        return Response.ok(view(p)).tag(tag(p.version)).build();
    }

    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "updatePlan", summary = "修改监督计划", description = "修改标题；年度不能改。须带 If-Match。")
    public Response updatePlan(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PlanInput input) {
        SupervisionPlan p = service.updatePlan(id, ifMatch, input);
        return Response.ok(view(p)).tag(tag(p.version)).build();
    }

    @POST
    @Path("/plans/{id}/adopt")
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "adoptPlan", summary = "计划通过", description = "常委会会议通过年度监督计划；没有议题的计划不能通过（409）。")
    public Response adopt(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        SupervisionPlan p = service.adopt(id, ifMatch);
        return Response.ok(view(p)).tag(tag(p.version)).build();
    }

    @GET
    @Path("/plans/{id}/topics")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "listTopics", summary = "计划中的议题", description = "按状态、负责委员会、选题来源筛选；q 在标题和说明中检索。")
    public PageResult<TopicView> topics(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort, @QueryParam("q") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = Topic.Status.class)) String status,
            @QueryParam("committeeId") Long committeeId,
            @QueryParam("source") @Parameter(schema = @Schema(implementation = Topic.Source.class)) String source) {
        var f = new SupervisionService.TopicFilter(Enums.parse(Topic.Status.class, status, "status"), committeeId,
                Enums.parse(Topic.Source.class, source, "source"), q);
        var result = service.topics(id, f, Paging.of(page, size, sort, SupervisionService.TOPIC_SORT, "id,asc"));
        Map<Long, String> names = committeeNames();
        return result.map(t -> view(t, names));
    }

    @POST
    @Path("/plans/{id}/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "createTopic", summary = "拟定议题", description = "在计划中拟定一个监督议题，写明选题来源、监督方式、负责委员会、依据（建议等）和被监督单位。"
            + "专门委员会只能为本委员会拟定。")
    @APIResponse(responseCode = "201", description = "已拟定", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = TopicView.class)))
    public Response createTopic(@PathParam("id") long id, @Valid @NotNull TopicInput input) {
        Topic t = service.createTopic(id, input);
        return Response.created(URI.create("/api/v1/supervision/topics/" + t.id)).tag(tag(t.version)).entity(view(t, committeeNames())).build();
    }

    @POST
    @Path("/plans/{id}/topics/from-candidate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "createTopicFromCandidate", summary = "由数据选题生成议题", description = "一步把一组数据选题（topic-candidates 的条目）转为议题，条目即依据，来源自动判定。")
    @APIResponse(responseCode = "201", description = "已拟定", content = @Content(schema = @Schema(implementation = TopicView.class)))
    public Response fromCandidate(@PathParam("id") long id, @Valid @NotNull CandidateTopicInput input) {
        Topic t = service.createFromCandidate(id, input);
        return Response.created(URI.create("/api/v1/supervision/topics/" + t.id)).tag(tag(t.version)).entity(view(t, committeeNames())).build();
    }

    @GET
    @Path("/my-topics")
    @RolesAllowed("deputy")
    @Operation(operationId = "listMyGroupTopics", summary = "我参加的监督小组", description = "本人作为组长或组员参加监督小组（一事一小组）的议题，新的在前。")
    public PageResult<TopicView> myTopics(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "id,desc") String sort) {
        var result = service.groupTopics(Paging.of(page, size, sort, SupervisionService.TOPIC_SORT, "id,desc"));
        Map<Long, String> names = committeeNames();
        return result.map(t -> view(t, names));
    }

    @GET
    @Path("/topics/{id}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getTopic", summary = "议题详情", description = "ETag 头为版本号。代表只能查看本人所在监督小组的议题（其他为 404）。")
    @APIResponse(responseCode = "200", description = "议题", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = TopicView.class)))
    public Response topic(@PathParam("id") long id) {
        Topic t = service.visibleTopic(id);
        return Response.ok(view(t, committeeNames())).tag(tag(t.version)).build();
    }

    @PUT
    @Path("/topics/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "updateTopic", summary = "修改议题", description = "实施前可修改；须带 If-Match。专门委员会只能修改本委员会的议题。")
    public Response updateTopic(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TopicInput input) {
        Topic t = service.updateTopic(id, ifMatch, input);
        return Response.ok(view(t, committeeNames())).tag(tag(t.version)).build();
    }

    @POST
    @Path("/topics/{id}/{action: approve|start|deliberate|close}")
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "moveTopic", summary = "议题推进", description = "approve 列入计划（工作人员）→ start 开始实施 → deliberate 登记常委会审议 → close 办结；"
            + "顺序不对的为 409 并给出规则名。须带 If-Match。")
    public Response move(@PathParam("id") long id, @PathParam("action") @Parameter(schema = @Schema(enumeration = { "approve", "start",
            "deliberate", "close" })) String action, @HeaderParam("If-Match") String ifMatch) {
        Topic t = service.transition(id, ifMatch, action);
        return Response.ok(view(t, committeeNames())).tag(tag(t.version)).build();
    }

    private PlanView view(SupervisionPlan p) {
        return new PlanView(p.id, p.version, p.year, p.title, p.status, p.adoptedOn, service.topicCount(p.id));
    }

    private TopicView view(Topic t, Map<Long, String> names) {
        List<TopicEvidence> evidence = links.evidenceItems(t.id).stream()
                .map(e -> new TopicEvidence(e.id(), e.number(), e.kind(), e.source(), e.title())).toList();
        return new TopicView(t.id, t.version, t.planId, t.title, t.description, t.method, t.committeeId,
                t.committeeId == null ? null : names.get(t.committeeId), t.status, links.sources(t.id),
                evidence.stream().map(TopicEvidence::id).toList(), evidence, links.units(t.id), t.createdAt, t.updatedAt,
                cn.luzhi.supervision.SupervisionActions.of(caller.get(), t));
    }

    private Map<Long, String> committeeNames() {
        return directory.committeeNames();
    }

    private static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
