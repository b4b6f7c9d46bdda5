/**
 * The scheme's form: name, grade thresholds and the indicators (Form.List), each with its source and rule; the
 * fields a rule needs appear with it (COUNT: points per record and cap; RATE and RATING: full points). 试算 scores
 * the draft against the year's records and shows the draft rank beside the current one, without saving anything.
 */
import { useState } from 'react';
import { Button, Card, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_RULES,
  INDICATOR_SOURCES,
  type Grade,
  type IndicatorInput,
  type Scheme,
  type SchemeInput,
  type WhatIfRow,
} from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { useActivityTypes, useSaveScheme, useWhatIf, type SchemeSaved } from '../api/evaluation';
import { EnumTag, fmtPoints, Movement } from './EvaluationParts';

export type SchemeFormValues = SchemeInput;

const WHAT_IF = 'whatIf';
const SAVE = 'save';

/** The form's values -> the request body: only the fields the indicator's rule uses. */
export function toSchemeInput(v: SchemeFormValues): SchemeInput {
  return {
    year: v.year,
    name: v.name.trim(),
    excellentFrom: v.excellentFrom,
    competentFrom: v.competentFrom,
    basicFrom: v.basicFrom,
    excellentTopN: v.excellentTopN,
    indicators: (v.indicators ?? []).map(
      (i): IndicatorInput => ({
        name: i.name.trim(),
        source: i.source,
        activityTypeId: i.source === 'ACTIVITY' ? (i.activityTypeId ?? null) : null,
        rule: i.rule,
        weight: i.weight,
        pointsPer: i.rule === 'COUNT' ? (i.pointsPer ?? null) : null,
        cap: i.rule === 'COUNT' ? (i.cap ?? null) : null,
        fullPoints: i.rule === 'COUNT' ? null : (i.fullPoints ?? null),
        registeredOnly: i.source.startsWith('SUGGESTION') ? !!i.registeredOnly : false,
      }),
    ),
  };
}

export function schemeValues(s: Scheme): SchemeFormValues {
  return {
    year: s.year,
    name: s.name,
    excellentFrom: s.excellentFrom,
    competentFrom: s.competentFrom,
    basicFrom: s.basicFrom,
    excellentTopN: s.excellentTopN,
    indicators: s.indicators.map(({ name, source, activityTypeId, rule, weight, pointsPer, cap, fullPoints, registeredOnly }) => ({
      name,
      source,
      activityTypeId,
      rule,
      weight,
      pointsPer,
      cap,
      fullPoints,
      registeredOnly,
    })),
  };
}

function WhatIfTable({ rows }: { rows: WhatIfRow[] }) {
  const { t } = useTranslation();
  const w = (k: string) => t(`evaluation.schemes.${k}`);
  return (
    <Table<WhatIfRow>
      rowKey="deputyId"
      size="small"
      aria-label={t('evaluation.schemes.whatIfResult', { count: rows.length })}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      dataSource={rows}
      columns={[
        { title: w('draftRank'), dataIndex: 'rank', key: 'rank', width: 80 },
        { title: t('evaluation.score.name'), dataIndex: 'name', key: 'name' },
        { title: w('draftTotal'), dataIndex: 'total', key: 'total', align: 'right', render: fmtPoints },
        { title: w('draftGrade'), dataIndex: 'grade', key: 'grade', render: (g: Grade) => <EnumTag name="grade" value={g} /> },
        { title: w('currentTotal'), dataIndex: 'currentTotal', key: 'currentTotal', align: 'right', render: fmtPoints },
        { title: w('currentRank'), dataIndex: 'currentRank', key: 'currentRank', render: (v: number | null) => v ?? '—' },
        { title: w('movement'), key: 'movement', render: (_, r) => <Movement rank={r.rank} current={r.currentRank} /> },
      ]}
    />
  );
}

function Indicators() {
  const { t } = useTranslation();
  const types = useActivityTypes();
  const form = Form.useFormInstance<SchemeFormValues>();
  const indicators = Form.useWatch('indicators', form) ?? [];
  const f = (k: string) => t(`evaluation.schemes.fields.${k}`);
  const need = (l: string) => [{ required: true, message: t('validation.required', { field: l }) }];
  return (
    <Form.List name="indicators">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => {
            const n = t('evaluation.schemes.indicatorN', { n: i + 1 });
            const cur = indicators[field.name] ?? {};
            const lbl = (k: string) => ({ 'aria-label': `${n} ${f(k)}` });
            return (
              <Card
                key={field.key}
                size="small"
                role="group"
                aria-label={n}
                title={n}
                style={{ marginBottom: 8 }}
                extra={
                  <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('evaluation.schemes.removeIndicator')} ${n}`} onClick={() => remove(field.name)} />
                }
              >
                <Row gutter={8}>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'name']} label={f('indicatorName')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('indicatorName') }) }]}>
                      <Input {...lbl('indicatorName')} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'source']} label={f('source')} rules={need(f('source'))}>
                      <Select {...lbl('source')} options={enumOptions(t, 'indicatorSource', INDICATOR_SOURCES)} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    {cur.source === 'ACTIVITY' ? (
                      <Form.Item name={[field.name, 'activityTypeId']} label={f('activityType')} rules={need(f('activityType'))}>
                        <Select {...lbl('activityType')} options={(types.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
                      </Form.Item>
                    ) : (
                      cur.source?.startsWith('SUGGESTION') && (
                        <Form.Item name={[field.name, 'registeredOnly']} valuePropName="checked" label=" ">
                          <Checkbox {...lbl('registeredOnly')}>{f('registeredOnly')}</Checkbox>
                        </Form.Item>
                      )
                    )}
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'rule']} label={f('rule')} rules={need(f('rule'))}>
                      <Select
                        {...lbl('rule')}
                        options={enumOptions(t, 'indicatorRule', INDICATOR_RULES).filter((o) => o.value !== 'RATE' || cur.source === 'ACTIVITY')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'weight']} label={f('weight')} rules={need(f('weight'))}>
                      <InputNumber {...lbl('weight')} min={0} step={0.1} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  {cur.rule === 'COUNT' && (
                    <>
                      <Col span={6}>
                        <Form.Item name={[field.name, 'pointsPer']} label={f('pointsPer')} rules={need(f('pointsPer'))}>
                          <InputNumber {...lbl('pointsPer')} min={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name={[field.name, 'cap']} label={f('cap')} rules={need(f('cap'))}>
                          <InputNumber {...lbl('cap')} min={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </>
                  )}
                  {(cur.rule === 'RATE' || cur.rule === 'RATING') && (
                    <Col span={6}>
                      <Form.Item name={[field.name, 'fullPoints']} label={f('fullPoints')} rules={need(f('fullPoints'))}>
                        <InputNumber {...lbl('fullPoints')} min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              </Card>
            );
          })}
          <Button type="dashed" block icon={<PlusOutlined aria-hidden />} onClick={() => add({ source: 'ACTIVITY', rule: 'COUNT', weight: 1 })}>
            {t('evaluation.schemes.addIndicator')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export interface SchemeFormModalProps {
  open: boolean;
  /** The latest revision being edited (or tried); absent = a new scheme for `year`. */
  scheme?: Scheme | null;
  year: number;
  /** Staff may only run 试算. */
  readOnly?: boolean;
  onClose: () => void;
  onStale?: () => void;
}

export function SchemeFormModal({ open, scheme, year, readOnly, onClose, onStale }: SchemeFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveScheme();
  const whatIf = useWhatIf();
  const [rows, setRows] = useState<WhatIfRow[] | null>(null);
  const f = (k: string) => t(`evaluation.schemes.fields.${k}`);
  const need = (l: string) => [{ required: true, message: t('validation.required', { field: l }) }];
  const initial: SchemeFormValues = scheme
    ? schemeValues(scheme)
    : { year, name: t('evaluation.schemes.createTitle'), excellentFrom: 85, competentFrom: 70, basicFrom: 60, excellentTopN: 10, indicators: [] };
  const title = readOnly ? t('evaluation.schemes.whatIfTitle') : scheme ? t('evaluation.schemes.editTitle') : t('evaluation.schemes.createTitle');
  const number = (name: keyof SchemeFormValues, min = 0) => (
    <Col span={6}>
      <Form.Item name={name} label={f(name)} rules={need(f(name))}>
        <InputNumber min={min} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <FormModal<SchemeFormValues>
      open={open}
      title={title}
      width={1040}
      initialValues={initial}
      resetKey={scheme ? `${scheme.id}-${scheme.version}` : `new-${year}`}
      onClose={() => {
        setRows(null);
        onClose();
      }}
      onStale={onStale}
      stayOpen={(action) => action === WHAT_IF}
      submitActions={[
        { key: WHAT_IF, label: t('evaluation.schemes.whatIf'), primary: readOnly },
        ...(readOnly ? [] : [{ key: SAVE, label: t('actions.save'), primary: true }]),
      ]}
      successMessage={(r) => {
        const saved = r as SchemeSaved;
        if (!scheme) return t('evaluation.schemes.created');
        return saved.newRevision
          ? t('evaluation.schemes.savedNewRevision', { revision: saved.scheme.revision })
          : t('evaluation.schemes.savedInPlace', { revision: saved.scheme.revision });
      }}
      onSubmit={async (v, action) => {
        const input = toSchemeInput({ ...v, year: scheme?.year ?? v.year });
        if (action === WHAT_IF) {
          setRows(await whatIf.mutateAsync(input));
          return null;
        }
        return save.mutateAsync({ id: scheme?.id, version: scheme?.version, input });
      }}
    >
      <Row gutter={8}>
        <Col span={18}>
          <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('name') }) }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="year" label={f('year')} rules={need(f('year'))}>
            <InputNumber min={2000} max={2100} disabled={!!scheme} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {number('excellentFrom')}
        {number('competentFrom')}
        {number('basicFrom')}
        {number('excellentTopN', 1)}
      </Row>
      <Divider titlePlacement="start">{t('evaluation.schemes.indicatorsLabel')}</Divider>
      <Indicators />
      <Divider />
      <Typography.Paragraph type="secondary">{t('evaluation.schemes.whatIfHint')}</Typography.Paragraph>
      {rows && (
        <section aria-label={t('evaluation.schemes.whatIfResult', { count: rows.length })}>
          <Typography.Title level={5}>{t('evaluation.schemes.whatIfResult', { count: rows.length })}</Typography.Title>
          <WhatIfTable rows={rows} />
        </section>
      )}
    </FormModal>
  );
}
