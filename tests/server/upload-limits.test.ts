import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MULTIPART_LIMITS } from "../../src/server/core/multipart.js";
import { MAX_UPLOAD_BYTES, MAX_VIDEO_BYTES } from "../../src/server/files/contract.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { pdfBytes } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// Issue 6 §2: fields sent ahead of the file are capped, and a broken form is a 4xx, never a 500.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

const CSV = "npsn,nama_sekolah,jenjang\n20299999,SD Batas,SD\n";

/** A form with `fields` text fields of `fieldBytes` each, then the file. */
async function form(fields: number, fieldBytes: number, file: Uint8Array | string, fileName: string, type: string) {
  const fd = new FormData();
  for (let i = 0; i < fields; i++) fd.append(`f${i}`, "x".repeat(fieldBytes));
  fd.append("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)], { type }), fileName);
  const res = new Response(fd);
  return {
    payload: Buffer.from(await res.arrayBuffer()),
    headers: { "content-type": res.headers.get("content-type") as string },
  };
}

const importUrl = () => `/api/admin/districts/${w.district.id}/import?dryRun=true`;

describe("multipart limits", () => {
  it("the form-wide file ceiling is the largest upload any kind takes (a practice video), no larger", () => {
    expect(MULTIPART_LIMITS.fileSize).toBe(MAX_VIDEO_BYTES);
    expect(Math.max(...Object.values(MAX_UPLOAD_BYTES))).toBe(MAX_VIDEO_BYTES);
  });

  it("many fields before the file: 413 in Indonesian, nothing imported", async () => {
    const res = await admin.request({
      method: "POST",
      url: importUrl(),
      ...(await form(40, 64 * 1024, CSV, "a.csv", "text/csv")),
    });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/terlalu banyak isian/) });
  });

  it("the same for a PDF upload", async () => {
    const res = await admin.request({
      method: "POST",
      url: "/api/files?kind=sk",
      ...(await form(40, 1024, pdfBytes(2000), "sk.pdf", "application/pdf")),
    });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().code).toBe("TOO_LARGE");
  });

  it("a field or two before the file still work", async () => {
    const res = await admin.request({
      method: "POST",
      url: importUrl(),
      ...(await form(2, 10, CSV, "a.csv", "text/csv")),
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it("a form cut off in the middle, or without its boundary, is a 400", async () => {
    const good = await form(0, 0, CSV, "a.csv", "text/csv");
    const cut = await admin.request({
      method: "POST",
      url: importUrl(),
      headers: good.headers,
      payload: good.payload.subarray(0, 80),
    });
    expect(cut.statusCode, cut.body).toBe(400);
    const noBoundary = await admin.request({
      method: "POST",
      url: importUrl(),
      headers: { "content-type": "multipart/form-data" },
      payload: good.payload,
    });
    expect(noBoundary.statusCode, noBoundary.body).toBe(400);
    expect(noBoundary.json().message).toMatch(/Formulir unggahan rusak/);
  });
});
