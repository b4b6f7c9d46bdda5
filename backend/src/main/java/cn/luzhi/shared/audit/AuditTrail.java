package cn.luzhi.shared.audit;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.web.RequestId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes and reads the audit trail. Callers take a snapshot before a change and hand it back after. */
@ApplicationScoped
public class AuditTrail {
    @Inject
    AppClock clock;
    @Inject
    CurrentCaller caller;
    @Inject
    RequestId requestId;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Audited e) {
        List<HistoryEntry.Change> changes = new ArrayList<>();
        e.auditState().forEach((k, v) -> {
            if (v != null) {
                changes.add(new HistoryEntry.Change(k, null, v));
            }
        });
        write(e, "CREATED", changes);
    }

    public Map<String, Object> snapshot(Audited e) {
        return new LinkedHashMap<>(e.auditState());
    }

    /** Records the fields that differ from {@code before}; records nothing when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Audited e, Map<String, Object> before) {
        List<HistoryEntry.Change> changes = new ArrayList<>();
        Map<String, Object> after = e.auditState();
        after.forEach((k, v) -> {
            Object old = before.get(k);
            if (!Objects.equals(String.valueOf(old), String.valueOf(v))) {
                changes.add(new HistoryEntry.Change(k, old, v));
            }
        });
        if (!changes.isEmpty()) {
            write(e, "UPDATED", changes);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(Audited e) {
        List<HistoryEntry.Change> changes = new ArrayList<>();
        e.auditState().forEach((k, v) -> {
            if (v != null) {
                changes.add(new HistoryEntry.Change(k, v, null));
            }
        });
        write(e, "DELETED", changes);
    }

    /** The record's history, oldest first. */
    public List<HistoryEntry> history(String type, long id) {
        List<AuditEvent> events = AuditEvent.list("entityType = ?1 and entityId = ?2", Sort.by("id"), type, id);
        return events.stream().map(this::toEntry).toList();
    }

    public HistoryEntry entry(AuditEvent ev) {
        return toEntry(ev);
    }

    private HistoryEntry toEntry(AuditEvent ev) {
        try {
            List<HistoryEntry.Change> changes = json.readValue(ev.changes, new TypeReference<>() {
            });
            return new HistoryEntry(ev.id, ev.at, ev.actor, ev.action, changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit event " + ev.id + " is unreadable", ex);
        }
    }

    /** Records a change of something that is not an {@link Audited} entity (a calendar year, a setting). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(String type, long id, String action, List<HistoryEntry.Change> changes) {
        write(caller.congressId(), type, id, action, changes);
    }

    private void write(Audited e, String action, List<HistoryEntry.Change> changes) {
        write(e.auditCongressId(), e.auditType(), e.auditId(), action, changes);
    }

    private void write(Long congressId, String type, Long id, String action, List<HistoryEntry.Change> changes) {
        AuditEvent ev = new AuditEvent();
        ev.congressId = congressId;
        ev.entityType = type;
        ev.entityId = id;
        ev.action = action;
        var c = caller.get();
        ev.actor = c.username();
        ev.actorUserId = c.userId();
        ev.at = clock.instant();
        ev.requestId = requestId.get();
        try {
            ev.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        ev.persist();
    }
}
