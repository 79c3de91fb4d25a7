import { writeFileSync } from "node:fs";

/**
 * `tsx bench/import/staff-csv.ts <rows> <file>`: a synthetic staff CSV in the import's format
 * (examples/staff-import.csv) — schools of 30 teachers plus a KS each, every person with an
 * 18-digit NIP, so every row makes an account. Benchmark data only.
 */
const rows = Number(process.argv[2] ?? "10000");
const file = process.argv[3] ?? `/tmp/staff-${rows}.csv`;
const header =
  "npsn,nama_sekolah,jenjang,alamat_sekolah,nip,nuptk,nama,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,peran,plt,tugas_tambahan,tanggal_mulai,tanggal_selesai";
const lines = [header];
let n = 0;
for (let s = 0; n < rows; s++) {
  const npsn = String(30_000_000 + s);
  lines.push(`${npsn},SD Negeri Bench ${s + 1},SD,"Jl. Bench ${s + 1}",,,,,,,,,,,,,`);
  for (let t = 0; t < 31 && n < rows; t++, n++) {
    const nip = `19800101${String(2_000_000_000 + n).slice(-10)}`;
    const role = t === 0 ? "kepala_sekolah" : "guru";
    const ptk = t === 0 ? "Kepala Sekolah" : "Guru Kelas";
    lines.push(`${npsn},,,,${nip},,Guru Bench ${n + 1},,PNS,Penata / III-c,Ahli Muda,${ptk},${role},,,2020-01-06,`);
  }
}
writeFileSync(file, `${lines.join("\n")}\n`);
console.log(`${file}: ${rows} people, ${lines.length - 1} lines`);
