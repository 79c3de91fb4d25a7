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
    const median = async (h: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) runs.push(await time(h));
      return runs.sort((x, y) => x - y)[2] as number;
    };
    await time(slow);
    expect(await median(fast)).toBeGreaterThan((await median(slow)) * 0.5);
  });

  it("a damaged stored value matches nothing", async () => {
    expect(await verifyPassword("sha256$", "")).toBe(false);
    expect(await verifyPassword("sha256$abc", "abc")).toBe(false);
  });
});
