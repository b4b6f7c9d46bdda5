package cn.luzhi.suggestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.ETags;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import cn.luzhi.shared.calendar.WorkingCalendar;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changing a congress's suggestion-handling settings (deadlines, windows, warning threshold), audited. */
@ApplicationScoped
public class SuggestionSettingsService {
    @Inject
    AppClock clock;
    @Inject
    SuggestionService service;
    @Inject
    AuditTrail audit;
    @Inject
    WarningThresholds thresholds;

    @Schema(name = "SuggestionSettingsInput")
    public record SettingsInput(@NotNull @Min(1) @Max(6) Integer defaultDeadlineMonths, @NotNull @Min(1) @Max(6) Integer maxDeadlineMonths,
            @NotNull @Min(5) @Max(90) Integer rehandlingDays, @NotNull @Min(0) @Max(30) Integer reassignWindowDays,
            @NotNull @Min(1) @Max(60) Integer yellowDays, @NotNull WorkingCalendar.Mode deadlineMode) {
    }

    /** The Representatives Law (代表法): answered within three months of assignment, six at most; re-handling is shorter than the first round. */
    @Transactional
    public SuggestionSettings update(String ifMatch, SettingsInput in) {
        SuggestionSettings s = service.settings();
        ETags.require(ifMatch, s.version);
        if (in.defaultDeadlineMonths() > in.maxDeadlineMonths()) {
            throw ProblemException.invalid("defaultDeadlineMonths", "默认期限不能超过最长期限");
        }
        if (in.rehandlingDays() >= in.defaultDeadlineMonths() * 30) {
            throw ProblemException.invalid("rehandlingDays", "重新办理期限应短于默认办理期限");
        }
        Map<String, Object> before = state(s);
        s.defaultDeadlineMonths = in.defaultDeadlineMonths();
        s.maxDeadlineMonths = in.maxDeadlineMonths();
        s.rehandlingDays = in.rehandlingDays();
        s.reassignWindowDays = in.reassignWindowDays();
        s.yellowDays = in.yellowDays();
        s.deadlineMode = in.deadlineMode();
        if (!s.isPersistent()) {
            // the defaults were answered with ETag "0": store them, then move the version on so that tag goes stale
            s.persist();
            SuggestionSettings.getEntityManager().flush();
            s.updatedAt = clock.instant().plusMillis(1);
        }
        SuggestionSettings.getEntityManager().flush();
        Map<String, Object> after = state(s);
        List<HistoryEntry.Change> changes = new java.util.ArrayList<>();
        after.forEach((k, v) -> {
            if (!String.valueOf(v).equals(String.valueOf(before.get(k)))) {
                changes.add(new HistoryEntry.Change(k, before.get(k), v));
            }
        });
        audit.recorded("suggestion-settings", s.congressId, "UPDATED", changes);
        thresholds.changed(s.congressId);
        return s;
    }

    private static Map<String, Object> state(SuggestionSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("defaultDeadlineMonths", s.defaultDeadlineMonths);
        m.put("maxDeadlineMonths", s.maxDeadlineMonths);
        m.put("rehandlingDays", s.rehandlingDays);
        m.put("reassignWindowDays", s.reassignWindowDays);
        m.put("yellowDays", s.yellowDays);
        m.put("deadlineMode", s.deadlineMode);
        return m;
    }
}
