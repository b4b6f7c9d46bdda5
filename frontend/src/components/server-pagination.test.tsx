import { describe, expect, it, vi } from 'vitest';
import { serverPagination } from './server-pagination';

describe('serverPagination', () => {
  it('shows the zero-based page one-based and hands a change back zero-based', () => {
    const setPage = vi.fn();
    const p = serverPagination({ page: 2, size: 50 }, 173, setPage, { hideOnSinglePage: true });
    expect(p).toMatchObject({ current: 3, pageSize: 50, total: 173, hideOnSinglePage: true });
    p.onChange?.(5, 20);
    expect(setPage).toHaveBeenCalledWith(4, 20);
    expect(serverPagination({ page: 0, size: 20 }, undefined, setPage).total).toBe(0);
  });
});
