// A small, fair throughput harness: every case runs in the same process, warmed up, in
// several interleaved rounds (the order rotates each round, so no case always runs first or
// last after a GC), and the result is the median of the rounds with their spread.

/** One case's figures over the rounds. */
export interface CaseResult {
  name: string;
  /** Operations per second in each round, in round order. */
  rounds: number[];
  median: number;
  min: number;
  max: number;
}

/** Operations per second of `run`, awaited back to back for about `ms` milliseconds. */
export async function opsPerSecond(run: () => Promise<unknown>, ms: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 64; i++) await run();
    count += 64;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs every case `warmupMs` once, then `rounds` rounds of `timeMs` each, rotating the order.
 *
 * @example
 * const results = await compare({ a: runA, b: runB }, { rounds: 7, timeMs: 400, warmupMs: 500 });
 */
export async function compare(
  cases: Record<string, () => Promise<unknown>>,
  { rounds, timeMs, warmupMs }: { rounds: number; timeMs: number; warmupMs: number },
): Promise<CaseResult[]> {
  const names = Object.keys(cases);
  for (const name of names) await opsPerSecond(cases[name]!, warmupMs);
  const perCase = new Map(names.map((name) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      perCase.get(name)!.push(await opsPerSecond(cases[name]!, timeMs));
    }
  }
  return names.map((name) => {
    const values = perCase.get(name)!;
    return { name, rounds: values, median: median(values), min: Math.min(...values), max: Math.max(...values) };
  });
}

/** Per-round ratios `a / b` (same round, so the same machine state), as median and range. */
export function ratio(a: CaseResult, b: CaseResult): { median: number; min: number; max: number } {
  const values = a.rounds.map((value, i) => value / b.rounds[i]!);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
