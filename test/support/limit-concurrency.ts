// Test work that does not depend on other work (consumer projects' installs and builds, doc
// snippets run as programs) takes turns on the machine's cores instead of queuing in a test file.
import { availableParallelism } from 'node:os';

/**
 * A runner that lets at most `slots` tasks work at once; the others wait their turn, first come
 * first served.
 * @example const inTurn = limitConcurrency(); await Promise.all(dirs.map((dir) => inTurn(() => npmInstall(dir, []))));
 */
export function limitConcurrency(slots = availableParallelism()): <T>(task: () => Promise<T>) => Promise<T> {
  let working = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (working < slots) working += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing task hands over its slot
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else working -= 1;
    }
  };
}
