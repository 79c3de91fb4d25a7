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
  "error.csrf": "Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.",
  "error.rateLimited": "Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.",
  "error.passwordChangeRequired": "Anda harus mengganti kata sandi sebelum melanjutkan.",
  "auth.invalidCredentials": "Nama pengguna atau kata sandi salah.",
  "auth.locked": "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah pukul {until}.",
  "auth.disabled": "Akun ini dinonaktifkan. Hubungi admin dinas.",
  "auth.wrongCurrentPassword": "Kata sandi saat ini salah.",
  "auth.passwordTooShort": "Kata sandi baru minimal {min} karakter.",
  "auth.passwordSame": "Kata sandi baru harus berbeda dari kata sandi lama.",
  "period.invalidWindows": "Jadwal periode tidak valid: {detail}",
  "period.noExtendBackwards": "Perpanjangan tidak boleh memajukan tanggal penutupan ({current}).",
  "period.overlap": "Sudah ada periode dengan aturan yang sama yang beririsan tanggalnya di dinas ini.",
  "ruleSet.unknown": "Templat aturan tidak dikenal: {code}.",
  "assignment.invalidDates": "Tanggal selesai tidak boleh sebelum tanggal mulai.",
  "assignment.schoolRequired": "Penugasan ini harus terkait dengan satu sekolah.",
  "assignment.schoolOtherDistrict": "Sekolah tersebut bukan bagian dari dinas ini.",
  "import.invalidRows": "Berkas tidak diimpor: {count} baris bermasalah. Perbaiki lalu unggah kembali.",
  "import.empty": "Berkas tidak berisi data.",
  "import.missingColumns": "Kolom wajib tidak ada: {columns}.",
  "import.notCsv": "Berkas harus berupa CSV (teks dipisah koma atau titik koma).",
  "import.duplicate": "Duplikat dengan baris {line}.",
  "school.npsnTaken": "NPSN {npsn} sudah dipakai sekolah lain.",
  "person.identityTaken": "{field} {value} sudah dipakai orang lain.",
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  "error.unauthenticated": "Please sign in first.",
  "error.forbidden": "You do not have access to this action.",
  "error.notFound": "Not found.",
  "error.validation": "The data sent is not valid. Please check your input.",
  "error.internal": "Something went wrong on the server. Please try again.",
  "error.csrf": "The form session is not valid. Reload the page and try again.",
  "error.rateLimited": "Too many attempts. Wait a moment and try again.",
  "error.passwordChangeRequired": "You must change your password before continuing.",
  "auth.invalidCredentials": "Wrong username or password.",
  "auth.locked": "The account is locked for a while after too many failed attempts. Try again after {until}.",
  "auth.disabled": "This account is disabled. Contact the district admin.",
  "auth.wrongCurrentPassword": "The current password is wrong.",
  "auth.passwordTooShort": "The new password needs at least {min} characters.",
  "auth.passwordSame": "The new password must differ from the old one.",
  "period.invalidWindows": "The period schedule is not valid: {detail}",
  "period.noExtendBackwards": "An extension cannot move the closing date earlier ({current}).",
  "period.overlap": "This district already has a period with the same rules overlapping these dates.",
  "ruleSet.unknown": "Unknown rule-set template: {code}.",
  "assignment.invalidDates": "The end date cannot be before the start date.",
  "assignment.schoolRequired": "This assignment must belong to a school.",
  "assignment.schoolOtherDistrict": "That school is not part of this district.",
  "import.invalidRows": "Nothing was imported: {count} rows have problems. Fix them and upload again.",
  "import.empty": "The file has no data.",
  "import.missingColumns": "Required columns are missing: {columns}.",
  "import.notCsv": "The file must be a CSV (comma- or semicolon-separated text).",
  "import.duplicate": "Duplicate of line {line}.",
  "school.npsnTaken": "NPSN {npsn} is already used by another school.",
  "person.identityTaken": "{field} {value} is already used by someone else.",
};

export type Lang = "id" | "en";
const tables: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * Indonesian unless the person chose English (the UI switch sets the `kinerja_lang` cookie).
 * Accept-Language is ignored on purpose: most phones here send "en-US" whatever their owner reads.
 */
export function pickLang(cookieLang: string | undefined): Lang {
  return cookieLang === "en" ? "en" : "id";
}
