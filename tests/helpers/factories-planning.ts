import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../src/db/client.js";
import { windowsAround } from "../../src/domain/cycles/phase.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { testNow, testToday } from "./clock.js";

// Factories for the planning-phase server tests (files, corrections, Rapor, extensions).

/** A data directory of its own, so uploaded bytes land in /tmp rather than in ./data. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "kinerja-test-"));
}

/** A period running today (planning open for ten more days) with a cycle for every eligible person. */
export async function openRunningPeriod(db: Db, districtId: string, templateCode = "2025-annual") {
  const today = testToday();
  const windows = windowsAround(today, { openedDaysAgo: 10, planningDaysLeft: 10, executionEndsIn: 200, endsIn: 300 });
  const r = await openPeriod({
    db,
    actorId: null,
    actingAs: "test",
    districtId,
    templateCode,
    name: `Periode Uji ${districtId.slice(0, 4)}`,
    now: testNow(),
    windows,
  });
  return { periodId: r.periodId, ...windows };
}

/** The smallest file a PDF reader accepts, padded with a comment up to `size` bytes when asked. */
export function pdfBytes(size = 0): Buffer {
  const body =
    // The second line is the binary marker real PDF writers put there.
    "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n";
  const head = Buffer.from(body, "latin1");
  return size > head.length ? Buffer.concat([head, Buffer.alloc(size - head.length, 0x25)]) : head;
}

/** The first bytes of a PNG image. */
export function pngBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
}

/** A multipart body with one file, built the way a browser's FormData sends it. */
export async function multipart(content: string | Uint8Array, fileName: string, type: string, field = "file") {
  const form = new FormData();
  // A copy typed Uint8Array<ArrayBuffer>: Blob does not take views over a SharedArrayBuffer.
  const part = typeof content === "string" ? content : new Uint8Array(content);
  form.append(field, new Blob([part], { type }), fileName);
  const res = new Response(form);
  return {
    payload: Buffer.from(await res.arrayBuffer()),
    headers: { "content-type": res.headers.get("content-type") as string },
  };
}
