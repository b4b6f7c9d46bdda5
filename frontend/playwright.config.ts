/**
 * Browser tests against a running stack (nginx + API + Keycloak), with the system Chromium.
 * E2E_BASE_URL: where the SPA is served (default http://localhost:8080).
 * E2E_CHROMIUM: the browser binary (default /usr/bin/chromium); browsers are never downloaded.
 * E2E_RETRIES: how often a failed test is run again (default 0; `make test` uses 1 and reports every test that
 * needed it as flaky, so a retried pass is visible and a test failing twice still fails the run).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: Number(process.env.E2E_RETRIES ?? 0),
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    navigationTimeout: 60_000,
    actionTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
