import { describe, expect, it } from 'vitest';
import { deadlineSignals } from '../src/deadline-signals.js';

describe('deadline signals', () => {
  it('shares one signal among requests started within the window, and a new one after it', () => {
    let time = 1000;
    const deadline = deadlineSignals(1000, () => time);
    const a = deadline();
    time += 10; // window is max(10, 1% of 1000) = 10 ms
    expect(deadline()).toBe(a);
    time += 1;
    expect(deadline()).not.toBe(a);
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
