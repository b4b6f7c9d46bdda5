package cn.luzhi.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.luzhi.shared.Surface;

/**
 * Published inside the transaction when a topic's supervision group (一事一小组) or its schedule changed.
 *
 * @param members the deputies in the group now
 * @param removed the deputies who left it with this change (group changes only)
 * @param milestone the milestone added or completed (schedule changes only), with its due date
 */
@Surface
public record SupervisionGroupChanged(long congressId, long topicId, String topicTitle, What what, List<Long> members, List<Long> removed,
        String milestone, LocalDate due) {
    @Surface
    public enum What { GROUP, SCHEDULE }
}
