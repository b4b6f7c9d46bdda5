import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.json';
import en from './en.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('locale files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty text', () => {
    for (const [name, file] of Object.entries({ zhCN, en })) {
      const flat = keys(file);
      for (const k of flat) {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file);
        expect(v, `${name}:${k}`).not.toBe('');
      }
    }
  });
});
