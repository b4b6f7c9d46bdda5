import { describe, expect, it } from 'vitest';
import { ApiProblem, isApiProblem, problemFromResponse, toApiProblem } from './problem';

describe('toApiProblem', () => {
  it('reads every member of a problem+json body', () => {
    const p = toApiProblem(
      { status: 400, statusText: 'Bad Request' },
      {
        type: '/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: '提交的数据未通过校验：name 长度不能超过 50',
        instance: '/api/v1/deputies',
        requestId: 'r-1',
        errors: [{ field: 'name', message: '长度不能超过 50' }],
      },
    );
    expect(p).toBeInstanceOf(ApiProblem);
    expect(p.type).toBe('/problems/validation');
    expect(p.status).toBe(400);
    expect(p.detail).toContain('未通过校验');
    expect(p.requestId).toBe('r-1');
    expect(p.errors).toEqual([{ field: 'name', message: '长度不能超过 50' }]);
    expect(p.message).toBe(p.detail);
  });

  it("keeps the name of the rule that refused a state change", () => {
    const p = toApiProblem(
      { status: 409, statusText: 'Conflict' },
      { type: '/problems/invalid-transition', title: 'Invalid Transition', status: 409, rule: 'contact-before-reply', detail: '答复前须先与代表沟通' },
    );
    expect(p).toMatchObject({ type: '/problems/invalid-transition', rule: 'contact-before-reply', detail: '答复前须先与代表沟通' });
  });

  it('drops malformed entries of errors[]', () => {
    const p = toApiProblem({ status: 400, statusText: '' }, { status: 400, errors: [{ field: 'a' }, 'x', { field: 'b', message: 'm' }] });
    expect(p.errors).toEqual([{ field: 'b', message: 'm' }]);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    const p = toApiProblem({ status: 502, statusText: 'Bad Gateway' }, '<html>gateway</html>');
    expect(p.status).toBe(502);
    expect(p.title).toBe('Bad Gateway');
    expect(p.errors).toEqual([]);
    expect(p.detail).toBeUndefined();
  });

  it('tells a stale edit (412) and a missing If-Match (428) apart', () => {
    expect(toApiProblem({ status: 412, statusText: '' }, { status: 412 }).isStale).toBe(true);
    expect(toApiProblem({ status: 428, statusText: '' }, { status: 428 }).isPreconditionRequired).toBe(true);
    expect(toApiProblem({ status: 409, statusText: '' }, { status: 409 }).isStale).toBe(false);
  });
});

describe('problemFromResponse', () => {
  it('parses a problem+json response body', async () => {
    const res = new Response(JSON.stringify({ type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: '当前角色无权执行此操作' }), {
      status: 403,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    const p = await problemFromResponse(res);
    expect(isApiProblem(p)).toBe(true);
    expect(p.detail).toBe('当前角色无权执行此操作');
  });

  it('survives an empty body', async () => {
    const p = await problemFromResponse(new Response(null, { status: 500, statusText: 'Server Error' }));
    expect(p.status).toBe(500);
  });
});
