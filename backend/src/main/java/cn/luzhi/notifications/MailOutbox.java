package cn.luzhi.notifications;

import java.time.Instant;
import java.util.List;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the pending mails over SMTP, a batch at a time. Each batch's rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several backend instances on one database never send the same mail twice; a failure is kept with its
 * reason and retried later (MailDelivery), a success marked sent.
 */
@ApplicationScoped
public class MailOutbox {
    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    static final int BATCH = 50;

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    AppClock clock;
    @ConfigProperty(name = "luzhi.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Scheduled(every = "${luzhi.mail.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "mail-outbox")
    void onSchedule() {
        sendDue();
    }

    /** Sends one batch of what is due now; answers how many mails were tried (sent or failed), 0 when nothing was due. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue() {
        Instant now = clock.instant();
        List<Number> ids = em.createNativeQuery("SELECT id FROM mail_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?1 ORDER BY id LIMIT "
                + BATCH + " FOR UPDATE SKIP LOCKED").setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createQuery("select d, n from MailDelivery d, Notification n where n.id = d.notificationId and d.id in :ids order by d.id",
                Object[].class).setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            MailDelivery d = (MailDelivery) r[0];
            Notification n = (Notification) r[1];
            try {
                mailer.send(Mail.withText(d.address, "【履职】" + n.title, text(n)));
                d.sent(now);
                sent++;
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                d.failed(reason, now);
                LOG.warnf("mail %d to %s failed (attempt %d): %s", d.id, d.address, d.attempts, reason);
            }
        }
        LOG.debugf("mail outbox: %d of %d sent", sent, rows.size());
        return rows.size();
    }

    String text(Notification n) {
        return n.body + "\n\n查看详情：" + publicUrl + n.link + "\n\n—— 履职平台（此邮件由系统发送，请勿直接回复；可在平台“消息设置”中选择接收哪些邮件）";
    }
}
