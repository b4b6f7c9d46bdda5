/** The app once logged in: load /me, then the routed shell. */
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/api/client';
import { isApiProblem } from '@/api/problem';
import type { Me } from '@/api/types';
import { SessionProvider } from '@/lib/session';
import { AppProviders } from './provider';
import { AppRouter } from './router';

export function App({ onLogout }: { onLogout: () => void }) {
  return (
    <AppProviders>
      <MeGate onLogout={onLogout} />
    </AppProviders>
  );
}

function MeGate({ onLogout }: { onLogout: () => void }) {
  const { t } = useTranslation();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => (await unwrap(api().GET('/api/v1/me'))) as Me,
    staleTime: Infinity,
  });
  if (me.isPending) {
    return (
      <div style={{ display: 'flex', height: '100%', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description={t('app.loadingProfile')} />
      </div>
    );
  }
  if (me.isError) {
    const err = me.error;
    return (
      <Result
        status={isApiProblem(err) && err.status === 403 ? '403' : 'error'}
        title={t('app.profileFailed')}
        subTitle={isApiProblem(err) ? (err.detail ?? err.title) : String(err)}
        extra={[
          <Button key="retry" type="primary" onClick={() => void me.refetch()}>
            {t('actions.retry')}
          </Button>,
          <Button key="logout" onClick={onLogout}>
            {t('header.logout')}
          </Button>,
        ]}
      />
    );
  }
  return (
    <SessionProvider me={me.data} onLogout={onLogout}>
      <AppRouter />
    </SessionProvider>
  );
}
