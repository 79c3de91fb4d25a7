import { z } from "zod";
import type { Contract, ContractOutput } from "../../server/core/contract.js";
import { i18n } from "../i18n/index.js";

/** One problem detail from the server: a field (`path`), a CSV line, or just a message. */
export type ApiErrorDetail = { path?: string; line?: number; message: string };

const ZProblem = z.object({
  code: z.string(),
  message: z.string(),
  details: z
    .array(z.object({ path: z.string().optional(), line: z.number().optional(), message: z.string() }))
    .default([]),
});

/** Any failed call: the server's problem+json, or NETWORK when the server could not be reached. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ApiErrorDetail[];

  constructor(opts: { code: string; message: string; status: number; details?: ApiErrorDetail[] }) {
    super(opts.message);
    this.name = "ApiError";
    this.code = opts.code;
    this.status = opts.status;
    this.details = opts.details ?? [];
  }
}

// The CSRF token lives in memory only: it comes with the login response and with GET /api/me.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Input<T> = T extends z.ZodType ? z.input<T> : never;
type ParamsPart<C extends Contract> = C["params"] extends z.ZodType ? { params: Input<C["params"]> } : unknown;
type QueryPart<C extends Contract> = C["query"] extends z.ZodType ? { query?: Input<C["query"]> } : unknown;
type BodyPart<C extends Contract> = C["body"] extends z.ZodType ? { body: Input<C["body"]> } : unknown;

/** What a call needs: `params`, `query` and `body`, each only if the contract declares it. */
export type ApiInput<C extends Contract> = ParamsPart<C> & QueryPart<C> & BodyPart<C>;
type Loose = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/** `/api/x/:id` + params + query → a URL (query values that are empty are left out). */
export function buildUrl(path: string, input: Loose): string {
  const url = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(input.params?.[name] ?? ""));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${url}?${qs}` : url;
}

async function send(url: string, init: RequestInit): Promise<unknown> {
  const headers = new Headers(init.headers);
  if (csrfToken && init.method !== "GET") headers.set("x-csrf-token", csrfToken);
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw new ApiError({ code: "NETWORK", message: i18n.t("error.network"), status: 0 });
  }
  const data: unknown = await res.json().catch(() => null);
  return answerOf(res.status, data);
}

/** A 2xx answer's data, or the server's problem+json (or a generic error) as an ApiError. */
function answerOf(status: number, data: unknown): unknown {
  if (status >= 200 && status < 300) return data;
  const problem = ZProblem.safeParse(data);
  if (problem.success) throw new ApiError({ ...problem.data, status });
  throw new ApiError({ code: `HTTP_${status}`, message: i18n.t("error.unexpected"), status });
}

type NeedsInput<C extends Contract> = C["params"] extends z.ZodType ? true : C["body"] extends z.ZodType ? true : false;
type ApiArgs<C extends Contract> = NeedsInput<C> extends true ? [input: ApiInput<C>] : [input?: ApiInput<C>];

const ZLooseInput = z
  .object({
    params: z.record(z.string(), z.string()).optional(),
    query: z.record(z.string(), z.unknown()).optional(),
    body: z.unknown().optional(),
  })
  .default({});

/** Calls one endpoint through its contract; the answer is checked against the contract's schema. */
export async function callApi<C extends Contract>(contract: C, ...args: ApiArgs<C>): Promise<ContractOutput<C>>;
// The typed overload above is what callers see; here the input is only read, so a loose shape suffices.
export async function callApi(contract: Contract, ...args: unknown[]): Promise<unknown> {
  const input = ZLooseInput.parse(args[0]);
  const hasBody = input.body !== undefined;
  const data = await send(buildUrl(contract.path, input), {
    method: contract.method,
    headers: hasBody ? { "content-type": "application/json" } : {},
    ...(hasBody ? { body: JSON.stringify(input.body) } : {}),
  });
  return contract.response.parse(data);
}

/** Sends one file as multipart field `file`; the answer is checked against `schema`. */
export async function uploadFile<S extends z.ZodType>(url: string, file: File, schema: S): Promise<z.output<S>> {
  const form = new FormData();
  form.append("file", file);
  return schema.parse(await send(url, { method: "POST", body: form }));
}

/**
 * `uploadFile` for a large file (a practice video): reports the share sent so far (0–1) while it
 * goes, which fetch cannot, so it uses XMLHttpRequest. Same CSRF header, same errors.
 */
export function uploadFileWithProgress<S extends z.ZodType>(
  url: string,
  file: File,
  schema: S,
  onProgress: (sent: number) => void,
): Promise<z.output<S>> {
  const form = new FormData();
  form.append("file", file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    const failed = () => reject(new ApiError({ code: "NETWORK", message: i18n.t("error.network"), status: 0 }));
    xhr.onerror = failed;
    xhr.onabort = failed;
    xhr.ontimeout = failed;
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: answerOf turns it into a generic error
      }
      try {
        resolve(schema.parse(answerOf(xhr.status, data)));
      } catch (err) {
        reject(err);
      }
    };
    xhr.send(form);
  });
}
