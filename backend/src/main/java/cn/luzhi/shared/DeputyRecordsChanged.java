package cn.luzhi.shared;

import java.util.Set;

/**
 * Records that a deputy's evaluation reads changed (an activity, a suggestion): the scores of these deputies for
 * that year are brought up to date in the same transaction, and nobody else's.
 */
public record DeputyRecordsChanged(long congressId, int year, Set<Long> mandateIds) {
}
