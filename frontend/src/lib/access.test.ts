import { describe, expect, it } from 'vitest';
import type { Role } from '@/api/types';
import {
  canAccess,
  canEditDirectory,
  canExportDirectory,
  canManagePlans,
  canProposeTopics,
  evaluationMenuSections,
  menuSections,
  rolesOf,
  supervisionMenuSections,
} from './access';

describe('menuSections', () => {
  it('gives the administrator every section, user management included', () => {
    expect(menuSections(['admin'])).toEqual([
      'home',
      'suggestions',
      'suggestionFigures',
      'deputies',
      'units',
      'stations',
      'organizations',
      'users',
    ]);
  });

  it.each<Role>(['staff', 'leader', 'committee', 'deputy', 'unit', 'integration'])('hides user management from %s', (role) => {
    const sections = menuSections([role]);
    expect(sections).not.toContain('users');
    expect(sections).toContain('deputies');
  });
});

describe('suggestion sections', () => {
  it('gives every role the 建议办理 inbox', () => {
    for (const r of ['admin', 'staff', 'leader', 'committee', 'deputy', 'unit', 'integration'] as Role[]) {
      expect(menuSections([r])).toContain('suggestions');
    }
  });

  it('shows 办理统计 to staff, admin, leaders and committees only', () => {
    for (const r of ['admin', 'staff', 'leader', 'committee'] as Role[]) expect(canAccess('suggestionFigures', [r])).toBe(true);
    for (const r of ['deputy', 'unit', 'integration'] as Role[]) expect(canAccess('suggestionFigures', [r])).toBe(false);
  });
});

describe('directory permissions', () => {
  it('lets only admin and staff edit', () => {
    expect(canEditDirectory(['admin'])).toBe(true);
    expect(canEditDirectory(['staff'])).toBe(true);
    for (const r of ['leader', 'committee', 'deputy', 'unit', 'integration'] as Role[]) {
      expect(canEditDirectory([r])).toBe(false);
    }
  });

  it('keeps exports from deputies and units', () => {
    expect(canExportDirectory(['leader'])).toBe(true);
    expect(canExportDirectory(['deputy'])).toBe(false);
    expect(canExportDirectory(['unit'])).toBe(false);
  });

  it('refuses the users route to a deputy', () => {
    expect(canAccess('users', ['deputy'])).toBe(false);
    expect(canAccess('users', ['deputy', 'admin'])).toBe(true);
  });
});

describe('rolesOf', () => {
  it('merges role and roles and drops names the app does not know', () => {
    expect(rolesOf({ role: 'staff', roles: ['staff', 'offline_access', 'leader'] })).toEqual(['staff', 'leader']);
  });
});

describe('supervision sections', () => {
  it('shows units only 整改问题, and 数据选题 to those who propose topics', () => {
    expect(supervisionMenuSections(['unit'])).toEqual(['supervisionProblems']);
    expect(supervisionMenuSections(['staff'])).toEqual([
      'supervisionPlans',
      'supervisionCandidates',
      'supervisionProblems',
      'supervisionKeyProjects',
      'supervisionFigures',
    ]);
    expect(supervisionMenuSections(['leader'])).toEqual(['supervisionPlans', 'supervisionProblems', 'supervisionKeyProjects', 'supervisionFigures']);
  });

  it('gives deputies their groups and 重点项目 (to rate them), and keeps 重点项目 and 整改统计 from units', () => {
    expect(supervisionMenuSections(['deputy'])).toEqual(['supervisionMyTopics', 'supervisionKeyProjects']);
    expect(supervisionMenuSections(['staff'])).not.toContain('supervisionMyTopics');
    // A topic's page opens for a deputy (the server answers only for members of its group), never for a unit.
    expect(canAccess('supervisionTopic', ['deputy'])).toBe(true);
    expect(canAccess('supervisionTopic', ['unit'])).toBe(false);
    expect(canAccess('supervisionPlans', ['deputy'])).toBe(false);
    expect(canAccess('supervisionFigures', ['deputy'])).toBe(false);
    expect(canAccess('supervisionKeyProjects', ['unit'])).toBe(false);
    expect(canAccess('supervisionFigures', ['unit'])).toBe(false);
    expect(canAccess('supervisionFigures', ['committee'])).toBe(true);
  });
});

describe('evaluation sections', () => {
  it('gives deputies only their dossier and the publication, and units nothing', () => {
    expect(evaluationMenuSections(['deputy'])).toEqual(['evaluationDossiers', 'evaluationPublication']);
    expect(evaluationMenuSections(['unit'])).toEqual([]);
    expect(canAccess('evaluationScoreDetail', ['deputy'])).toBe(true);
    expect(canAccess('evaluationScoreDetail', ['unit'])).toBe(false);
  });

  it('keeps the register and the schemes with staff and admin, the ranking with leaders too, the index with committees', () => {
    expect(evaluationMenuSections(['staff'])).toEqual([
      'evaluationDossiers',
      'evaluationActivities',
      'evaluationSchemes',
      'evaluationScores',
      'evaluationPublication',
      'evaluationIndex',
    ]);
    expect(evaluationMenuSections(['leader'])).toEqual(['evaluationDossiers', 'evaluationScores', 'evaluationPublication', 'evaluationIndex']);
    expect(evaluationMenuSections(['committee'])).toEqual(['evaluationDossiers', 'evaluationPublication', 'evaluationIndex']);
    expect(canAccess('evaluationScoreDetail', ['committee'])).toBe(false);
  });
});

describe('plan and topic roles', () => {
  it('lets only admin and staff create plans', () => {
    expect(canManagePlans(['staff'])).toBe(true);
    expect(canManagePlans(['admin'])).toBe(true);
    expect(canManagePlans(['committee'])).toBe(false);
    expect(canManagePlans(['leader'])).toBe(false);
  });

  it('lets admin, staff and committees propose topics, no one else', () => {
    expect((['admin', 'staff', 'committee'] as Role[]).every((r) => canProposeTopics([r]))).toBe(true);
    expect((['leader', 'deputy', 'unit', 'integration'] as Role[]).some((r) => canProposeTopics([r]))).toBe(false);
  });
});
