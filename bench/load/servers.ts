import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

const root = new URL("../..", import.meta.url).pathname;

export type Server = { child: ChildProcess; base: string };

/** A port nothing listens on now (a random one hit RabbitMQ's 5672 on the CI machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Runs a TypeScript entry point with node + tsx (not npx: SIGTERM reaches it) and waits for `health`. */
export async function startServer(
  entry: string,
  env: Record<string, string>,
  health: string,
  preload?: string,
  nodeArgs: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [...nodeArgs, "--import", "tsx", ...(preload ? ["--import", preload] : []), entry];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(`${base}${health}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`${entry} did not answer ${health} within 120 s`);
}

export async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGTERM");
  await exited;
}

/** Runs the product's CLI (`npm run kinerja -- …`) against a database and prints its output. */
export async function runCli(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/kinerja.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`kinerja ${args.join(" ")} exited with ${code}`);
}
