/** Runtime configuration, read from /config.json at startup (deployment overwrites that file). */
export interface AppConfig {
  /** Base URL of Keycloak, e.g. http://localhost:8180 */
  keycloakUrl: string;
  /** Keycloak realm of the congress platform */
  realm: string;
  /** Public OIDC client of this SPA (authorization code + PKCE) */
  clientId: string;
  /** Same-origin base path of the REST API, e.g. /api/v1 */
  apiBase: string;
}

const REQUIRED_KEYS: (keyof AppConfig)[] = ['keycloakUrl', 'realm', 'clientId', 'apiBase'];

/** Checks the parsed config.json and returns it typed, or throws naming the missing key. */
export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('config.json is not a JSON object');
  }
  const obj = raw as Record<string, unknown>;
  for (const key of REQUIRED_KEYS) {
    if (typeof obj[key] !== 'string' || (obj[key] as string).length === 0) {
      throw new Error(`config.json: missing or empty "${key}"`);
    }
  }
  return {
    keycloakUrl: obj.keycloakUrl as string,
    realm: obj.realm as string,
    clientId: obj.clientId as string,
    apiBase: (obj.apiBase as string).replace(/\/+$/, ''),
  };
}

export async function loadConfig(url = '/config.json'): Promise<AppConfig> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) {
    throw new Error(`Cannot load ${url}: HTTP ${res.status}`);
  }
  return parseConfig(await res.json());
}
