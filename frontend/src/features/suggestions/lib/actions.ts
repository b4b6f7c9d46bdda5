/**
 * Which steps of the loop a caller may take on a suggestion, by role and status (domain.md §1). The
 * server enforces the same rules and answers 409 with the rule's Chinese explanation for an illegal
 * step; these rules only decide which buttons to show. Some checks stay with the server on purpose:
 * the unit must contact the deputy before replying (the button is shown so the rule can be explained),
 * the re-assignment window, and the deadline limits.
 */
import type { Role, Suggestion, SuggestionStep } from '@/api/types';

export const SUGGESTION_ACTIONS = [
  'submit',
  'register',
  'decline',
  'assign',
  'reassignmentRequest',
  'reassignmentDecision',
  'contact',
  'coOpinion',
  'reply',
  'feedback',
  'close',
  'followUpResolution',
  'procuratorateTransfer',
  'procuratorateAnswer',
  'appraise',
] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/** Who is asking: roles and, from /me, their deputy and unit. */
export interface Actor {
  roles: readonly Role[];
  deputyId?: number | null;
  unitId?: number | null;
}

/** What the rules need of a suggestion. */
export type ActionSubject = Pick<
  Suggestion,
  'status' | 'leadDeputyId' | 'leadUnitId' | 'coUnitIds' | 'followUp' | 'replyClass'
>;

/** Facts only the timeline knows (pending requests); absent = nothing pending. */
export interface TimelineFacts {
  /** Units with a re-assignment request that staff have not decided yet. */
  reassignPendingUnitIds: number[];
  /** Transferred to the procuratorate and not answered yet. */
  procuratoratePending: boolean;
}

export const NO_FACTS: TimelineFacts = { reassignPendingUnitIds: [], procuratoratePending: false };

/** Reads pending re-assignment requests and procuratorate transfers from the timeline (oldest first or any order). */
export function timelineFacts(steps: readonly Pick<SuggestionStep, 'id' | 'action' | 'unitId'>[] | undefined): TimelineFacts {
  if (!steps) return NO_FACTS;
  const ordered = [...steps].sort((a, b) => a.id - b.id);
  let pending = new Set<number>();
  let transfers = 0;
  let answers = 0;
  for (const s of ordered) {
    switch (s.action) {
      case 'REASSIGN_REQUESTED':
        if (s.unitId !== null && s.unitId !== undefined) pending.add(s.unitId);
        break;
      case 'REASSIGN_REJECTED':
      case 'REASSIGN_APPROVED':
      case 'ASSIGNED':
        pending = new Set();
        break;
      case 'PROCURATORATE_TRANSFERRED':
        transfers++;
        break;
      case 'PROCURATORATE_ANSWERED':
        answers++;
        break;
    }
  }
  return { reassignPendingUnitIds: [...pending], procuratoratePending: transfers > answers };
}

const OPEN = new Set(['ASSIGNED', 'REHANDLING']);
const REGISTERED_OR_LATER = new Set(['REGISTERED', 'DECLINED', 'ASSIGNED', 'REPLIED', 'RATED', 'REHANDLING', 'CLOSED']);

/** The actions the actor may take now, in the order the buttons are shown. */
export function availableActions(actor: Actor, s: ActionSubject, facts: TimelineFacts = NO_FACTS): SuggestionAction[] {
  const has = (r: Role) => actor.roles.includes(r);
  const staff = has('staff') || has('admin');
  const unit = has('unit') && actor.unitId !== null && actor.unitId !== undefined;
  const deputy = has('deputy') && actor.deputyId !== null && actor.deputyId !== undefined;
  const isLeadDeputy = deputy && s.leadDeputyId === actor.deputyId;
  const isLeadUnit = unit && s.leadUnitId === actor.unitId;
  const isCoUnit = unit && !isLeadUnit && (s.coUnitIds ?? []).includes(actor.unitId!);
  const open = OPEN.has(s.status);
  const out: SuggestionAction[] = [];

  if (s.status === 'DRAFT' && (staff || isLeadDeputy)) out.push('submit');
  if (staff && s.status === 'SUBMITTED') out.push('register', 'decline');
  if (staff && s.status === 'REGISTERED') out.push('assign');
  if (
    (isLeadUnit || isCoUnit) &&
    s.status === 'ASSIGNED' &&
    !facts.reassignPendingUnitIds.includes(actor.unitId!)
  )
    out.push('reassignmentRequest');
  if (staff && s.status === 'ASSIGNED' && facts.reassignPendingUnitIds.length > 0) out.push('reassignmentDecision');
  if (isLeadUnit && open) out.push('contact', 'reply');
  if (isCoUnit && open) out.push('coOpinion');
  if (isLeadDeputy && s.status === 'REPLIED') out.push('feedback');
  if (staff && (s.status === 'RATED' || (s.status === 'REPLIED' && s.leadDeputyId === null))) out.push('close');
  if ((staff || isLeadUnit) && s.followUp && s.replyClass === 'B') out.push('followUpResolution');
  if (staff && REGISTERED_OR_LATER.has(s.status) && !facts.procuratoratePending) out.push('procuratorateTransfer');
  if (staff && facts.procuratoratePending) out.push('procuratorateAnswer');
  return out;
}

/**
 * 质量评定 (quality score and award, counted in the lead deputy's evaluation): staff, once the item is registered.
 * It is not a step of the loop, so it stays apart from availableActions.
 */
export function canAppraise(actor: Actor, s: Pick<Suggestion, 'status'>): boolean {
  const staff = actor.roles.includes('staff') || actor.roles.includes('admin');
  return staff && REGISTERED_OR_LATER.has(s.status) && s.status !== 'DECLINED';
}
