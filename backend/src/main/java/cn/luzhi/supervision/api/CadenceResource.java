package cn.luzhi.supervision.api;

import java.time.LocalDate;
import java.util.List;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.supervision.Cadence;
import cn.luzhi.supervision.PlanCadence;
import cn.luzhi.supervision.SupervisionService;
import cn.luzhi.supervision.WorkItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's recurring work (一月一通报、一季一督查、半年一报告、一年一审议), generated as dated items. */
@Path("/api/v1/supervision")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class CadenceResource {
    @Inject
    SupervisionService supervision;
    @Inject
    PlanCadence cadence;
    @Inject
    CurrentCaller caller;
    @Inject
    AuditTrail audit;

    @Schema(name = "CadenceInput", description = "灵宝“五个一”的节奏：每月几号通报（0 为不通报）、是否季度督查、半年报告、年度审议，以及各自的责任方")
    public record CadenceInput(@NotNull @Min(0) @Max(28) @Schema(example = "5") Integer briefingDay, @NotNull Boolean quarterlyInspection,
            @NotNull Boolean semiAnnualReport, @NotNull Boolean annualReview,
            @Size(max = 100) @Schema(example = "人大办", nullable = true) String briefingOwner,
            @Size(max = 100) @Schema(example = "专门委员会", nullable = true) String inspectionOwner,
            @Size(max = 100) @Schema(example = "县人民政府", nullable = true) String reportOwner,
            @Size(max = 100) @Schema(example = "常委会", nullable = true) String reviewOwner) {
    }

    @Schema(name = "WorkItem")
    public record WorkItemView(long id, WorkItem.Kind kind, @Schema(example = "10月工作通报") String title, LocalDate due, String owner,
            @Schema(nullable = true) LocalDate doneOn) {
        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.id, w.kind, w.title, w.due, w.owner, w.doneOn);
        }
    }

    @GET
    @Path("/plans/{id}/work-items")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "listWorkItems", summary = "常态化工作安排", description = "计划年度内按节奏生成的通报、督查、报告和审议，按到期日排列。")
    public List<WorkItemView> list(@PathParam("id") long id) {
        supervision.plan(id);
        return WorkItem.<WorkItem>list("planId = ?1 order by due, id", id).stream().map(WorkItemView::of).toList();
    }

    /** A plan without a cadence: nothing asked, the usual owners offered. */
    private static final Cadence.Settings UNSET = new Cadence.Settings(0, false, false, false, "人大办", "专门委员会", "人民政府", "常委会");

    @Schema(name = "Cadence", description = "计划当前的工作节奏设定；set 为 false 表示尚未设定（其余为默认值）")
    public record CadenceView(boolean set, @Schema(example = "5") int briefingDay, boolean quarterlyInspection, boolean semiAnnualReport,
            boolean annualReview, @Schema(example = "人大办") String briefingOwner, @Schema(example = "专门委员会") String inspectionOwner,
            @Schema(example = "县人民政府") String reportOwner, @Schema(example = "常委会") String reviewOwner) {
        static CadenceView of(boolean set, Cadence.Settings s) {
            return new CadenceView(set, s.briefingDay(), s.quarterlyInspection(), s.semiAnnualReport(), s.annualReview(), s.briefingOwner(),
                    s.inspectionOwner(), s.reportOwner(), s.reviewOwner());
        }
    }

    @GET
    @Path("/plans/{id}/cadence")
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "getPlanCadence", summary = "工作节奏设定", description = "计划上次设定的节奏（每月通报日、季度督查、半年报告、年度审议及责任方）；未设定时 set 为 false。")
    public CadenceView get(@PathParam("id") long id) {
        supervision.plan(id);
        return cadence.settings(id).map(s -> CadenceView.of(true, s)).orElse(CadenceView.of(false, UNSET));
    }

    @PUT
    @Path("/plans/{id}/cadence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "setPlanCadence", summary = "设定工作节奏", description = "按设定为计划年度生成各项常态化工作（逢节假日：月度通报顺延，期末事项提前到最后一个工作日）。"
            + "重新设定时替换尚未完成的事项，已完成的保留；幂等。设定本身保留，可由 GET 读回。")
    public List<WorkItemView> set(@PathParam("id") long id, @Valid @NotNull CadenceInput in) {
        var settings = new Cadence.Settings(in.briefingDay(), in.quarterlyInspection(), in.semiAnnualReport(), in.annualReview(),
                or(in.briefingOwner(), UNSET.briefingOwner()), or(in.inspectionOwner(), UNSET.inspectionOwner()),
                or(in.reportOwner(), UNSET.reportOwner()), or(in.reviewOwner(), UNSET.reviewOwner()));
        cadence.set(id, settings);
        return list(id);
    }

    @POST
    @Path("/work-items/{id}/done")
    @RolesAllowed({ "admin", "staff", "committee" })
    @Operation(operationId = "completeWorkItem", summary = "事项完成", description = "登记一项常态化工作已完成（当天）。")
    public WorkItemView done(@PathParam("id") long id) {
        WorkItem w = cadence.complete(id);
        return WorkItemView.of(w);
    }

    private static String or(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v.trim();
    }
}
