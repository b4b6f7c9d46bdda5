package cn.luzhi.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Loads records within the caller's congress; a record of another congress looks missing. */
@ApplicationScoped
public class TenantLookup {
    @Inject
    EntityManager em;
    @Inject
    CurrentCaller caller;

    /** For a path id: 404 when missing or of another congress. */
    public <T extends TenantEntity> T require(Class<T> type, long id, String what) {
        T e = em.find(type, id);
        if (e == null || !e.congressId.equals(caller.congressId())) {
            throw ProblemException.notFound(what);
        }
        return e;
    }

    /** For a reference in a request body: 422 naming the field when missing or of another congress. */
    public <T extends TenantEntity> T reference(Class<T> type, Long id, String field, String what) {
        if (id == null) {
            return null;
        }
        T e = em.find(type, id);
        if (e == null || !e.congressId.equals(caller.congressId())) {
            throw ProblemException.unknownReference(field, what);
        }
        return e;
    }
}
