package cn.luzhi.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.RecordWrites;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A person's own notifications (the bell) and their choices of what to receive. Nobody reads another's. */
@ApplicationScoped
public class NotificationService {
    public static final Map<String, String> SORTABLE = Paging.fields("createdAt", "id");

    @Inject
    EntityManager em;
    @Inject
    CurrentCaller caller;
    @Inject
    AppClock clock;

    /** One choice: a kind on a channel, on or off. */
    public record Preference(NotificationKind kind, Channel channel, boolean enabled) {
    }

    public PageResult<Notification> list(boolean unreadOnly, Paging paging) {
        return RecordWrites.page(Notification.find("userId = ?1 and inApp = true" + (unreadOnly ? " and readAt is null" : "") + " order by id desc",
                caller.get().userId()), paging);
    }

    public long unreadCount() {
        return Notification.count("userId = ?1 and inApp = true and readAt is null", caller.get().userId());
    }

    @Transactional
    public Notification markRead(long id) {
        Notification n = Notification.findById(id);
        if (n == null || n.userId != caller.get().userId() || !n.inApp) {
            throw ProblemException.notFound("消息");
        }
        n.markRead(clock.instant());
        return n;
    }

    /** Marks every unread notification of the caller read; answers how many. */
    @Transactional
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.userId = :u and n.inApp = true and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("u", caller.get().userId()).executeUpdate();
    }

    /** Every kind on every channel, with the caller's choice (on where they never chose). */
    public List<Preference> preferences() {
        Map<String, Boolean> chosen = new HashMap<>();
        NotificationPreference.<NotificationPreference>list("userId", caller.get().userId()).forEach(p -> chosen.put(p.kind + ":" + p.channel, p.enabled));
        List<Preference> out = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            for (Channel ch : Channel.values()) {
                out.add(new Preference(k, ch, (k.alwaysInApp() && ch == Channel.IN_APP) || chosen.getOrDefault(k + ":" + ch, true)));
            }
        }
        return out;
    }

    /** Stores the choices given (others stay as they were). */
    @Transactional
    public List<Preference> choose(List<Preference> choices) {
        long user = caller.get().userId();
        Map<String, NotificationPreference> have = new HashMap<>();
        NotificationPreference.<NotificationPreference>list("userId", user).forEach(p -> have.put(p.kind + ":" + p.channel, p));
        for (int i = 0; i < choices.size(); i++) {
            Preference c = choices.get(i);
            if (c == null || c.kind() == null || c.channel() == null) {
                throw ProblemException.invalid("[" + i + "]", "须写明消息类型和接收方式");
            }
            if (c.kind().alwaysInApp() && c.channel() == Channel.IN_APP && !c.enabled()) {
                throw ProblemException.invalid("[" + i + "].enabled", "临期和逾期提醒在站内始终接收，不能关闭");
            }
            NotificationPreference p = have.get(c.kind() + ":" + c.channel());
            if (p == null) {
                p = new NotificationPreference();
                p.userId = user;
                p.kind = c.kind();
                p.channel = c.channel();
                have.put(c.kind() + ":" + c.channel(), p);
            }
            p.enabled = c.enabled();
            p.updatedAt = clock.instant();
            if (!p.isPersistent()) {
                p.persist();
            }
        }
        return preferences();
    }
}
