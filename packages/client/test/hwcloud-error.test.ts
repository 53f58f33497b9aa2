import { describe, expect, it } from 'vitest';
import { HwcloudError } from '../src/hwcloud-error.js';
import { redactSecrets } from '../src/redaction.js';

describe('HwcloudError', () => {
  const error = new HwcloudError({ kind: 'http', operation: 'showUserDetail', status: 503, code: 'USG.1', requestId: 'r', message: 'm', cause: new Error('inner') });

  it('is an Error named HwcloudError with its fields', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('HwcloudError');
    expect(error).toMatchObject({ kind: 'http', operation: 'showUserDetail', status: 503, code: 'USG.1', requestId: 'r', message: 'm' });
  });

  it('keeps the cause out of its enumerable fields and of JSON', () => {
    expect(Object.keys(error)).not.toContain('cause');
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'HwcloudError', kind: 'http', operation: 'showUserDetail', status: 503, code: 'USG.1', requestId: 'r', message: 'm' });
  });

  it('calls network, timeout, 429 and 5xx failures transient, and client errors not', () => {
    expect(error.transient).toBe(true);
    expect(new HwcloudError({ kind: 'http', operation: 'o', status: 400, message: '' }).transient).toBe(false);
    expect(new HwcloudError({ kind: 'http', operation: 'o', status: 429, message: '' }).transient).toBe(true);
    expect(new HwcloudError({ kind: 'timeout', operation: 'o', message: '' }).transient).toBe(true);
    expect(new HwcloudError({ kind: 'vendor', operation: 'o', status: 200, message: '' }).transient).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactSecrets('a SECRET b SECRET c tok1', ['SECRET', 'tok1'])).toBe('a [redacted] b [redacted] c [redacted]');
  });

  it('ignores empty and very short secrets, which would shred the message', () => {
    expect(redactSecrets('abc', ['', undefined, 'a'])).toBe('abc');
  });
});
