/**
 * 重点项目（三问两评）: a year's key projects with how far the three asks went and the two ratings against the
 * pass line; staff create them. Deputies open a project to rate it.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RATING_ROUNDS, type KeyProject } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useSession } from '@/lib/session';
import { useUnitOptions } from '@/lib/options';
import { formatRate } from '@/lib/format';
import { useServerTable } from '@/components/server-table';
import { nextAsk, useCreateKeyProject, useKeyProjects } from '../api/key-projects';
import { canManagePlans } from '@/lib/access';
import { PassTag } from '../components/RatingResults';

interface ProjectValues {
  year: number;
  name: string;
  unitId: number;
  /** Percent in the form; a share (0–1) for the server. */
  passPercent: number;
}

export default function KeyProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const listParams = useListParams(['year'] as const);
  const { params, setFilter } = listParams;
  const year = /^\d{4}$/.test(params.filters.year ?? '') ? Number(params.filters.year) : dayjs().year();
  const list = useKeyProjects({ year, page: params.page, size: params.size });
  const table = useServerTable<KeyProject>(listParams, list.data?.total, { hideOnSinglePage: true });
  const units = useUnitOptions();
  const create = useCreateKeyProject();
  const [creating, setCreating] = useState(false);
  const k = (key: string) => t(`supervision.keyProjects.${key}`);

  const columns: TableProps<KeyProject>['columns'] = [
    { title: k('name'), dataIndex: 'name', key: 'name', render: (v: string, r) => <Link to={`/supervision/key-projects/${r.id}`}>{v}</Link> },
    { title: k('unit'), dataIndex: 'unitId', key: 'unit', render: (v: number) => units.nameOf(v) ?? `#${v}` },
    { title: k('passLine'), dataIndex: 'passThreshold', key: 'passThreshold', width: 100, render: (v: number) => formatRate(v) },
    {
      title: k('asks'),
      key: 'asks',
      render: (_, r) => {
        const next = nextAsk(r);
        if (!next) return <Tag color="success">{k('allAnswered')}</Tag>;
        return <Tag color="processing">{t('supervision.keyProjects.waiting', { ask: enumLabel(t, 'projectAsk', next) })}</Tag>;
      },
    },
    ...RATING_ROUNDS.map((round) => ({
      title: enumLabel(t, 'ratingRound', round),
      key: round,
      render: (_: unknown, r: KeyProject) => <PassTag result={r.ratings.find((x) => x.round === round)} />,
    })),
  ];

  return (
    <>
      <PageTitle
        title={t('supervision.keyProjects.title')}
        extra={
          <Space wrap>
            <DatePicker
              picker="year"
              aria-label={k('year')}
              allowClear={false}
              value={dayjs().year(year)}
              onChange={(d) => d && setFilter('year', d.year())}
            />
            {canManagePlans(roles) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {k('create')}
              </Button>
            )}
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{k('hint')}</Typography.Paragraph>
      <Card size="small">
        <Table<KeyProject>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          locale={{ emptyText: k('empty') }}
          {...table.props}
        />
      </Card>
      <FormModal<ProjectValues>
        open={creating}
        title={k('createTitle')}
        initialValues={{ year, passPercent: 80 }}
        onSubmit={async (v) => {
          const p = await create.mutateAsync({ year: v.year, name: v.name.trim(), unitId: v.unitId, passThreshold: v.passPercent / 100 });
          navigate(`/supervision/key-projects/${p.id}`);
        }}
        onClose={() => setCreating(false)}
        successMessage={k('created')}
        width={560}
      >
        <Form.Item name="year" label={k('year')} rules={[{ required: true, message: t('validation.required', { field: k('year') }) }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="name" label={k('name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: k('name') }) }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={k('unit')} rules={[{ required: true, message: t('validation.select', { field: k('unit') }) }]}>
          <Select loading={units.loading} options={units.options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="passPercent"
          label={k('passLine')}
          extra={k('passLineHint')}
          rules={[{ required: true, message: t('validation.required', { field: k('passLine') }) }]}
        >
          <InputNumber min={0} max={100} precision={1} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
