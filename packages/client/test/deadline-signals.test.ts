import { describe, expect, it } from 'vitest';
import { deadlineSignals, SHARED_BY } from '../src/deadline-signals.js';

describe('deadline signals', () => {
  it('aborts the requests started within one window together, and those of the next window later', async () => {
    let time = 1000;
    const deadline = deadlineSignals(30, () => time);
    const first = deadline();
    time += 10; // window is max(10, 1% of 30) = 10 ms
    const sameWindow = deadline();
    time += 1;
    await new Promise((resolve) => setTimeout(resolve, 15));
    const nextWindow = deadline();
    await new Promise((resolve) => first.addEventListener('abort', resolve));
    expect(sameWindow.aborted).toBe(true);
    expect(nextWindow.aborted).toBe(false);
    await new Promise((resolve) => nextWindow.addEventListener('abort', resolve));
  });

  it('shares a signal among at most SHARED_BY requests, so no signal collects every request\'s listeners', () => {
    const deadline = deadlineSignals(1000, () => 0);
    const signals = new Set(Array.from({ length: SHARED_BY * 3 }, () => deadline()));
    expect(signals.size).toBe(3);
  });

  it('aborts with a TimeoutError no sooner than the timeout', async () => {
    const deadline = deadlineSignals(40);
    const started = performance.now();
    const signal = deadline();
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(signal.reason).toMatchObject({ name: 'TimeoutError', message: 'no response within 40 ms' });
  });

  it('gives each request its full timeout even at the end of a window', async () => {
    let time = 0;
    const deadline = deadlineSignals(30, () => time);
    deadline();
    time = 10; // last moment of the first window: same signal, aborting at 30 + 10 ms after its start
    const late = deadline();
    const started = performance.now();
    await new Promise((resolve) => late.addEventListener('abort', resolve));
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });
});
