import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(['编号', '标题'], [
      ['2026建0012', '关于"停车难"的建议,城关镇'],
      [null, '=HYPERLINK("x")'],
    ]);
    expect(csv).toBe('\uFEFF编号,标题\r\n2026建0012,"关于""停车难""的建议,城关镇"\r\n,"\'=HYPERLINK(""x"")"\r\n');
  });
});
