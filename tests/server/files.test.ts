import { createHash } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, auditEvents, cycles, files } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { multipart, openRunningPeriod, pdfBytes, pngBytes, tempDataDir } from "../helpers/factories-planning.js";
import { plainZip, realDocx, realJpeg, realMp4, realPng, realWebm, realWebp } from "../helpers/sample-files.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let guru: Client;
let dataDir: string;

const MB = 1024 * 1024;

async function upload(client: Client, bytes: Uint8Array, fileName = "sk-wali-kelas.pdf", kind = "sk") {
  return client.request({
    method: "POST",
    url: `/api/files?kind=${kind}`,
    ...(await multipart(bytes, fileName, "application/pdf")),
  });
}

async function fileCount() {
  const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(files);
  return row?.n ?? 0;
}

/** Every stored object under <dataDir>/files, whatever its prefix directory. */
function storedObjects(): string[] {
  const root = join(dataDir, "files");
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((d) => readdirSync(join(root, d)));
}

const as = async (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);

beforeAll(async () => {
  dataDir = tempDataDir();
  t = await createTestApp({ dataDir });
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  await openRunningPeriod(t.database.db, w.district.id);
  guru = await as(w.guruA.username);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("uploading", () => {
  it("stores a PDF as the uploader's, with its hash, and audits it", async () => {
    const bytes = pdfBytes(5000);
    const res = await upload(guru, bytes);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ fileName: "sk-wali-kelas.pdf", size: 5000, kind: "sk" });
    expect(Date.parse(body.createdAt)).not.toBeNaN();
    const [row] = await t.database.db.select().from(files).where(eq(files.id, body.id));
    expect(row).toMatchObject({
      ownerId: w.guruA.id,
      mimeType: "application/pdf",
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    // Random key under a two-character prefix: the user's file name never becomes a path.
    expect(row?.storageKey).toMatch(/^[0-9a-f]{48}$/);
    expect(existsSync(join(dataDir, "files", row?.storageKey.slice(0, 2) ?? "", row?.storageKey ?? ""))).toBe(true);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, body.id), eq(auditEvents.action, "file_uploaded")));
    expect(audit).toHaveLength(1);
  });

  it("keeps only the last segment of a file name with a path in it", async () => {
    const res = await upload(guru, pdfBytes(), "..\\..\\C:\\Users\\guru\\SK Wali Kelas.pdf");
    expect(res.json().fileName).toBe("SK Wali Kelas.pdf");
  });

  it("refuses a PNG renamed .pdf, judging by content, and stores nothing", async () => {
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const res = await upload(guru, pngBytes(), "foto-sk.pdf");
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("Berkas SK harus PDF dan paling besar 10 MB. Berkas yang dipilih bukan PDF.");
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("names the kind of file and what it accepts in the message", async () => {
    const res = await upload(guru, pngBytes(), "rpp.pdf", "rpp");
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(
      "Berkas RPP/modul ajar harus PDF, DOCX, PNG, JPEG, WebP dan paling besar 10 MB. " +
        "Isi berkas yang dipilih bukan salah satu jenis itu.",
    );
  });

  it("an RPP or evidence may be a PDF, a Word document or a photo, each stored with the type its content shows", async () => {
    const cases = [
      ["modul.pdf", pdfBytes(), "application/pdf"],
      ["modul-ajar.docx", realDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["papan-tulis.png", realPng(), "image/png"],
      // The name says PNG, the bytes say JPEG: the bytes win.
      ["foto-kelas.png", realJpeg(), "image/jpeg"],
      ["asesmen.webp", realWebp(), "image/webp"],
    ] as const;
    for (const [name, bytes, mime] of cases) {
      const res = await upload(guru, bytes, name, "rpp");
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ fileName: name, kind: "rpp", mimeType: mime });
      const [row] = await t.database.db.select().from(files).where(eq(files.id, res.json().id));
      expect(row?.mimeType).toBe(mime);
      const down = await guru.get(`/api/files/${res.json().id}`);
      expect(down.headers["content-type"]).toBe(mime);
      expect(Buffer.compare(down.rawPayload, bytes)).toBe(0);
    }
    expect((await upload(guru, realJpeg(), "bukti.jpg", "evidence")).statusCode).toBe(200);
  });

  it("refuses, by content, a text renamed .pdf, a ZIP that is no Word document, and a DOCX as an SK; stores nothing", async () => {
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const fake = await upload(guru, Buffer.from("Ini hanya teks, bukan PDF.\n".repeat(50)), "rpp.pdf", "rpp");
    expect(fake.statusCode).toBe(400);
    expect(fake.headers["content-type"]).toMatch(/problem\+json/);
    expect(fake.json().message).toMatch(/^Berkas RPP\/modul ajar harus PDF, DOCX, PNG, JPEG, WebP/);
    expect((await upload(guru, plainZip(), "modul.docx", "rpp")).statusCode).toBe(400);
    const docxSk = await upload(guru, realDocx(), "sk.docx", "sk");
    expect(docxSk.statusCode).toBe(400);
    expect(docxSk.json().message).toBe("Berkas SK harus PDF dan paling besar 10 MB. Berkas yang dipilih bukan PDF.");
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("refuses a 20 MB photo as evidence with a clear 400 and stores nothing", async () => {
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const big = Buffer.concat([realJpeg(), Buffer.alloc(20 * MB, 0)]);
    const res = await upload(guru, big, "foto-besar.jpg", "evidence");
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(
      "Berkas bukti harus PDF, DOCX, PNG, JPEG, WebP dan paling besar 10 MB. Berkas yang dipilih lebih dari 10 MB.",
    );
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("accepts exactly 10 MB and refuses one byte more", async () => {
    expect((await upload(guru, pdfBytes(10 * MB))).statusCode).toBe(200);
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const res = await upload(guru, pdfBytes(10 * MB + 1));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(
      "Berkas SK harus PDF dan paling besar 10 MB. Berkas yang dipilih lebih dari 10 MB.",
    );
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("wants the `file` field, a known kind, and a multipart body", async () => {
    const wrongField = await guru.request({
      method: "POST",
      url: "/api/files?kind=sk",
      ...(await multipart(pdfBytes(), "sk.pdf", "application/pdf", "berkas")),
    });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().message).toBe("Pilih satu berkas untuk diunggah (isian formulir `file`).");
    expect((await upload(guru, pdfBytes(), "sk.pdf", "foto")).statusCode).toBe(400);
    const json = await guru.post("/api/files?kind=sk", { file: "JVBERi0=" });
    expect(json.statusCode).toBe(400);
  });

  it("signed out: 401; without the CSRF header: 403, and nothing stored", async () => {
    const before = await fileCount();
    const body = await multipart(pdfBytes(), "sk.pdf", "application/pdf");
    expect((await t.app.inject({ method: "POST", url: "/api/files?kind=sk", ...body })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: w.guruA.username, password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === "kinerja_session")?.value as string;
    const noCsrf = await t.app.inject({
      method: "POST",
      url: "/api/files?kind=sk",
      cookies: { kinerja_session: cookie },
      ...body,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe("CSRF");
    expect(await fileCount()).toBe(before);
  });
});

describe("a practice video (kind video): MP4, MOV or WebM, at most 50 MB", () => {
  it("stores an MP4, a QuickTime MOV and a WebM with the type their content shows", async () => {
    const cases = [
      ["rapat-guru.mp4", realMp4(), "video/mp4"],
      ["rapat-guru.mov", realMp4(4096, "qt  "), "video/quicktime"],
      // The name says MP4, the bytes say WebM: the bytes win.
      ["rekaman.mp4", realWebm(), "video/webm"],
    ] as const;
    for (const [name, bytes, mime] of cases) {
      const res = await upload(guru, bytes, name, "video");
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ fileName: name, kind: "video", mimeType: mime, size: bytes.length });
      const [row] = await t.database.db.select().from(files).where(eq(files.id, res.json().id));
      expect(row).toMatchObject({ kind: "video", mimeType: mime });
      const down = await guru.get(`/api/files/${res.json().id}`);
      expect(down.headers["content-type"]).toBe(mime);
      expect(Buffer.compare(down.rawPayload, bytes)).toBe(0);
    }
  });

  it("refuses a PDF or a photo as a video, and a video as an RPP or evidence; stores nothing", async () => {
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const pdf = await upload(guru, pdfBytes(), "rapat.mp4", "video");
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().message).toBe(
      "Berkas video praktik harus MP4, MOV, WebM dan paling besar 50 MB. Isi berkas yang dipilih bukan salah satu jenis itu.",
    );
    expect((await upload(guru, realJpeg(), "rapat.jpg", "video")).statusCode).toBe(400);
    expect((await upload(guru, realMp4(), "rpp.mp4", "rpp")).statusCode).toBe(400);
    expect((await upload(guru, realMp4(), "bukti.mp4", "evidence")).statusCode).toBe(400);
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("accepts exactly 50 MB and refuses one byte more with a clear 400, storing nothing", async () => {
    const exact = await upload(guru, realMp4(50 * MB), "rapat-panjang.mp4", "video");
    expect(exact.statusCode, exact.body).toBe(200);
    expect(exact.json().size).toBe(50 * MB);
    const before = { rows: await fileCount(), objects: storedObjects().length };
    const res = await upload(guru, realMp4(50 * MB + 1), "rapat-terlalu-panjang.mp4", "video");
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
    expect(res.json().message).toBe(
      "Berkas video praktik harus MP4, MOV, WebM dan paling besar 50 MB. Berkas yang dipilih lebih dari 50 MB.",
    );
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("every other kind keeps its 10 MB cap, though a form may now carry 50 MB", async () => {
    const before = { rows: await fileCount(), objects: storedObjects().length };
    for (const kind of ["sk", "rpp", "evidence"]) {
      const res = await upload(guru, pdfBytes(10 * MB + 1), "besar.pdf", kind);
      expect(res.statusCode, kind).toBe(400);
      expect(res.json().message, kind).toMatch(/paling besar 10 MB\. Berkas yang dipilih lebih dari 10 MB\.$/);
    }
    expect({ rows: await fileCount(), objects: storedObjects().length }).toEqual(before);
  });

  it("answers a byte range, as a <video> asks to seek; a range it cannot serve gets the whole file", async () => {
    const bytes = realMp4(10_000);
    const id = (await upload(guru, bytes, "rapat.mp4", "video")).json().id;
    const get = (range: string) => guru.request({ method: "GET", url: `/api/files/${id}`, headers: { range } });
    const part = await get("bytes=100-199");
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe("bytes 100-199/10000");
    expect(part.headers["accept-ranges"]).toBe("bytes");
    expect(Buffer.compare(part.rawPayload, bytes.subarray(100, 200))).toBe(0);
    const open = await get("bytes=9990-");
    expect(open.statusCode).toBe(206);
    expect(open.headers["content-range"]).toBe("bytes 9990-9999/10000");
    const tail = await get("bytes=-10");
    expect(Buffer.compare(tail.rawPayload, bytes.subarray(9990))).toBe(0);
    for (const ignored of ["bytes=20000-", "bytes=5-1", "bytes=0-1,5-9", "lines=1-2"]) {
      const whole = await get(ignored);
      expect(whole.statusCode, ignored).toBe(200);
      expect(whole.rawPayload.length, ignored).toBe(10_000);
    }
    // A range is a download like any other: a stranger gets none of it.
    const stranger = await as(w.guruB.username);
    const denied = await stranger.request({ method: "GET", url: `/api/files/${id}`, headers: { range: "bytes=0-9" } });
    expect(denied.statusCode).toBe(403);
  });
});

describe("downloading", () => {
  let fileId: string;
  const bytes = pdfBytes(3000);

  beforeAll(async () => {
    fileId = (await upload(guru, bytes, "SK Wali Kelas 5A.pdf")).json().id;
  });

  it("the owner gets the PDF as an attachment", async () => {
    const res = await guru.get(`/api/files/${fileId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="SK Wali Kelas 5A.pdf"; filename*=UTF-8''SK%20Wali%20Kelas%205A.pdf`,
    );
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.compare(res.rawPayload, bytes)).toBe(0);
  });

  it("the owner's atasan (KS) and the district admin may download", async () => {
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruA.id));
    expect(cycle?.superiorId).toBe(w.ksA.id);
    expect((await (await as(w.ksA.username)).get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await (await as(w.admin.username)).get(`/api/files/${fileId}`)).statusCode).toBe(200);
  });

  it("a Tim Kinerja member of the owner's district may download a KS's file; a Tim Kinerja hat that ended may not", async () => {
    const ks = await as(w.ksA.username);
    const ksFile = (await upload(ks, pdfBytes(), "rencana.pdf", "evidence")).json().id;
    const tim = await makePerson(t.database.db, { name: "Pengawas Tim Kinerja" });
    const timClient = await as(tim.username);
    expect((await timClient.get(`/api/files/${ksFile}`)).statusCode).toBe(403);
    const hatOf = await assign(t.database.db, tim.id, "tim_kinerja", w.district.id);
    expect((await timClient.get(`/api/files/${ksFile}`)).statusCode).toBe(200);
    await t.database.db.update(assignments).set({ endsOn: "2001-01-01" }).where(eq(assignments.id, hatOf.id));
    expect((await timClient.get(`/api/files/${ksFile}`)).statusCode).toBe(403);
  });

  it("a stranger, the school operator and another district's admin get 403", async () => {
    for (const username of [w.guruB.username, w.operatorA.username, other.admin.username, other.ksA.username]) {
      const res = await (await as(username)).get(`/api/files/${fileId}`);
      expect(res.statusCode, username ?? "").toBe(403);
      expect(res.json().message).toBe("Anda tidak memiliki akses untuk tindakan ini.");
    }
  });

  it("an unknown id is 404; signed out is 401", async () => {
    expect((await guru.get("/api/files/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${fileId}` })).statusCode).toBe(401);
  });
});

describe("on the planning screen", () => {
  it("the plan view lists the SK files its duties name, each once, with name and size", async () => {
    const sk = (await upload(guru, pdfBytes(2048), "SK Pembina OSIS.pdf")).json().id as string;
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruA.id));
    const view = (await guru.get(`/api/cycles/${cycle?.id}/plan`)).json();
    expect(view.files).toEqual([]);
    const duty = (name: string, skFileId: string | null) => ({
      name,
      skFileId,
      targetQuantity: 1,
      targetUnit: "laporan",
      targetMonths: 12,
    });
    const duties = [duty("Pembina OSIS", sk), duty("Wali kelas", sk), duty("Piket", null)];
    const saved = await guru.request({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      payload: { version: view.plan.version, content: { ...view.plan.content, noDuties: false, duties } },
    });
    expect(saved.statusCode).toBe(200);
    const after = (await guru.get(`/api/cycles/${cycle?.id}/plan`)).json();
    expect(after.files).toEqual([{ id: sk, fileName: "SK Pembina OSIS.pdf", size: 2048 }]);
  });
});
