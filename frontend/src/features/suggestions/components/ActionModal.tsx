/**
 * The form of one step of the loop (立案, 交办, 答复, 评价 …) in a modal. It sends the ETag of the last
 * GET (or of the previous step's answer) as If-Match; FormModal puts the server's errors[] on the fields
 * and shows a 409's Chinese detail (the rule that forbids the step) in a message.
 */
import { AutoComplete, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_METHODS,
  RATINGS,
  REPLY_CLASSES,
  type ContactMethod,
  type Rating,
  type ReplyClass,
  type Suggestion,
  type SuggestionAction,
} from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumLabel, enumOptions } from '@/lib/labels';
import { useSuggestionAction, type ActionBodies } from '../api/suggestions';
import { useUnitOptions } from '@/lib/options';

/** Every field any step's form has; each step uses some. */
export interface ActionFormValues {
  reason?: string;
  note?: string;
  leadUnitId?: number;
  coUnitIds?: number[];
  deadline?: Dayjs | null;
  approve?: boolean;
  method?: ContactMethod;
  text?: string;
  replyClass?: ReplyClass;
  contact?: Rating;
  attitude?: Rating;
  result?: Rating;
  comment?: string;
  qualityScore?: number;
  award?: string;
}

/** Steps that send nothing but the If-Match. */
const NO_BODY = new Set<SuggestionAction>(['submit', 'register', 'close']);
const NOTE_ONLY = new Set<SuggestionAction>([
  'reassignmentRequest',
  'coOpinion',
  'followUpResolution',
  'procuratorateTransfer',
  'procuratorateAnswer',
]);

const blank = (v?: string | null) => (v && v.trim() ? v.trim() : null);

/** Form values -> the step's request body. */
export function toActionBody<A extends SuggestionAction>(action: A, v: ActionFormValues): ActionBodies[A] {
  const body = ((): unknown => {
    if (NO_BODY.has(action)) return undefined;
    if (NOTE_ONLY.has(action)) return { note: v.note!.trim() };
    switch (action) {
      case 'decline':
        return { reason: v.reason!.trim() };
      case 'assign':
        return {
          leadUnitId: v.leadUnitId!,
          coUnitIds: v.coUnitIds ?? [],
          deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
        };
      case 'reassignmentDecision':
        return { approve: !!v.approve, note: blank(v.note) };
      case 'contact':
        return { method: v.method!, note: v.note!.trim() };
      case 'reply':
        return { text: v.text!.trim(), replyClass: v.replyClass! };
      case 'appraise':
        return { qualityScore: v.qualityScore!, award: blank(v.award) };
      case 'feedback':
        return { contact: v.contact!, attitude: v.attitude!, result: v.result!, comment: blank(v.comment) };
    }
    return undefined;
  })();
  return body as ActionBodies[A];
}

export interface ActionModalProps {
  action: SuggestionAction | null;
  suggestion: Suggestion;
  etag: string | null;
  onClose: () => void;
  /** After a 412: reload the item. */
  onStale: () => void;
}

export function ActionModal({ action, suggestion, etag, onClose, onStale }: ActionModalProps) {
  const { t } = useTranslation();
  const run = useSuggestionAction();
  const units = useUnitOptions(action === 'assign');
  const label = (k: string) => t(`suggestion.actionFields.${k}`);
  const required = (l: string) => [{ required: true, whitespace: true, message: t('validation.required', { field: l }) }];
  const chosen = (l: string) => [{ required: true, message: t('validation.select', { field: l }) }];

  const submit = async (values: ActionFormValues) => {
    if (!action) return;
    await run.mutateAsync({
      id: suggestion.id,
      etag: etag ?? `"${suggestion.version}"`,
      action,
      body: toActionBody(action, values),
    });
  };

  const noteField = (name: 'note' | 'reason' | 'comment', l: string, optional = false, rows = 4) => (
    <Form.Item name={name} label={l} rules={optional ? undefined : required(l)}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} />
    </Form.Item>
  );

  const ratingField = (name: 'contact' | 'attitude' | 'result') => (
    <Form.Item name={name} label={label(name)} rules={chosen(label(name))}>
      <Radio.Group aria-label={label(name)} options={enumOptions(t, 'rating', RATINGS)} />
    </Form.Item>
  );

  const fields = () => {
    switch (action) {
      case 'submit':
      case 'register':
      case 'close':
        return <Typography.Paragraph>{t(`suggestion.confirm.${action}`, { title: suggestion.title })}</Typography.Paragraph>;
      case 'decline':
        return noteField('reason', label('reason'));
      case 'assign':
        return (
          <>
            <Form.Item name="leadUnitId" label={label('leadUnit')} rules={chosen(label('leadUnit'))}>
              <Select showSearch={{ optionFilterProp: 'label' }} loading={units.loading} options={units.options} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a: ActionFormValues, b: ActionFormValues) => a.leadUnitId !== b.leadUnitId}>
              {({ getFieldValue }) => (
                <Form.Item name="coUnitIds" label={label('coUnits')}>
                  <Select
                    mode="multiple"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={units.loading}
                    options={units.options.filter((o) => o.value !== getFieldValue('leadUnitId'))}
                  />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item name="deadline" label={label('deadline')} extra={t('suggestion.hints.deadline')}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => !d.isAfter(dayjs(), 'day') || d.isAfter(dayjs().add(6, 'month'), 'day')}
              />
            </Form.Item>
          </>
        );
      case 'reassignmentDecision':
        return (
          <>
            <Form.Item name="approve" label={label('approve')} rules={chosen(label('approve'))}>
              <Radio.Group
                aria-label={label('approve')}
                options={[
                  { value: true, label: t('suggestion.actionFields.approveYes') },
                  { value: false, label: t('suggestion.actionFields.approveNo') },
                ]}
              />
            </Form.Item>
            {noteField('note', label('decisionNote'), true, 2)}
          </>
        );
      case 'contact':
        return (
          <>
            <Form.Item name="method" label={label('method')} rules={chosen(label('method'))}>
              <Select options={enumOptions(t, 'contactMethod', CONTACT_METHODS)} />
            </Form.Item>
            {noteField('note', label('contactNote'))}
          </>
        );
      case 'reply':
        return (
          <>
            <Form.Item name="replyClass" label={label('replyClass')} rules={chosen(label('replyClass'))}>
              <Radio.Group aria-label={label('replyClass')}>
                {REPLY_CLASSES.map((c) => (
                  <Radio key={c} value={c} style={{ display: 'flex', marginBottom: 4 }}>
                    {enumLabel(t, 'replyClass', c)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="text" label={label('replyText')} rules={required(label('replyText'))}>
              <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} />
            </Form.Item>
          </>
        );
      case 'feedback':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('suggestion.hints.feedback')}</Typography.Paragraph>
            {ratingField('contact')}
            {ratingField('attitude')}
            {ratingField('result')}
            {noteField('comment', label('comment'), true, 2)}
          </>
        );
      case 'reassignmentRequest':
        return noteField('note', label('reassignReason'));
      case 'coOpinion':
        return noteField('note', label('coOpinion'));
      case 'followUpResolution':
        return noteField('note', label('followUpNote'));
      case 'procuratorateTransfer':
        return noteField('note', label('procuratorateClue'));
      case 'procuratorateAnswer':
        return noteField('note', label('procuratorateAnswer'));
      case 'appraise':
        return (
          <>
            <Form.Item name="qualityScore" label={label('qualityScore')} rules={chosen(label('qualityScore'))}>
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="award" label={label('award')}>
              <AutoComplete options={[{ value: '优秀建议' }, { value: '重点建议' }]} placeholder={label('awardPlaceholder')} />
            </Form.Item>
          </>
        );
      default:
        return null;
    }
  };

  return (
    <FormModal<ActionFormValues>
      open={action !== null}
      title={action ? t(`suggestion.actionTitles.${action}`) : ''}
      okText={action ? t(`suggestion.actions.${action}`) : undefined}
      resetKey={action}
      initialValues={action === 'appraise' ? { qualityScore: suggestion.qualityScore ?? undefined, award: suggestion.award ?? undefined } : undefined}
      onSubmit={submit}
      onClose={onClose}
      onStale={onStale}
      successMessage={action ? t(`suggestion.done.${action}`) : undefined}
      width={action === 'reply' || action === 'assign' ? 720 : 560}
    >
      {fields()}
    </FormModal>
  );
}
