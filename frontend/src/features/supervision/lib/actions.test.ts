import { describe, expect, it } from 'vitest';
import type { ProblemStatus, Role, TopicStatus } from '@/api/types';
import { canAddProblems, canManagePlans, problemActions, topicActions } from './actions';

describe('topicActions', () => {
  it.each<[TopicStatus, string[]]>([
    ['PROPOSED', ['approve']],
    ['APPROVED', ['start']],
    ['IN_PROGRESS', ['deliberate']],
    ['DELIBERATED', ['close']],
    ['CLOSED', []],
  ])('offers staff the one next step of a %s topic', (status, expected) => {
    expect(topicActions(['staff'], status)).toEqual(expected);
  });

  it('leaves 列入计划 to staff: a committee cannot approve but can move its topic on', () => {
    expect(topicActions(['committee'], 'PROPOSED')).toEqual([]);
    expect(topicActions(['committee'], 'APPROVED')).toEqual(['start']);
  });

  it.each<Role>(['leader', 'unit', 'deputy', 'integration'])('gives %s no topic steps', (role) => {
    for (const s of ['PROPOSED', 'APPROVED', 'IN_PROGRESS', 'DELIBERATED'] as TopicStatus[]) expect(topicActions([role], s)).toEqual([]);
  });

  it('adds problems only to deliberated topics, and only for staff, admin and committees', () => {
    expect(canAddProblems(['staff'], 'DELIBERATED')).toBe(true);
    expect(canAddProblems(['committee'], 'DELIBERATED')).toBe(true);
    expect(canAddProblems(['staff'], 'IN_PROGRESS')).toBe(false);
    expect(canAddProblems(['leader'], 'DELIBERATED')).toBe(false);
  });

  it('lets only admin and staff create plans', () => {
    expect(canManagePlans(['staff'])).toBe(true);
    expect(canManagePlans(['committee'])).toBe(false);
  });
});

describe('problemActions', () => {
  const table: [Role, ProblemStatus, string[]][] = [
    ['unit', 'RECTIFYING', ['progress']],
    ['unit', 'REPORTED', []],
    ['unit', 'RECTIFIED', []],
    ['staff', 'RECTIFYING', ['escalation']],
    ['staff', 'REPORTED', ['verification', 'escalation']],
    ['staff', 'RECTIFIED', ['lookBack']],
    ['committee', 'RECTIFYING', []],
    ['committee', 'REPORTED', ['verification']],
    ['committee', 'RECTIFIED', ['lookBack']],
    ['leader', 'RECTIFYING', ['escalation']],
    ['leader', 'RECTIFIED', []],
    ['deputy', 'RECTIFYING', []],
  ];
  it.each(table)('%s on a %s problem may take %j', (role, status, expected) => {
    expect(problemActions([role], { status, escalation: 'NONE' })).toEqual(expected);
  });

  it('offers no escalation beyond 特定问题调查', () => {
    expect(problemActions(['staff'], { status: 'RECTIFYING', escalation: 'SPECIAL_INVESTIGATION' })).toEqual([]);
  });
});
