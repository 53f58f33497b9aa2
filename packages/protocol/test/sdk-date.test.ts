import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSdkDate, parseSdkDate, signRequest, verifyAkSkSignature } from '../src/sdk-hmac-sha256.js';

describe('parseSdkDate', () => {
  it('reads a valid X-Sdk-Date as UTC epoch milliseconds', () => {
    expect(parseSdkDate('20261130T235251Z')).toBe(Date.UTC(2026, 10, 30, 23, 52, 51));
    expect(parseSdkDate('20240229T000000Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    ['20261130T325251Z', 'hour 32'],
    ['20261130T240000Z', 'hour 24'],
    ['20261130T236051Z', 'minute 60'],
    ['20261130T235260Z', 'second 60'],
    ['20261331T000000Z', 'month 13'],
    ['20260031T000000Z', 'month 0'],
    ['20260100T000000Z', 'day 0'],
    ['20260431T000000Z', '31 April'],
    ['20250229T000000Z', '29 February of a common year'],
  ])('rejects %s (%s) instead of rolling it over', (value) => {
    expect(parseSdkDate(value)).toBeNaN();
  });

  it('rejects values that are not YYYYMMDDTHHMMSSZ', () => {
    for (const value of ['', '2026-11-30T23:52:51Z', '20261130T235251', '20261130t235251z', '20261130T235251.000Z']) expect(parseSdkDate(value)).toBeNaN();
  });

  it('round-trips every instant formatSdkDate writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const whole = Math.floor(date.getTime() / 1000) * 1000;
        expect(parseSdkDate(formatSdkDate(date))).toBe(whole);
      }),
    );
  });
});

describe('verifyAkSkSignature and impossible dates', () => {
  it('rejects a correctly signed request whose X-Sdk-Date has hour 32 as date-out-of-range', async () => {
    const url = 'https://bss.myhuaweicloud.com/v2/enterprises/multi-accounts/sub-customers';
    const sdkDate = '20261130T325251Z';
    const signed = await signRequest({ method: 'GET', url, headers: { host: 'bss.myhuaweicloud.com', 'X-Sdk-Date': sdkDate } }, { accessKey: 'AK', secretKey: 'SK' });
    const headers = new Headers({ ...signed, host: 'bss.myhuaweicloud.com' });
    // Hour 32 of 30 November would roll over to 08:52:51 on 1 December.
    const rolledOver = Date.UTC(2026, 11, 1, 8, 52, 51);
    const verdict = await verifyAkSkSignature({ method: 'GET', url, headers, body: '' }, (ak) => (ak === 'AK' ? 'SK' : undefined), rolledOver, 15 * 60_000);
    expect(verdict).toBe('date-out-of-range');
  });
});
