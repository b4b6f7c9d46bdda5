import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Table } from 'antd';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { useListParams } from '@/lib/list-params';
import { useServerTable, type ServerTableOptions } from './server-table';

interface Row {
  id: number;
  name: string;
}

/** A list of `total` rows whose page the "server" (this component) cuts from the URL's page and size. */
function List({ total, options }: { total: number; options?: ServerTableOptions }) {
  const listParams = useListParams([] as const);
  const { page, size } = listParams.params;
  const rows = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => ({ id: page * size + i, name: `代表${page * size + i}` }));
  const table = useServerTable<Row>(listParams, total, options);
  const search = useLocation().search;
  return (
    <>
      <output aria-label="query">{search}</output>
      <Table<Row> rowKey="id" aria-label="列表" columns={[{ title: '姓名', dataIndex: 'name', ...table.sortable('name') }]} dataSource={rows} {...table.props} />
    </>
  );
}

function renderList(props: { total: number; options?: ServerTableOptions }, path = '/') {
  const router = createMemoryRouter([{ path: '*', element: <List {...props} /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

const query = () => screen.getByLabelText('query').textContent;

describe('useServerTable', () => {
  it('shows the page of the URL and the total, and keeps the sort when the page changes', async () => {
    renderList({ total: 73 }, '/?sort=name,desc&page=1');
    expect(screen.getByText('共 73 条')).toBeInTheDocument();
    expect(screen.getByTitle('2')).toHaveClass('ant-pagination-item-active');
    expect(screen.getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByTitle('4'));
    expect(query()).toBe('?sort=name%2Cdesc&page=3');
    expect(within(screen.getByRole('table')).getByText('代表60')).toBeInTheDocument();
  });

  it('starts a new sort on the first page and drops the sort when it is cleared', async () => {
    renderList({ total: 73 }, '/?page=2');
    const header = screen.getByRole('columnheader', { name: /姓名/ });
    await userEvent.click(within(header).getByText('姓名'));
    expect(query()).toBe('?sort=name%2Casc');
    await userEvent.click(within(header).getByText('姓名'));
    expect(query()).toBe('?sort=name%2Cdesc');
    await userEvent.click(within(header).getByText('姓名'));
    expect(query()).toBe('');
  });

  it('offers the page sizes when asked and hides a single page when asked', () => {
    renderList({ total: 30, options: { sizeChanger: true } });
    expect(screen.getByRole('combobox')).toBeInTheDocument();
    renderList({ total: 15, options: { hideOnSinglePage: true } });
    expect(screen.getByText('共 30 条')).toBeInTheDocument();
    expect(screen.queryByText('共 15 条')).not.toBeInTheDocument();
  });
});
