/**
 * The CRM Service client for the Platform Console: the generated types of openapi/v1.json (schema.d.ts)
 * behind openapi-fetch, with the bearer token attached to every request and the Console's 401 rule built in.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
/** The one error shape of the API: `{code, message, data}`. */
export type ErrorBody = Schemas["Error"];
export type CrmClient = Client<paths>;

/** Where the Console keeps the token the CMS issued. */
export interface TokenStore {
  get(): string | null;
  clear(): void;
}

/** The browser's localStorage under `key` (the Console's default). */
export function localStorageTokens(key = "crm_token"): TokenStore {
  return {
    get: () => globalThis.localStorage?.getItem(key) ?? null,
    clear: () => globalThis.localStorage?.removeItem(key),
  };
}

export interface CrmClientOptions {
  /** The service's origin, e.g. `https://crm.example.com` (no trailing `/admin`). */
  baseUrl: string;
  tokens?: TokenStore;
  /**
   * The Console's 401 rule: after any 401 the stored token is cleared, then this runs.
   * Default: a full-page redirect to `/login`.
   */
  onUnauthorized?: (error: CrmApiError) => void;
  fetch?: typeof globalThis.fetch;
}

/** A non-2xx answer, typed by the operation's documented error bodies. */
export class CrmApiError<Body extends ErrorBody = ErrorBody> extends Error {
  readonly status: number;
  readonly code: Body["code"];
  readonly data: Body["data"];
  readonly requestId: string | null;

  constructor(status: number, body: Body, requestId: string | null) {
    super(`${status} ${body.code}: ${body.message}`);
    this.name = "CrmApiError";
    this.status = status;
    this.code = body.code;
    this.data = body.data;
    this.requestId = requestId;
  }
}

export function isCrmApiError(error: unknown, code?: string): error is CrmApiError {
  return error instanceof CrmApiError && (code === undefined || error.code === code);
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
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
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
  return client;
}

type Result<D, E> = { data: D; error?: never; response: Response } | { data?: never; error: E; response: Response };

/**
 * Awaits a call and returns its data, or throws a CrmApiError typed by that operation's error codes:
 * `const customer = await unwrap(client.GET("/admin/customers/{id}", { params: { path: { id } } }))`.
 */
export async function unwrap<D, E>(call: Promise<Result<D, E>>): Promise<NonNullable<D>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) {
    const error = errorOf(result.response, result.error);
    throw error as CrmApiError<Extract<E, ErrorBody> extends never ? ErrorBody : Extract<E, ErrorBody>>;
  }
  return result.data as NonNullable<D>;
}

export { verifyWebhook, WebhookVerificationError, type WebhookEvent, type WebhookHeaders, type VerifyWebhookOptions } from "./webhooks.js";
