/** Which of a topic's `actions` are steps of its way: they share one place on the page; 编辑 and 新增问题 have their own. */
import type { TopicAction, TopicStep } from '@/api/types';

const STEPS: ReadonlySet<TopicAction> = new Set<TopicStep>(['approve', 'start', 'deliberate', 'close']);

/** The steps among the actions the server offers, in its order. */
export function topicSteps(actions: readonly TopicAction[]): TopicStep[] {
  return actions.filter((a): a is TopicStep => STEPS.has(a));
}
