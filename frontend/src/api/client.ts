/**
 * The one API client: openapi-fetch typed by the generated schema, adds the bearer token and turns
 * every non-2xx answer into an ApiProblem.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { problemFromResponse, toApiProblem } from './problem';

export interface ApiClientOptions {
  /** Same-origin API base, e.g. /api/v1 */
  apiBase: string;
  /** Returns a valid access token (refreshing it if needed). */
  getToken: () => Promise<string | undefined>;
  /** Called on 401 (e.g. to send the user to the login page). */
  onUnauthorized?: () => void;
  /** Injected in tests. */
  fetch?: typeof globalThis.fetch;
}

/** The spec's paths carry this prefix; config.apiBase says where it is served (normally the same). */
export const SPEC_PREFIX = '/api/v1';

/** Base URL for the spec's paths: apiBase without the prefix ("/api/v1" -> "", "https://h/x/api/v1" -> "https://h/x"). */
export function serverBaseOf(apiBase: string): string {
  const base = apiBase.replace(/\/+$/, '');
  return base.endsWith(SPEC_PREFIX) ? base.slice(0, -SPEC_PREFIX.length) : base;
}

let client: Client<paths> | null = null;
let options: ApiClientOptions | null = null;

export function initApiClient(opts: ApiClientOptions): Client<paths> {
  options = opts;
  const c = createClient<paths>({
    baseUrl: serverBaseOf(opts.apiBase),
    fetch: opts.fetch ? (req: Request) => opts.fetch!(req) : undefined,
  });
  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await opts.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) opts.onUnauthorized?.();
      return undefined;
    },
  };
  c.use(auth);
  client = c;
  return c;
}

export function api(): Client<paths> {
  if (!client) throw new Error('API client used before initApiClient()');
  return client;
}

export function apiOptions(): ApiClientOptions {
  if (!options) throw new Error('API client used before initApiClient()');
  return options;
}

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the body of a 2xx answer or throws the answer's ApiProblem. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiProblem(response, error);
  return data as T;
}

export interface WithEtag<T> {
  data: T;
  etag: string | null;
}

/** Like unwrap, and also returns the answer's ETag (for a later If-Match). */
export async function unwrapWithEtag<T>(call: Promise<ApiResult<T>>): Promise<WithEtag<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiProblem(response, error);
  return { data: data as T, etag: response.headers.get('ETag') };
}

/** Removes empty filter values so they are not sent as `q=`. */
export function cleanQuery<T extends Record<string, unknown>>(query: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = v;
  }
  return out as T;
}

/**
 * Downloads a file (e.g. CSV export, `path` as in the spec) with the bearer token: fetch + blob + a temporary link, since a
 * plain link cannot carry the Authorization header.
 */
export async function downloadFile(path: string, query: Record<string, unknown>, fallbackName: string): Promise<void> {
  const opts = apiOptions();
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(cleanQuery(query))) params.set(k, String(v));
  const qs = params.toString();
  const url = `${serverBaseOf(opts.apiBase)}${path}${qs ? `?${qs}` : ''}`;
  const token = await opts.getToken();
  const doFetch = opts.fetch ?? globalThis.fetch;
  const response = await doFetch(url, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), Accept: 'text/csv' },
  });
  if (!response.ok) throw await problemFromResponse(response);
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Reads filename*=UTF-8''… or filename="…" from a Content-Disposition header. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}
