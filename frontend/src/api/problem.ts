/** RFC 9457 problem details: every non-2xx answer of the API, as the spec's Problem schema defines it. */
import type { components } from './schema';

/** The answer's body (the spec's Problem). */
export type ProblemBody = components['schemas']['Problem'];
/** One entry of a validation problem's errors[]. */
export type FieldError = components['schemas']['FieldError'];

/** A failed API call; `detail` is Chinese text that may be shown to the user. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  /** The domain rule that refused a state change (type /problems/invalid-transition). */
  readonly rule?: string;
  readonly errors: FieldError[];

  /** A body that is not problem+json (a proxy's page) still gives a status; the other members may be missing. */
  constructor(body: Partial<ProblemBody> & Pick<ProblemBody, 'status'>) {
    super(body.detail || body.title || `HTTP ${body.status}`);
    this.name = 'ApiProblem';
    this.type = body.type ?? 'about:blank';
    this.title = body.title ?? '';
    this.status = body.status;
    this.detail = body.detail;
    this.instance = body.instance;
    this.requestId = body.requestId;
    this.rule = body.rule;
    this.errors = body.errors ?? [];
  }

  /** Someone else changed the record since it was read (If-Match did not match). */
  get isStale(): boolean {
    return this.status === 412;
  }

  get isPreconditionRequired(): boolean {
    return this.status === 428;
  }
}

export function isApiProblem(e: unknown): e is ApiProblem {
  return e instanceof ApiProblem;
}

function isFieldError(v: unknown): v is FieldError {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as FieldError).field === 'string' &&
    typeof (v as FieldError).message === 'string'
  );
}

/**
 * Builds an ApiProblem from a non-2xx response and its already-read body (parsed JSON, text or
 * nothing). Tolerates bodies that are not problem+json (proxies, gateways).
 */
export function toApiProblem(response: Pick<Response, 'status' | 'statusText'>, body: unknown): ApiProblem {
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>;
    return new ApiProblem({
      type: typeof b.type === 'string' ? b.type : undefined,
      title: typeof b.title === 'string' ? b.title : response.statusText,
      status: typeof b.status === 'number' ? b.status : response.status,
      detail: typeof b.detail === 'string' ? b.detail : undefined,
      instance: typeof b.instance === 'string' ? b.instance : undefined,
      requestId: typeof b.requestId === 'string' ? b.requestId : undefined,
      rule: typeof b.rule === 'string' ? b.rule : undefined,
      errors: Array.isArray(b.errors) ? b.errors.filter(isFieldError) : [],
    });
  }
  return new ApiProblem({ status: response.status, title: response.statusText });
}

/** Reads a Response body as a problem, whatever its content type. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = undefined;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return toApiProblem(response, body);
}
