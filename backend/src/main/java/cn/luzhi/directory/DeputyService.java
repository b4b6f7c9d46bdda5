package cn.luzhi.directory;

import cn.luzhi.shared.time.AppClock;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.TenantLookup;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Deputies (mandates): search, register, correct. */
@ApplicationScoped
public class DeputyService {
    @Inject
    AppClock clock;
    public static final Map<String, String> SORTABLE = Paging.fields("name", "name", "term", "term", "createdAt",
            "createdAt", "id", "id");

    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    AuditTrail audit;
    @Inject
    RecordWrites writes;

    /** Filters of the deputies list; null means "any". */
    public record Filter(String q, Long delegationId, Long stationId, DeputyMandate.Party party,
            DeputyMandate.OccupationGroup occupationGroup, DeputyMandate.Status status, Person.Gender gender,
            Integer term) {
    }

    public PageResult<DeputyMandate> list(Filter f, Paging paging) {
        return RecordWrites.page(query(f, paging), paging);
    }

    public List<DeputyMandate> export(Filter f, Paging paging, int max) {
        return query(f, paging).range(0, max - 1).list();
    }

    private PanacheQuery<DeputyMandate> query(Filter f, Paging paging) {
        var w = writes.where().search(f.q(), "name", "occupation")
                .and("delegation.id", "delegation", f.delegationId()).and("station.id", "station", f.stationId())
                .and("party", "party", f.party()).and("occupationGroup", "occupationGroup", f.occupationGroup())
                .and("status", "status", f.status()).and("person.gender", "gender", f.gender())
                .and("term", "term", f.term());
        return DeputyMandate.find(w.toString(), paging.sort(), w.params);
    }

    /** One deputy with person, delegation and station in a single statement. */
    public DeputyMandate get(long id) {
        DeputyMandate m = DeputyMandate.<DeputyMandate>find("from DeputyMandate m join fetch m.person join fetch m.delegation"
                + " left join fetch m.station where m.id = ?1 and m.congressId = ?2", id, caller.congressId()).firstResult();
        if (m == null) {
            throw ProblemException.notFound("代表");
        }
        return m;
    }

    /** Admins, staff and the deputy themself see phone and ID number in full. */
    public boolean maySeePrivate(DeputyMandate m) {
        var c = caller.get();
        return c.isAny(Roles.ADMIN, Roles.STAFF) || (c.deputyId() != null && c.deputyId().equals(m.id));
    }

    @Transactional
    public DeputyMandate create(DeputyInput in) {
        Person person = null;
        if (in.idNumber() != null) {
            person = Person.find("idNumber", in.idNumber().toUpperCase()).firstResult();
        }
        if (person == null) {
            person = new Person();
        }
        DeputyMandate m = new DeputyMandate();
        m.congressId = caller.congressId();
        apply(m, person, in);
        if (person.id != null && DeputyMandate.count("congressId = ?1 and person = ?2 and term = ?3", m.congressId,
                person, m.term) > 0) {
            throw ProblemException.duplicate("idNumber", "该身份证号的人员已是本届代表");
        }
        if (person.id == null) {
            person.persist();
        }
        m.person = person;
        m.persist();
        audit.created(m);
        return m;
    }

    @Transactional
    public DeputyMandate update(long id, DeputyInput in, java.util.function.Consumer<DeputyMandate> precondition) {
        DeputyMandate m = get(id);
        precondition.accept(m);
        var before = audit.snapshot(m);
        if (in.idNumber() != null && !in.idNumber().equalsIgnoreCase(String.valueOf(m.person.idNumber))
                && Person.count("idNumber = ?1 and id <> ?2", in.idNumber().toUpperCase(), m.person.id) > 0) {
            throw ProblemException.duplicate("idNumber", "该身份证号已属于另一位人员");
        }
        apply(m, m.person, in);
        // person fields live in another row: touch the mandate so its version (the ETag) moves with any change
        m.updatedAt = clock.instant();
        audit.updated(m, before);
        return m;
    }

    private void apply(DeputyMandate m, Person p, DeputyInput in) {
        p.name = in.name().trim();
        m.name = p.name;
        p.gender = in.gender();
        p.ethnicity = in.ethnicity();
        p.birthDate = in.birthDate();
        p.phone = in.phone();
        p.idNumber = in.idNumber() == null ? null : in.idNumber().toUpperCase();
        m.term = in.term();
        m.delegation = lookup.reference(Delegation.class, in.delegationId(), "delegationId", "代表团");
        m.station = lookup.reference(LiaisonStation.class, in.stationId(), "stationId", "联络站");
        m.party = in.party();
        m.occupationGroup = in.occupationGroup();
        m.occupation = in.occupation();
        m.changeStatus(in.status() == null ? (m.status == null ? DeputyMandate.Status.ACTIVE : m.status) : in.status());
    }
}
