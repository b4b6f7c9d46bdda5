package cn.luzhi.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The create / update / delete steps every simple directory record shares: congress scoping, the
 * If-Match check, uniqueness of the name within the congress, and the audit entry, all in one transaction.
 */
@ApplicationScoped
public class RecordWrites {
    @Inject
    EntityManager em;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    cn.luzhi.shared.CurrentCaller caller;

    @Transactional
    public <T extends TenantEntity & Audited> T create(T e, Consumer<T> apply, String nameOf) {
        e.congressId = caller.congressId();
        apply.accept(e);
        requireUniqueName(e, nameOf);
        e.persist();
        audit.created(e);
        return e;
    }

    @Transactional
    public <T extends TenantEntity & Audited> T update(Class<T> type, long id, String what, String ifMatch, Consumer<T> apply,
            String nameOf) {
        T e = lookup.require(type, id, what);
        ETags.require(ifMatch, e.version);
        var before = audit.snapshot(e);
        apply.accept(e);
        requireUniqueName(e, nameOf);
        audit.updated(e, before);
        return e;
    }

    @Transactional
    public <T extends TenantEntity & Audited> void delete(Class<T> type, long id, String what, String ifMatch,
            String inUseQuery) {
        T e = lookup.require(type, id, what);
        ETags.require(ifMatch, e.version);
        if (inUseQuery != null) {
            long uses = em.createQuery(inUseQuery, Long.class).setParameter("id", id).getSingleResult();
            if (uses > 0) {
                throw ProblemException.conflict("该" + what + "仍被 " + uses + " 条记录引用，不能删除");
            }
        }
        audit.deleted(e);
        e.delete();
    }

    /** Runs a list query one page at a time, with the total count. */
    public static <T> PageResult<T> page(PanacheQuery<T> q, Paging paging) {
        return new PageResult<>(q.page(paging.toPage()).list(), q.count(), paging.page(), paging.size());
    }

    /** Starts a where clause scoped to the caller's congress, with optional filters appended by {@link #and}. */
    public Where where() {
        return new Where(caller.congressId());
    }

    public static final class Where {
        public final StringBuilder text = new StringBuilder("congressId = :congress");
        public final Map<String, Object> params = new HashMap<>();

        Where(long congress) {
            params.put("congress", congress);
        }

        public Where and(String path, String name, Object value) {
            if (value != null) {
                text.append(" and ").append(path).append(" = :").append(name);
                params.put(name, value);
            }
            return this;
        }

        /** Chinese substring search over the given paths. */
        public Where search(String q, String... paths) {
            if (q != null && !q.isBlank()) {
                text.append(" and (");
                for (int i = 0; i < paths.length; i++) {
                    text.append(i > 0 ? " or " : "").append(paths[i]).append(" like :q");
                }
                text.append(")");
                params.put("q", Paging.like(q));
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private <T extends TenantEntity> void requireUniqueName(T e, String name) {
        if (name == null) {
            return;
        }
        long same = em.createQuery("select count(x) from " + e.getClass().getSimpleName()
                + " x where x.congressId = :c and x.name = :n and (:id is null or x.id <> :id)", Long.class)
                .setParameter("c", e.congressId).setParameter("n", name).setParameter("id", e.id).getSingleResult();
        if (same > 0) {
            throw ProblemException.duplicate("name", "名称“" + name + "”已存在");
        }
    }
}
