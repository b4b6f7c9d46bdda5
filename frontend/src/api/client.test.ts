import { describe, expect, it } from 'vitest';
import { mockApi, staleVersion } from '@/testing/mock-api';
import { aDeputy, pageOf } from '@/testing/fixtures';
import { api, fileNameFromDisposition, unwrap, unwrapWithEtag } from './client';
import { ApiProblem } from './problem';

describe('api client', () => {
  it('sends the bearer token and returns the body of a 2xx answer', async () => {
    const mock = mockApi({ 'GET /api/v1/deputies': { body: pageOf([aDeputy()], 31) } });
    const page = await unwrap(api().GET('/api/v1/deputies', { params: { query: { page: 1, size: 20, q: '张' } } }));
    expect(page.total).toBe(31);
    const req = mock.requests[0];
    expect(req.headers.get('Authorization')).toBe('Bearer test-token');
    const url = new URL(req.url);
    expect(url.searchParams.get('q')).toBe('张');
    expect(url.searchParams.get('page')).toBe('1');
  });

  it('returns the ETag with the body', async () => {
    mockApi({ 'GET /api/v1/deputies/12': { body: aDeputy(), headers: { ETag: '"3"' } } });
    const { data, etag } = await unwrapWithEtag(api().GET('/api/v1/deputies/{id}', { params: { path: { id: 12 } } }));
    expect(data.name).toBe('张建国');
    expect(etag).toBe('"3"');
  });

  it('throws a typed ApiProblem for a problem+json answer', async () => {
    mockApi({
      'POST /api/v1/deputies': {
        status: 400,
        body: { type: '/problems/validation', title: 'Bad Request', status: 400, detail: '提交的数据未通过校验', errors: [{ field: 'name', message: '长度不能超过 50' }] },
      },
    });
    const call = unwrap(api().POST('/api/v1/deputies', { body: { name: 'x'.repeat(60) } as never }));
    await expect(call).rejects.toBeInstanceOf(ApiProblem);
    await expect(call).rejects.toMatchObject({ status: 400, errors: [{ field: 'name', message: '长度不能超过 50' }] });
  });

  it('sends If-Match on update', async () => {
    const mock = mockApi({ 'PUT /api/v1/deputies/12': staleVersion() });
    const call = unwrap(api().PUT('/api/v1/deputies/{id}', { params: { path: { id: 12 }, header: { 'If-Match': '"2"' } }, body: {} as never }));
    await expect(call).rejects.toMatchObject({ isStale: true });
    expect(mock.requests[0].headers.get('If-Match')).toBe('"2"');
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename*', () => {
    expect(fileNameFromDisposition(`attachment; filename="deputies.csv"; filename*=UTF-8''%E4%BB%A3%E8%A1%A8.csv`)).toBe('代表.csv');
  });
  it('reads a plain filename', () => {
    expect(fileNameFromDisposition('attachment; filename="units.csv"')).toBe('units.csv');
  });
  it('answers null without a header', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
