package cn.luzhi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic's supervision group (一事一小组, a leading deputy and members) and its milestones: one transaction per change. */
@ApplicationScoped
public class GroupService {
    @Schema(name = "GroupMember")
    /** A member as others see them. */
    public record Member(long deputyId, @Schema(example = "王建国") String name, boolean leader) {
    }

    @Inject
    AppClock clock;
    @Inject
    SupervisionService supervision;
    @Inject
    TenantLookup lookup;
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    CurrentCaller caller;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    jakarta.enterprise.event.Event<SupervisionGroupChanged> changed;

    /** Replaces the group; only active deputies of the congress may lead or join it. */
    @Transactional
    public List<Member> setGroup(long id, Long leaderDeputyId, List<Long> memberIds) {
        Topic t = ownTopic(id);
        List<Long> members = new ArrayList<>(new LinkedHashSet<>(memberIds == null ? List.of() : memberIds));
        members.remove(leaderDeputyId);
        active(leaderDeputyId, "leaderDeputyId");
        for (int i = 0; i < members.size(); i++) {
            active(members.get(i), "memberIds[" + i + "]");
        }
        List<Member> before = members(id);
        em.createNativeQuery("DELETE FROM topic_group_member WHERE topic_id = ?1").setParameter(1, id).executeUpdate();
        insert(id, leaderDeputyId, true);
        for (Long m : members) {
            insert(id, m, false);
        }
        List<Member> after = members(id);
        audit.recorded("topic-group", id, "UPDATED", List.of(new HistoryEntry.Change("group", before, after)));
        List<Long> now = after.stream().map(Member::deputyId).toList();
        List<Long> removed = before.stream().map(Member::deputyId).filter(d -> !now.contains(d)).toList();
        if (!before.equals(after)) {
            changed.fire(new SupervisionGroupChanged(t.congressId, t.id, t.title, SupervisionGroupChanged.What.GROUP, now, removed, null, null));
        }
        return after;
    }

    @Transactional
    public Milestone addMilestone(long id, String title, LocalDate due) {
        Topic t = ownTopic(id);
        Milestone m = new Milestone();
        m.topicId = id;
        m.title = title.trim();
        m.due = due;
        m.persist();
        audit.recorded("topic-milestone", id, "CREATED", List.of(new HistoryEntry.Change(m.title, null, m.due)));
        changed.fire(new SupervisionGroupChanged(t.congressId, t.id, t.title, SupervisionGroupChanged.What.SCHEDULE,
                members(id).stream().map(Member::deputyId).toList(), List.of(), m.title, m.due));
        return m;
    }

    @Transactional
    public Milestone completeMilestone(long id, long milestoneId) {
        ownTopic(id);
        Milestone m = Milestone.find("id = ?1 and topicId = ?2", milestoneId, id).firstResult();
        if (m == null) {
            throw ProblemException.notFound("时间节点");
        }
        m.complete(clock.today());
        audit.recorded("topic-milestone", id, "UPDATED", List.of(new HistoryEntry.Change(m.title, null, m.doneOn)));
        return m;
    }

    /** A committee changes only the topics it owns. */
    private Topic ownTopic(long id) {
        Topic t = supervision.topic(id);
        if (caller.get().is(Roles.COMMITTEE) && !java.util.Objects.equals(t.committeeId, caller.get().committeeId())) {
            throw ProblemException.forbidden("这不是本委员会负责的议题");
        }
        return t;
    }

    private void active(Long deputyId, String field) {
        directory.activeDeputyReference(deputyId, field);
    }

    private void insert(long topicId, long deputyId, boolean leader) {
        em.createNativeQuery("INSERT INTO topic_group_member (topic_id, deputy_id, leader) VALUES (?1, ?2, ?3)").setParameter(1, topicId)
                .setParameter(2, deputyId).setParameter(3, leader).executeUpdate();
    }

    /** The group, leader first. */
    @SuppressWarnings("unchecked")
    public List<Member> members(long topicId) {
        List<Object[]> rows = em.createNativeQuery("SELECT g.deputy_id, m.name, g.leader FROM topic_group_member g JOIN directory_deputies m ON m.id = g.deputy_id"
                + " WHERE g.topic_id = ?1 ORDER BY g.leader DESC, m.name").setParameter(1, topicId).getResultList();
        return rows.stream().map(r -> new Member(((Number) r[0]).longValue(), (String) r[1],
                r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0)).toList();
    }
}
