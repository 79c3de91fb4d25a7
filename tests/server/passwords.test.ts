import { describe, expect, it } from "vitest";
import {
  generateTemporaryPassword,
  hashPassword,
  hashTemporaryPassword,
  verifyPassword,
} from "../../src/server/core/passwords.js";

describe("one-time passwords", () => {
  it("take a salted fast hash that only the same password matches", async () => {
    const password = generateTemporaryPassword();
    const a = hashTemporaryPassword(password);
    const b = hashTemporaryPassword(password);
    expect(a).toMatch(/^sha256\$/);
    // Salted: the same password never gives the same stored value.
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, password)).toBe(true);
    expect(await verifyPassword(b, password)).toBe(true);
    expect(await verifyPassword(a, `${password}x`)).toBe(false);
    expect(await verifyPassword(a, password.toLowerCase() === password ? "x" : password.toLowerCase())).toBe(false);
  });

  it("are never used for a password a person chose (too short to be generated)", () => {
    expect(() => hashTemporaryPassword("rahasia")).toThrow();
  });

  it("take as long to check as an argon2 password: the time tells no account apart", async () => {
    const password = generateTemporaryPassword();
    const fast = hashTemporaryPassword(password);
    const slow = await hashPassword(password);
    const time = async (h: string) => {
      const t0 = performance.now();
      await verifyPassword(h, "salah-sekali-123");
      return performance.now() - t0;
    };
    // Alternated, so a busy machine slows both series alike; the medians of nine each.
    const fastRuns: number[] = [];
    const slowRuns: number[] = [];
    await time(slow);
    for (let i = 0; i < 9; i++) {
      fastRuns.push(await time(fast));
      slowRuns.push(await time(slow));
    }
    const median = (runs: number[]) => runs.sort((x, y) => x - y)[4] as number;
    expect(median(fastRuns)).toBeGreaterThan(median(slowRuns) * 0.5);
  });

  it("a damaged stored value matches nothing", async () => {
    expect(await verifyPassword("sha256$", "")).toBe(false);
    expect(await verifyPassword("sha256$abc", "abc")).toBe(false);
  });
});
