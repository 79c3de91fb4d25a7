import { hashKey, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/web/api/client.js";
import { type CopyStore, forgetDeviceCopies, withDeviceCopy } from "../../src/web/offline/device-copy.js";

/** The device's copies in memory (IndexedDB in the browser). */
function memoryStore(): CopyStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    read: async (key) => data.get(key),
    write: async (key, value) => {
      data.set(key, value);
    },
    clear: async () => data.clear(),
  };
}

const offline = () => new ApiError({ code: "NETWORK", message: "Tidak dapat terhubung", status: 0 });
const qc = new QueryClient();
const KEY = ["practice", "c1"];

describe("a read with a device copy (a form that opens without signal)", () => {
  it("remembers each answer, and gives the last one back when the server cannot be reached", async () => {
    const store = memoryStore();
    expect(await withDeviceCopy(qc, KEY, async () => ({ version: 3 }), store)()).toEqual({ version: 3 });
    await expect(withDeviceCopy(qc, KEY, async () => Promise.reject(offline()), store)()).resolves.toEqual({
      version: 3,
    });
    // A proxy in front of a server that is down (502/503) is no answer either.
    const down = new ApiError({ code: "HTTP_503", message: "x", status: 503 });
    await expect(withDeviceCopy(qc, KEY, async () => Promise.reject(down), store)()).resolves.toEqual({ version: 3 });
  });

  it("never hides a refusal behind the copy, and fails as before when nothing is kept", async () => {
    const store = memoryStore();
    await withDeviceCopy(qc, KEY, async () => ({ version: 3 }), store)();
    const forbidden = new ApiError({ code: "FORBIDDEN", message: "x", status: 403 });
    await expect(withDeviceCopy(qc, KEY, async () => Promise.reject(forbidden), store)()).rejects.toBe(forbidden);
    const error = offline();
    await expect(withDeviceCopy(qc, ["practice", "other"], async () => Promise.reject(error), store)()).rejects.toBe(
      error,
    );
  });

  it("keeps each read apart, and forgets them all at sign-out", async () => {
    const store = memoryStore();
    await withDeviceCopy(qc, ["me"], async () => ({ name: "Budi" }), store)();
    await withDeviceCopy(qc, KEY, async () => ({ version: 1 }), store)();
    await expect(withDeviceCopy(qc, ["me"], async () => Promise.reject(offline()), store)()).resolves.toEqual({
      name: "Budi",
    });
    await forgetDeviceCopies(store);
    expect(store.data.size).toBe(0);
    await expect(withDeviceCopy(qc, ["me"], async () => Promise.reject(offline()), store)()).rejects.toBeInstanceOf(
      ApiError,
    );
  });

  it("follows an autosave's answer put into the page's data, so an offline reload shows it", async () => {
    const store = memoryStore();
    const client = new QueryClient();
    await withDeviceCopy(client, KEY, async () => ({ version: 3, place: "" }), store)();
    client.setQueryData(KEY, { version: 4, place: "Ruang kelas IV B" });
    await expect.poll(async () => store.read(hashKey(KEY))).toEqual({ version: 4, place: "Ruang kelas IV B" });
    // Other data of the page is not kept on the device.
    client.setQueryData(["notifications"], { unread: 2 });
    expect(store.data.size).toBe(1);
  });

  it("a storage that fails (private mode, full) never fails the read", async () => {
    const broken: CopyStore = {
      read: async () => Promise.reject(new Error("blocked")),
      write: async () => Promise.reject(new Error("full")),
      clear: async () => Promise.reject(new Error("blocked")),
    };
    expect(await withDeviceCopy(qc, KEY, async () => "fresh", broken)()).toBe("fresh");
    const error = offline();
    await expect(withDeviceCopy(qc, KEY, async () => Promise.reject(error), broken)()).rejects.toBe(error);
    await expect(forgetDeviceCopies(broken)).resolves.toBeUndefined();
  });
});
