/** Keycloak login (authorization code + PKCE S256); tokens stay in memory only. */
import Keycloak from 'keycloak-js';
import type { AppConfig } from './config';

let keycloak: Keycloak | null = null;

export async function initAuth(config: AppConfig): Promise<Keycloak> {
  const kc = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await kc.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  keycloak = kc;
  return kc;
}

/** Returns a fresh access token (refreshed when it expires within 30 s); sends the user to login if that fails. */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
    return undefined;
  }
  return keycloak.token;
}

export function logout(): Promise<void> {
  if (!keycloak) return Promise.resolve();
  return keycloak.logout({ redirectUri: window.location.origin + '/' });
}

export function login(): Promise<void> {
  return keycloak ? keycloak.login() : Promise.resolve();
}
