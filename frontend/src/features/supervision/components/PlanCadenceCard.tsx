/**
 * 工作节奏 of a plan (“五个一”): the settings form (PUT /cadence, staff) that generates the dated work items, and
 * the work items with their due date, kind, owner and a 完成 button.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { WORK_ITEM_KINDS, type Cadence, type CadenceInput, type WorkItem, type WorkItemKind } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumLabel } from '@/lib/labels';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { useCadence, useCompleteWorkItem, useSetCadence, useWorkItems } from '../api/supervision';
import { canManagePlans, canProposeTopics } from '@/lib/access';
import { DueTag } from './SupervisionTags';

const KIND_COLORS: Record<WorkItemKind, string> = {
  MONTHLY_BRIEFING: 'blue',
  QUARTERLY_INSPECTION: 'cyan',
  SEMI_ANNUAL_REPORT: 'purple',
  ANNUAL_REVIEW: 'magenta',
};

/** The switch and owner field of each kind in the form. */
const KIND_FIELDS: Record<Exclude<WorkItemKind, 'MONTHLY_BRIEFING'>, [keyof CadenceInput, keyof CadenceInput]> = {
  QUARTERLY_INSPECTION: ['quarterlyInspection', 'inspectionOwner'],
  SEMI_ANNUAL_REPORT: ['semiAnnualReport', 'reportOwner'],
  ANNUAL_REVIEW: ['annualReview', 'reviewOwner'],
};

/** The form's values: the settings the plan was last given, or (never set) Lingbao's rhythm with the usual owners. */
export function cadenceFormValues(cadence: Cadence | undefined, items: readonly WorkItem[]): CadenceInput {
  if (!cadence?.set) return cadenceDefaults(items);
  const { briefingDay, quarterlyInspection, semiAnnualReport, annualReview, briefingOwner, inspectionOwner, reportOwner, reviewOwner } = cadence;
  return { briefingDay, quarterlyInspection, semiAnnualReport, annualReview, briefingOwner, inspectionOwner, reportOwner, reviewOwner };
}

/** Form values from the items already generated (for a plan whose settings were never read back). */
export function cadenceDefaults(items: readonly WorkItem[]): CadenceInput {
  const owner = (k: WorkItemKind) => items.find((i) => i.kind === k)?.owner ?? null;
  const has = (k: WorkItemKind) => items.length === 0 || items.some((i) => i.kind === k);
  const briefing = items.find((i) => i.kind === 'MONTHLY_BRIEFING');
  return {
    briefingDay: items.length > 0 && !briefing ? 0 : 5,
    quarterlyInspection: has('QUARTERLY_INSPECTION'),
    semiAnnualReport: has('SEMI_ANNUAL_REPORT'),
    annualReview: has('ANNUAL_REVIEW'),
    briefingOwner: owner('MONTHLY_BRIEFING'),
    inspectionOwner: owner('QUARTERLY_INSPECTION'),
    reportOwner: owner('SEMI_ANNUAL_REPORT'),
    reviewOwner: owner('ANNUAL_REVIEW'),
  };
}

export function PlanCadenceCard({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { roles } = useSession();
  const items = useWorkItems(planId);
  const setCadence = useSetCadence();
  const settings = useCadence(planId, canManagePlans(roles));
  const complete = useCompleteWorkItem(planId);
  const [editing, setEditing] = useState(false);
  const c = (k: string) => t(`supervision.cadence.${k}`);

  const columns: TableProps<WorkItem>['columns'] = [
    { title: c('due'), dataIndex: 'due', key: 'due', width: 120 },
    {
      title: c('kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 150,
      render: (v: WorkItemKind) => <Tag color={KIND_COLORS[v]}>{enumLabel(t, 'workItemKind', v)}</Tag>,
    },
    { title: c('item'), dataIndex: 'title', key: 'title' },
    { title: c('owner'), dataIndex: 'owner', key: 'owner' },
    {
      title: c('status'),
      key: 'status',
      width: 150,
      render: (_, row) => <DueTag due={row.due} doneOn={row.doneOn} />,
    },
    ...(canProposeTopics(roles)
      ? [
          {
            title: t('table.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, row: WorkItem) =>
              !row.doneOn && (
                <Button
                  size="small"
                  aria-label={`${c('done')} ${row.title}`}
                  loading={complete.isPending && complete.variables === row.id}
                  onClick={async () => {
                    try {
                      await complete.mutateAsync(row.id);
                      void message.success(c('doneMessage'));
                    } catch (e) {
                      handleProblem(e);
                    }
                  }}
                >
                  {c('done')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={c('title')}
      style={{ marginTop: 16 }}
      extra={
        canManagePlans(roles) && (
          <Button icon={<SettingOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {c('set')}
          </Button>
        )
      }
    >
      <Table<WorkItem>
        rowKey="id"
        size="small"
        aria-label={c('title')}
        columns={columns}
        dataSource={items.data}
        loading={items.isFetching}
        pagination={{ pageSize: 24, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: c('empty') }}
      />
      <FormModal<CadenceInput>
        open={editing}
        title={c('setTitle')}
        initialValues={cadenceFormValues(settings.data, items.data ?? [])}
        resetKey={settings.dataUpdatedAt}
        onSubmit={(v) =>
          setCadence.mutateAsync({
            planId,
            input: {
              ...v,
              quarterlyInspection: !!v.quarterlyInspection,
              semiAnnualReport: !!v.semiAnnualReport,
              annualReview: !!v.annualReview,
              briefingOwner: v.briefingOwner?.trim() || null,
              inspectionOwner: v.inspectionOwner?.trim() || null,
              reportOwner: v.reportOwner?.trim() || null,
              reviewOwner: v.reviewOwner?.trim() || null,
            },
          })
        }
        onClose={() => setEditing(false)}
        successMessage={c('generated')}
        width={600}
      >
        <Typography.Paragraph type="secondary">{c('hint')}</Typography.Paragraph>
        <Space align="start" wrap>
          <Form.Item
            name="briefingDay"
            label={c('briefingDay')}
            extra={c('briefingDayHint')}
            rules={[{ required: true, message: t('validation.required', { field: c('briefingDay') }) }]}
          >
            <InputNumber min={0} max={28} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="briefingOwner" label={c('owners.MONTHLY_BRIEFING')} rules={[{ max: 100 }]}>
            <Input placeholder={c('ownerDefaults.MONTHLY_BRIEFING')} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        {WORK_ITEM_KINDS.filter((k) => k !== 'MONTHLY_BRIEFING').map((k) => {
          const [flag, owner] = KIND_FIELDS[k as keyof typeof KIND_FIELDS];
          return (
            <Space key={k} align="start" wrap>
              <Form.Item name={flag} valuePropName="checked" style={{ width: 160, marginTop: 30 }}>
                <Checkbox>{enumLabel(t, 'workItemKind', k)}</Checkbox>
              </Form.Item>
              <Form.Item name={owner} label={c(`owners.${k}`)} rules={[{ max: 100 }]}>
                <Input placeholder={c(`ownerDefaults.${k}`)} style={{ width: 220 }} />
              </Form.Item>
            </Space>
          );
        })}
      </FormModal>
    </Card>
  );
}
