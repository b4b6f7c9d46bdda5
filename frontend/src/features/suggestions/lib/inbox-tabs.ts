/**
 * The inbox's tabs per role (建议办理). Each tab is one or more fixed queries ("variants"): the API
 * filters one status at a time, so a tab like 办理中 (ASSIGNED + REHANDLING) lets the user switch
 * between its statuses, and its count is the sum.
 */
import type { Role, SuggestionCategory, SuggestionKind, SuggestionStatus, Warning } from '@/api/types';

/** Filters of GET /suggestions that tabs and users set. */
export interface SuggestionFilters {
  q?: string;
  status?: SuggestionStatus;
  kind?: SuggestionKind;
  category?: SuggestionCategory;
  warning?: Warning;
  unitId?: number;
  deputyId?: number;
  followUp?: boolean;
}

export interface TabVariant {
  /** i18n key under suggestion.variants */
  key: string;
  query: SuggestionFilters;
}

export interface InboxTab {
  /** Stable key, kept in the URL; its label is suggestion.tabs.<key>. */
  key: string;
  variants: TabVariant[];
}

export type InboxProfile = 'staff' | 'unit' | 'deputy' | 'overseer';

/** Which inbox a user gets: a user with several roles gets the one of the role that does the most work. */
export function inboxProfile(roles: readonly Role[]): InboxProfile {
  if (roles.includes('staff') || roles.includes('admin')) return 'staff';
  if (roles.includes('unit')) return 'unit';
  if (roles.includes('deputy')) return 'deputy';
  return 'overseer';
}

const ALL: InboxTab = { key: 'all', variants: [{ key: 'all', query: {} }] };
const OVERDUE: InboxTab = { key: 'overdue', variants: [{ key: 'overdue', query: { warning: 'RED' } }] };

export function inboxTabs(roles: readonly Role[], me: { deputyId?: number | null }): InboxTab[] {
  switch (inboxProfile(roles)) {
    case 'staff':
      return [
        { key: 'toRegister', variants: [{ key: 'SUBMITTED', query: { status: 'SUBMITTED' } }] },
        { key: 'toAssign', variants: [{ key: 'REGISTERED', query: { status: 'REGISTERED' } }] },
        {
          key: 'handling',
          variants: [
            { key: 'ASSIGNED', query: { status: 'ASSIGNED' } },
            { key: 'REHANDLING', query: { status: 'REHANDLING' } },
          ],
        },
        OVERDUE,
        {
          key: 'toClose',
          variants: [
            { key: 'RATED', query: { status: 'RATED' } },
            { key: 'repliedOpinions', query: { status: 'REPLIED', kind: 'OPINION' } },
          ],
        },
        ALL,
      ];
    case 'unit':
      return [
        {
          key: 'assignedToUs',
          variants: [
            { key: 'ASSIGNED', query: { status: 'ASSIGNED' } },
            { key: 'REHANDLING', query: { status: 'REHANDLING' } },
          ],
        },
        {
          key: 'replied',
          variants: [
            { key: 'REPLIED', query: { status: 'REPLIED' } },
            { key: 'RATED', query: { status: 'RATED' } },
            { key: 'CLOSED', query: { status: 'CLOSED' } },
          ],
        },
        ALL,
      ];
    case 'deputy': {
      const mine = me.deputyId ?? undefined;
      return [
        { key: 'mine', variants: [{ key: 'mine', query: { deputyId: mine } }] },
        { key: 'toRate', variants: [{ key: 'REPLIED', query: { status: 'REPLIED', deputyId: mine } }] },
        { key: 'allVisible', variants: [{ key: 'allVisible', query: {} }] },
      ];
    }
    case 'overseer':
      return roles.some((r) => r === 'leader' || r === 'committee') ? [ALL, OVERDUE] : [ALL];
  }
}

/** Tab and variant from the URL, falling back to the first of each. */
export function pickTab(tabs: InboxTab[], tabKey?: string, variantKey?: string): { tab: InboxTab; variant: TabVariant } {
  const tab = tabs.find((t) => t.key === tabKey) ?? tabs[0];
  const variant = tab.variants.find((v) => v.key === variantKey) ?? tab.variants[0];
  return { tab, variant };
}

/** The user's filters under the tab's fixed ones (the tab wins). */
export function mergeFilters(user: SuggestionFilters, variant: TabVariant): SuggestionFilters {
  const out: SuggestionFilters = { ...user };
  for (const [k, v] of Object.entries(variant.query)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Filter keys the tab fixes, whose controls are hidden. */
export function fixedKeys(variant: TabVariant): Set<keyof SuggestionFilters> {
  return new Set(
    Object.entries(variant.query)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k as keyof SuggestionFilters),
  );
}
