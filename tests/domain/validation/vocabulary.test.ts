import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  hasControlCharacter,
  isCalendarDate,
  isoDate,
  multiLine,
  partialUpdate,
  SEARCH_INSIDE_MIN,
  searchesWordStartsOnly,
  searchQuery,
  singleLine,
} from "../../../src/domain/validation/vocabulary.js";

describe("text", () => {
  const name = singleLine({ min: 2, max: 10 });

  it("refuses NUL and other control characters with an Indonesian message", () => {
    for (const bad of ["a\u0000b", "ab\u0007", "ab\u001b[31m", "ab\u007f", "ab\u0085", "ab\nc", "a\tb"]) {
      const r = name.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/karakter kontrol/);
    }
  });

  it("refuses a lone surrogate, which cannot be stored as UTF-8", () => {
    expect(name.safeParse("ab\ud800").success).toBe(false);
    expect(name.safeParse("ab😀").success).toBe(true);
  });

  it("trims, and keeps its bounds", () => {
    expect(name.parse("  Budi  ")).toBe("Budi");
    expect(name.safeParse("B").success).toBe(false);
    expect(name.safeParse("B".repeat(11)).success).toBe(false);
  });

  it("allows line breaks and tabs only in multi-line notes, CRLF stored as LF", () => {
    const note = multiLine({ max: 100 });
    expect(note.parse("baris 1\r\n\tbaris 2")).toBe("baris 1\n\tbaris 2");
    expect(note.safeParse("baris\u0000").success).toBe(false);
    expect(note.safeParse("baris\u000bdua").success).toBe(false);
  });

  it("search queries are bounded single lines", () => {
    expect(searchQuery.safeParse("a\u0000").success).toBe(false);
    expect(searchQuery.parse(undefined)).toBeUndefined();
    expect(searchQuery.safeParse("x".repeat(101)).success).toBe(false);
  });

  it("hasControlCharacter", () => {
    expect(hasControlCharacter("a\tb")).toBe(true);
    expect(hasControlCharacter("a\tb", true)).toBe(false);
    expect(hasControlCharacter("Ngatini, S.Pd.")).toBe(false);
  });
});

describe("dates", () => {
  it("accepts only days that exist", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    for (const bad of [
      "2026-02-30",
      "2025-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-04-31",
      "0025-01-01",
      "9999-12-31",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(isoDate.safeParse(bad).success, bad).toBe(false);
    }
    expect(isoDate.safeParse("2025-1-1").success).toBe(false);
    expect(isoDate.parse("2025-01-31")).toBe("2025-01-31");
  });
});

describe("partialUpdate", () => {
  const create = z.object({
    nip: z.string().nullable().default(null),
    name: z.string(),
    duties: z.array(z.string()).default([]),
  });

  it("changes only the fields sent: no default leaks into a PATCH", () => {
    expect(create.partial().parse({ name: "Budi" })).toEqual({ nip: null, name: "Budi", duties: [] });
    expect(partialUpdate(create).parse({ name: "Budi" })).toEqual({ name: "Budi" });
    expect(partialUpdate(create).parse({})).toEqual({});
    expect(partialUpdate(create).parse({ nip: null })).toEqual({ nip: null });
  });
});

describe("a people search's short terms", () => {
  it("says a term of one or two characters matches word starts only, and nothing for none or three", () => {
    expect(searchesWordStartsOnly("")).toBe(false);
    expect(searchesWordStartsOnly("a")).toBe(true);
    expect(searchesWordStartsOnly("ag")).toBe(true);
    expect(searchesWordStartsOnly("agu")).toBe(false);
    expect(SEARCH_INSIDE_MIN).toBe(3);
  });
});
