/** What the user sees before the app is ready: a spinner, or why start-up failed. */
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function StartupSplash() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', height: '100%', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description={t('app.starting')} />
    </div>
  );
}

export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.startFailed')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('actions.retry')}
        </Button>
      }
    />
  );
}
