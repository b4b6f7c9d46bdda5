/**
 * Which supervision steps a role may take on a topic or a problem, by status. The server enforces the
 * same rules (409 with the rule's Chinese explanation for a step out of order); these rules only decide
 * which buttons to show. The committee-owns-the-topic check stays with the server.
 */
import type { ProblemStatus, Role, SupervisionProblem, TopicStatus } from '@/api/types';

export const TOPIC_ACTIONS = ['approve', 'start', 'deliberate', 'close'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

export const PROBLEM_ACTIONS = ['progress', 'verification', 'lookBack', 'escalation'] as const;
export type ProblemAction = (typeof PROBLEM_ACTIONS)[number];

/** The status each topic step starts from: 拟定 → 列入计划 → 实施中 → 已审议 → 已办结. */
const TOPIC_STEP_FROM: Record<TopicAction, TopicStatus> = {
  approve: 'PROPOSED',
  start: 'APPROVED',
  deliberate: 'IN_PROGRESS',
  close: 'DELIBERATED',
};

const has = (roles: readonly Role[], ...rs: Role[]) => roles.some((r) => rs.includes(r));

/** May create plans (and adopt them). */
export function canManagePlans(roles: readonly Role[]): boolean {
  return has(roles, 'admin', 'staff');
}

/** May propose topics (by hand or from a candidate) and add problems to a deliberated topic. */
export function canProposeTopics(roles: readonly Role[]): boolean {
  return has(roles, 'admin', 'staff', 'committee');
}

/** The next step of a topic the roles may take (approve is for staff only). */
export function topicActions(roles: readonly Role[], status: TopicStatus): TopicAction[] {
  return TOPIC_ACTIONS.filter((a) => {
    if (TOPIC_STEP_FROM[a] !== status) return false;
    return a === 'approve' ? has(roles, 'admin', 'staff') : has(roles, 'admin', 'staff', 'committee');
  });
}

/** Problems can be added to deliberated topics only. */
export function canAddProblems(roles: readonly Role[], status: TopicStatus): boolean {
  return canProposeTopics(roles) && status === 'DELIBERATED';
}

/** The rectification steps the roles may take on a problem, in the order the buttons are shown. */
export function problemActions(roles: readonly Role[], p: { status: ProblemStatus; escalation?: SupervisionProblem['escalation'] }): ProblemAction[] {
  const out: ProblemAction[] = [];
  if (has(roles, 'unit') && p.status === 'RECTIFYING') out.push('progress');
  if (has(roles, 'admin', 'staff', 'committee') && p.status === 'REPORTED') out.push('verification');
  if (has(roles, 'admin', 'staff', 'committee') && p.status === 'RECTIFIED') out.push('lookBack');
  if (has(roles, 'admin', 'staff', 'leader') && p.status !== 'RECTIFIED' && p.escalation !== 'SPECIAL_INVESTIGATION') out.push('escalation');
  return out;
}
