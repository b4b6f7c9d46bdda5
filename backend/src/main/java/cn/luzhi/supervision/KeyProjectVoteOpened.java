package cn.luzhi.supervision;

import cn.luzhi.shared.Surface;

/** Published inside the transaction when a key project's rating round opens (its progress or result was answered for the first time):
 * the mid-year round after the progress, the year-end round after the result. */
@Surface
public record KeyProjectVoteOpened(long congressId, long projectId, String name, boolean midYear) {
}
