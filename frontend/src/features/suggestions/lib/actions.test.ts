import { describe, expect, it } from 'vitest';
import type { Role, SuggestionStatus } from '@/api/types';
import { aStep, aSuggestion } from '@/testing/fixtures';
import { availableActions, timelineFacts, type Actor } from './actions';

const staff: Actor = { roles: ['staff'] };
const admin: Actor = { roles: ['admin'] };
const leadDeputy: Actor = { roles: ['deputy'], deputyId: 12 };
const otherDeputy: Actor = { roles: ['deputy'], deputyId: 99 };
const leadUnit: Actor = { roles: ['unit'], unitId: 8 };
const coUnit: Actor = { roles: ['unit'], unitId: 9 };
const otherUnit: Actor = { roles: ['unit'], unitId: 10 };

const item = (status: SuggestionStatus, more = {}) =>
  aSuggestion({ status, leadDeputyId: 12, leadUnitId: 8, coUnitIds: [9], ...more });

describe('availableActions', () => {
  it.each<[string, Actor, SuggestionStatus, string[]]>([
    ['lead deputy submits a draft', leadDeputy, 'DRAFT', ['submit']],
    ['staff submit a draft entered for a deputy', staff, 'DRAFT', ['submit']],
    ["another deputy cannot submit someone's draft", otherDeputy, 'DRAFT', []],
    ['staff register or decline a submitted item', staff, 'SUBMITTED', ['register', 'decline']],
    ['admin acts as staff', admin, 'SUBMITTED', ['register', 'decline']],
    ['a deputy waits for registration', leadDeputy, 'SUBMITTED', []],
    ['staff assign a registered item (and may transfer a clue)', staff, 'REGISTERED', ['assign', 'procuratorateTransfer']],
    ['the lead unit contacts, replies or asks for re-assignment', leadUnit, 'ASSIGNED', ['reassignmentRequest', 'contact', 'reply']],
    ['a co-unit sends its opinion or asks for re-assignment', coUnit, 'ASSIGNED', ['reassignmentRequest', 'coOpinion']],
    ['an unrelated unit does nothing', otherUnit, 'ASSIGNED', []],
    ['in re-handling the lead unit contacts and replies again', leadUnit, 'REHANDLING', ['contact', 'reply']],
    ['the lead deputy rates a reply', leadDeputy, 'REPLIED', ['feedback']],
    ['another deputy cannot rate', otherDeputy, 'REPLIED', []],
    ['staff cannot close before the rating', staff, 'REPLIED', ['procuratorateTransfer']],
    ['staff close a rated item', staff, 'RATED', ['close', 'procuratorateTransfer']],
    ['nothing is left on a closed item for the unit', leadUnit, 'CLOSED', []],
    ['leaders only read', { roles: ['leader'] }, 'ASSIGNED', []],
    ['committees only read', { roles: ['committee'] }, 'SUBMITTED', []],
  ])('%s', (_name, actor, status, expected) => {
    expect(availableActions(actor, item(status))).toEqual(expected);
  });

  it('lets staff close a replied citizen opinion (no deputy to rate it)', () => {
    const opinion = item('REPLIED', { kind: 'OPINION', leadDeputyId: null });
    expect(availableActions(staff, opinion)).toContain('close');
  });

  it('offers the B → A follow-up to staff and the lead unit only', () => {
    const b = item('CLOSED', { replyClass: 'B', followUp: true });
    expect(availableActions(staff, b)).toContain('followUpResolution');
    expect(availableActions(leadUnit, b)).toEqual(['followUpResolution']);
    expect(availableActions(coUnit, b)).toEqual([]);
    expect(availableActions(staff, item('CLOSED', { replyClass: 'A' }))).not.toContain('followUpResolution');
  });

  it('shows every role nothing it may not do on any status', () => {
    const statuses: SuggestionStatus[] = ['DRAFT', 'SUBMITTED', 'REGISTERED', 'DECLINED', 'ASSIGNED', 'REPLIED', 'RATED', 'REHANDLING', 'CLOSED'];
    const staffOnly = ['register', 'decline', 'assign', 'reassignmentDecision', 'close', 'procuratorateTransfer', 'procuratorateAnswer'];
    for (const role of ['deputy', 'unit', 'leader', 'committee', 'integration'] as Role[]) {
      for (const status of statuses) {
        const actions = availableActions({ roles: [role], deputyId: 12, unitId: 8 }, item(status));
        expect(actions.filter((a) => staffOnly.includes(a)), `${role} ${status}`).toEqual([]);
      }
    }
  });

  it('uses the timeline for pending re-assignment requests and procuratorate transfers', () => {
    const steps = [
      aStep({ id: 1, action: 'ASSIGNED', unitId: 8 }),
      aStep({ id: 2, action: 'REASSIGN_REQUESTED', unitId: 9 }),
      aStep({ id: 3, action: 'PROCURATORATE_TRANSFERRED' }),
    ];
    const facts = timelineFacts(steps);
    expect(facts).toEqual({ reassignPendingUnitIds: [9], procuratoratePending: true });
    const assigned = item('ASSIGNED');
    expect(availableActions(staff, assigned, facts)).toEqual(['reassignmentDecision', 'procuratorateAnswer']);
    expect(availableActions(coUnit, assigned, facts)).toEqual(['coOpinion']);
    expect(availableActions(leadUnit, assigned, facts)).toContain('reassignmentRequest');

    const decided = timelineFacts([...steps, aStep({ id: 4, action: 'REASSIGN_REJECTED', unitId: 9 }), aStep({ id: 5, action: 'PROCURATORATE_ANSWERED' })]);
    expect(decided).toEqual({ reassignPendingUnitIds: [], procuratoratePending: false });
    expect(availableActions(staff, assigned, decided)).toEqual(['procuratorateTransfer']);
  });
});
