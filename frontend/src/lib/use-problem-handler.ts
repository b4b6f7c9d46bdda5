/** Shows a failed call to the user: field errors on the form, `detail` in a message, a stale edit in a dialog. */
import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/api/problem';
import { listFieldPath, mapFieldErrors } from './form-errors';

export interface ProblemHandlerOptions {
  /** Form whose fields receive the problem's errors[]. */
  form?: FormInstance;
  /** Called when the user confirms reloading after a 412 (someone else changed the record). */
  onStale?: () => void;
}

export function useProblemHandler() {
  const { message, modal } = App.useApp();
  const { t } = useTranslation();

  return useCallback(
    (error: unknown, opts: ProblemHandlerOptions = {}) => {
      if (!isApiProblem(error)) {
        void message.error(t('errors.network'));
        return;
      }
      if (error.status === 412) {
        modal.warning({
          title: t('errors.staleTitle'),
          content: t('errors.stale'),
          okText: t('actions.reload'),
          onOk: opts.onStale,
        });
        return;
      }
      if (error.status === 428) {
        void message.error(t('errors.preconditionRequired'));
        return;
      }
      let text = error.detail || error.title || t('errors.generic');
      if (opts.form && error.errors.length > 0) {
        const form = opts.form;
        const all = (form.getFieldsValue(true) ?? {}) as Record<string, unknown>;
        const formFields = Object.keys(all);
        const registered = Object.keys(form.getFieldsValue() ?? {});
        // Errors on a row of a list (indicators[1].activityTypeId) go to that row's field.
        const lists = formFields.filter((k) => Array.isArray(all[k]));
        const rowErrors = new Map<string, { name: (string | number)[]; errors: string[] }>();
        const rest = error.errors.filter((e) => {
          const name = listFieldPath(e.field, lists, (row) => form.getFieldValue(row) != null);
          if (!name) return true;
          const key = name.join('.');
          const entry = rowErrors.get(key) ?? { name, errors: [] };
          entry.errors.push(e.message);
          rowErrors.set(key, entry);
          return false;
        });
        const { fields, unmatched } = mapFieldErrors(rest, [...new Set([...formFields, ...registered])]);
        form.setFields([...fields, ...rowErrors.values()]);
        if (unmatched.length > 0) text += `（${unmatched.map((e) => `${e.field}: ${e.message}`).join('；')}）`;
      }
      if (error.status === 403) text = error.detail || t('errors.forbidden');
      void message.error(text);
    },
    [message, modal, t],
  );
}
