/**
 * 活动登记: the year's activities (会议、视察、调研、接待选民 …) with filters in the URL (year, type, status incl.
 * 待确认, title), 登记活动 with participants, each activity in a drawer (确认 / 退回 / 更正 / history), and a CSV
 * of the filtered list.
 */
import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type ActivityStatus, type ActivitySummary } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel, enumOptions } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { saveText, toCsv } from '@/lib/csv';
import { useServerTable } from '@/components/server-table';
import { fetchActivities, useActivities, useActivityTypes, type ActivityQuery } from '../api/evaluation';
import { ActivityDrawer } from '../components/ActivityDrawer';
import { ActivityFormModal } from '../components/ActivityFormModal';
import { EnumTag, fetchAllPages, YearPicker, yearOf } from '../components/EvaluationParts';

const FILTER_KEYS = ['year', 'typeId', 'status', 'q', 'open'] as const;

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const listParams = useListParams(FILTER_KEYS);
  const { params, setFilter, update } = listParams;
  const year = yearOf(params.filters.year);
  const filters: ActivityQuery = {
    year,
    typeId: params.filters.typeId ? Number(params.filters.typeId) : undefined,
    status: params.filters.status,
    q: params.filters.q,
  };
  const list = useActivities({ ...filters, page: params.page, size: params.size, sort: params.sort });
  const table = useServerTable<ActivitySummary>(listParams, list.data?.total);
  const types = useActivityTypes();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState(params.filters.q ?? '');
  const openId = params.filters.open && /^\d+$/.test(params.filters.open) ? Number(params.filters.open) : null;
  const setOpen = (id: number | null) => update({ open: id });
  const f = (k: string) => t(`evaluation.activities.fields.${k}`);

  const exportCsv = async () => {
    try {
      const rows = await fetchAllPages((page, size) => fetchActivities({ ...filters, page, size, sort: params.sort }));
      saveText(
        toCsv(
          [f('occurredOn'), f('title'), f('type'), t('evaluation.activities.participantsCount'), f('status')],
          rows.map((r) => [r.occurredOn, r.title, r.typeName, r.participants, enumLabel(t, 'activityStatus', r.status)]),
        ),
        `${t('evaluation.activities.csvName')}-${year}.csv`,
      );
      void message.success(t('messages.exported'));
    } catch (e) {
      handleProblem(e);
    }
  };

  const columns: TableProps<ActivitySummary>['columns'] = [
    { title: f('occurredOn'), dataIndex: 'occurredOn', width: 120, ...table.sortable('occurredOn') },
    {
      title: f('title'),
      dataIndex: 'title',
      ...table.sortable('title'),
      render: (v: string, r) => <Typography.Link onClick={() => setOpen(r.id)}>{v}</Typography.Link>,
    },
    { title: f('type'), dataIndex: 'typeName', key: 'typeName' },
    { title: t('evaluation.activities.participantsCount'), dataIndex: 'participants', key: 'participants', align: 'right', width: 100 },
    { title: f('status'), dataIndex: 'status', key: 'status', width: 100, render: (v: ActivityStatus) => <EnumTag name="activityStatus" value={v} /> },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.evaluationActivities')}
        extra={
          <Space wrap>
            <YearPicker value={year} onChange={(y) => setFilter('year', y === dayjs().year() ? undefined : y)} />
            <Button icon={<DownloadOutlined aria-hidden />} disabled={!list.data?.total} onClick={() => void exportCsv()}>
              {t('actions.exportCsv')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('evaluation.activities.create')}
            </Button>
          </Space>
        }
      />
      <Card size="small">
        <Space wrap role="search" aria-label={t('filters.label')} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            aria-label={f('type')}
            placeholder={t('evaluation.activities.allTypes')}
            style={{ width: 180 }}
            value={filters.typeId}
            options={(types.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            onChange={(v) => setFilter('typeId', v)}
          />
          <Select
            allowClear
            aria-label={f('status')}
            placeholder={t('evaluation.activities.allStatuses')}
            style={{ width: 130 }}
            value={filters.status}
            options={enumOptions(t, 'activityStatus', ACTIVITY_STATUSES)}
            onChange={(v) => setFilter('status', v)}
          />
          <Input.Search
            allowClear
            aria-label={t('evaluation.activities.searchLabel')}
            placeholder={t('evaluation.activities.searchPlaceholder')}
            style={{ width: 220 }}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
          />
        </Space>
        <Table<ActivitySummary>
          rowKey="id"
          size="middle"
          aria-label={t('evaluation.activities.tableLabel')}
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          {...table.props}
        />
      </Card>
      <ActivityFormModal
        open={creating}
        defaultDate={year === dayjs().year() ? dayjs() : dayjs(`${year}-12-31`)}
        onClose={() => setCreating(false)}
        onSaved={(a) => setOpen(a.id)}
      />
      <ActivityDrawer id={openId} onClose={() => setOpen(null)} />
    </>
  );
}
