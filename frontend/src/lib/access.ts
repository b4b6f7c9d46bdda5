/** Who may open which part of the app, and who may change the directory. The server enforces the same rules. */
import type { Role } from '@/api/types';

export type Section =
  | 'home'
  | 'suggestions'
  | 'suggestionFigures'
  | 'deputies'
  | 'units'
  | 'stations'
  | 'organizations'
  | 'users'
  | 'supervisionPlans'
  | 'supervisionCandidates'
  | 'supervisionProblems'
  | 'supervisionKeyProjects'
  | 'supervisionFigures';

export const SECTIONS: Section[] = [
  'home',
  'suggestions',
  'suggestionFigures',
  'deputies',
  'units',
  'stations',
  'organizations',
  'users',
];

/** The 监督 (supervision) group of the menu, shown after the suggestion sections. */
export const SUPERVISION_SECTIONS: Section[] = [
  'supervisionPlans',
  'supervisionCandidates',
  'supervisionProblems',
  'supervisionKeyProjects',
  'supervisionFigures',
];

const ALL_ROLES: Role[] = ['admin', 'staff', 'leader', 'committee', 'deputy', 'unit', 'integration'];

/** Roles that may open each section. */
const SECTION_ROLES: Record<Section, Role[]> = {
  home: ALL_ROLES,
  suggestions: ALL_ROLES,
  /** 办理统计: the people who run and oversee the loop. */
  suggestionFigures: ['admin', 'staff', 'leader', 'committee'],
  deputies: ALL_ROLES,
  units: ALL_ROLES,
  stations: ALL_ROLES,
  organizations: ALL_ROLES,
  users: ['admin'],
  /** 年度计划 and its topics. */
  supervisionPlans: ['admin', 'staff', 'leader', 'committee'],
  /** 数据选题: those who propose topics. */
  supervisionCandidates: ['admin', 'staff', 'committee'],
  /** 整改问题: units see (and report on) their own. */
  supervisionProblems: ['admin', 'staff', 'leader', 'committee', 'unit'],
  /** 重点项目（三问两评）: deputies rate them; units do not see them. */
  supervisionKeyProjects: ['admin', 'staff', 'leader', 'committee', 'deputy'],
  /** 整改统计. */
  supervisionFigures: ['admin', 'staff', 'leader', 'committee'],
};

/** Only the system administrator and the standing committee's staff maintain the directory. */
const DIRECTORY_EDITORS: Role[] = ['admin', 'staff'];

function isRole(r: string): r is Role {
  return (ALL_ROLES as string[]).includes(r);
}

/** The known roles of a user, from /me's `role` and `roles`. */
export function rolesOf(me: { role: string; roles?: string[] | null }): Role[] {
  const all = new Set<string>([me.role, ...(me.roles ?? [])]);
  return [...all].filter(isRole);
}

export function canAccess(section: Section, roles: readonly Role[]): boolean {
  return roles.some((r) => SECTION_ROLES[section].includes(r));
}

/** The side menu's sections, in display order. */
export function menuSections(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((s) => canAccess(s, roles));
}

/** The 监督 group's sections a user may open, in display order. */
export function supervisionMenuSections(roles: readonly Role[]): Section[] {
  return SUPERVISION_SECTIONS.filter((s) => canAccess(s, roles));
}

export function canEditDirectory(roles: readonly Role[]): boolean {
  return roles.some((r) => DIRECTORY_EDITORS.includes(r));
}

/** Who may download directory exports (CSV); deputies and units may not. */
const EXPORTERS: Role[] = ['admin', 'staff', 'leader', 'committee', 'integration'];

export function canExportDirectory(roles: readonly Role[]): boolean {
  return roles.some((r) => EXPORTERS.includes(r));
}

/** Change history of directory records is for the people who maintain them. */
export function canViewHistory(roles: readonly Role[]): boolean {
  return canEditDirectory(roles);
}

export function canManageUsers(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}
