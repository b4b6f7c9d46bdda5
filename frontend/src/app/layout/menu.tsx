/** Side-menu entries for the sections a user may open. */
import type { ReactNode } from 'react';
import {
  AlertOutlined,
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
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Role } from '@/api/types';
import { menuSections, supervisionMenuSections, type Section } from '@/lib/access';

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
  supervisionCandidates: '/supervision/candidates',
  supervisionProblems: '/supervision/problems',
  supervisionKeyProjects: '/supervision/key-projects',
  supervisionFigures: '/supervision/figures',
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
  supervisionCandidates: <FundOutlined aria-hidden />,
  supervisionProblems: <AlertOutlined aria-hidden />,
  supervisionKeyProjects: <FlagOutlined aria-hidden />,
  supervisionFigures: <LineChartOutlined aria-hidden />,
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
  const item = (s: Section): MenuItem => ({ type: 'item', key: SECTION_PATHS[s], icon: SECTION_ICONS[s], label: t(`nav.${s}`) });
  const entries: MenuEntry[] = menuSections(roles).map(item);
  const supervision = supervisionMenuSections(roles);
  if (supervision.length > 0) {
    // The 监督 group follows the suggestion sections.
    const last = entries.reduce((at, e, i) => (e.key.startsWith('/suggestions') ? i + 1 : at), 0);
    entries.splice(last, 0, { type: 'group', key: 'supervision', label: t('nav.supervision'), children: supervision.map(item) });
  }
  return entries;
}

/** The menu key to highlight for a location: the longest section path that prefixes it. */
export function selectedMenuKey(pathname: string): string {
  // A topic's page belongs to its plan.
  if (pathname.startsWith('/supervision/topics/')) return SECTION_PATHS.supervisionPlans;
  const paths = Object.values(SECTION_PATHS)
    .filter((p) => p !== '/')
    .sort((a, b) => b.length - a.length);
  return paths.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '/';
}
