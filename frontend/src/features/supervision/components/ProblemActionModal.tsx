/** The form of one rectification step (报告进展, 核实, 回头看, 升级督办), sent with If-Match. */
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LOOK_BACK_OUTCOMES, type LookBackOutcome, type ProblemAction, type SupervisionProblem } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { useProblemAction, type ProblemActionBodies } from '../api/supervision';

export interface ProblemActionValues {
  note: string;
  completed?: boolean;
  accepted?: boolean;
  outcome?: LookBackOutcome;
  newDeadline?: Dayjs | null;
}

/** Form values -> the step's request body. */
export function toProblemBody<A extends ProblemAction>(action: A, v: ProblemActionValues): ProblemActionBodies[A] {
  const note = v.note.trim();
  const body = (() => {
    switch (action) {
      case 'progress':
        return { note, completed: !!v.completed };
      case 'verification':
        return { accepted: !!v.accepted, note };
      case 'lookBack':
        return { outcome: v.outcome!, note, newDeadline: v.newDeadline ? v.newDeadline.format('YYYY-MM-DD') : null };
      default:
        return { note };
    }
  })();
  return body as ProblemActionBodies[A];
}

export interface ProblemActionModalProps {
  action: ProblemAction | null;
  problem: SupervisionProblem;
  etag: string | null;
  onClose: () => void;
  onStale: () => void;
}

export function ProblemActionModal({ action, problem, etag, onClose, onStale }: ProblemActionModalProps) {
  const { t } = useTranslation();
  const run = useProblemAction();
  const l = (k: string) => t(`supervision.actionFields.${k}`);
  return (
    <FormModal<ProblemActionValues>
      open={action !== null}
      title={action ? t(`supervision.problemActionTitles.${action}`) : ''}
      okText={action ? t(`supervision.problemActions.${action}`) : undefined}
      resetKey={action}
      onSubmit={(v) =>
        run.mutateAsync({ id: problem.id, etag: etag ?? `"${problem.version}"`, action: action!, body: toProblemBody(action!, v) })
      }
      onClose={onClose}
      onStale={onStale}
      successMessage={action ? t(`supervision.problemDone.${action}`) : undefined}
      width={560}
    >
      {action === 'verification' && (
        <Form.Item name="accepted" label={l('accepted')} rules={[{ required: true, message: t('validation.select', { field: l('accepted') }) }]}>
          <Radio.Group
            aria-label={l('accepted')}
            options={[
              { value: true, label: l('acceptedYes') },
              { value: false, label: l('acceptedNo') },
            ]}
          />
        </Form.Item>
      )}
      {action === 'lookBack' && (
        <>
          <Form.Item name="outcome" label={l('outcome')} rules={[{ required: true, message: t('validation.select', { field: l('outcome') }) }]}>
            <Select options={enumOptions(t, 'lookBackOutcome', LOOK_BACK_OUTCOMES)} />
          </Form.Item>
          <Form.Item name="newDeadline" label={l('newDeadline')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="note"
        label={l('note')}
        rules={[{ required: true, whitespace: true, message: t('validation.required', { field: l('note') }) }, { max: 2000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      {action === 'progress' && (
        <Form.Item name="completed" valuePropName="checked">
          <Checkbox>{l('completed')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
