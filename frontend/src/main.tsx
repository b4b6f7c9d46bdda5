/** Start-up: read /config.json, log in with Keycloak (login-required), then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApiClient } from '@/api/client';
import { getAccessToken, initAuth, login, logout } from '@/lib/auth';
import { loadConfig } from '@/lib/config';
import { initI18n } from '@/lib/i18n';
import { App } from '@/app/App';
import { StartupError, StartupSplash } from '@/app/Startup';
import '@/app/global.css';

async function bootstrap() {
  initI18n();
  const root = createRoot(document.getElementById('root')!);
  root.render(<StartupSplash />);
  try {
    const config = await loadConfig();
    await initAuth(config);
    initApiClient({ apiBase: config.apiBase, getToken: getAccessToken, onUnauthorized: () => void login() });
    root.render(
      <StrictMode>
        <App onLogout={() => void logout()} />
      </StrictMode>,
    );
  } catch (e) {
    console.error('Start-up failed', e);
    root.render(<StartupError error={e} />);
  }
}

void bootstrap();
