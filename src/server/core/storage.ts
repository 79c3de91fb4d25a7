import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "./config.js";

/**
 * Where uploaded bytes live, behind an interface so a district can swap the local directory for
 * object storage without touching a use case. Keys are random: a file name typed by a user never
 * becomes a path.
 */
export type Storage = {
  put(bytes: Buffer): Promise<string>;
  /** Throws `StorageMissingError` when nothing is stored under the key. */
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
};

export class StorageMissingError extends Error {
  constructor(key: string) {
    super(`no stored object for key ${key}`);
    this.name = "StorageMissingError";
  }
}

const KEY = /^[0-9a-f]{48}$/;

/** `<rootDir>/<first two characters of the key>/<key>`: keeps any one directory small. */
export function localDiskStorage(rootDir: string): Storage {
  const pathOf = (key: string) => {
    // Only keys this storage made are accepted: nothing else can reach the file system.
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${key.slice(0, 60)}`);
    return join(rootDir, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomBytes(24).toString("hex");
      const path = pathOf(key);
      await mkdir(join(rootDir, key.slice(0, 2)), { recursive: true });
      // Written aside then renamed: a crash mid-write never leaves a half file under a live key.
      const partial = `${path}.partial`;
      await writeFile(partial, bytes, { flag: "wx", mode: 0o600 });
      await rename(partial, path);
      return key;
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if ((err as { code?: unknown }).code === "ENOENT") throw new StorageMissingError(key);
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/**
 * The install's storage: `<DATA_DIR>/files` for both PGlite and PostgreSQL installs (config has no
 * separate FILES_DIR yet). Back this directory up together with the database.
 */
export function storageFor(config: Config): Storage {
  return localDiskStorage(join(config.dataDir, "files"));
}
