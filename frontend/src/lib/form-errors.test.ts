import { describe, expect, it } from 'vitest';
import { listFieldPath, mapFieldErrors } from './form-errors';

const FORM = ['name', 'gender', 'birthDate', 'phone', 'idNumber', 'term', 'delegationId'];

describe('mapFieldErrors', () => {
  it('puts an error on the field of the same JSON name', () => {
    const r = mapFieldErrors([{ field: 'name', message: '长度不能超过 50' }], FORM);
    expect(r.fields).toEqual([{ name: 'name', errors: ['长度不能超过 50'] }]);
    expect(r.unmatched).toEqual([]);
  });

  it('matches the last segment of a validation path', () => {
    const r = mapFieldErrors(
      [
        { field: 'create.input.phone', message: '须为 11 位手机号' },
        { field: 'body.idNumber', message: '须为 18 位身份证号' },
      ],
      FORM,
    );
    expect(r.fields).toEqual([
      { name: 'phone', errors: ['须为 11 位手机号'] },
      { name: 'idNumber', errors: ['须为 18 位身份证号'] },
    ]);
  });

  it('gathers several messages of one field, without repeats', () => {
    const r = mapFieldErrors(
      [
        { field: 'name', message: '不能为空' },
        { field: 'name', message: '长度不能超过 50' },
        { field: 'name', message: '不能为空' },
      ],
      FORM,
    );
    expect(r.fields).toEqual([{ name: 'name', errors: ['不能为空', '长度不能超过 50'] }]);
  });

  it('returns the errors no form field can show', () => {
    const r = mapFieldErrors([{ field: 'congressId', message: '不存在' }], FORM);
    expect(r.fields).toEqual([]);
    expect(r.unmatched).toEqual([{ field: 'congressId', message: '不存在' }]);
  });
});

describe('listFieldPath', () => {
  const rows = (p: (string | number)[]) => p[0] === 'indicators' && (p[1] as number) < 3;
  it('turns an error on a row of a list into the row field name path', () => {
    expect(listFieldPath('indicators[1].activityTypeId', ['indicators'], rows)).toEqual(['indicators', 1, 'activityTypeId']);
    expect(listFieldPath('body.indicators[2].cap', ['indicators'], rows)).toEqual(['indicators', 2, 'cap']);
  });
  it('leaves plain fields, unknown lists and missing rows alone', () => {
    expect(listFieldPath('name', ['indicators'], rows)).toBeNull();
    expect(listFieldPath('indicators', ['indicators'], rows)).toBeNull();
    expect(listFieldPath('participants[0].rating', ['indicators'], rows)).toBeNull();
    expect(listFieldPath('indicators[7].cap', ['indicators'], rows)).toBeNull();
  });
});
