/**
 * The form of an activity. Staff record one (or correct it) with its participants: deputies chosen in one
 * multi-select, then the attendance and an optional rating of each. A deputy reports their own activity
 * (类型、名称、日期、内容); the server records them as present and keeps it pending until staff confirm it.
 */
import { useEffect, useMemo } from 'react';
import { DatePicker, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ATTENDANCES, type Activity, type ActivityInput, type Attendance } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { DeputySelect } from '@/components/DeputySelect';
import { useDeputyNames, useStationOptions } from '@/lib/options';
import { useActivityTypes, useSaveActivity } from '../api/evaluation';

interface ParticipantRow {
  deputyId: number;
  attendance: Attendance;
  rating?: number | null;
}

export interface ActivityFormValues {
  typeId?: number;
  title?: string;
  occurredOn?: Dayjs | null;
  stationId?: number | null;
  description?: string;
  deputyIds?: number[];
  participants?: ParticipantRow[];
}

/** Form values -> request body; a deputy's report names only themselves. */
export function toActivityInput(v: ActivityFormValues, selfDeputyId?: number | null): ActivityInput {
  const description = v.description?.trim() || null;
  const base = { typeId: v.typeId!, title: v.title!.trim(), occurredOn: v.occurredOn!.format('YYYY-MM-DD'), description };
  if (selfDeputyId) return { ...base, participants: [{ deputyId: selfDeputyId, attendance: 'PRESENT' }] };
  return {
    ...base,
    stationId: v.stationId ?? null,
    participants: (v.participants ?? []).map((p) => ({ deputyId: p.deputyId, attendance: p.attendance, rating: p.rating ?? null })),
  };
}

/** The participants' rows follow the deputies chosen in the multi-select. */
function ParticipantsEditor({ known }: { known: Map<number, string> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ActivityFormValues>();
  const ids = Form.useWatch('deputyIds', form);
  const unknown = useMemo(() => (ids ?? []).filter((id) => !known.has(id)), [ids, known]);
  const names = useDeputyNames(unknown);
  const nameOf = (id: number) => known.get(id) ?? names[unknown.indexOf(id)] ?? `#${id}`;
  const nameAt = (row: number) => nameOf(form.getFieldValue(['participants', row, 'deputyId']) as number);
  const f = (k: string) => t(`evaluation.activities.fields.${k}`);

  useEffect(() => {
    if (ids === undefined) return;
    const current = (form.getFieldValue('participants') ?? []) as ParticipantRow[];
    const next = ids.map((id) => current.find((p) => p.deputyId === id) ?? { deputyId: id, attendance: 'PRESENT' as const, rating: null });
    if (next.length !== current.length || next.some((p, i) => p !== current[i])) form.setFieldValue('participants', next);
  }, [ids, form]);

  return (
    <Form.List name="participants">
      {(fields) =>
        fields.length > 0 && (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            aria-label={f('participants')}
            dataSource={fields}
            columns={[
              {
                title: t('evaluation.score.name'),
                key: 'name',
                render: (_, fl) => (
                  <>
                    {/* Registered, so that the row's deputy is among the submitted values. */}
                    <Form.Item name={[fl.name, 'deputyId']} hidden>
                      <InputNumber />
                    </Form.Item>
                    {nameAt(fl.name)}
                  </>
                ),
              },
              {
                title: f('attendance'),
                key: 'attendance',
                render: (_, fl) => (
                  <Form.Item name={[fl.name, 'attendance']} noStyle>
                    <Select
                      aria-label={`${nameAt(fl.name)} ${f('attendance')}`}
                      style={{ width: 100 }}
                      options={enumOptions(t, 'attendance', ATTENDANCES)}
                    />
                  </Form.Item>
                ),
              },
              {
                title: f('rating'),
                key: 'rating',
                render: (_, fl) => (
                  <Form.Item name={[fl.name, 'rating']} style={{ margin: 0 }}>
                    <InputNumber aria-label={`${nameAt(fl.name)} ${f('rating')}`} min={0} max={100} precision={0} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )
      }
    </Form.List>
  );
}

export interface ActivityFormModalProps {
  open: boolean;
  /** The activity being corrected, with its ETag; absent = a new one. */
  editing?: { activity: Activity; etag: string | null } | null;
  /** A deputy reporting their own activity. */
  selfDeputyId?: number | null;
  defaultDate?: Dayjs;
  onClose: () => void;
  onSaved?: (a: Activity) => void;
  onStale?: () => void;
}

export function ActivityFormModal({ open, editing, selfDeputyId, defaultDate, onClose, onSaved, onStale }: ActivityFormModalProps) {
  const { t } = useTranslation();
  const types = useActivityTypes();
  const stations = useStationOptions(open && !selfDeputyId);
  const save = useSaveActivity();
  const f = (k: string) => t(`evaluation.activities.fields.${k}`);
  const required = (l: string) => [{ required: true, whitespace: true, message: t('validation.required', { field: l }) }];
  const chosen = (l: string) => [{ required: true, message: t('validation.select', { field: l }) }];
  const a = editing?.activity;
  const known = useMemo(() => new Map((a?.participants ?? []).map((p) => [p.deputyId, p.name])), [a]);

  const initialValues: ActivityFormValues = a
    ? {
        typeId: a.typeId,
        title: a.title,
        occurredOn: dayjs(a.occurredOn),
        stationId: a.stationId,
        description: a.description ?? '',
        deputyIds: a.participants.map((p) => p.deputyId),
        participants: a.participants.map((p) => ({ deputyId: p.deputyId, attendance: p.attendance, rating: p.rating })),
      }
    : { occurredOn: defaultDate ?? dayjs(), deputyIds: [], participants: [] };

  const title = selfDeputyId ? t('evaluation.dossier.reportTitle') : a ? t('evaluation.activities.editTitle') : t('evaluation.activities.createTitle');
  return (
    <FormModal<ActivityFormValues>
      open={open}
      title={title}
      width={selfDeputyId ? 560 : 760}
      initialValues={initialValues}
      resetKey={a ? `${a.id}-${a.version}` : 'new'}
      successMessage={selfDeputyId ? t('evaluation.dossier.reported') : a ? t('messages.saved') : t('messages.created')}
      onClose={onClose}
      onStale={onStale}
      onSubmit={async (v) => {
        const saved = await save.mutateAsync({
          id: a?.id,
          etag: a ? (editing?.etag ?? `"${a.version}"`) : undefined,
          input: toActivityInput(v, selfDeputyId),
        });
        onSaved?.(saved);
      }}
    >
      {selfDeputyId && <Typography.Paragraph type="secondary">{t('evaluation.dossier.reportHint')}</Typography.Paragraph>}
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item name="typeId" label={f('type')} rules={chosen(f('type'))} style={{ flex: 1 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={types.isPending}
            options={(types.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Form.Item name="occurredOn" label={f('occurredOn')} rules={chosen(f('occurredOn'))} style={{ width: 180 }}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="title" label={f('title')} rules={required(f('title'))}>
        <Input maxLength={200} />
      </Form.Item>
      {!selfDeputyId && (
        <Form.Item name="stationId" label={f('station')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={stations.loading} options={stations.options} />
        </Form.Item>
      )}
      <Form.Item name="description" label={f('description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      {!selfDeputyId && (
        <>
          <Form.Item
            name="deputyIds"
            label={f('participants')}
            extra={t('evaluation.activities.participantsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('evaluation.activities.needParticipants') }]}
          >
            <DeputySelect multiple known={[...known].map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <ParticipantsEditor known={known} />
        </>
      )}
    </FormModal>
  );
}
