/** 用户管理 (admin): accounts table and the create-account form. */
import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { enumLabel, enumOptions, orDash } from '@/lib/labels';
import { useListParams, useSearchText } from '@/lib/list-params';
import { USER_FILTERS, useUsers } from '../api/users';
import { UserFormModal } from '../components/UserFormModal';

export default function UsersPage() {
  const { t } = useTranslation();
  const listParams = useListParams(USER_FILTERS);
  const { params, setFilter, reset } = listParams;
  const list = useUsers({
    q: params.filters.q?.trim() || undefined,
    role: params.filters.role as Role | undefined,
    page: params.page,
    size: params.size,
    sort: params.sort,
  });
  const table = useServerTable<User>(listParams, list.data?.total, { sizeChanger: true });
  const [search, setSearch] = useSearchText(params.filters.q);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<User>['columns'] = [
    { title: t('user.fields.username'), dataIndex: 'username', ...table.sortable('username') },
    { title: t('user.fields.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('user.fields.role'), dataIndex: 'role', key: 'role', render: (v: string) => enumLabel(t, 'role', v) },
    { title: t('user.fields.unitId'), dataIndex: 'unitId', key: 'unitId', render: (v) => orDash(v) },
    { title: t('user.fields.deputyId'), dataIndex: 'deputyId', key: 'deputyId', render: (v) => orDash(v) },
    {
      title: t('user.fields.enabled'),
      dataIndex: 'enabled',
      key: 'enabled',
      render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('user.enabledYes') : t('user.enabledNo')}</Tag>,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.users')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('user.create')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} role="search" aria-label={t('filters.label')}>
          <Input.Search
            aria-label={t('user.searchLabel')}
            placeholder={t('user.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
            style={{ width: 260 }}
            enterButton={t('actions.search')}
          />
          <Select
            aria-label={t('user.fields.role')}
            placeholder={t('user.fields.role')}
            allowClear
            style={{ width: 160 }}
            options={enumOptions(t, 'role', ROLES)}
            value={params.filters.role}
            onChange={(v) => setFilter('role', v)}
          />
          <Button onClick={reset}>{t('actions.reset')}</Button>
        </Flex>
      </Card>
      <Table<User>
        rowKey="id"
        size="middle"
        aria-label={t('user.tableLabel')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={list.isError ? { emptyText: t('errors.loadFailed') } : undefined}
        {...table.props}
        scroll={{ x: 'max-content' }}
      />
      <UserFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
