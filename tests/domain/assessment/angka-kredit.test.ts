import { describe, expect, it } from "vitest";
import { angkaKredit, parsePositionLevel, periodMonths } from "../../../src/domain/assessment/angka-kredit.js";

// Coefficient × share for a full year, worked out by hand: [jenjang, predikat, angka kredit].
const ANNUAL = [
  ["ahli_pertama", "sangat_baik", 18.75],
  ["ahli_pertama", "baik", 12.5],
  ["ahli_pertama", "butuh_perbaikan", 9.375],
  ["ahli_pertama", "kurang", 6.25],
  ["ahli_pertama", "sangat_kurang", 3.125],
  ["ahli_muda", "sangat_baik", 37.5],
  ["ahli_muda", "baik", 25],
  ["ahli_muda", "butuh_perbaikan", 18.75],
  ["ahli_muda", "kurang", 12.5],
  ["ahli_muda", "sangat_kurang", 6.25],
  ["ahli_madya", "sangat_baik", 56.25],
  ["ahli_madya", "baik", 37.5],
  ["ahli_madya", "butuh_perbaikan", 28.125],
  ["ahli_madya", "kurang", 18.75],
  ["ahli_madya", "sangat_kurang", 9.375],
  ["ahli_utama", "sangat_baik", 75],
  ["ahli_utama", "baik", 50],
  ["ahli_utama", "butuh_perbaikan", 37.5],
  ["ahli_utama", "kurang", 25],
  ["ahli_utama", "sangat_kurang", 12.5],
] as const;

describe("angkaKredit", () => {
  it.each(ANNUAL)("a year as %s with %s earns %s", (positionLevel, predikat, expected) => {
    expect(angkaKredit({ positionLevel, predikat, months: 12 })).toBe(expected);
  });

  it("is pro rata for a semester and shorter periods, rounded to 3 decimals", () => {
    expect(angkaKredit({ positionLevel: "ahli_madya", predikat: "sangat_baik", months: 6 })).toBe(28.125);
    expect(angkaKredit({ positionLevel: "ahli_pertama", predikat: "butuh_perbaikan", months: 6 })).toBe(4.688);
    expect(angkaKredit({ positionLevel: "ahli_pertama", predikat: "butuh_perbaikan", months: 1 })).toBe(0.781);
    expect(angkaKredit({ positionLevel: "ahli_madya", predikat: "sangat_kurang", months: 7 })).toBe(5.469);
    expect(angkaKredit({ positionLevel: "ahli_muda", predikat: "baik", months: 0 })).toBe(0);
  });

  it.each([13, -1, 6.5, Number.NaN])("refuses %d months", (months) => {
    expect(() => angkaKredit({ positionLevel: "ahli_muda", predikat: "baik", months })).toThrow(RangeError);
  });
});

describe("parsePositionLevel", () => {
  it.each([
    ["Ahli Pertama", "ahli_pertama"],
    ["Guru Ahli Muda", "ahli_muda"],
    ["ahli madya", "ahli_madya"],
    ["  GURU   ahli\tUTAMA ", "ahli_utama"],
    ["ahli_muda", "ahli_muda"],
    ["Guru Ahli Pertama (III/b)", "ahli_pertama"],
    ["Jabatan Fungsional Guru Ahli Madya", "ahli_madya"],
    ["Guru Pertama", "ahli_pertama"],
    ["Guru Madya", "ahli_madya"],
    ["Ahli\u00a0Muda", "ahli_muda"],
    ["Pengawas Sekolah Ahli Madya", "ahli_madya"],
    ["Jabatan Fungsional Pengawas Sekolah Ahli Utama", "ahli_utama"],
  ])("reads %j as %s", (text, level) => {
    expect(parsePositionLevel(text)).toBe(level);
  });

  it.each([
    "",
    "   ",
    "Madya",
    "Penata Muda",
    "Pembina Utama Muda",
    "Guru",
    "Ahli",
    "Guru Ahli",
    "Ahli Muda Madya",
    "Terampil",
    "Guru Mahir",
    "Kepala Sekolah",
    "Pengawas Sekolah",
    "Pengawas Sekolah Madya",
  ])("returns null for %j", (text) => {
    expect(parsePositionLevel(text)).toBeNull();
  });
});

describe("periodMonths", () => {
  it.each([
    ["2024-01-01", "2024-06-30", 6],
    ["2024-07-01", "2024-12-31", 6],
    ["2025-01-01", "2025-12-31", 12],
    ["2024-07-01", "2025-06-30", 12],
    ["2024-02-01", "2024-02-29", 1],
    ["2024-07-15", "2024-12-31", 5],
    ["2024-01-01", "2024-01-01", 0],
  ])("%s to %s is %s whole months", (startsOn, endsOn, months) => {
    expect(periodMonths(startsOn, endsOn)).toBe(months);
  });

  it("refuses a period that ends before it starts, or a date that does not exist", () => {
    expect(() => periodMonths("2024-06-30", "2024-01-01")).toThrow(RangeError);
    expect(() => periodMonths("2024-01-01", "2024-02-30")).toThrow(RangeError);
    expect(() => periodMonths("1 Jan 2024", "2024-06-30")).toThrow(RangeError);
  });
});
