package cn.luzhi.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Surface;
import cn.luzhi.shared.TenantLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the directory offers the other modules: deputies, units, committees, stations, delegations and accounts as
 * read-only records, found within the caller's congress. References from a request body that are missing (or of
 * another congress) answer 422 naming the field; path ids answer 404. The entities themselves stay inside.
 */
@Surface
@ApplicationScoped
public class Directory {
    @Inject
    EntityManager em;
    @Inject
    TenantLookup lookup;
    @Inject
    CurrentCaller caller;

    /** A deputy's mandate in one congress. */
    public record Deputy(long id, long congressId, String name, boolean active, long delegationId, String delegationName, Long stationId,
            String stationName) {
        static Deputy of(DeputyMandate m) {
            return new Deputy(m.id, m.congressId, m.name, m.status == DeputyMandate.Status.ACTIVE, m.delegation.id, m.delegation.name,
                    m.station == null ? null : m.station.id, m.station == null ? null : m.station.name);
        }
    }

    /** A liaison station and the township it serves. */
    public record Station(long id, String name, String township) {
    }

    /** A record known by its name (a unit, a committee, a delegation). */
    public record Named(long id, String name) {
    }

    /** An account of the congress and its role. */
    public record Account(long id, String username, String displayName, String role, String email) {
        public boolean is(String r) {
            return r.equals(role);
        }
    }

    // ---- references from a request body (422 naming the field) --------------------------------------------

    public Deputy deputyReference(Long id, String field, String what) {
        DeputyMandate m = lookup.reference(DeputyMandate.class, id, field, what);
        return m == null ? null : Deputy.of(m);
    }

    /** A deputy who may act now (an active mandate); a suspended or ended one answers 422 on the field. */
    public Deputy activeDeputyReference(Long id, String field) {
        Deputy d = deputyReference(id, field, "代表");
        if (d != null && !d.active()) {
            throw ProblemException.invalid(field, "该代表当前不能执行代表职务");
        }
        return d;
    }

    public Named unitReference(Long id, String field, String what) {
        HandlingUnit u = lookup.reference(HandlingUnit.class, id, field, what);
        return u == null ? null : new Named(u.id, u.name);
    }

    public Named committeeReference(Long id, String field, String what) {
        Committee c = lookup.reference(Committee.class, id, field, what);
        return c == null ? null : new Named(c.id, c.name);
    }

    public Station stationReference(Long id, String field, String what) {
        LiaisonStation s = lookup.reference(LiaisonStation.class, id, field, what);
        return s == null ? null : new Station(s.id, s.name, s.township);
    }

    public Account accountReference(Long id, String field, String what) {
        AppUser u = lookup.reference(AppUser.class, id, field, what);
        return u == null ? null : new Account(u.id, u.username, u.displayName, u.role, u.email);
    }

    // ---- path ids (404) ------------------------------------------------------------------------------------

    public Deputy requireDeputy(long id) {
        return Deputy.of(lookup.require(DeputyMandate.class, id, "代表"));
    }

    public void requireDelegation(long id) {
        lookup.require(Delegation.class, id, "代表团");
    }

    public void requireStation(long id) {
        lookup.require(LiaisonStation.class, id, "联络站");
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    /** A deputy's mandate in whichever congress, if there is one. */
    public Optional<Deputy> deputy(long id) {
        return Optional.ofNullable(em.find(DeputyMandate.class, id)).map(Deputy::of);
    }

    /** The names of the caller's congress's handling units, by id, in one statement. */
    public Map<Long, String> unitNames() {
        return names("HandlingUnit", caller.congressId());
    }

    /** The names of the caller's congress's committees, by id, in one statement. */
    public Map<Long, String> committeeNames() {
        return names("Committee", caller.congressId());
    }

    public List<Station> stations(long congressId) {
        return em.createQuery("select s from LiaisonStation s where s.congressId = :c order by s.id", LiaisonStation.class).setParameter("c", congressId)
                .getResultStream().map(s -> new Station(s.id, s.name, s.township)).toList();
    }

    public List<Named> delegations(long congressId) {
        return em.createQuery("select d.id, d.name from Delegation d where d.congressId = :c order by d.id", Object[].class).setParameter("c", congressId)
                .getResultStream().map(r -> new Named((Long) r[0], (String) r[1])).toList();
    }

    /** Every deputy of the congress with the delegation that elected them, in one statement. */
    public Map<Long, Long> delegationOfDeputies(long congressId) {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery("select m.id, m.delegation.id from DeputyMandate m where m.congressId = :c", Object[].class).setParameter("c", congressId)
                .getResultStream().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    // ---- for the demo data of the other modules ------------------------------------------------------------

    public Optional<Long> congressByCode(String code) {
        return em.createQuery("select c.id from Congress c where c.code = :code", Long.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The congress's active deputies, by id. */
    public List<Deputy> activeDeputies(long congressId) {
        return em.createQuery("select m from DeputyMandate m join fetch m.delegation left join fetch m.station where m.congressId = :c"
                + " and m.status = :active order by m.id", DeputyMandate.class).setParameter("c", congressId).setParameter("active", DeputyMandate.Status.ACTIVE)
                .getResultStream().map(Deputy::of).toList();
    }

    /** The congress's handling units, by id. */
    public List<Named> units(long congressId) {
        return em.createQuery("select u.id, u.name from HandlingUnit u where u.congressId = :c order by u.id", Object[].class).setParameter("c", congressId)
                .getResultStream().map(r -> new Named((Long) r[0], (String) r[1])).toList();
    }

    public long unitNamed(long congressId, String name) {
        return em.createQuery("select u.id from HandlingUnit u where u.congressId = :c and u.name = :n", Long.class).setParameter("c", congressId)
                .setParameter("n", name).getSingleResult();
    }

    public long committeeNamed(long congressId, String name) {
        return em.createQuery("select c.id from Committee c where c.congressId = :c and c.name = :n", Long.class).setParameter("c", congressId)
                .setParameter("n", name).getSingleResult();
    }

    public Account account(String username) {
        AppUser u = em.createQuery("select u from AppUser u where u.username = :n", AppUser.class).setParameter("n", username).getSingleResult();
        return new Account(u.id, u.username, u.displayName, u.role, u.email);
    }

    // ---- accounts to notify ---------------------------------------------------------------------------------

    /** The enabled accounts of a handling unit. */
    public List<Account> accountsOfUnit(long unitId) {
        return accounts("u.unitId = :x and u.role = 'unit'", unitId);
    }

    /** The enabled account(s) of a deputy. */
    public List<Account> accountsOfDeputy(long deputyId) {
        return accounts("u.deputyId = :x and u.role = 'deputy'", deputyId);
    }

    /** The enabled accounts of some deputies, in one statement. */
    public List<Account> accountsOfDeputies(java.util.Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from AppUser u where u.deputyId in :d and u.role = 'deputy' and u.enabled = true order by u.id", AppUser.class)
                .setParameter("d", deputyIds).getResultStream().map(u -> new Account(u.id, u.username, u.displayName, u.role, u.email)).toList();
    }

    /** The enabled accounts of a congress with a role (e.g. the office staff). */
    public List<Account> accountsWithRole(long congressId, String role) {
        return em.createQuery("select u from AppUser u where u.congressId = :c and u.role = :r and u.enabled = true order by u.id", AppUser.class)
                .setParameter("c", congressId).setParameter("r", role).getResultStream()
                .map(u -> new Account(u.id, u.username, u.displayName, u.role, u.email)).toList();
    }

    private List<Account> accounts(String where, long x) {
        return em.createQuery("select u from AppUser u where " + where + " and u.enabled = true order by u.id", AppUser.class).setParameter("x", x)
                .getResultStream().map(u -> new Account(u.id, u.username, u.displayName, u.role, u.email)).toList();
    }

    private Map<Long, String> names(String entity, long congressId) {
        Map<Long, String> out = new HashMap<>();
        em.createQuery("select e.id, e.name from " + entity + " e where e.congressId = :c", Object[].class).setParameter("c", congressId).getResultStream()
                .forEach(r -> out.put((Long) r[0], (String) r[1]));
        return out;
    }
}
