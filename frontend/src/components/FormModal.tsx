/** A modal with one form: validates, submits, shows server field errors on the fields and handles a stale edit. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '@/lib/use-problem-handler';

export interface FormModalProps<V extends object> {
  open: boolean;
  title: string;
  /** Values to start from (editing); applied when the modal opens or resetKey changes. */
  initialValues?: Partial<V>;
  /** Change it (e.g. to the record's version) to re-apply initialValues while open. */
  resetKey?: string | number | null;
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** After a 412: reload the record being edited. */
  onStale?: () => void;
  successMessage?: string;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
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
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const handleProblem = useProblemHandler();

  const initialRef = useRef(initialValues);
  initialRef.current = initialValues;

  useEffect(() => {
    if (open) {
      form.resetFields();
      const init = initialRef.current;
      if (init) form.setFieldsValue(init as Parameters<typeof form.setFieldsValue>[0]);
    }
  }, [open, resetKey, form]);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the client-side errors on the fields
    }
    setSaving(true);
    try {
      await onSubmit(values);
      void message.success(successMessage ?? t('messages.saved'));
      onClose();
    } catch (e) {
      handleProblem(e, {
        form,
        onStale: () => {
          onStale?.();
        },
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={saving}
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
        scrollToFirstError
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
