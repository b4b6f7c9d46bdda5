package cn.luzhi.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Direct reads of the test database, to prove what a request wrote (or did not write). */
@ApplicationScoped
public class Db {
    @Inject
    EntityManager em;

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long count(String table, String where, Object... params) {
        var q = em.createNativeQuery("select count(*) from " + table + " where " + where);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Transactional
    public Object scalar(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    /** A direct write, to put a record into a state the API cannot (an old deadline, a late assignment). */
    @Transactional
    public int execute(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    /** Counts of every directory table and the audit trail, to compare before and after a refused request. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (String t : new String[] { "congress", "committee", "delegation", "liaison_station", "handling_unit", "person",
                "deputy_mandate", "app_user", "audit_event" }) {
            sb.append(t).append('=').append(count(t)).append(' ');
        }
        sb.append("maxVersion=").append(scalar("select coalesce(sum(version),0) from deputy_mandate"));
        sb.append(" unitVersions=").append(scalar("select coalesce(sum(version),0) from handling_unit"));
        return sb.toString();
    }
}
