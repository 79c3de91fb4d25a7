import { writeFileSync } from "node:fs";

/**
 * `npx tsx scripts/make-staff-csv.ts <rows> <out.csv> [--accounts]`: a synthetic staff CSV for
 * measuring large imports — `rows` teachers over schools of 100, plus one KS row per school.
 * Without --accounts the teachers carry only a NUPTK (no account, so no password hashing);
 * with it each gets a NIP and thus an account.
 */
const [rowsArg, out, flag] = process.argv.slice(2);
const rows = Number(rowsArg);
if (!Number.isInteger(rows) || rows < 1 || !out) {
  console.error("pakai: npx tsx scripts/make-staff-csv.ts <baris> <berkas.csv> [--accounts]");
  process.exit(1);
}
const accounts = flag === "--accounts";
const header =
  "npsn,nama_sekolah,jenjang,alamat_sekolah,nip,nuptk,nama,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,peran,plt,tugas_tambahan,tanggal_mulai,tanggal_selesai";
const lines = [header];
for (let i = 0; i < rows; i++) {
  const school = Math.floor(i / 100);
  const npsn = String(60000000 + school);
  const first = i % 100 === 0;
  const nip = accounts ? String(196000000000000000n + BigInt(i)) : "";
  const nuptk = String(5000000000000000n + BigInt(i));
  const role = first ? "kepala_sekolah" : "guru";
  lines.push(
    [
      npsn,
      first ? `SD Uji ${school}` : "",
      first ? "SD" : "",
      "",
      nip,
      nuptk,
      `Pegawai Uji ${i}`,
      "",
      "PNS",
      "",
      "",
      "",
      role,
      "",
      "",
      "2025-01-01",
      "",
    ].join(","),
  );
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${rows} baris ditulis ke ${out}`);
