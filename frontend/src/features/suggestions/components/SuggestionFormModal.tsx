/**
 * 新建建议: a deputy's motion or suggestion (staff may enter one for a deputy), or a citizen opinion
 * (社情民意). 保存草稿 keeps a draft; 提交 submits at once (opinions are always submitted).
 */
import { useState } from 'react';
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  SUGGESTION_CATEGORIES,
  SUGGESTION_KINDS,
  type Suggestion,
  type SuggestionCategory,
  type SuggestionInput,
  type SuggestionKind,
  type SuggestionSource,
} from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { useCreateSuggestion } from '../api/suggestions';
import { useStationOptions } from '@/lib/options';
import { DeputySelect } from '@/components/DeputySelect';

/** Where a citizen opinion came from; DEPUTY is for deputies' own items. */
export const OPINION_SOURCES = ['STATION', 'QR_CODE', 'HOTLINE', 'OTHER'] as const satisfies readonly SuggestionSource[];

export interface SuggestionFormValues {
  kind: SuggestionKind;
  title: string;
  content: string;
  category: SuggestionCategory;
  sessionLabel?: string;
  betweenSessions?: boolean;
  publicFlag?: boolean;
  leadDeputyId?: number;
  cosignerIds?: number[];
  source?: SuggestionSource;
  citizenName?: string;
  citizenPhone?: string;
  stationId?: number;
}

const trimmed = (v?: string) => (v && v.trim() ? v.trim() : null);

/** Form values -> SuggestionInput; an opinion carries no deputies, a deputy's own item no lead deputy. */
export function toSuggestionInput(v: SuggestionFormValues, opts: { submit: boolean; staffEntry: boolean }): SuggestionInput {
  const opinion = v.kind === 'OPINION';
  return {
    kind: v.kind,
    title: v.title.trim(),
    content: v.content,
    category: v.category,
    publicFlag: !!v.publicFlag,
    submit: opts.submit,
    ...(opinion
      ? {
          source: v.source ?? 'OTHER',
          citizenName: trimmed(v.citizenName),
          citizenPhone: trimmed(v.citizenPhone),
          stationId: v.stationId ?? null,
        }
      : {
          sessionLabel: trimmed(v.sessionLabel),
          betweenSessions: !!v.betweenSessions,
          leadDeputyId: opts.staffEntry ? (v.leadDeputyId ?? null) : null,
          cosignerIds: v.cosignerIds ?? [],
        }),
  };
}

export interface SuggestionFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated?: (s: Suggestion) => void;
}

export function SuggestionFormModal({ open, onClose, onCreated }: SuggestionFormModalProps) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const staffEntry = roles.includes('staff') || roles.includes('admin');
  const create = useCreateSuggestion();
  const [kind, setKind] = useState<SuggestionKind>('SUGGESTION');
  const opinion = kind === 'OPINION';
  const stations = useStationOptions(open && opinion);
  const [lastAction, setLastAction] = useState<string>('submit');

  const submit = async (values: SuggestionFormValues, action?: string) => {
    setLastAction(action ?? 'submit');
    const created = await create.mutateAsync(toSuggestionInput(values, { submit: action !== 'draft', staffEntry }));
    onCreated?.(created);
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: t('validation.required', { field: label }) }];
  const chosen = (label: string) => [{ required: true, message: t('validation.select', { field: label }) }];
  const f = (k: string) => t(`suggestion.fields.${k}`);

  return (
    <FormModal<SuggestionFormValues>
      open={open}
      title={t('suggestion.createTitle')}
      initialValues={{ kind: 'SUGGESTION', publicFlag: false, betweenSessions: false }}
      onSubmit={submit}
      onClose={() => {
        setKind('SUGGESTION');
        onClose();
      }}
      onValuesChange={(changed) => {
        if (changed.kind) setKind(changed.kind);
      }}
      successMessage={lastAction === 'draft' ? t('suggestion.messages.draftSaved') : t('suggestion.messages.submitted')}
      submitActions={
        opinion
          ? [{ key: 'submit', label: t('suggestion.buttons.submit'), primary: true }]
          : [
              { key: 'draft', label: t('suggestion.buttons.saveDraft') },
              { key: 'submit', label: t('suggestion.buttons.submit'), primary: true },
            ]
      }
      width={800}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={f('kind')} rules={chosen(f('kind'))}>
            <Select options={enumOptions(t, 'suggestionKind', SUGGESTION_KINDS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={f('category')} rules={chosen(f('category'))}>
            <Select options={enumOptions(t, 'suggestionCategory', SUGGESTION_CATEGORIES)} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          {/* Lengths (title ≤ 200, content ≤ 20000) are checked by the server, which answers with field errors. */}
          <Form.Item name="title" label={f('title')} rules={required(f('title'))}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="content" label={f('content')} rules={required(f('content'))}>
            <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} />
          </Form.Item>
        </Col>
        {opinion ? (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="source" label={f('source')} rules={chosen(f('source'))}>
                <Select options={enumOptions(t, 'suggestionSource', OPINION_SOURCES)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="stationId" label={f('station')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={stations.loading}
                  options={stations.options}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="citizenName" label={f('citizenName')}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="citizenPhone"
                label={f('citizenPhone')}
                rules={[{ pattern: /^[0-9-]{5,20}$/, message: t('suggestion.validation.citizenPhone') }]}
              >
                <Input inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        ) : (
          <>
            {staffEntry && (
              <Col xs={24} md={12}>
                <Form.Item name="leadDeputyId" label={f('leadDeputy')} rules={chosen(f('leadDeputy'))}>
                  <DeputySelect />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={staffEntry ? 12 : 24}>
              <Form.Item
                noStyle
                shouldUpdate={(prev: SuggestionFormValues, next: SuggestionFormValues) => prev.leadDeputyId !== next.leadDeputyId}
              >
                {({ getFieldValue }) => (
                  <Form.Item
                    name="cosignerIds"
                    label={f('cosigners')}
                    extra={kind === 'MOTION' ? t('suggestion.hints.motionCosigners') : undefined}
                  >
                    <DeputySelect multiple exclude={[getFieldValue('leadDeputyId')]} />
                  </Form.Item>
                )}
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="sessionLabel" label={f('sessionLabel')}>
                <Input placeholder={t('suggestion.hints.sessionLabel')} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="betweenSessions" valuePropName="checked" label={f('betweenSessions')}>
                <Checkbox>{t('suggestion.hints.betweenSessions')}</Checkbox>
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24}>
          <Form.Item name="publicFlag" valuePropName="checked" label={f('publicFlag')}>
            <Checkbox>{t('suggestion.hints.publicFlag')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
