import { toCsv } from "./csv.js";

type Account = { name: string; username: string; temporaryPassword: string };

/** The new accounts of an import, as the web app downloads them and the CLI writes them. */
export function accountsCsv(accounts: readonly Account[]): string {
  return toCsv(
    ["nama", "nama_pengguna", "kata_sandi_sementara"],
    accounts.map((a) => [a.name, a.username, a.temporaryPassword]),
  );
}
