/** Puts a problem's `errors[]` on the matching form fields; whatever matches no field is returned. */
import type { FieldError } from '@/api/problem';

export interface FormFieldError {
  name: string;
  errors: string[];
}

/**
 * Matches server field names to form fields. The server names JSON properties (`name`), but a
 * validation path may carry a prefix (`createDeputy.input.name`, `body.name`): the last segment
 * that names a form field wins.
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  formFields: readonly string[],
): { fields: FormFieldError[]; unmatched: FieldError[] } {
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const err of errors) {
    const name = matchField(err.field, formFields);
    if (name === null) {
      unmatched.push(err);
      continue;
    }
    const list = byField.get(name) ?? [];
    if (!list.includes(err.message)) list.push(err.message);
    byField.set(name, list);
  }
  return { fields: [...byField].map(([name, errs]) => ({ name, errors: errs })), unmatched };
}

function matchField(field: string, formFields: readonly string[]): string | null {
  if (formFields.includes(field)) return field;
  const segments = field.split(/[.[\]]+/).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (formFields.includes(segments[i])) return segments[i];
  }
  return null;
}

/** A server path such as `indicators[1].activityTypeId` as a form name path: ['indicators', 1, 'activityTypeId']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The name path of an error on a row of a list field (`indicators[1].activityTypeId`, possibly with a prefix such
 * as `body.`), when the form has that list and that row; otherwise null.
 */
export function listFieldPath(field: string, listFields: readonly string[], hasRow: (path: (string | number)[]) => boolean) {
  const path = fieldPath(field);
  const at = path.findIndex((s, i) => typeof s === 'string' && listFields.includes(s) && typeof path[i + 1] === 'number');
  if (at < 0 || path.length < at + 3) return null;
  const name = path.slice(at);
  return hasRow(name.slice(0, 2)) ? name : null;
}
