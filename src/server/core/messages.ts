import { longDate } from "../../domain/time/long-date.js";
import { isCalendarDate } from "../../domain/validation/vocabulary.js";
import { practiceEn, practiceId } from "./messages-practice.js";
import { resultsEn, resultsId } from "./messages-results.js";

/**
 * Server-side messages: errors and texts the API returns to people. Indonesian first.
 * The web UI has its own translations (src/web/i18n); these are for API consumers too.
 */
const id = {
  "error.unauthenticated": "Silakan masuk terlebih dahulu.",
  "error.forbidden": "Anda tidak memiliki akses untuk tindakan ini.",
  "error.notFound": "Data tidak ditemukan.",
  "error.validation": "Data yang dikirim tidak valid. Periksa kembali isian Anda.",
  "error.internal": "Terjadi kesalahan pada server. Silakan coba lagi.",
  "error.unavailable":
    "Basis data sedang tidak dapat dihubungi. Perubahan terakhir Anda belum tentu tersimpan; coba lagi dalam beberapa detik.",
  "error.conflict": "Data ini baru saja diubah oleh orang lain. Muat ulang lalu coba lagi.",
  "error.badCursor": "Penanda halaman tidak valid. Muat ulang daftar dari awal.",
  "error.csrf": "Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.",
  "error.rateLimited": "Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.",
  "error.passwordChangeRequired": "Anda harus mengganti kata sandi sebelum melanjutkan.",
  "auth.invalidCredentials":
    "Nama pengguna atau kata sandi salah. Setelah {max} kali salah, akun dikunci sementara: bila terkunci, coba lagi dalam {minutes} menit.",
  "auth.disabled": "Akun ini dinonaktifkan. Hubungi admin dinas.",
  "db.dataDirLocked":
    "Server Kinerja sedang berjalan dan memakai basis data di {dir}. Hentikan server dulu, lalu jalankan perintah ini lagi.",
  "auth.wrongCurrentPassword": "Kata sandi saat ini salah.",
  "auth.passwordTooShort": "Kata sandi baru minimal {min} karakter.",
  "auth.passwordSame": "Kata sandi baru harus berbeda dari kata sandi lama.",
  "period.invalidWindows": "Jadwal periode tidak valid: {detail}",
  "period.noExtendBackwards": "Perpanjangan tidak boleh memajukan tanggal penutupan ({current}).",
  "period.overlapUnconfirmed":
    "Jadwal {phase} (ditutup {closesOn}) akan beririsan dengan jadwal {next} yang dibuka {nextOpensOn}: pegawai bisa berada di dua tahap sekaligus. Bila memang disengaja, konfirmasi lalu kirim lagi.",
  "period.overlap":
    'Tanggal periode ini beririsan dengan periode "{name}" ({startsOn} s.d. {endsOn}) di dinas ini. Satu pegawai hanya boleh punya satu periode berjalan: ubah tanggalnya.',
  "ruleSet.unknown": "Templat aturan tidak dikenal: {code}.",
  "assignment.invalidDates": "Tanggal selesai tidak boleh sebelum tanggal mulai.",
  "assignment.schoolRequired": "Penugasan ini harus terkait dengan satu sekolah.",
  "assignment.schoolOtherDistrict": "Sekolah tersebut bukan bagian dari dinas ini.",
  "assignment.principalClash":
    "Sekolah ini sudah punya kepala sekolah dengan status yang sama pada tanggal tersebut: {name}. Akhiri penugasan itu dulu.",
  "account.noUsername": "Orang ini belum punya NIP atau e-mail untuk dijadikan nama pengguna. Lengkapi datanya dulu.",
  "import.invalidRows": "Berkas tidak diimpor: {count} baris bermasalah. Perbaiki lalu unggah kembali.",
  "import.empty": "Berkas tidak berisi data.",
  "import.missingColumns": "Kolom wajib tidak ada: {columns}.",
  "import.notCsv": "Berkas harus berupa CSV (teks dipisah koma atau titik koma).",
  "import.duplicate": "Duplikat dengan baris {line}.",
  "import.notUtf8": "Berkas harus disimpan sebagai CSV UTF-8 (di Excel: Simpan Sebagai → CSV UTF-8).",
  "import.duplicateColumns": "Kolom muncul lebih dari sekali di baris judul: {columns}.",
  "import.noFile": "Pilih satu berkas CSV untuk diunggah (isian formulir `file`).",
  "import.tooLarge": "Berkas terlalu besar: maksimal {max} MB.",
  "import.concurrent": "Data pegawai berubah saat impor berjalan. Unggah kembali berkasnya.",
  "import.unknownDistrict": "Dinas dengan kode {code} tidak ditemukan.",
  "school.npsnTaken": "NPSN {npsn} sudah dipakai sekolah lain.",
  "person.identityTaken": "{field} {value} sudah dipakai orang lain.",
  "plan.invalidState": 'Tindakan ini tidak bisa dilakukan saat perencanaan berstatus "{status}".',
  "plan.staleVersion":
    "Perencanaan ini sudah diubah di tab atau perangkat lain. Muat ulang untuk melihat versi terbaru; isian di layar ini belum tersimpan.",
  "plan.returnNoteRequired":
    "Tuliskan catatan untuk pegawai (minimal {min} karakter) agar ia tahu apa yang perlu diperbaiki.",
  "plan.reasonRequired": "Tuliskan alasan (minimal {min} karakter).",
  "plan.incomplete": "Perencanaan belum lengkap: {count} hal perlu dilengkapi sebelum diajukan.",
  "plan.windowClosed": "Masa perencanaan sudah ditutup pada {date}. Hubungi admin dinas bila perlu perpanjangan.",
  "plan.windowNotOpen": "Masa perencanaan baru dibuka pada {date}.",
  "plan.reopenPending": "Sudah ada permintaan buka kembali yang menunggu keputusan.",
  "plan.reopenDecided": "Permintaan ini sudah diputuskan.",
  "plan.refusalNoteRequired":
    "Tuliskan alasan penolakan (minimal {min} karakter) agar pegawai tahu alasannya dan langkah berikutnya.",
  "plan.profileNotConfirmed": 'Periksa data diri: pilih "Data sudah sesuai" atau "Laporkan perbaikan".',
  "plan.indicatorRequired": "Pilih satu indikator.",
  "plan.schoolsRequired": "Pilih tepat {count} sekolah binaan untuk didampingi.",
  "plan.rhkUnknown": "Rencana hasil kerja tidak ada di katalog periode ini: {codes}.",
  "plan.rhkDuplicate": "Setiap rencana hasil kerja cukup dipilih sekali; atur jumlahnya lewat target kuantitas.",
  "plan.rhkQuantityRequired": "Target kuantitas {role} belum diisi.",
  "plan.rhkTooFew": "Total poin pengembangan kompetensi {total}; minimal {min} poin.",
  "plan.rhkTooMany": "Total poin pengembangan kompetensi {total}; maksimal {max} poin.",
  "plan.dutiesUnanswered": 'Pilih tugas tambahan Anda, atau nyatakan "Tidak ada tugas tambahan".',
  "plan.dutiesConflict": 'Anda memilih "Tidak ada tugas tambahan" tetapi juga mengisi tugas tambahan.',
  "plan.dutyTargetRequired": 'Isi target kuantitas dan target waktu untuk tugas tambahan "{name}".',
  "plan.skRequired": 'Unggah SK untuk tugas tambahan "{name}".',
  "plan.fileNotFound": "Berkas SK tidak ditemukan. Unggah ulang berkasnya.",
  "file.noFile": "Pilih satu berkas untuk diunggah (isian formulir `file`).",
  "file.notPdf": "Berkas {label} harus PDF dan paling besar {max} MB. Berkas yang dipilih bukan PDF.",
  "file.wrongType":
    "Berkas {label} harus {types} dan paling besar {max} MB. Isi berkas yang dipilih bukan salah satu jenis itu.",
  "file.tooLarge": "Berkas {label} harus {types} dan paling besar {max} MB. Berkas yang dipilih lebih dari {max} MB.",
  "file.missing": "Isi berkas tidak ditemukan di penyimpanan. Minta pemiliknya mengunggah ulang.",
  "upload.tooManyParts":
    "Formulir unggahan berisi terlalu banyak isian (maks. {fields}). Kirim satu berkas saja di isian `file`.",
  "upload.malformed": "Formulir unggahan rusak atau terpotong. Pilih berkasnya lalu unggah kembali.",
  "request.tooLarge": "Data yang dikirim terlalu besar.",
  "correction.notPegawai":
    "Laporan perbaikan data dikirim oleh guru, kepala sekolah, atau pengawas yang sedang bertugas.",
  "correction.alreadyResolved": "Laporan perbaikan ini sudah diselesaikan.",
  "extension.notLater":
    "Tanggal penutupan perpanjangan harus setelah penutupan masa perencanaan periode ini ({current}).",
  "extension.afterPeriodEnd": "Tanggal penutupan perpanjangan tidak boleh melewati akhir periode ({endsOn}).",
  "extension.noCycle": "{name} tidak memiliki siklus kinerja pada periode ini.",
  "timKinerja.self": "Anggota Tim Kinerja tidak dapat ditugaskan untuk mengamati dirinya sendiri ({name}).",
  "timKinerja.notMember": "{name} bukan anggota Tim Kinerja aktif di dinas ini.",
  "timKinerja.notSubject": "{name} bukan kepala sekolah atau pengawas aktif di dinas ini.",
  "timKinerja.tooManyRows": "Berkas terlalu panjang: maksimal {max} baris. Bagi menjadi beberapa berkas.",
  "timKinerja.invalidRows": "Tidak ada yang diubah: {count} baris bermasalah. Perbaiki lalu unggah kembali.",
  ...practiceId,
  ...resultsId,
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  "error.unauthenticated": "Please sign in first.",
  "error.forbidden": "You do not have access to this action.",
  "error.notFound": "Not found.",
  "error.validation": "The data sent is not valid. Please check your input.",
  "error.internal": "Something went wrong on the server. Please try again.",
  "error.unavailable":
    "The database cannot be reached right now. Your last change may not have been saved; try again in a few seconds.",
  "error.conflict": "Someone else just changed this data. Reload and try again.",
  "error.badCursor": "The page marker is not valid. Reload the list from the start.",
  "error.csrf": "The form session is not valid. Reload the page and try again.",
  "error.rateLimited": "Too many attempts. Wait a moment and try again.",
  "error.passwordChangeRequired": "You must change your password before continuing.",
  "auth.invalidCredentials":
    "Wrong username or password. After {max} failed attempts the account is locked for a while: if it is locked, try again in {minutes} minutes.",
  "auth.disabled": "This account is disabled. Contact the district admin.",
  "db.dataDirLocked":
    "A Kinerja server is running and using the database in {dir}. Stop the server first, then run this command again.",
  "auth.wrongCurrentPassword": "The current password is wrong.",
  "auth.passwordTooShort": "The new password needs at least {min} characters.",
  "auth.passwordSame": "The new password must differ from the old one.",
  "period.invalidWindows": "The period schedule is not valid: {detail}",
  "period.noExtendBackwards": "An extension cannot move the closing date earlier ({current}).",
  "period.overlapUnconfirmed":
    "The {phase} window (closing {closesOn}) would overlap the {next} window opening {nextOpensOn}: people could be in two phases at once. If that is intended, confirm and send again.",
  "period.overlap":
    'These dates overlap the period "{name}" ({startsOn} to {endsOn}) of this district. A pegawai can have only one running period: change the dates.',
  "ruleSet.unknown": "Unknown rule-set template: {code}.",
  "assignment.invalidDates": "The end date cannot be before the start date.",
  "assignment.schoolRequired": "This assignment must belong to a school.",
  "assignment.schoolOtherDistrict": "That school is not part of this district.",
  "assignment.principalClash":
    "This school already has a principal with the same status on those dates: {name}. End that assignment first.",
  "account.noUsername": "This person has no NIP or e-mail to use as a username yet. Complete their data first.",
  "import.invalidRows": "Nothing was imported: {count} rows have problems. Fix them and upload again.",
  "import.empty": "The file has no data.",
  "import.missingColumns": "Required columns are missing: {columns}.",
  "import.notCsv": "The file must be a CSV (comma- or semicolon-separated text).",
  "import.duplicate": "Duplicate of line {line}.",
  "import.notUtf8": "Save the file as UTF-8 CSV (in Excel: Save As → CSV UTF-8).",
  "import.duplicateColumns": "Columns appear more than once in the header: {columns}.",
  "import.noFile": "Choose one CSV file to upload (form field `file`).",
  "import.tooLarge": "The file is too large: at most {max} MB.",
  "import.concurrent": "Staff data changed while the import ran. Upload the file again.",
  "import.unknownDistrict": "No district with code {code}.",
  "school.npsnTaken": "NPSN {npsn} is already used by another school.",
  "person.identityTaken": "{field} {value} is already used by someone else.",
  "plan.invalidState": 'This cannot be done while the plan\'s status is "{status}".',
  "plan.staleVersion":
    "This plan was changed in another tab or device. Reload to see the latest version; what is on this screen was not saved.",
  "plan.returnNoteRequired": "Write a note for the employee (at least {min} characters) so they know what to fix.",
  "plan.reasonRequired": "Write a reason (at least {min} characters).",
  "plan.incomplete": "The plan is not complete: {count} items must be filled in before submitting.",
  "plan.windowClosed": "The planning window closed on {date}. Ask the district admin if an extension is needed.",
  "plan.windowNotOpen": "The planning window opens on {date}.",
  "plan.reopenPending": "A reopen request is already waiting for a decision.",
  "plan.reopenDecided": "This request has already been decided.",
  "plan.refusalNoteRequired":
    "Write why you refuse (at least {min} characters) so the employee knows why and what next.",
  "plan.profileNotConfirmed": 'Check your profile: choose "Data is correct" or "Report a correction".',
  "plan.indicatorRequired": "Choose one indicator.",
  "plan.schoolsRequired": "Choose exactly {count} of your schools to accompany.",
  "plan.rhkUnknown": "Work-result items not in this period's catalogue: {codes}.",
  "plan.rhkDuplicate": "Choose each work-result item once; set the amount with the target quantity.",
  "plan.rhkQuantityRequired": "The target quantity of {role} is empty.",
  "plan.rhkTooFew": "Competence development totals {total} points; at least {min} are needed.",
  "plan.rhkTooMany": "Competence development totals {total} points; at most {max} are allowed.",
  "plan.dutiesUnanswered": 'Choose your additional duties, or state "No additional duties".',
  "plan.dutiesConflict": 'You chose "No additional duties" but also filled in duties.',
  "plan.dutyTargetRequired": 'Fill in the target quantity and time for the duty "{name}".',
  "plan.skRequired": 'Upload the SK for the duty "{name}".',
  "plan.fileNotFound": "The SK file was not found. Upload it again.",
  "file.noFile": "Choose one file to upload (form field `file`).",
  "file.notPdf": "The {label} file must be a PDF of at most {max} MB. The chosen file is not a PDF.",
  "file.wrongType":
    "The {label} file must be {types} of at most {max} MB. The chosen file's content is none of those types.",
  "file.tooLarge": "The {label} file must be {types} of at most {max} MB. The chosen file is larger than {max} MB.",
  "file.missing": "The file's content is missing from storage. Ask its owner to upload it again.",
  "upload.tooManyParts": "The upload form has too many fields (at most {fields}). Send one file in the field `file`.",
  "upload.malformed": "The upload form is malformed or cut off. Choose the file and upload it again.",
  "request.tooLarge": "The data sent is too large.",
  "correction.notPegawai": "Data corrections are reported by a teacher, principal or supervisor currently in post.",
  "correction.alreadyResolved": "This correction has already been resolved.",
  "extension.notLater": "The extended closing date must be after this period's planning close ({current}).",
  "extension.afterPeriodEnd": "The extended closing date cannot be after the end of the period ({endsOn}).",
  "extension.noCycle": "{name} has no performance cycle in this period.",
  "timKinerja.self": "A Tim Kinerja member cannot be assigned to observe themselves ({name}).",
  "timKinerja.notMember": "{name} is not an active Tim Kinerja member of this district.",
  "timKinerja.notSubject": "{name} is not an active principal or supervisor of this district.",
  "timKinerja.tooManyRows": "The file is too long: at most {max} rows. Split it into several files.",
  "timKinerja.invalidRows": "Nothing was changed: {count} rows have problems. Fix them and upload again.",
  ...practiceEn,
  ...resultsEn,
};

export type Lang = "id" | "en";
const tables: Record<Lang, Record<MessageKey, string>> = { id, en };

/**
 * A message with its parameters filled in. A calendar date (YYYY-MM-DD) is written as people read it,
 * "29 Desember 2026" / "29 December 2026": no message shows a raw ISO date.
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === "string" && isCalendarDate(value) ? longDate(value, lang) : String(value);
  });
}

/**
 * Indonesian unless the person chose English (the UI switch sets the `kinerja_lang` cookie).
 * Accept-Language is ignored on purpose: most phones here send "en-US" whatever their owner reads.
 */
export function pickLang(cookieLang: string | undefined): Lang {
  return cookieLang === "en" ? "en" : "id";
}

/** The language of a request: the `kinerja_lang` cookie (see `pickLang`). */
export function langOf(req: { cookies?: Record<string, string | undefined> }): Lang {
  return pickLang(req.cookies?.kinerja_lang);
}
