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
  | 'supervisionMyTopics'
  | 'supervisionTopic'
  | 'supervisionCandidates'
  | 'supervisionProblems'
  | 'supervisionKeyProjects'
  | 'supervisionFigures'
  | 'evaluationDossiers'
  | 'evaluationActivities'
  | 'evaluationSchemes'
  | 'evaluationScores'
  | 'evaluationScoreDetail'
  | 'evaluationPublication'
  | 'evaluationIndex';

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
  'supervisionMyTopics',
  'supervisionCandidates',
  'supervisionProblems',
  'supervisionKeyProjects',
  'supervisionFigures',
];

/** The 履职评价 (deputy evaluation) group of the menu, shown after 监督. */
export const EVALUATION_SECTIONS: Section[] = [
  'evaluationDossiers',
  'evaluationActivities',
  'evaluationSchemes',
  'evaluationScores',
  'evaluationPublication',
  'evaluationIndex',
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
  /** 我的监督小组: the topics whose supervision group (一事一小组) a deputy is in. */
  supervisionMyTopics: ['deputy'],
  /** One topic's page (not a menu entry): from a plan, or from 我的监督小组 for a member of its group. */
  supervisionTopic: ['admin', 'staff', 'leader', 'committee', 'deputy'],
  /** 数据选题: those who propose topics. */
  supervisionCandidates: ['admin', 'staff', 'committee'],
  /** 整改问题: units see (and report on) their own. */
  supervisionProblems: ['admin', 'staff', 'leader', 'committee', 'unit'],
  /** 重点项目（三问两评）: deputies rate them; units do not see them. */
  supervisionKeyProjects: ['admin', 'staff', 'leader', 'committee', 'deputy'],
  /** 整改统计. */
  supervisionFigures: ['admin', 'staff', 'leader', 'committee'],
  /** 履职档案 (一人一档): a deputy sees only their own (我的履职档案). */
  evaluationDossiers: ['admin', 'staff', 'leader', 'committee', 'deputy'],
  /** 活动登记: the staff who record and confirm activities. */
  evaluationActivities: ['admin', 'staff'],
  /** 评价方案: the administrator maintains it, staff read it and run 试算. */
  evaluationSchemes: ['admin', 'staff'],
  /** 得分排名. */
  evaluationScores: ['admin', 'staff', 'leader'],
  /** One deputy's score breakdown (not a menu entry): a deputy reaches their own from the dossier. */
  evaluationScoreDetail: ['admin', 'staff', 'leader', 'deputy'],
  /** 结果公布: objections by deputies, answers and publication by staff. */
  evaluationPublication: ['admin', 'staff', 'leader', 'committee', 'deputy'],
  /** 履职指数. */
  evaluationIndex: ['admin', 'staff', 'leader', 'committee'],
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

/** The 履职评价 group's sections a user may open, in display order. */
export function evaluationMenuSections(roles: readonly Role[]): Section[] {
  return EVALUATION_SECTIONS.filter((s) => canAccess(s, roles));
}

/** Staff and the administrator record activities, recompute scores, answer objections and publish. */
export function canManageEvaluation(roles: readonly Role[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'staff');
}

/** Roles that see any deputy's dossier (a deputy sees only their own). */
export function seesAllDossiers(roles: readonly Role[]): boolean {
  return roles.some((r) => ['admin', 'staff', 'leader', 'committee'].includes(r));
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

/** 年度计划: staff and the administrator create, edit and adopt plans (and key projects). */
export function canManagePlans(roles: readonly Role[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'staff');
}

/** Staff, the administrator and the special committees propose topics (by hand or from a candidate) and keep their group and schedule. */
export function canProposeTopics(roles: readonly Role[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'staff' || r === 'committee');
}

export function canManageUsers(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}
