import { describe, expect, it } from 'vitest';
import { HwcloudError, redactSecrets } from '../src/hwcloud-error.js';
import { combine } from '../src/client-core.js';

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

describe('combine (two middlewares as one)', () => {
  const params = (response?: Response) => ({ request: new Request('https://x.example/'), response: response ?? new Response('r'), schemaPath: '/', params: {}, options: {} as never, id: '1' });

  it('runs requests outer then inner, and responses inner then outer', async () => {
    const order: string[] = [];
    const m = combine(
      { onRequest: () => void order.push('outer req'), onResponse: () => void order.push('outer res') },
      { onRequest: async () => void order.push('inner req'), onResponse: async () => void order.push('inner res') },
    );
    await m.onRequest!(params() as never);
    await m.onResponse!(params() as never);
    expect(order).toEqual(['outer req', 'inner req', 'inner res', 'outer res']);
  });

  it('hands the inner replacement response to the outer hook and returns it', async () => {
    const replacement = new Response('second');
    let seen: Response | undefined;
    const m = combine(
      { onResponse: ({ response }) => void (seen = response) },
      { onResponse: async () => replacement },
    );
    expect(await m.onResponse!(params() as never)).toBe(replacement);
    expect(seen).toBe(replacement);
  });

  it('answers synchronously when neither hook is asynchronous', () => {
    const m = combine({ onRequest: () => undefined, onResponse: () => undefined }, { onRequest: () => undefined, onResponse: () => undefined });
    expect(m.onRequest!(params() as never)).toBeUndefined();
    expect(m.onResponse!(params() as never)).toBeUndefined();
  });
});
