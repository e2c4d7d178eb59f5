/**
 * Verifying the CRM's webhook deliveries (Standard Webhooks 1.0) with WebCrypto, in browsers, Node 20+ and edge runtimes.
 * The signature is `v1,` + base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` keyed with the base64
 * part of the `whsec_` secret; after a rotation the header carries two signatures for 24 h, and either one will do.
 */
import type { components } from "./schema.js";

/** The body of a delivery: one event of the feed (or a `webhook.test` ping). */
export type WebhookEvent = components["schemas"]["EventMessage"];

export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
}

/** A `Headers` object, or a plain record of the request's headers (any case). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** Refuse timestamps further than this from now, against replays (default 300 s, as Standard Webhooks says). */
  toleranceSeconds?: number;
  /** The current time in milliseconds (default `Date.now`). */
  now?: () => number;
}

/**
 * Checks a delivery and returns its event. `body` must be the raw request body, exactly as received: parse it only
 * afterwards. `secrets` may list several (the old and new secret while you switch). Throws WebhookVerificationError.
 * Deliveries are at-least-once: dedupe by `webhook-id` (the event id), and order a resource's events by `sequence`.
 */
export async function verifyWebhook(secrets: string | string[], body: string, headers: WebhookHeaders,
  options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature");

  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now)() / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.toleranceSeconds ?? 300))
    throw new WebhookVerificationError("webhook-timestamp is outside the tolerance");

  const offered = signatures.split(" ").filter((s) => s.startsWith("v1,")).map((s) => s.slice(3));
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const secret of Array.isArray(secrets) ? secrets : [secrets]) {
    const expected = await sign(secret, content);
    if (offered.some((signature) => constantTimeEqual(signature, expected))) return JSON.parse(body) as WebhookEvent;
  }
  throw new WebhookVerificationError("no signature matches");
}

async function sign(secret: string, content: Uint8Array<ArrayBuffer>): Promise<string> {
  const raw = Uint8Array.from(atob(secret.startsWith("whsec_") ? secret.slice(6) : secret), (c) => c.charCodeAt(0));
  const key = await globalThis.crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, content));
  return btoa(String.fromCharCode(...mac));
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
