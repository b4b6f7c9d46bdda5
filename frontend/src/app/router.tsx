/** Routes; each section's page is loaded on demand and refused to roles that lack access. */
import { useMemo, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { canAccess, type Section } from '@/lib/access';
import { useSession } from '@/lib/session';
import { Forbidden, NotFound, RouteError } from '@/components/ResultPages';
import { AppLayout } from './layout/AppLayout';

/** Shows the page only to roles allowed in `section`; the server refuses them as well. */
export function RequireSection({ section, children }: { section: Section; children: ReactNode }) {
  const { roles } = useSession();
  return canAccess(section, roles) ? <>{children}</> : <Forbidden />;
}

function guarded(section: Section, load: () => Promise<{ default: React.ComponentType }>): RouteObject['lazy'] {
  return async () => {
    const { default: Page } = await load();
    return {
      Component: () => (
        <RequireSection section={section}>
          <Page />
        </RequireSection>
      ),
    };
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: guarded('home', () => import('@/features/home/pages/HomePage')) },
      {
        path: 'suggestions',
        lazy: guarded('suggestions', () => import('@/features/suggestions/pages/SuggestionsInboxPage')),
      },
      {
        path: 'suggestions/figures',
        lazy: guarded('suggestionFigures', () => import('@/features/suggestions/pages/SuggestionFiguresPage')),
      },
      {
        path: 'suggestions/:id',
        lazy: guarded('suggestions', () => import('@/features/suggestions/pages/SuggestionDetailPage')),
      },
      { path: 'deputies', lazy: guarded('deputies', () => import('@/features/directory/pages/DeputiesPage')) },
      { path: 'units', lazy: guarded('units', () => import('@/features/directory/pages/UnitsPage')) },
      { path: 'stations', lazy: guarded('stations', () => import('@/features/directory/pages/StationsPage')) },
      {
        path: 'organizations',
        lazy: guarded('organizations', () => import('@/features/directory/pages/OrganizationsPage')),
      },
      {
        path: 'supervision/plans',
        lazy: guarded('supervisionPlans', () => import('@/features/supervision/pages/PlansPage')),
      },
      {
        path: 'supervision/plans/:id',
        lazy: guarded('supervisionPlans', () => import('@/features/supervision/pages/PlanDetailPage')),
      },
      {
        path: 'supervision/topics/:id',
        lazy: guarded('supervisionTopic', () => import('@/features/supervision/pages/TopicDetailPage')),
      },
      {
        path: 'supervision/my-topics',
        lazy: guarded('supervisionMyTopics', () => import('@/features/supervision/pages/MyTopicsPage')),
      },
      {
        path: 'supervision/key-projects',
        lazy: guarded('supervisionKeyProjects', () => import('@/features/supervision/pages/KeyProjectsPage')),
      },
      {
        path: 'supervision/key-projects/:id',
        lazy: guarded('supervisionKeyProjects', () => import('@/features/supervision/pages/KeyProjectDetailPage')),
      },
      {
        path: 'supervision/figures',
        lazy: guarded('supervisionFigures', () => import('@/features/supervision/pages/RectificationFiguresPage')),
      },
      {
        path: 'supervision/candidates',
        lazy: guarded('supervisionCandidates', () => import('@/features/supervision/pages/CandidatesPage')),
      },
      {
        path: 'supervision/problems',
        lazy: guarded('supervisionProblems', () => import('@/features/supervision/pages/ProblemsPage')),
      },
      {
        path: 'evaluation/dossiers',
        lazy: guarded('evaluationDossiers', () => import('@/features/evaluation/pages/DossierPage')),
      },
      {
        path: 'evaluation/dossiers/:deputyId',
        lazy: guarded('evaluationDossiers', () => import('@/features/evaluation/pages/DossierPage')),
      },
      {
        path: 'evaluation/activities',
        lazy: guarded('evaluationActivities', () => import('@/features/evaluation/pages/ActivitiesPage')),
      },
      {
        path: 'evaluation/schemes',
        lazy: guarded('evaluationSchemes', () => import('@/features/evaluation/pages/SchemesPage')),
      },
      {
        path: 'evaluation/scores',
        lazy: guarded('evaluationScores', () => import('@/features/evaluation/pages/ScoresPage')),
      },
      {
        path: 'evaluation/scores/:deputyId',
        lazy: guarded('evaluationScoreDetail', () => import('@/features/evaluation/pages/ScoreDetailPage')),
      },
      {
        path: 'evaluation/publication',
        lazy: guarded('evaluationPublication', () => import('@/features/evaluation/pages/PublicationPage')),
      },
      {
        path: 'evaluation/index',
        lazy: guarded('evaluationIndex', () => import('@/features/evaluation/pages/PerformanceIndexPage')),
      },
      { path: 'users', lazy: guarded('users', () => import('@/features/users/pages/UsersPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
