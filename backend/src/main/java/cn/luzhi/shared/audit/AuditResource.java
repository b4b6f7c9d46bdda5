package cn.luzhi.shared.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The congress's whole audit trail, newest first, paged by keyset (it only grows). */
@Path("/api/v1/audit-events")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final int MAX = 200;

    @Inject
    CurrentCaller caller;
    @Inject
    AuditTrail trail;

    @Schema(name = "AuditEvent")
    public record EventView(long id, @Schema(example = "deputy") String entityType, long entityId, String action, String actor,
            Instant at, List<HistoryEntry.Change> changes) {
    }

    @Schema(name = "AuditPage", description = "一页审计记录；nextBefore 不为 null 时，以它作为 before 取下一页")
    public record AuditPage(List<EventView> items, @Schema(nullable = true) Long nextBefore) {
    }

    @GET
    @RolesAllowed({ "admin", "staff" })
    @Operation(operationId = "listAuditEvents", summary = "审计记录", description = "本届人大的全部修改记录，新的在前，按编号做键集分页（before = 上一页的 nextBefore），"
            + "不论翻到多深都走索引。可按记录类型、记录编号和操作人筛选。")
    public AuditPage list(@QueryParam("before") @Parameter(description = "只返回编号小于它的记录") Long before,
            @QueryParam("size") @Parameter(description = "1–200，默认 50") Integer size,
            @QueryParam("entityType") @Parameter(example = "deputy") String entityType, @QueryParam("entityId") Long entityId,
            @QueryParam("actor") @Parameter(example = "staff1") String actor) {
        int n = size == null ? 50 : size;
        if (n < 1 || n > MAX) {
            throw ProblemException.invalid("size", "每页条数须在 1 到 " + MAX + " 之间");
        }
        StringBuilder where = new StringBuilder("congressId = :c");
        Map<String, Object> p = new HashMap<>();
        p.put("c", caller.congressId());
        if (before != null) {
            where.append(" and id < :before");
            p.put("before", before);
        }
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entityType = :type");
            p.put("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :eid");
            p.put("eid", entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            p.put("actor", actor);
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("id"), p).range(0, n).list();
        List<EventView> items = rows.stream().limit(n).map(e -> {
            HistoryEntry h = trail.entry(e);
            return new EventView(e.id, e.entityType, e.entityId, e.action, e.actor, e.at, h.changes());
        }).toList();
        Long next = rows.size() > n ? items.get(items.size() - 1).id() : null;
        return new AuditPage(items, next);
    }
}
