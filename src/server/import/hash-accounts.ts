import { availableParallelism } from "node:os";
import { hashTemporaryPassword } from "../core/passwords.js";

/**
 * How many imported accounts are hashed at once, across every import of the process: one core
 * fewer than the machine has (at most 4, libuv's default thread pool). argon2 (@node-rs/argon2)
 * runs on libuv's threads, never on the event loop; the bound keeps a core and threads free, so a
 * sign-in during a 10,000-row import waits for a core, not behind thousands of queued hashes.
 */
export function importHashConcurrency(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/** A counting semaphore: at most `limit` of the functions run at a time, in arrival order. */
export function limiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

const shared = limiter(importHashConcurrency());

export type HashAllOptions = {
  onDone?: (done: number) => void;
  /** Tests inject a hash and a limiter to watch the bound. */
  hash?: (password: string) => Promise<string>;
  run?: ReturnType<typeof limiter>;
};

const oneTime = async (password: string) => hashTemporaryPassword(password);

/**
 * The hash of each username's one-time password, at most the bound at a time. One-time passwords
 * get a salted SHA-256 (see hashTemporaryPassword): microseconds each, so an import of 100,000
 * accounts is not 40 core-minutes of argon2; the bound still applies to a slower `hash`.
 */
export async function hashAll(
  passwords: ReadonlyMap<string, string>,
  { onDone, hash = oneTime, run = shared }: HashAllOptions = {},
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    [...passwords].map(([username, password]) =>
      run(async () => {
        out.set(username, await hash(password));
        onDone?.(out.size);
      }),
    ),
  );
  return out;
}
