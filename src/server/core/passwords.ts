import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, t=2): ~50 ms on this hardware.
// algorithm 2 = Argon2id (the package exports it as a const enum, unusable under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * A generated one-time password (12 characters of 56: ~70 bits) needs no slow hash: argon2 makes
 * guessing a person's chosen, weak password expensive, and nobody can guess 2^70. A salted SHA-256
 * costs microseconds instead of ~50 ms of a core, so an import of 100,000 accounts does not take
 * 40 core-minutes. Only for passwords from generateTemporaryPassword; the password the person
 * chooses at first sign-in (which every one-time password forces) is argon2.
 */
const ONE_TIME = "sha256$";

export function hashTemporaryPassword(password: string): string {
  if (password.length < 12) throw new Error("a one-time password must be generated (12+ characters)");
  const salt = randomBytes(16).toString("base64url");
  return `${ONE_TIME}${salt}$${createHash("sha256").update(`${salt}$${password}`).digest("base64url")}`;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    if (passwordHash.startsWith(ONE_TIME)) {
      const [salt = "", digest = ""] = passwordHash.slice(ONE_TIME.length).split("$");
      const given = createHash("sha256").update(`${salt}$${password}`).digest();
      const stored = Buffer.from(digest, "base64url");
      // As slow as any other sign-in: the answer's time must not tell a new account from an old one.
      await verify(await dummyHash(), password).catch(() => false);
      return stored.length === given.length && timingSafeEqual(stored, given);
    }
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash no password matches: compared against for unknown usernames so timing does not reveal them. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("kinerja-no-such-user");
  return dummy;
}

// No 0/O, 1/l/I: read aloud or copied from paper by an operator.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateTemporaryPassword(length = 12): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
