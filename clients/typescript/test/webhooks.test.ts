// verifyWebhook against signatures made independently here (node:crypto), in the Standard Webhooks form.
import assert from "node:assert/strict";
import { createHmac, randomBytes } from "node:crypto";
import { test } from "node:test";
import { verifyWebhook, WebhookVerificationError } from "../src/index.js";

const secret = "whsec_" + randomBytes(32).toString("base64");
const rotated = "whsec_" + randomBytes(32).toString("base64");
const body = JSON.stringify({ id: 42, type: "deal.won", data: { id: 7 } });
const now = 1_800_000_000;

function signature(key: string, id: string, timestamp: number, payload: string): string {
  return "v1," + createHmac("sha256", Buffer.from(key.slice(6), "base64")).update(`${id}.${timestamp}.${payload}`).digest("base64");
}

function headers(signatures: string, timestamp = now): Record<string, string> {
  return { "Webhook-Id": "42", "webhook-timestamp": String(timestamp), "webhook-signature": signatures };
}

const at = { now: () => now * 1000 };

test("a delivery signed with the secret verifies and returns the event", async () => {
  const event = await verifyWebhook(secret, body, headers(signature(secret, "42", now, body)), at);
  assert.equal(event.type, "deal.won");
  assert.equal(event.id, 42);
});

test("during a rotation either secret verifies the two signatures", async () => {
  const both = `${signature(rotated, "42", now, body)} ${signature(secret, "42", now, body)}`;
  await verifyWebhook(secret, body, headers(both), at);
  await verifyWebhook(rotated, body, new Headers(headers(both)), at);
});

test("a changed body, another secret or an old timestamp is refused", async () => {
  const signed = headers(signature(secret, "42", now, body));
  await assert.rejects(verifyWebhook(secret, body.replace("7", "8"), signed, at), WebhookVerificationError);
  await assert.rejects(verifyWebhook(rotated, body, signed, at), WebhookVerificationError);
  const old = headers(signature(secret, "42", now - 600, body), now - 600);
  await assert.rejects(verifyWebhook(secret, body, old, at), WebhookVerificationError);
  await assert.rejects(verifyWebhook(secret, body, { "webhook-id": "42" }, at), WebhookVerificationError);
});
