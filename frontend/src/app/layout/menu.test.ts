import { describe, expect, it } from 'vitest';
import { selectedMenuKey } from './menu';

describe('selectedMenuKey', () => {
  it('keeps a topic page under its plan for those who read plans, under 我的监督小组 for a deputy', () => {
    expect(selectedMenuKey('/supervision/topics/31', ['staff'])).toBe('/supervision/plans');
    expect(selectedMenuKey('/supervision/topics/31', ['deputy'])).toBe('/supervision/my-topics');
    expect(selectedMenuKey('/supervision/my-topics', ['deputy'])).toBe('/supervision/my-topics');
    expect(selectedMenuKey('/supervision/plans/7', ['staff'])).toBe('/supervision/plans');
  });
});
