import { describe, expect, it } from 'vitest';
import { AppError, errorKinds } from '@hazgov/domain/shared/app-error';
import { describeError, mapError, statusOfKind } from './error-mapping.js';
import { messages, platformMessages, translate } from './messages.js';

describe('mapError', () => {
  it('maps every error kind to its status', () => {
    expect(errorKinds.map((k) => statusOfKind[k])).toEqual([400, 401, 403, 404, 409, 423, 413, 415, 429, 500]);
    // 02:15 UTC is 10:15 in Beijing (UTC+8): users read the lock time on their own clock
    expect(mapError(new AppError('ACCOUNT_LOCKED', 'locked', { until: '2026-03-02T02:15:00Z' }), 'zh-CN')).toEqual({
      status: 423, internal: false, body: { error: { code: 'ACCOUNT_LOCKED', message: '连续登录失败次数过多，账号已锁定至 2026年3月2日 10:15' } },
    });
  });

  it('localises details through the same table, with their params', () => {
    const err = new AppError('PASSWORD_POLICY', 'input', {}, [{ field: 'password', code: 'PASSWORD_TOO_SHORT', params: { min: 10 } }]);
    expect(mapError(err, 'en').body.error.details).toEqual([{ field: 'password', code: 'PASSWORD_TOO_SHORT', message: 'The password must have at least 10 characters.' }]);
  });

  it('a detail code no table knows reads as its error message', () => {
    const err = new AppError('PASSWORD_POLICY', 'input', {}, [{ field: 'x', code: 'some_new_check' }]);
    expect(mapError(err, 'zh-CN').body.error.details).toEqual([{ field: 'x', code: 'some_new_check', message: '密码不符合要求' }]);
  });

  it('hides unknown errors behind a generic 500', () => {
    const mapped = mapError(new Error('connection string postgres://u:secret@db'), 'en');
    expect(mapped).toMatchObject({ status: 500, internal: true });
    expect(JSON.stringify(mapped.body)).not.toContain('secret');
  });

  it('falls back by kind for a code no table knows, and describes errors for the CLI', () => {
    expect(mapError(new AppError('SOMETHING_NEW', 'conflict'), 'zh-CN').body.error).toEqual({ code: 'SOMETHING_NEW', message: '与现有数据冲突' });
    expect(describeError(new AppError('USERNAME_TAKEN', 'conflict', { username: 'a' }))).toBe('用户名 a 已被使用 [USERNAME_TAKEN]');
  });
});

describe('messages', () => {
  it('every code has both languages with the same placeholders', () => {
    for (const [code, m] of Object.entries(messages)) {
      expect(m['zh-CN'], code).toBeTruthy();
      expect(m.en, code).toBeTruthy();
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(m.en), code).toEqual(names(m['zh-CN']));
    }
    expect(Object.keys(platformMessages).length).toBeGreaterThan(40);
    expect(translate('NOT_FOUND', 'en')).toBe('Not found, or outside your jurisdiction.');
  });
});
