import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type ChildServer = { url: string; child: ChildProcess; exited: Promise<number | null>; output: () => string };

/** `npm start` as a child process (node + tsx on src/main.ts) on a free port; resolves once it listens. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += String(b);
      const m = /berjalan di (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
  return { url, child, exited, output: () => out };
}

/** A signed-in API client over real HTTP: keeps the session cookie and sends the CSRF token. */
export type HttpClient = {
  call: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: () => unknown }>;
};

export async function httpSignIn(url: string, username: string, password: string): Promise<HttpClient> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    call: async (method, path, body) => {
      const r = await fetch(`${url}${path}`, {
        method,
        headers: {
          cookie,
          "x-csrf-token": csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, json: () => JSON.parse(text) };
    },
  };
}
