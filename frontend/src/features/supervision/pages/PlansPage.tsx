/** 年度计划: the congress's annual supervision plans; staff create them. */
import { useState } from 'react';
import { Button, Card, Table, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Plan, PlanStatus } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { orDash } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useSession } from '@/lib/session';
import { useServerTable } from '@/components/server-table';
import { usePlans } from '../api/supervision';
import { canManagePlans } from '@/lib/access';
import { PlanFormModal } from '../components/PlanFormModal';
import { PlanStatusTag } from '../components/SupervisionTags';

export default function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const listParams = useListParams([] as const);
  const { params } = listParams;
  const list = usePlans({ page: params.page, size: params.size, sort: 'year,desc' });
  const table = useServerTable<Plan>(listParams, list.data?.total);
  const [creating, setCreating] = useState(false);
  const f = (k: string) => t(`supervision.planFields.${k}`);

  const columns: TableProps<Plan>['columns'] = [
    { title: f('year'), dataIndex: 'year', key: 'year', width: 100 },
    { title: f('title'), dataIndex: 'title', key: 'title', render: (v: string, row) => <Link to={`/supervision/plans/${row.id}`}>{v}</Link> },
    { title: f('status'), dataIndex: 'status', key: 'status', render: (v: PlanStatus) => <PlanStatusTag status={v} /> },
    { title: f('adoptedOn'), dataIndex: 'adoptedOn', key: 'adoptedOn', render: (v: string | null) => orDash(v) },
    { title: f('topicCount'), dataIndex: 'topicCount', key: 'topicCount', width: 100 },
  ];

  return (
    <>
      <PageTitle
        title={t('supervision.plans.title')}
        extra={
          canManagePlans(roles) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('supervision.plans.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Table<Plan>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          {...table.props}
        />
      </Card>
      <PlanFormModal open={creating} onClose={() => setCreating(false)} onCreated={(p) => navigate(`/supervision/plans/${p.id}`)} />
    </>
  );
}
