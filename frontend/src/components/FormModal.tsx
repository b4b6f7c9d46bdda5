/** A modal with one form: validates, submits, shows server field errors on the fields and handles a stale edit. */
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { App, Button, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '@/lib/use-problem-handler';

export interface FormModalProps<V extends object> {
  open: boolean;
  title: string;
  /** Values to start from (editing); applied when the modal opens or resetKey changes. */
  initialValues?: Partial<V>;
  /** Change it (e.g. to the record's version) to re-apply initialValues while open. */
  resetKey?: string | number | null;
  /** Sends the values; `action` is the key of the submit button used (see submitActions). */
  onSubmit: (values: V, action?: string) => Promise<unknown>;
  onClose: () => void;
  /** After a 412: reload the record being edited. */
  onStale?: () => void;
  /** Text of the success message; a function receives what onSubmit returned. */
  successMessage?: string | ((result: unknown) => string);
  /** Submit actions after which the modal stays open without a message (e.g. 试算 of a draft). */
  stayOpen?: (action?: string) => boolean;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
  /** Text of the OK button (default 保存). */
  okText?: string;
  /**
   * Several submit buttons instead of the one OK button (e.g. 保存草稿 and 提交); the first primary one
   * (or the last one) is used when Enter submits the form.
   */
  submitActions?: SubmitAction[];
  onValuesChange?: (changed: Partial<V>, all: V) => void;
}

/** Key of the single OK button (no submitActions). */
const OK = '__ok__';

export interface SubmitAction {
  key: string;
  label: string;
  primary?: boolean;
}

export function FormModal<V extends object>({
  open,
  title,
  initialValues,
  resetKey,
  onSubmit,
  onClose,
  onStale,
  successMessage,
  children,
  width = 640,
  okText,
  submitActions,
  onValuesChange,
  stayOpen,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState<string | false>(false);
  const [openCount, setOpenCount] = useState(0);
  const handleProblem = useProblemHandler();

  // Counts the openings (see the buttons' keys below).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpenCount((n) => n + 1);
  }

  // The values in force when the modal opens or resetKey changes; later changes of initialValues alone do not reset the form.
  const applyInitialValues = useEffectEvent(() => {
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
  });
  useEffect(() => {
    if (open) applyInitialValues();
  }, [open, resetKey]);

  const defaultAction = submitActions ? (submitActions.find((a) => a.primary) ?? submitActions[submitActions.length - 1]).key : undefined;

  const submit = async (action: string | undefined = defaultAction) => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the client-side errors on the fields
    }
    setSaving(action ?? OK);
    let result: unknown;
    try {
      result = await (action === undefined ? onSubmit(values) : onSubmit(values, action));
    } catch (e) {
      setSaving(false);
      handleProblem(e, {
        form,
        onStale: () => {
          onStale?.();
        },
      });
      return;
    }
    setSaving(false);
    if (stayOpen?.(action)) return;
    void message.success(typeof successMessage === 'function' ? successMessage(result) : (successMessage ?? t('messages.saved')));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      footer={[
        <Button key={`cancel-${openCount}`} onClick={onClose}>
          {t('actions.cancel')}
        </Button>,
        ...(submitActions ?? [{ key: OK, label: okText ?? t('actions.save'), primary: true }]).map((a) => (
          <Button
            // A fresh button each time the modal opens: a button whose spinner was removed while the
            // modal was hidden keeps the spinner's leave animation (and its "loading" label) forever.
            key={`${a.key}-${openCount}`}
            type={a.primary ? 'primary' : 'default'}
            loading={saving === a.key}
            disabled={saving !== false && saving !== a.key}
            onClick={() => void submit(a.key === OK ? undefined : a.key)}
          >
            {a.label}
          </Button>
        )),
      ]}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      mask={{ closable: false }}
    >
      <Form<V>
        form={form}
        layout="vertical"
        name={title}
        onFinish={() => void submit()}
        onValuesChange={onValuesChange}
        scrollToFirstError
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
