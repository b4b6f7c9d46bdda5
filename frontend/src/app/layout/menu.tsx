/** Side-menu entries for the sections a user may open. */
import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  FileTextOutlined,
  HomeOutlined,
  ShopOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Role } from '@/api/types';
import { menuSections, type Section } from '@/lib/access';

export const SECTION_PATHS: Record<Section, string> = {
  home: '/',
  suggestions: '/suggestions',
  suggestionFigures: '/suggestions/figures',
  deputies: '/deputies',
  units: '/units',
  stations: '/stations',
  organizations: '/organizations',
  users: '/users',
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
};

export type MenuEntry = {
  type: 'item';
  key: string;
  icon: ReactNode;
  label: string;
};

export function buildMenu(roles: readonly Role[], t: (key: string) => string): MenuEntry[] {
  return menuSections(roles).map((s) => ({ type: 'item' as const, key: SECTION_PATHS[s], icon: SECTION_ICONS[s], label: t(`nav.${s}`) }));
}

/** The menu key to highlight for a location: the longest section path that prefixes it. */
export function selectedMenuKey(pathname: string): string {
  const paths = Object.values(SECTION_PATHS)
    .filter((p) => p !== '/')
    .sort((a, b) => b.length - a.length);
  return paths.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '/';
}
