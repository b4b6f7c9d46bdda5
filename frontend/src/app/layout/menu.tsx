/** Side-menu entries for the sections a user may open. */
import type { ReactNode } from 'react';
import {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  NotificationOutlined,
  ProfileOutlined,
  TrophyOutlined,
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  HomeOutlined,
  LineChartOutlined,
  ScheduleOutlined,
  ShopOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Role } from '@/api/types';
import { canAccess, evaluationMenuSections, menuSections, seesAllDossiers, supervisionMenuSections, type Section } from '@/lib/access';

export const SECTION_PATHS: Record<Section, string> = {
  home: '/',
  suggestions: '/suggestions',
  suggestionFigures: '/suggestions/figures',
  deputies: '/deputies',
  units: '/units',
  stations: '/stations',
  organizations: '/organizations',
  users: '/users',
  supervisionPlans: '/supervision/plans',
  supervisionMyTopics: '/supervision/my-topics',
  supervisionTopic: '/supervision/topics',
  supervisionCandidates: '/supervision/candidates',
  supervisionProblems: '/supervision/problems',
  supervisionKeyProjects: '/supervision/key-projects',
  supervisionFigures: '/supervision/figures',
  evaluationDossiers: '/evaluation/dossiers',
  evaluationActivities: '/evaluation/activities',
  evaluationSchemes: '/evaluation/schemes',
  evaluationScores: '/evaluation/scores',
  evaluationScoreDetail: '/evaluation/scores',
  evaluationPublication: '/evaluation/publication',
  evaluationIndex: '/evaluation/index',
};

const SECTION_ICONS: Record<Section, ReactNode> = {
  home: <HomeOutlined aria-hidden />,
  suggestions: <FileTextOutlined aria-hidden />,
  suggestionFigures: <BarChartOutlined aria-hidden />,
  deputies: <TeamOutlined aria-hidden />,
  units: <BankOutlined aria-hidden />,
  stations: <ShopOutlined aria-hidden />,
  organizations: <ApartmentOutlined aria-hidden />,
  users: <UserSwitchOutlined aria-hidden />,
  supervisionPlans: <ScheduleOutlined aria-hidden />,
  supervisionMyTopics: <UsergroupAddOutlined aria-hidden />,
  supervisionTopic: <ScheduleOutlined aria-hidden />,
  supervisionCandidates: <FundOutlined aria-hidden />,
  supervisionProblems: <AlertOutlined aria-hidden />,
  supervisionKeyProjects: <FlagOutlined aria-hidden />,
  supervisionFigures: <LineChartOutlined aria-hidden />,
  evaluationDossiers: <ProfileOutlined aria-hidden />,
  evaluationActivities: <CalendarOutlined aria-hidden />,
  evaluationSchemes: <AuditOutlined aria-hidden />,
  evaluationScores: <TrophyOutlined aria-hidden />,
  evaluationScoreDetail: <TrophyOutlined aria-hidden />,
  evaluationPublication: <NotificationOutlined aria-hidden />,
  evaluationIndex: <DashboardOutlined aria-hidden />,
};

export type MenuItem = {
  type: 'item';
  key: string;
  icon: ReactNode;
  label: string;
};

export type MenuGroup = {
  type: 'group';
  key: string;
  label: string;
  children: MenuItem[];
};

export type MenuEntry = MenuItem | MenuGroup;

export function buildMenu(roles: readonly Role[], t: (key: string) => string): MenuEntry[] {
  // A deputy's dossier entry is their own: 我的履职档案.
  const label = (s: Section) => (s === 'evaluationDossiers' && !seesAllDossiers(roles) ? t('nav.myDossier') : t(`nav.${s}`));
  const item = (s: Section): MenuItem => ({ type: 'item', key: SECTION_PATHS[s], icon: SECTION_ICONS[s], label: label(s) });
  const entries: MenuEntry[] = menuSections(roles).map(item);
  const supervision = supervisionMenuSections(roles);
  if (supervision.length > 0) {
    // The 监督 group follows the suggestion sections.
    const last = entries.reduce((at, e, i) => (e.key.startsWith('/suggestions') ? i + 1 : at), 0);
    entries.splice(last, 0, { type: 'group', key: 'supervision', label: t('nav.supervision'), children: supervision.map(item) });
  }
  const evaluation = evaluationMenuSections(roles);
  if (evaluation.length > 0) {
    // The 履职评价 group follows 监督 (or the suggestion sections).
    const after = entries.findIndex((e) => e.key === 'supervision');
    const at = after >= 0 ? after + 1 : entries.reduce((i, e, n) => (e.key.startsWith('/suggestions') ? n + 1 : i), 0);
    entries.splice(at, 0, { type: 'group', key: 'evaluation', label: t('nav.evaluation'), children: evaluation.map(item) });
  }
  return entries;
}

/** The menu key to highlight for a location: the longest section path that prefixes it. */
export function selectedMenuKey(pathname: string, roles: readonly Role[] = []): string {
  // A topic's page belongs to its plan, or for a deputy in its group to 我的监督小组.
  if (pathname.startsWith('/supervision/topics/')) {
    return canAccess('supervisionPlans', roles) || roles.length === 0 ? SECTION_PATHS.supervisionPlans : SECTION_PATHS.supervisionMyTopics;
  }
  const paths = Object.values(SECTION_PATHS)
    .filter((p) => p !== '/')
    .sort((a, b) => b.length - a.length);
  return paths.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '/';
}
