import { describe, expect, it } from 'vitest';
import { listNumberText, localeDecimal } from './decimal-text';

describe('localeDecimal', () => {
  it('groups the whole part and keeps every fraction digit', () => {
    expect(localeDecimal('1234567.8901', 'zh-CN')).toBe('1,234,567.8901');
    expect(localeDecimal('1234567.8901', 'en-GB')).toBe('1,234,567.8901');
  });
  it('keeps the truncation mark: 0.9999… must never read as 1', () => {
    expect(localeDecimal('0.9999…', 'zh-CN')).toBe('0.9999…');
    expect(localeDecimal('12345.3333…', 'en-GB')).toBe('12,345.3333…');
  });
  it('keeps signs and whole numbers larger than a double', () => {
    expect(localeDecimal('-1200', 'zh-CN')).toBe('-1,200');
    expect(localeDecimal('123456789012345678901', 'en-GB')).toBe('123,456,789,012,345,678,901');
  });
  it('leaves text it does not recognise alone', () => {
    expect(localeDecimal('1/3', 'zh-CN')).toBe('1/3');
  });
});

describe('listNumberText', () => {
  it('reads a trace number, a string or a number', () => {
    expect(listNumberText({ exact: '6/5', display: '1.2', value: 1.2 })).toBe('1.2');
    expect(listNumberText('18.4')).toBe('18.4');
    expect(listNumberText(3)).toBe('3');
    expect(listNumberText(null)).toBeNull();
  });
});
