package cn.luzhi.shared;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.util.function.Consumer;

import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One workflow step on a record (a suggestion, a supervision problem): lock its row, check If-Match, apply the
 * entity's transition, audit the change. The row lock makes a concurrent step wait and then see the new version
 * (412) instead of deadlocking; it is a plain {@code FOR UPDATE}, since Hibernate's MySQL dialect writes
 * {@code FOR UPDATE OF alias}, which MariaDB does not accept.
 */
@ApplicationScoped
public class WorkflowSteps {
    @Inject
    AppClock clock;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends TenantEntity & Audited> T apply(T record, String table, String ifMatch, Consumer<T> step) {
        em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 FOR UPDATE").setParameter(1, record.id).getResultList();
        em.refresh(record);
        ETags.require(ifMatch, record.version);
        var before = audit.snapshot(record);
        step.accept(record);
        record.updatedAt = clock.instant();
        audit.updated(record, before);
        return record;
    }
}
