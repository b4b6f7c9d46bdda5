package cn.luzhi.suggestions;

import java.util.Set;

import cn.luzhi.shared.Surface;

/**
 * Published when what these deputies proposed or co-signed in that year changed (submitted, registered, appraised,
 * re-signed): modules that count deputies' suggestions (evaluation) bring their figures up to date. Fired inside
 * the transaction of the change, after it is flushed.
 */
@Surface
public record DeputySuggestionsChanged(long congressId, int year, Set<Long> mandateIds) {
}
