package cn.luzhi.notifications;

import java.util.List;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A reminder is sent once, whichever backend instance gets to it first: its key is claimed with an insert that the
 * database lets succeed only once (the key is the table's primary key), in the same transaction as the notifications
 * it writes. A second instance trying the same key waits for the first to commit and then finds it taken; if the
 * first rolls back, the key is free again and the reminder is sent on the next run.
 */
@ApplicationScoped
public class ReminderClaims {
    @Inject
    EntityManager em;
    @Inject
    Notifier notifier;
    @Inject
    AppClock clock;

    /** Claims the reminder's key and tells the people; answers false (and writes nothing) when it was already claimed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(String key, String instance, List<Directory.Account> people, Notifier.Message m) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO reminder_claim (reminder_key, congress_id, claimed_by, claimed_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, key).setParameter(2, m.congressId()).setParameter(3, instance).setParameter(4, clock.instant()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        notifier.tell(people, m);
        return true;
    }
}
