package cn.luzhi.notifications;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes what people are told, in the transaction of the change that tells them: one notification per person
 * (shown in the app unless they turned the app off for that kind) and, when they receive that kind by mail and have
 * an address, one pending mail that the outbox sends after the commit. A key makes a notification once-only per person.
 */
@ApplicationScoped
public class Notifier {
    @Inject
    EntityManager em;
    @Inject
    AppClock clock;

    /** A message for some people: title, text and the page of the SPA it leads to (a path such as /suggestions/12). */
    public record Message(long congressId, NotificationKind kind, String title, String body, String link, String key) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int tell(List<Directory.Account> people, Message m) {
        if (people.isEmpty()) {
            return 0;
        }
        List<Long> ids = people.stream().map(Directory.Account::id).distinct().toList();
        Set<String> off = new HashSet<>();
        em.createQuery("select p.userId, p.channel from NotificationPreference p where p.userId in :ids and p.kind = :k and p.enabled = false",
                Object[].class).setParameter("ids", ids).setParameter("k", m.kind()).getResultStream().forEach(r -> off.add(r[0] + ":" + r[1]));
        Set<Long> already = new HashSet<>();
        if (m.key() != null) {
            already.addAll(em.createQuery("select n.userId from Notification n where n.userId in :ids and n.dedupeKey = :key", Long.class)
                    .setParameter("ids", ids).setParameter("key", m.key()).getResultList());
        }
        Instant now = clock.instant();
        int told = 0;
        Set<Long> seen = new HashSet<>();
        for (Directory.Account a : people) {
            if (!seen.add(a.id()) || already.contains(a.id())) {
                continue;
            }
            boolean inApp = m.kind().alwaysInApp() || !off.contains(a.id() + ":" + Channel.IN_APP);
            boolean mail = a.email() != null && !a.email().isBlank() && !off.contains(a.id() + ":" + Channel.EMAIL);
            if (!inApp && !mail) {
                continue;
            }
            Notification n = new Notification();
            n.congressId = m.congressId();
            n.userId = a.id();
            n.kind = m.kind();
            n.title = m.title().length() > 200 ? m.title().substring(0, 199) + "…" : m.title();
            n.body = m.body().length() > 2000 ? m.body().substring(0, 1999) + "…" : m.body();
            n.link = m.link();
            n.dedupeKey = m.key();
            n.inApp = inApp;
            n.createdAt = now;
            n.persist();
            if (mail) {
                MailDelivery d = new MailDelivery();
                d.notificationId = n.id;
                d.address = a.email();
                d.nextAttemptAt = now;
                d.createdAt = now;
                d.persist();
            }
            told++;
        }
        return told;
    }
}
