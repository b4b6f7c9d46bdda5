package cn.luzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import cn.luzhi.shared.Surface;

/**
 * Published when a suggestion's handling changed in a way someone must hear of: assigned to units, taken away from
 * them on their request, answered, or sent back for re-handling. Fired inside the change's transaction.
 *
 * @param units the units concerned (assigned: lead first, then co-handling; re-assigned away: those released;
 *              re-handling: the lead unit)
 * @param leadDeputyId the deputy who proposed it, if any (told of answers and re-handling)
 */
@Surface
public record SuggestionHandlingChanged(long congressId, long suggestionId, String title, What what, List<Long> units, Long leadDeputyId,
        LocalDate deadline) {
    @Surface
    public enum What { ASSIGNED, REASSIGNED_AWAY, REPLIED, REHANDLING }
}
