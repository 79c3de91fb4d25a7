import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { writeDraft } from "../../src/web/documents/draft-store.js";
import { startContent } from "../../src/web/documents/start-content.js";

// What a document's editor shows first: the server's version, or this device's unsent edits.

const data = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k: string) => data.get(k) ?? null,
  setItem: (k: string, v: string) => void data.set(k, v),
  removeItem: (k: string) => void data.delete(k),
  clear: () => data.clear(),
  key: () => null,
  length: 0,
} as Storage;

const ZContent = z.object({ place: z.string() });
const KEY = "practice_draft_c1_persiapan_1";
const start = (version: number, place: string, editable = true) =>
  startContent(KEY, ZContent, { content: { place }, version }, editable, true);

describe("where a document's editor starts", () => {
  beforeEach(() => data.clear());

  it("the server's version when this device holds nothing, or the same content", () => {
    expect(start(4, "Aula")).toEqual({ content: { place: "Aula" }, version: 4, dirty: false, staleDraft: null });
    writeDraft(KEY, 4, { place: "Aula" });
    expect(start(4, "Aula").dirty).toBe(false);
    expect(data.size).toBe(0); // the owner's draft the server already has is cleared
  });

  it("the unsent edits on the version they were made on, to be sent", () => {
    writeDraft(KEY, 4, { place: "Perpustakaan" });
    expect(start(4, "Aula")).toEqual({ content: { place: "Perpustakaan" }, version: 4, dirty: true, staleDraft: null });
  });

  it("the unsent edits when the page shows an older read (a device copy offline), with the draft's version", () => {
    writeDraft(KEY, 6, { place: "Perpustakaan" });
    expect(start(4, "Aula")).toEqual({ content: { place: "Perpustakaan" }, version: 6, dirty: true, staleDraft: null });
  });

  it("the server's newer version, with the edits offered as a choice, when it changed elsewhere", () => {
    writeDraft(KEY, 4, { place: "Perpustakaan" });
    const s = start(5, "Laboratorium IPA");
    expect(s).toMatchObject({ content: { place: "Laboratorium IPA" }, version: 5, dirty: false });
    expect(s.staleDraft).toMatchObject({ version: 4, content: { place: "Perpustakaan" } });
  });

  it("the server's version for a reader who cannot write", () => {
    writeDraft(KEY, 4, { place: "Perpustakaan" });
    expect(start(4, "Aula", false)).toMatchObject({ content: { place: "Aula" }, dirty: false, staleDraft: null });
  });
});
