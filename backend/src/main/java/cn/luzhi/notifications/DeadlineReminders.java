package cn.luzhi.notifications;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.Warning;
import cn.luzhi.shared.time.AppClock;
import cn.luzhi.suggestions.SuggestionDeadlines;
import cn.luzhi.supervision.ProblemDeadlines;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * 三色预警 told, not only shown: when an open suggestion or supervision problem turns yellow, and again when it turns
 * red, its responsible unit and the office staff are told once. The key of a reminder is the item, its deadline and
 * the colour, so a deadline moved later that runs short again is told again, and nothing is told twice however many
 * instances run the schedule.
 */
@ApplicationScoped
public class DeadlineReminders {
    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);

    @Inject
    SuggestionDeadlines suggestions;
    @Inject
    ProblemDeadlines problems;
    @Inject
    Directory directory;
    @Inject
    ReminderClaims claims;
    @Inject
    AppClock clock;
    @ConfigProperty(name = "luzhi.instance")
    java.util.Optional<String> instanceName;

    /** One run: how many reminders were due and how many this instance sent (the others were sent already). */
    public record Run(String instance, int due, int sent) {
    }

    @Scheduled(every = "${luzhi.reminders.every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "deadline-reminders")
    void onSchedule() {
        Run r = run();
        if (r.sent() > 0) {
            LOG.infof("deadline reminders: %d due, %d sent by %s", r.due(), r.sent(), r.instance());
        }
    }

    public Run run() {
        LocalDate today = clock.today();
        Map<Long, List<Directory.Account>> staff = new HashMap<>();
        int due = 0;
        int sent = 0;
        for (SuggestionDeadlines.Due d : suggestions.dueOn(today)) {
            due++;
            boolean red = d.warning() == Warning.RED;
            String t = "《" + d.title() + "》";
            Notifier.Message m = new Notifier.Message(d.congressId(), red ? NotificationKind.DEADLINE_RED : NotificationKind.DEADLINE_YELLOW,
                    (red ? "建议已逾期：" : "建议临近办理期限：") + d.title(),
                    red ? "建议" + t + "的办理期限 " + d.deadline() + " 已过（红色预警），尚未答复。请立即办理答复，或说明原因。"
                            : "建议" + t + "的办理期限为 " + d.deadline() + "，已进入临期（黄色预警）。请抓紧办理，按期答复代表。",
                    "/suggestions/" + d.suggestionId(), key("S", d.suggestionId(), d.deadline(), d.warning()));
            if (claims.remind(m.key(), instance(), people(d.congressId(), d.leadUnitId(), staff), m)) {
                sent++;
            }
        }
        for (ProblemDeadlines.Due d : problems.dueOn(today)) {
            due++;
            boolean red = d.warning() == Warning.RED;
            String t = "“" + d.description() + "”";
            Notifier.Message m = new Notifier.Message(d.congressId(), red ? NotificationKind.DEADLINE_RED : NotificationKind.DEADLINE_YELLOW,
                    (red ? "整改已逾期：" : "整改临近期限：") + d.description(),
                    red ? "问题" + t + "的整改期限 " + d.deadline() + " 已过（红色预警），尚未整改到位。请立即整改并报告。"
                            : "问题" + t + "的整改期限为 " + d.deadline() + "，已进入临期（黄色预警）。请抓紧整改，按期报告。",
                    "/supervision/problems?problemId=" + d.problemId(), key("P", d.problemId(), d.deadline(), d.warning()));
            if (claims.remind(m.key(), instance(), people(d.congressId(), d.unitId(), staff), m)) {
                sent++;
            }
        }
        return new Run(instance(), due, sent);
    }

    static String key(String what, long id, LocalDate deadline, Warning colour) {
        return "deadline:" + what + id + ":" + deadline + ":" + colour;
    }

    private List<Directory.Account> people(long congressId, Long unitId, Map<Long, List<Directory.Account>> staff) {
        List<Directory.Account> out = new ArrayList<>();
        if (unitId != null) {
            out.addAll(directory.accountsOfUnit(unitId));
        }
        out.addAll(staff.computeIfAbsent(congressId, c -> directory.accountsWithRole(c, "staff")));
        return out;
    }

    String instance() {
        return instanceName.filter(n -> !n.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
