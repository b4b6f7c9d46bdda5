/** 承办单位: server-paged table with filters, CSV export, create form, detail drawer with history. */
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type Unit } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { enumLabel, enumOptions, orDash } from '@/lib/labels';
import { useListParams, useSearchText } from '@/lib/list-params';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { exportUnits, toUnitQuery, UNIT_FILTERS, useUnits } from '../api/units';
import { UnitDetailDrawer } from '../components/UnitDetailDrawer';
import { UnitFormModal } from '../components/UnitFormModal';

export default function UnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canEditDirectory, canExportDirectory } = useSession();
  const listParams = useListParams(UNIT_FILTERS);
  const { params, setFilter, reset } = listParams;
  const filters = toUnitQuery(params.filters);
  const list = useUnits({ ...filters, page: params.page, size: params.size, sort: params.sort });
  const table = useServerTable<Unit>(listParams, list.data?.total, { sizeChanger: true });
  const handleProblem = useProblemHandler();
  const [search, setSearch] = useSearchText(params.filters.q);
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);


  const onExport = async () => {
    setExporting(true);
    try {
      await exportUnits(filters);
      void message.success(t('messages.exported'));
    } catch (e) {
      handleProblem(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<Unit>['columns'] = [
    {
      title: t('unit.fields.name'),
      dataIndex: 'name',
      ...table.sortable('name'),
      render: (name: string, row) => (
        <Typography.Link
          onClick={(e) => {
            e.stopPropagation();
            setSelected(row.id);
          }}
        >
          {name}
        </Typography.Link>
      ),
    },
    { title: t('unit.fields.shortName'), dataIndex: 'shortName', key: 'shortName', render: (v) => orDash(v) },
    { title: t('unit.fields.kind'), dataIndex: 'kind', key: 'kind', render: (v) => enumLabel(t, 'unitKind', v) },
    { title: t('unit.fields.contactPerson'), dataIndex: 'contactPerson', key: 'contactPerson', render: (v) => orDash(v) },
    { title: t('unit.fields.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', render: (v) => orDash(v) },
    {
      title: t('unit.fields.active'),
      dataIndex: 'active',
      key: 'active',
      render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('unit.activeYes') : t('unit.activeNo')}</Tag>,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.units')}
        extra={
          <Space wrap>
            {canExportDirectory && (
              <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void onExport()}>
                {t('actions.exportCsv')}
              </Button>
            )}
            {canEditDirectory && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('actions.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} role="search" aria-label={t('filters.label')}>
          <Input.Search
            aria-label={t('unit.searchLabel')}
            placeholder={t('unit.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
            style={{ width: 260 }}
            enterButton={t('actions.search')}
          />
          <Select
            aria-label={t('unit.fields.kind')}
            placeholder={t('unit.fields.kind')}
            allowClear
            style={{ width: 180 }}
            options={enumOptions(t, 'unitKind', UNIT_KINDS)}
            value={filters.kind}
            onChange={(v) => setFilter('kind', v)}
          />
          <Select
            aria-label={t('unit.fields.active')}
            placeholder={t('unit.fields.active')}
            allowClear
            style={{ width: 120 }}
            options={[
              { value: 'true', label: t('unit.activeYes') },
              { value: 'false', label: t('unit.activeNo') },
            ]}
            value={params.filters.active}
            onChange={(v) => setFilter('active', v)}
          />
          <Button onClick={reset}>{t('actions.reset')}</Button>
        </Flex>
      </Card>
      <Table<Unit>
        rowKey="id"
        size="middle"
        aria-label={t('unit.tableLabel')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={list.isError ? { emptyText: t('errors.loadFailed') } : undefined}
        {...table.props}
        onRow={(row) => ({ onClick: () => setSelected(row.id), className: 'luzhi-clickable-row' })}
        scroll={{ x: 'max-content' }}
      />
      <UnitDetailDrawer id={selected} onClose={() => setSelected(null)} />
      {canEditDirectory && <UnitFormModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
