import { describe, expect, it } from 'vitest';
import { translate } from './messages.js';

describe('translate', () => {
  it('shows a timestamp parameter in China time: 03:50 UTC is 11:50 in Beijing', () => {
    const zh = translate('ACCOUNT_LOCKED', 'zh-CN', { until: '2026-11-29T03:50:18.322Z' });
    expect(zh).toContain('11:50');
    expect(zh).not.toContain('T03:50');
    expect(translate('ACCOUNT_LOCKED', 'en', { until: '2026-11-29T03:50:18.322Z' })).toMatch(/11:50\sAM/);
  });
  it('leaves other parameters as they are', () => {
    expect(translate('ACCOUNT_LOCKED', 'zh-CN', { until: '明天' })).toContain('明天');
  });
});
