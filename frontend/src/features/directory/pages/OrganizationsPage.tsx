/** 专委会/代表团: the congress's committees and delegations, with create and rename for editors. */
import { useState } from 'react';
import { Button, Flex, Form, Input, Select, Table, Tabs, type TableProps } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { COMMITTEE_KINDS, type Committee, type CommitteeInput, type Delegation, type DelegationInput } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { enumLabel, enumOptions } from '@/lib/labels';
import { useLocalListParams } from '@/lib/list-params';
import { useSession } from '@/lib/session';
import {
  useCommittees,
  useCreateCommittee,
  useCreateDelegation,
  useDelegations,
  useUpdateCommittee,
  useUpdateDelegation,
} from '../api/organizations';

export default function OrganizationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('nav.organizations')} />
      <Tabs
        items={[
          { key: 'delegations', label: t('org.delegations'), children: <DelegationsTab /> },
          { key: 'committees', label: t('org.committees'), children: <CommitteesTab /> },
        ]}
      />
    </>
  );
}

/** A tab's paging (kept in the tab: the two tabs share one URL) and its search text. */
function useTabList() {
  const paging = useLocalListParams();
  const [q, setQ] = useState('');
  const search = (v: string) => {
    setQ(v.trim());
    paging.firstPage();
  };
  return { paging, params: paging.params, q, search };
}

function DelegationsTab() {
  const { t } = useTranslation();
  const { canEditDirectory } = useSession();
  const p = useTabList();
  const list = useDelegations({ page: p.params.page, size: p.params.size, q: p.q || undefined, sort: 'name,asc' });
  const table = useServerTable<Delegation>(p.paging, list.data?.total);
  const create = useCreateDelegation();
  const update = useUpdateDelegation();
  const [editing, setEditing] = useState<Delegation | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<Delegation>['columns'] = [
    { title: t('org.fields.name'), dataIndex: 'name', key: 'name' },
    ...(canEditDirectory
      ? [
          {
            title: t('table.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, row: Delegation) => (
              <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('org.editNamed', { name: row.name })} onClick={() => setEditing(row)}>
                {t('actions.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label={t('org.searchLabel')} placeholder={t('org.searchPlaceholder')} allowClear onSearch={p.search} style={{ width: 260 }} />
        {canEditDirectory && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('actions.create')}
          </Button>
        )}
      </Flex>
      <Table<Delegation>
        rowKey="id"
        size="middle"
        aria-label={t('org.delegations')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        {...table.props}
      />
      <FormModal<DelegationInput>
        open={creating || editing !== null}
        title={editing ? t('org.editDelegation') : t('org.createDelegation')}
        initialValues={editing ? { name: editing.name } : {}}
        resetKey={editing ? `${editing.id}-${editing.version}` : 'new'}
        onSubmit={async (values) => {
          if (editing) await update.mutateAsync({ id: editing.id, version: editing.version, input: values });
          else await create.mutateAsync(values);
        }}
        onClose={() => (setCreating(false), setEditing(null))}
        onStale={() => (setEditing(null), void list.refetch())}
      >
        <Form.Item name="name" label={t('org.fields.name')} rules={[{ required: true, message: t('validation.required', { field: t('org.fields.name') }) }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </>
  );
}

function CommitteesTab() {
  const { t } = useTranslation();
  const { canEditDirectory } = useSession();
  const p = useTabList();
  const list = useCommittees({ page: p.params.page, size: p.params.size, q: p.q || undefined, sort: 'name,asc' });
  const table = useServerTable<Committee>(p.paging, list.data?.total);
  const create = useCreateCommittee();
  const update = useUpdateCommittee();
  const [editing, setEditing] = useState<Committee | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<Committee>['columns'] = [
    { title: t('org.fields.name'), dataIndex: 'name', key: 'name' },
    { title: t('org.fields.kind'), dataIndex: 'kind', key: 'kind', render: (v) => enumLabel(t, 'committeeKind', v) },
    ...(canEditDirectory
      ? [
          {
            title: t('table.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, row: Committee) => (
              <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('org.editNamed', { name: row.name })} onClick={() => setEditing(row)}>
                {t('actions.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label={t('org.searchLabel')} placeholder={t('org.searchPlaceholder')} allowClear onSearch={p.search} style={{ width: 260 }} />
        {canEditDirectory && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('actions.create')}
          </Button>
        )}
      </Flex>
      <Table<Committee>
        rowKey="id"
        size="middle"
        aria-label={t('org.committees')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        {...table.props}
      />
      <FormModal<CommitteeInput>
        open={creating || editing !== null}
        title={editing ? t('org.editCommittee') : t('org.createCommittee')}
        initialValues={editing ? { name: editing.name, kind: editing.kind } : { kind: 'SPECIAL' }}
        resetKey={editing ? `${editing.id}-${editing.version}` : 'new'}
        onSubmit={async (values) => {
          if (editing) await update.mutateAsync({ id: editing.id, version: editing.version, input: values });
          else await create.mutateAsync(values);
        }}
        onClose={() => (setCreating(false), setEditing(null))}
        onStale={() => (setEditing(null), void list.refetch())}
      >
        <Form.Item name="name" label={t('org.fields.name')} rules={[{ required: true, message: t('validation.required', { field: t('org.fields.name') }) }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('org.fields.kind')} rules={[{ required: true, message: t('validation.select', { field: t('org.fields.kind') }) }]}>
          <Select options={enumOptions(t, 'committeeKind', COMMITTEE_KINDS)} />
        </Form.Item>
      </FormModal>
    </>
  );
}
