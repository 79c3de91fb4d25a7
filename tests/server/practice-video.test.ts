import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, periods } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { multipart, pdfBytes } from "../helpers/factories-planning.js";
import { agreeKsPlan } from "../helpers/ks-plan.js";
import { realMp4 } from "../helpers/sample-files.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A KS observed *tidak langsung* adds the video of their practice to the persiapan: a link, or an
// upload (kind video). Under the 2025 rules, which take no evidence uploads, the video is still
// taken — it is not evidence — while an RPP or other evidence file stays refused.

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let ks: Client;
let tim: Client;
let guru: Client;
let cycleId = "";
let targetCode = "";
const today = testToday();
const VIDEO = realMp4(20_000);

const url = (kind: string, action?: string) =>
  `/api/cycles/${cycleId}/documents/${kind}${action ? `/actions/${action}` : ""}`;
type Doc = {
  kind: string;
  status: string;
  version: number;
  content: Record<string, unknown>;
  problems: { code: string }[];
};
const view = async (client: Client) => {
  const res = await client.get(`/api/cycles/${cycleId}/practice`);
  expect(res.statusCode).toBe(200);
  return res.json() as { documents: Doc[]; files: { id: string; fileName: string; mimeType: string }[] };
};
const docOf = async (client: Client, kind: string) =>
  (await view(client)).documents.find((d) => d.kind === kind) as Doc;
const save = (client: Client, kind: string, version: number, content: unknown) =>
  client.request({ method: "PUT", url: url(kind), payload: { version, content } });
const upload = async (client: Client, bytes: Uint8Array, fileName: string, kind: string) => {
  const res = await client.request({
    method: "POST",
    url: `/api/files?kind=${kind}`,
    ...(await multipart(bytes, fileName, "application/octet-stream")),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
};
const storedPersiapan = async () => {
  const [row] = await t.database.db
    .select()
    .from(documents)
    .where(and(eq(documents.cycleId, cycleId), eq(documents.kind, "persiapan")));
  return row ? { version: row.version, content: row.content } : null;
};

const persiapan = (over: object = {}) => ({
  targets: [{ code: targetCode, upaya: "Membaca panduan rapat berbasis data bersama pengawas." }],
  schedule: {
    date: addDays(today, 2),
    time: "13:00",
    className: "",
    subject: "",
    place: "Ruang guru",
    activity: "Rapat guru membahas rapor pendidikan",
    notes: "",
  },
  files: [],
  proposedSchedule: null,
  observationMode: "tidak_langsung",
  videoUrl: "",
  videoFileId: null,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  const member = await makePerson(t.database.db, { name: "Anggota Tim" });
  await assign(t.database.db, member.id, "tim_kinerja", w.district.id);
  // The 2025 rules: no evidence uploads.
  const { periodId } = await openRunningPeriod(t.database.db, w.district.id, "2025-annual");
  await t.database.db.update(periods).set({ executionOpensOn: today }).where(eq(periods.id, periodId));
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
  tim = await signIn(t.app, member.username as string, TEST_PASSWORD);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.ksA.id));
  cycleId = c?.id as string;
  // The KS's plan on a leadership indicator, approved by the Tim Kinerja and agreed.
  const { indicator, rules } = await agreeKsPlan(ks, tim, cycleId);
  expect(rules.content.settings.evidenceUploadsRequired).toBe(false);
  targetCode = indicator.targets[0]?.code as string;
});
afterAll(() => t.close());

describe("the video of a KS's practice, observed tidak langsung (2025 rules)", () => {
  let videoId = "";

  it("an evidence file stays refused under the 2025 rules, and so does an RPP offered as the video", async () => {
    const rpp = await upload(ks, pdfBytes(), "rpp.pdf", "rpp");
    const asEvidence = await save(ks, "persiapan", 0, persiapan({ files: [rpp] }));
    expect(asEvidence.statusCode).toBe(400);
    expect(asEvidence.json().message).toMatch(/^Aturan periode ini tidak memakai unggahan berkas/);
    const asVideo = await save(ks, "persiapan", 0, persiapan({ videoFileId: rpp }));
    expect(asVideo.statusCode).toBe(400);
    expect(asVideo.json().message).toMatch(/^Video praktik harus berupa video/);
    expect(await storedPersiapan()).toBeNull();
  });

  it("someone else's video is refused, however the id was learned; nothing is written", async () => {
    const guruVideo = await upload(guru, VIDEO, "kelas.mp4", "video");
    const res = await save(ks, "persiapan", 0, persiapan({ videoFileId: guruVideo }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/bukan milik pemilik dokumen ini/);
    expect(await storedPersiapan()).toBeNull();
  });

  it("the KS's own video is kept beside (or instead of) the link; as evidence it would not be", async () => {
    videoId = await upload(ks, VIDEO, "Rapat Guru Maret.mp4", "video");
    const asEvidence = await save(ks, "persiapan", 0, persiapan({ files: [videoId] }));
    expect(asEvidence.statusCode).toBe(400);
    const saved = await save(ks, "persiapan", 0, persiapan({ videoFileId: videoId }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().document.content).toMatchObject({ videoFileId: videoId, videoUrl: "" });
    expect((await storedPersiapan())?.content).toMatchObject({ videoFileId: videoId });
    const submitted = await ks.post(url("persiapan", "submit"), { version: saved.json().document.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const confirmed = await tim.post(url("persiapan", "confirmSchedule"), { version: saved.json().document.version });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  });

  it("the observation needs the video: without link or upload it cannot be finished; either will do", async () => {
    // The KS removes the upload (still theirs to change until the observation starts): the video is missing.
    const d = await docOf(ks, "persiapan");
    expect(d.status).toBe("scheduled");
    const removed = await save(ks, "persiapan", d.version, persiapan({ videoFileId: null }));
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().document.status).toBe("scheduled");
    expect((await docOf(tim, "observasi")).problems.map((p) => p.code)).toContain("practice.observasi.videoRequired");
    // The upload back again: what the observer watches, named on their page.
    const back = await save(ks, "persiapan", removed.json().document.version, persiapan({ videoFileId: videoId }));
    expect(back.statusCode, back.body).toBe(200);
    const seen = await view(tim);
    expect(seen.files).toContainEqual(
      expect.objectContaining({ id: videoId, fileName: "Rapat Guru Maret.mp4", mimeType: "video/mp4" }),
    );
    const observasi = seen.documents.find((x) => x.kind === "observasi") as Doc;
    expect(observasi.problems.map((p) => p.code)).not.toContain("practice.observasi.videoRequired");
    const observed = await save(tim, "observasi", 0, {
      targets: {
        [targetCode]: {
          rating: "belum_efektif",
          evidence: "Rapat dipimpin tanpa data.",
          recommendation: "",
          avoidSeen: [],
        },
      },
      followUpRating: null,
      followUpNote: "",
      selfAccount: "",
    });
    expect(observed.statusCode, observed.body).toBe(200);
    const finished = await tim.post(url("observasi", "finish"), { version: observed.json().document.version });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().document.status).toBe("observed");
  });

  it("the Tim Kinerja observer downloads it (and may seek in it); a stranger may not", async () => {
    const whole = await tim.get(`/api/files/${videoId}`);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers["content-type"]).toBe("video/mp4");
    expect(Buffer.compare(whole.rawPayload, VIDEO)).toBe(0);
    const part = await tim.request({ method: "GET", url: `/api/files/${videoId}`, headers: { range: "bytes=0-99" } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.length).toBe(100);
    for (const username of [w.guruA.username, w.guruB.username, w.operatorA.username, other.admin.username]) {
      const stranger = await signIn(t.app, username as string, TEST_PASSWORD);
      expect((await stranger.get(`/api/files/${videoId}`)).statusCode, username ?? "").toBe(403);
    }
  });
});
