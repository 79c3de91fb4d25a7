import { describe, expect, it } from "vitest";
import { hashAll, importHashConcurrency, limiter } from "../../../src/server/import/hash-accounts.js";

/** A stand-in for argon2 that records how many hashes run at once. */
function watchedHash() {
  let inFlight = 0;
  const watch = { most: 0, calls: 0 };
  const hash = async (password: string) => {
    inFlight++;
    watch.calls++;
    watch.most = Math.max(watch.most, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    return `hash:${password}`;
  };
  return { hash, watch };
}

const passwords = (n: number, prefix = "u") =>
  new Map(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, `pw${prefix}${i}`] as const));

describe("hashing imported accounts", () => {
  it("leaves a core free: one fewer than the machine has, at least 1, at most 4", () => {
    expect(importHashConcurrency(1)).toBe(1);
    expect(importHashConcurrency(2)).toBe(1);
    expect(importHashConcurrency(4)).toBe(3);
    expect(importHashConcurrency(16)).toBe(4);
  });

  it("hashes every account with at most the bound running at once", async () => {
    const { hash, watch } = watchedHash();
    const done: number[] = [];
    const out = await hashAll(passwords(50), { hash, run: limiter(3), onDone: (n) => done.push(n) });
    expect(out.size).toBe(50);
    expect(out.get("u7")).toBe("hash:pwu7");
    expect(watch.most).toBe(3);
    expect(done.at(-1)).toBe(50);
  });

  it("two imports at once share the bound", async () => {
    const { hash, watch } = watchedHash();
    const run = limiter(2);
    const [a, b] = await Promise.all([
      hashAll(passwords(20, "a"), { hash, run }),
      hashAll(passwords(20, "b"), { hash, run }),
    ]);
    expect(a.size + b.size).toBe(40);
    expect(watch.most).toBe(2);
  });

  it("a failed hash releases its slot and fails the import", async () => {
    const run = limiter(1);
    const failing = async (p: string) => {
      if (p === "pwu3") throw new Error("boom");
      return p;
    };
    await expect(hashAll(passwords(5), { hash: failing, run })).rejects.toThrow("boom");
    // The slot is free again: the next import is not stuck behind the failure.
    expect((await hashAll(passwords(2), { hash: async (p) => p, run })).size).toBe(2);
  });
});
