/** Short names for the generated schema types, so features don't spell out components['schemas']. */
import type { components } from './schema';

type S = components['schemas'];

export type Me = S['Me'];
export type Role = S['Role'];
export type FieldErrorItem = S['FieldError'];
export type HistoryEntry = S['HistoryEntry'];
export type Change = S['Change'];

export type Gender = S['Gender'];
export type Party = S['Party'];
export type OccupationGroup = S['OccupationGroup'];
export type DeputyStatus = S['DeputyStatus'];
export type Deputy = S['Deputy'];
export type DeputyInput = S['DeputyInput'];

export type UnitKind = S['UnitKind'];
export type Unit = S['Unit'];
export type UnitInput = S['UnitInput'];

export type Station = S['Station'];
export type StationInput = S['StationInput'];

export type CommitteeKind = S['CommitteeKind'];
export type Committee = S['Committee'];
export type CommitteeInput = S['CommitteeInput'];
export type Delegation = S['Delegation'];
export type DelegationInput = S['DelegationInput'];

export type User = S['User'];
export type UserInput = S['UserInput'];

/** Every list answers one page of this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export const ROLES = ['admin', 'staff', 'leader', 'committee', 'deputy', 'unit', 'integration'] as const;
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const PARTIES = ['CPC', 'DEMOCRATIC_PARTY', 'INDEPENDENT', 'MASSES'] as const;
export const OCCUPATION_GROUPS = ['WORKER', 'FARMER', 'PROFESSIONAL', 'OFFICIAL', 'ENTERPRISE', 'MILITARY', 'OTHER'] as const;
export const DEPUTY_STATUSES = ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;
export const UNIT_KINDS = [
  'GOVERNMENT_DEPARTMENT',
  'COURT',
  'PROCURATORATE',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'TOWNSHIP',
  'OTHER',
] as const;
export const COMMITTEE_KINDS = ['SPECIAL', 'WORKING'] as const;
