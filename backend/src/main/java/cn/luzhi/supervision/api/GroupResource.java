package cn.luzhi.supervision.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.supervision.GroupService.Member;
import cn.luzhi.supervision.Milestone;
import cn.luzhi.supervision.SupervisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A topic's supervision group (一事一小组) and its schedule. Group members, being deputies, may read both. */
@Path("/api/v1/supervision")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {
    @Inject
    cn.luzhi.supervision.GroupService groups;
    @Inject
    SupervisionService supervision;
    @Inject
    TenantLookup lookup;
    @Inject
    CurrentCaller caller;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Schema(name = "GroupInput")
    public record GroupInput(@NotNull @Schema(description = "组长（代表）") Long leaderDeputyId,
            @Schema(description = "组员（代表）", nullable = true) List<@NotNull Long> memberIds) {
    }

    @Schema(name = "Milestone")
    public record MilestoneView(long id, String title, LocalDate due, @Schema(nullable = true) LocalDate doneOn) {
    }

    @Schema(name = "MilestoneInput")
    public record MilestoneInput(@NotBlank @Size(max = 200) @Schema(example = "前置审议：委员会听取汇报并提出初步意见") String title,
            @NotNull @Schema(example = "2027-05-20") LocalDate due) {
    }

    @GET
    @Path("/topics/{id}/group")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "getTopicGroup", summary = "监督小组", description = "议题的监督小组（组长和组员）。代表只能看到自己所在小组。")
    public List<Member> group(@PathParam("id") long id) {
        visible(id);
        return groups.members(id);
    }

    @PUT
    @Path("/topics/{id}/group")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "setTopicGroup", summary = "组建监督小组", description = "一事一小组：一名代表任组长，若干代表为组员（须为本届在职代表）；整体替换，记入审计。")
    public List<Member> setGroup(@PathParam("id") long id, @Valid @NotNull GroupInput in) {
        return groups.setGroup(id, in.leaderDeputyId(), in.memberIds());
    }

    @GET
    @Path("/topics/{id}/milestones")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy" })
    @Operation(operationId = "listMilestones", summary = "议题进度安排", description = "议题的时间节点，按日期排列。")
    public List<MilestoneView> milestones(@PathParam("id") long id) {
        visible(id);
        return Milestone.<Milestone>list("topicId = ?1 order by due, id", id).stream().map(m -> new MilestoneView(m.id, m.title, m.due, m.doneOn))
                .toList();
    }

    @POST
    @Path("/topics/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "addMilestone", summary = "添加时间节点", description = "为议题添加一个时间节点。")
    @APIResponse(responseCode = "201", description = "已添加", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response addMilestone(@PathParam("id") long id, @Valid @NotNull MilestoneInput in) {
        Milestone m = groups.addMilestone(id, in.title(), in.due());
        return Response.created(URI.create("/api/v1/supervision/topics/" + id + "/milestones")).entity(new MilestoneView(m.id, m.title, m.due, null))
                .build();
    }

    @POST
    @Path("/topics/{id}/milestones/{milestoneId}/done")
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "completeMilestone", summary = "节点完成", description = "登记时间节点完成（当天）；已完成的不能再登记（409）。")
    public MilestoneView done(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId) {
        Milestone m = groups.completeMilestone(id, milestoneId);
        return new MilestoneView(m.id, m.title, m.due, m.doneOn);
    }

    /** Staff, leaders and committees see every topic of the congress; a deputy only the topics whose group they are in. */
    private void visible(long id) {
        supervision.visibleTopic(id);
    }
}
