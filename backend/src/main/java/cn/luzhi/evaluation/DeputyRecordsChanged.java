package cn.luzhi.evaluation;

import java.util.Set;

/**
 * Within evaluation: records its scores read changed (an activity's attendance, or, relayed from the suggestions
 * module, a suggestion): the scores of these deputies for that year are brought up to date in the same transaction.
 */
record DeputyRecordsChanged(long congressId, int year, Set<Long> mandateIds) {
}
