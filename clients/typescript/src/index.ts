/**
 * The CRM Service client for the Platform Console: the generated types of openapi/v1.json (schema.d.ts) behind
 * openapi-fetch, with the bearer token attached to every request, the Console's 401 rule built in, and helpers for what
 * every screen does: field errors, paging, uploads and downloads, If-Match.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
/** The one error shape of the API: `{code, message, data}`. */
export type ErrorBody = Schemas["Error"];
/** The `data` of a 400: each member in error with its problems. */
export type ValidationErrors = Schemas["ValidationErrors"];
export type Attachment = Schemas["AttachmentResponse"];

type ValuesOf<T> = T[keyof T];
type AnswerBodies = ValuesOf<{ [K in keyof operations]: ValuesOf<operations[K]["responses"]> }> extends infer R
  ? R extends { content: { "application/json": infer B } } ? B : never
  : never;
/** Every error code the document names (contract section 2), as a union: a typo is a compile error. */
export type ErrorCode = AnswerBodies extends infer B ? (B extends { code?: infer C } ? (C extends string ? C : never) : never) : never;

export type CrmClient = Client<paths> & { readonly baseUrl: string };

/** Where the token the CMS issued is kept. */
export interface TokenStore {
  get(): string | null;
  clear(): void;
}

/** In the browser: localStorage under `key` (the Console's default). */
export function localStorageTokens(key = "crm_token"): TokenStore {
  return {
    get: () => globalThis.localStorage?.getItem(key) ?? null,
    clear: () => globalThis.localStorage?.removeItem(key),
  };
}

/** On the server (route handlers, server components, scripts): a token held by the caller, e.g. from the session or env. */
export function staticToken(token: string | null | undefined): TokenStore {
  return { get: () => token ?? null, clear: () => undefined };
}

export interface CrmClientOptions {
  /** The service's origin, e.g. `https://crm.example.com` (no trailing `/admin`). */
  baseUrl: string;
  /** Default: `localStorageTokens()`; on the server pass `staticToken(token)`. */
  tokens?: TokenStore;
  /**
   * The Console's 401 rule: after any 401 the stored token is cleared, then this runs.
   * Default: a full-page redirect to `/login` (nothing on the server, where there is no page).
   */
  onUnauthorized?: (error: CrmApiError) => void;
  fetch?: typeof globalThis.fetch;
}

/** A non-2xx answer. `code` is one of the document's codes (or `HTTP_<status>` for an answer that is not the envelope). */
export class CrmApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | `HTTP_${number}`;
  readonly data: ErrorBody["data"];
  readonly requestId: string | null;

  constructor(status: number, body: ErrorBody, requestId: string | null) {
    super(`${status} ${body.code}: ${body.message}`);
    this.name = "CrmApiError";
    this.status = status;
    this.code = body.code as CrmApiError["code"];
    this.data = body.data;
    this.requestId = requestId;
  }
}

/** True when `error` is a CrmApiError (with this code, when given); the code is checked against the document's codes. */
export function isCrmApiError<C extends ErrorCode>(error: unknown, code?: C): error is CrmApiError & { code: C } {
  return error instanceof CrmApiError && (code === undefined || error.code === code);
}

/**
 * The field errors of a 400 (`data.errors`): `{email: ["must be a valid email address"]}`, or `{}` when there are none.
 * Takes a thrown CrmApiError or the `error` of a call's result.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const data = error instanceof CrmApiError ? error.data : isEnvelope(error) ? error.data : null;
  const errors = (data as Partial<ValidationErrors> | null)?.errors;
  return errors && typeof errors === "object" ? errors : {};
}

function redirectToLogin(): void {
  globalThis.location?.assign("/login");
}

function isEnvelope(body: unknown): body is ErrorBody {
  return body !== null && typeof body === "object" && "code" in body && "message" in body;
}

/** An error from its body; anything that is not the envelope (a proxy's HTML page, say) becomes HTTP_<status>. */
function errorOf(response: Response, body: unknown): CrmApiError {
  const envelope = isEnvelope(body) ? body : { code: `HTTP_${response.status}`, message: response.statusText, data: null };
  return new CrmApiError(response.status, envelope, response.headers.get("X-Request-ID"));
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.clone().json();
  } catch {
    return null;
  }
}

export function createCrmClient(options: CrmClientOptions): CrmClient {
  const tokens = options.tokens ?? localStorageTokens();
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    // Comma lists are one parameter (status=lead,active): the document's form style without explode.
    querySerializer: { array: { style: "form", explode: false } },
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = tokens.get();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.status === 401) {
        tokens.clear();
        (options.onUnauthorized ?? redirectToLogin)(errorOf(response, await readBody(response)));
      }
      return response;
    },
  };
  client.use(auth);
  return Object.assign(client, { baseUrl: options.baseUrl });
}

type Result<D, E> = { data: D; error?: never; response: Response } | { data?: never; error: E; response: Response };

/**
 * Awaits a call and returns its data, or throws a CrmApiError:
 * `const customer = await unwrap(crm.GET("/admin/customers/{id}", { params: { path: { id } } }))`.
 */
export async function unwrap<D, E>(call: Promise<Result<D, E>>): Promise<NonNullable<D>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) throw errorOf(result.response, result.error);
  return result.data as NonNullable<D>;
}

/**
 * Options that make a PUT, PATCH or DELETE apply only to the version read: `crm.PATCH(path, { ..., ...withIfMatch(row.version) })`.
 * Takes a record's `version` (every list row, 201 and single answer carries it), the ETag as received (`"123"`) or a bare
 * number; a stale one answers 412 PRECONDITION_FAILED.
 */
export function withIfMatch(version: string | number): { headers: { "If-Match": string } } {
  const tag = String(version);
  return { headers: { "If-Match": tag.startsWith('"') || tag.startsWith("W/") ? tag : `"${tag}"` } };
}

/** The ETag of an answer (a single record's GET, PUT or PATCH), to pass to withIfMatch later. */
export function etagOf(response: Response): string | null {
  return response.headers.get("ETag");
}

/** One list answer of either paging style, as the API sends it (`paging` tells them apart). */
export type ListAnswer<T> =
  | { paging: "offset"; data: T[]; total: number; total_exact: boolean; page: number; page_size: number; total_pages: number }
  | { paging: "cursor"; data: T[]; page_size: number; next_cursor: string | null };

/** What to ask for next: spread it into the list's query (`{ ...next }`). */
export type NextPage = { page: number } | { cursor: string };

/** A list answer of either style, in one shape: its items, the count when the style has one, and the next page if any. */
export interface Page<T> {
  items: T[];
  paging: "offset" | "cursor";
  /** Offset pages: the bounded count (see totalExact); cursor pages: null. */
  total: number | null;
  /** False when the count stopped at COUNT_LIMIT ("10,000+"). */
  totalExact: boolean;
  next: NextPage | null;
}

export function listPage<T>(answer: ListAnswer<T>): Page<T> {
  if (answer.paging === "cursor")
    return { items: answer.data, paging: "cursor", total: null, totalExact: false, next: answer.next_cursor ? { cursor: answer.next_cursor } : null };
  return {
    items: answer.data,
    paging: "offset",
    total: answer.total,
    totalExact: answer.total_exact,
    next: answer.page < answer.total_pages && answer.data.length > 0 ? { page: answer.page + 1 } : null,
  };
}

/**
 * Every item of a list, page after page, in either paging style (cursor paging is the one that stays fast deep into a
 * large list). `fetchPage` gets null first, then the next page to spread into the query:
 * `for await (const c of iterate((next) => unwrap(crm.GET("/admin/customers", { params: { query: { paging: "cursor", ...next } } })))) …`
 */
export async function* iterate<T>(fetchPage: (next: NextPage | null) => Promise<ListAnswer<T>>, options: { maxPages?: number } = {}): AsyncGenerator<T> {
  let next: NextPage | null = null;
  for (let pages = 0; pages < (options.maxPages ?? 100_000); pages++) {
    const page: Page<T> = listPage(await fetchPage(next));
    yield* page.items;
    if (!page.next) return;
    next = page.next;
  }
}

/** The record an attachment goes on. */
export type AttachmentTarget = { customer: number } | { deal: number } | { activity: number };

/**
 * Uploads a file (a File from an <input type="file">, or any Blob with a name) to a customer, deal or activity, as
 * multipart/form-data with the part named `file`; returns the attachment's metadata or throws a CrmApiError.
 */
export async function uploadAttachment(crm: CrmClient, target: AttachmentTarget, file: Blob, fileName?: string): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file, fileName ?? (file as Partial<File>).name ?? "file");
  const options = { body: { file }, bodySerializer: () => form };
  if ("customer" in target) return unwrap(crm.POST("/admin/customers/{id}/attachments", { params: { path: { id: target.customer } }, ...options }));
  if ("deal" in target) return unwrap(crm.POST("/admin/deals/{id}/attachments", { params: { path: { id: target.deal } }, ...options }));
  return unwrap(crm.POST("/admin/activities/{id}/attachments", { params: { path: { id: target.activity } }, ...options }));
}

/** An attachment's bytes (with the bearer token), as a Blob whose type is the file's. */
export async function downloadAttachment(crm: CrmClient, id: number): Promise<Blob> {
  return unwrap(crm.GET("/admin/attachments/{id}/download", { params: { path: { id } }, parseAs: "blob" }));
}

/**
 * The absolute URL of an attachment's signed download_url: works without a header (an <img src>, a link) for
 * ATTACHMENT_URL_TTL_SECONDS after the metadata was read.
 */
export function attachmentLink(crm: CrmClient, attachment: Pick<Attachment, "download_url">): string {
  return new URL(attachment.download_url, crm.baseUrl).toString();
}

/** An import or a bulk action by filter, as GET /admin/jobs/{id} answers it. */
export type Job = Schemas["JobResponse"];
type ImportForm = NonNullable<operations["CreateImport"]["requestBody"]>["content"]["multipart/form-data"];

export interface ImportOptions {
  entity: ImportForm["entity"];
  mode: ImportForm["mode"];
  /** How a row finds its record: `email` or `external_id` (default: external_id when the file has that column, else email). */
  matchOn?: "email" | "external_id";
  /** `{"file column": "field"}`; a column mapped to null is left out. Default: by header name. */
  mapping?: Record<string, string | null>;
  /** Check and count every row, change nothing. */
  dryRun?: boolean;
}

/**
 * Uploads a CSV or JSON Lines file (a `.jsonl` name means JSON Lines) and queues its import: resolves with the queued
 * job (202), whose progress waitForJob follows; a bad option or header throws a CrmApiError before any row is read.
 */
export async function importFile(crm: CrmClient, file: Blob, options: ImportOptions, fileName?: string): Promise<Job> {
  const form = new FormData();
  form.append("entity", options.entity);
  form.append("mode", options.mode);
  if (options.matchOn) form.append("match_on", options.matchOn);
  if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
  if (options.dryRun !== undefined) form.append("dry_run", String(options.dryRun));
  form.append("file", file, fileName ?? (file as Partial<File>).name ?? "import.csv");
  const body = { entity: options.entity, mode: options.mode, file } as ImportForm;
  return unwrap(crm.POST("/admin/imports", { body, bodySerializer: () => form }));
}

const endedStatuses: readonly string[] = ["completed", "failed", "cancelled"];

export interface WaitOptions {
  /** Between two polls (default 1 s). */
  intervalMs?: number;
  /** Give up after this long (default 30 min): rejects, the job runs on. */
  timeoutMs?: number;
  /** Each poll's job, for a progress bar (`processed_rows` of `total_rows`). */
  onProgress?: (job: Job) => void;
  signal?: AbortSignal;
}

/** Polls a job until it ends; resolves with it (`status` completed, failed or cancelled: the caller decides what each means). */
export async function waitForJob(crm: CrmClient, id: number, options: WaitOptions = {}): Promise<Job> {
  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  for (;;) {
    options.signal?.throwIfAborted();
    const job = await unwrap(crm.GET("/admin/jobs/{id}", { params: { path: { id } }, signal: options.signal }));
    options.onProgress?.(job);
    if (endedStatuses.includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} is still ${job.status} after ${options.timeoutMs ?? 30 * 60_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 1000));
  }
}

type ExportPaths = {
  customers: "/admin/customers/export";
  contacts: "/admin/contacts/export";
  deals: "/admin/deals/export";
  activities: "/admin/activities/export";
};
/** The query an export takes: the list's filters and sort, `format` and `fields`. */
export type ExportQuery<E extends keyof ExportPaths> = NonNullable<paths[ExportPaths[E]]["get"]["parameters"]["query"]>;

/**
 * Streams an export (every row the list's filters select that the caller may read) as the file's bytes, CSV by default:
 * pipe it to a file or a download without holding it in memory. A transfer cut short (the server failed mid-way)
 * makes reading the stream fail, so a partial file is never taken for a whole one.
 */
export async function exportToStream<E extends keyof ExportPaths>(crm: CrmClient, entity: E, query?: ExportQuery<E>,
  signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const path = `/admin/${entity}/export` as "/admin/customers/export";
  const { data, error, response } = await crm.GET(path, { params: { query: query as ExportQuery<"customers"> }, parseAs: "stream", signal });
  if (error !== undefined || !response.ok || !data) throw errorOf(response, error ?? (await readBody(response)));
  return data;
}

/** A record's `custom_fields`: values by key, each typed by its field's definition (see `customFieldSchema`). */
export type CustomFieldValues = Schemas["CustomFieldValues"];
export type CustomFieldEntity = Schemas["CustomFieldResponse"]["entity"];

/**
 * The JSON Schema (2020-12) of one entity's `custom_fields` as the service validates it (its active fields; `required`
 * on create), for validating a form with any JSON Schema validator before sending it:
 * `new Ajv2020({ strict: false }).compile(await customFieldSchema(crm, "customers"))`.
 */
export async function customFieldSchema(crm: CrmClient, entity: CustomFieldEntity): Promise<Record<string, unknown>> {
  const schemas = await unwrap(crm.GET("/admin/custom-fields/schema"));
  return schemas[entity] as Record<string, unknown>;
}

export { verifyWebhook, WebhookVerificationError, type WebhookEvent, type WebhookHeaders, type VerifyWebhookOptions } from "./webhooks.js";
