/** A fake fetch for component tests: answers "METHOD /path" routes with JSON, records the requests. */
import { initApiClient } from '@/api/client';
import type { ProblemBody } from '@/api/problem';

export type RouteAnswer = { status?: number; body?: unknown; headers?: Record<string, string> };
export type RouteHandler = (req: Request, url: URL) => RouteAnswer | Promise<RouteAnswer>;

export interface MockApi {
  requests: Request[];
  fetch: typeof globalThis.fetch;
}

/** Routes are keyed "GET /api/v1/deputies" (path without query); unknown routes answer 404 problem+json. */
export function mockApi(routes: Record<string, RouteHandler | RouteAnswer>, apiBase = 'http://localhost/api/v1'): MockApi {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    requests.push(req.clone());
    const url = new URL(req.url, 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    const answer: RouteAnswer = route
      ? typeof route === 'function'
        ? await route(req, url)
        : route
      : problem({ type: '/problems/not-found', title: 'Not Found', status: 404, detail: '记录不存在或无权查看' });
    const status = answer.status ?? 200;
    const isProblem = status >= 400;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...(answer.headers ?? {}),
      },
    });
  };
  initApiClient({ apiBase, getToken: async () => 'test-token', fetch: fetchImpl as typeof globalThis.fetch });
  return { requests, fetch: fetchImpl as typeof globalThis.fetch };
}

/** A problem+json answer (the spec's Problem). Use the types the server sends: /problems/validation, /problems/duplicate, … */
export function problem(body: ProblemBody): RouteAnswer {
  return { status: body.status, body };
}

/** The server's 409 when an entity's rule refuses a state change: type /problems/invalid-transition, with the rule's name. */
export function refusedByRule(rule: string, detail: string): RouteAnswer {
  return problem({ type: '/problems/invalid-transition', title: 'Invalid Transition', status: 409, rule, detail });
}

/** The server's 412 when If-Match names an older version. */
export function staleVersion(): RouteAnswer {
  return problem({ type: '/problems/stale-version', title: 'Precondition Failed', status: 412, detail: '该记录已被他人修改，请刷新后再试' });
}
