// The client against a live service: scripts/contract-checks.sh (make test) starts the built service on a test database and
// passes its URL and an admin token minted with the CLI (`crm token`) as CRM_BASE_URL and CRM_TOKEN.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  attachmentLink, createCrmClient, CrmApiError, downloadAttachment, etagOf, exportToStream, fieldErrors, importFile, isCrmApiError, iterate,
  listPage, staticToken, unwrap, uploadAttachment, waitForJob, withIfMatch, type Job, type TokenStore,
} from "../src/index.js";

const baseUrl = process.env.CRM_BASE_URL ?? assert.fail("CRM_BASE_URL is not set: run this through make test");
const token = process.env.CRM_TOKEN ?? assert.fail("CRM_TOKEN is not set: run this through make test");
const crm = createCrmClient({ baseUrl, tokens: staticToken(token), onUnauthorized: () => assert.fail("unexpected 401") });
const run = `${process.pid}-${Date.now()}`;

function memoryTokens(initial: string | null): TokenStore & { value: string | null } {
  return {
    value: initial,
    get() { return this.value; },
    clear() { this.value = null; },
  };
}

async function customer(name: string) {
  return unwrap(crm.POST("/admin/customers", { body: { name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${run}@example.com` } }));
}

test("customers: create, list with array and boolean filters, update, delete", async () => {
  const created = await customer("Ada Lovelace");
  assert.equal(created.status, "lead");

  const page = await unwrap(crm.GET("/admin/customers", { params: { query: { search: created.email, status: ["lead", "prospect"], contacted: false } } }));
  assert.equal(page.paging, "offset");
  if (page.paging === "offset") assert.equal(page.total, 1);
  assert.deepEqual(page.data.map((c) => c.id), [created.id]);

  const updated = await unwrap(crm.PATCH("/admin/customers/{id}", { params: { path: { id: created.id } }, body: { status: "active", contacted: true } }));
  assert.equal(updated.status, "active");

  // PUT changes only the members sent: null clears, "" and absent members keep their value.
  const replaced = await unwrap(crm.PUT("/admin/customers/{id}", { params: { path: { id: created.id } }, body: { company: null, name: "" } }));
  assert.equal(replaced.company, null);
  assert.equal(replaced.name, "Ada Lovelace");
  assert.equal(replaced.status, "active");

  // Deletes answer 200 with the Go original's message.
  const deleted = await unwrap(crm.DELETE("/admin/customers/{id}", { params: { path: { id: created.id } } }));
  assert.equal(deleted.message, "Customer deleted successfully");

  const gone = await crm.GET("/admin/customers/{id}", { params: { path: { id: created.id } } });
  assert.equal(gone.response.status, 404);
  assert.equal(gone.error?.code, "CUSTOMER_NOT_FOUND");
});

test("isCrmApiError narrows a thrown error by its code", async () => {
  const missing = unwrap(crm.GET("/admin/customers/{id}", { params: { path: { id: 999_999_999 } } }));
  await assert.rejects(missing, (e: unknown) => {
    assert.ok(isCrmApiError(e, "CUSTOMER_NOT_FOUND"));
    assert.equal(e.status, 404);
    assert.ok(e.requestId, "the X-Request-ID to quote");
    assert.equal(isCrmApiError(e, "DEAL_NOT_FOUND"), false);
    return true;
  });
});

test("fieldErrors reads data.errors of a thrown error and of a result's error", async () => {
  const body = { name: "", email: "not-an-email" };
  await assert.rejects(unwrap(crm.POST("/admin/customers", { body })), (e: unknown) => {
    assert.ok(isCrmApiError(e, "VALIDATION_FAILED"));
    const errors = fieldErrors(e);
    assert.ok(errors.email?.length, JSON.stringify(errors));
    return true;
  });
  const { error } = await crm.POST("/admin/customers", { body });
  assert.ok(fieldErrors(error).email?.length);
  assert.deepEqual(fieldErrors(new Error("not from the API")), {});
  // A query error names its parameter the same way.
  const bad = await crm.GET("/admin/customers", { params: { query: { page_size: 1000 } } });
  assert.deepEqual(Object.keys(fieldErrors(bad.error)), ["page_size"]);
});

test("listPage and iterate walk offset pages and cursor pages alike", async () => {
  const tag = `walk-${run}`;
  const ids: number[] = [];
  for (let i = 0; i < 5; i++) ids.push((await customer(`${tag} ${i}`)).id);
  const query = { search: tag, sort_by: "name" as const, sort_order: "asc" as const, page_size: 2 };

  const first = listPage(await unwrap(crm.GET("/admin/customers", { params: { query } })));
  assert.equal(first.paging, "offset");
  assert.equal(first.total, 5);
  assert.equal(first.totalExact, true);
  assert.deepEqual(first.next, { page: 2 });

  const offset: number[] = [];
  for await (const c of iterate((next) => unwrap(crm.GET("/admin/customers", { params: { query: { ...query, ...next } } })))) offset.push(c.id);
  assert.deepEqual(offset, ids);

  const cursor: number[] = [];
  let pages = 0;
  for await (const c of iterate((next) => {
    pages++;
    return unwrap(crm.GET("/admin/customers", { params: { query: { ...query, paging: "cursor", ...next } } }));
  })) cursor.push(c.id);
  assert.deepEqual(cursor, ids);
  assert.equal(pages, 3);

  const cursorPage = listPage(await unwrap(crm.GET("/admin/customers", { params: { query: { ...query, paging: "cursor" } } })));
  assert.equal(cursorPage.paging, "cursor");
  assert.equal(cursorPage.total, null);
  assert.ok(cursorPage.next && "cursor" in cursorPage.next);
});

test("withIfMatch makes a change conditional on the version read", async () => {
  const created = await customer("Grace Hopper");
  const read = await crm.GET("/admin/customers/{id}", { params: { path: { id: created.id } } });
  const etag = etagOf(read.response);
  assert.match(etag ?? "", /^"\d+"$/);

  const changed = await crm.PATCH("/admin/customers/{id}", { params: { path: { id: created.id } }, body: { contacted: true }, ...withIfMatch(etag!) });
  assert.equal(changed.response.status, 200);
  // The ETag read before that change is stale now; the bare version works like the quoted tag.
  const stale = await crm.PATCH("/admin/customers/{id}", { params: { path: { id: created.id } }, body: { status: "active" }, ...withIfMatch(etag!.replaceAll('"', "")) });
  assert.equal(stale.response.status, 412);
  assert.equal(stale.error?.code, "PRECONDITION_FAILED");
  const current = etagOf(changed.response)!;
  await unwrap(crm.PATCH("/admin/customers/{id}", { params: { path: { id: created.id } }, body: { status: "active" }, ...withIfMatch(current) }));
});

test("an inline edit sends If-Match from a list row's version, without reading the record", async () => {
  const created = await crm.POST("/admin/customers", { body: { name: "Row Edit", email: `row.edit.${run}@example.com` } });
  assert.equal(created.response.status, 201);
  // A 201 carries the version and its ETag.
  assert.equal(etagOf(created.response), `"${created.data!.version}"`);

  const page = await unwrap(crm.GET("/admin/customers", { params: { query: { ids: [created.data!.id] } } }));
  const row = page.data[0]!;
  assert.equal(row.version, created.data!.version);
  const edited = await unwrap(crm.PATCH("/admin/customers/{id}", { params: { path: { id: row.id } }, body: { status: "active" }, ...withIfMatch(row.version) }));
  assert.notEqual(edited.version, row.version);

  // The row is stale now.
  const stale = await crm.PATCH("/admin/customers/{id}", { params: { path: { id: row.id } }, body: { status: "churned" }, ...withIfMatch(row.version) });
  assert.equal(stale.error?.code, "PRECONDITION_FAILED");
});

test("a customer, its contacts and its tags in one call; its page with include in one more", async () => {
  const tag = await unwrap(crm.POST("/admin/tags", { body: { name: `One Call ${run}`, color: "#22C55E" } }));
  const created = await unwrap(crm.POST("/admin/customers", {
    body: {
      name: "One Call", email: `one.call.${run}@example.com`, tag_ids: [tag.id],
      contacts: [{ first_name: "Grace", email: `grace.${run}@example.com` }, { first_name: "Alan", is_primary: true }],
    },
  }));
  assert.deepEqual(created.contacts.map((c) => [c.first_name, c.is_primary]), [["Alan", true], ["Grace", false]]);
  assert.deepEqual(created.tags.map((t) => t.id), [tag.id]);

  // A contact that fails names its path, and nothing is created.
  const failed = await crm.POST("/admin/customers", {
    body: { name: "Never", email: `never.${run}@example.com`, contacts: [{ first_name: "Fine" }, { first_name: "Bad", email: "nope" }] },
  });
  assert.deepEqual(Object.keys(fieldErrors(failed.error)), ["contacts[1].email"]);
  const none = await unwrap(crm.GET("/admin/customers", { params: { query: { search: `never.${run}` } } }));
  assert.equal(none.data.length, 0);

  const detail = await unwrap(crm.GET("/admin/customers/{id}", { params: { path: { id: created.id }, query: { include: ["contacts", "tags", "deals"] } } }));
  assert.deepEqual(detail.included?.contacts?.data.map((c) => c.id), created.contacts.map((c) => c.id));
  assert.deepEqual(detail.included?.tags?.data.map((t) => t.name), [tag.name]);
  assert.equal(detail.included?.deals?.total, 0);
  assert.equal(detail.included?.notes, null);

  const unknown = await crm.GET("/admin/customers/{id}", { params: { path: { id: created.id }, query: { include: ["timeline" as "tags"] } } });
  assert.equal(unknown.error?.code, "INVALID_QUERY");
  assert.deepEqual(Object.keys(fieldErrors(unknown.error)), ["include"]);
});

test("ids filters any list to the rows on screen", async () => {
  const a = await customer("Ids Alpha");
  const b = await customer("Ids Bravo");
  await customer("Ids Charlie");
  const page = await unwrap(crm.GET("/admin/customers", { params: { query: { ids: [b.id, a.id], sort_by: "name", sort_order: "asc" } } }));
  assert.deepEqual(page.data.map((c) => c.id), [a.id, b.id]);
  const tooMany = await crm.GET("/admin/customers", { params: { query: { ids: Array.from({ length: 101 }, (_, i) => i + 1) } } });
  assert.equal(tooMany.error?.code, "INVALID_QUERY");
});

test("uploadAttachment, downloadAttachment and the signed link give back the same bytes", async () => {
  const owner = await customer("Charles Babbage");
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
  const file = new File([bytes], "engine.png", { type: "image/png" });

  const attachment = await uploadAttachment(crm, { customer: owner.id }, file);
  assert.equal(attachment.file_name, "engine.png");
  assert.equal(attachment.content_type, "image/png");
  assert.equal(attachment.size_bytes, bytes.length);

  const blob = await downloadAttachment(crm, attachment.id);
  assert.ok(blob instanceof Blob);
  assert.equal(blob.type, "image/png");
  assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes);

  // The link needs no header: what an <img src> does.
  const link = attachmentLink(crm, attachment);
  assert.ok(link.startsWith(`${baseUrl}/attachments/${attachment.id}/download?`), link);
  const plain = await fetch(link);
  assert.equal(plain.status, 200);
  assert.deepEqual(new Uint8Array(await plain.arrayBuffer()), bytes);
  const forged = await fetch(link.replace(/signature=[^&]+/, "signature=forged"));
  assert.equal(forged.status, 403);

  await assert.rejects(uploadAttachment(crm, { deal: 999_999_999 }, file), (e: unknown) => isCrmApiError(e, "DEAL_NOT_FOUND"));
});

test("HEAD answers a GET's status and headers without a body, over the real server", async () => {
  const get = await fetch(`${baseUrl}/admin/pipeline-stages`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await get.arrayBuffer();
  const head = await fetch(`${baseUrl}/admin/pipeline-stages`, { method: "HEAD", headers: { Authorization: `Bearer ${token}` } });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get("content-type"), get.headers.get("content-type"));
  assert.equal(Number(head.headers.get("content-length")), body.byteLength);
  assert.ok(head.headers.get("ratelimit-remaining"));
  assert.equal((await head.arrayBuffer()).byteLength, 0);
});

test("by default the token comes from localStorage, and a 401 removes it", async () => {
  const stored = new Map([["crm_token", token]]);
  const storage = { getItem: (k: string) => stored.get(k) ?? null, removeItem: (k: string) => void stored.delete(k) };
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
  try {
    const browser = createCrmClient({ baseUrl, onUnauthorized: () => undefined });
    assert.equal((await unwrap(browser.GET("/admin/me"))).user.id, 1);
    stored.set("crm_token", "expired-or-forged");
    assert.equal((await browser.GET("/admin/me")).response.status, 401);
    assert.equal(stored.has("crm_token"), false);
  } finally {
    Reflect.deleteProperty(globalThis, "localStorage");
  }
});

test("a 401 clears the stored token and redirects to /login", async () => {
  const tokens = memoryTokens("not-a-token");
  const visited: string[] = [];
  Object.defineProperty(globalThis, "location", { value: { assign: (url: string) => visited.push(url) }, configurable: true });
  try {
    const result = await createCrmClient({ baseUrl, tokens }).GET("/admin/me");
    assert.equal(result.response.status, 401);
    assert.equal(result.error?.code, "INVALID_TOKEN");
    assert.equal(tokens.value, null);
    assert.deepEqual(visited, ["/login"]);
  } finally {
    Reflect.deleteProperty(globalThis, "location");
  }
});

test("a custom 401 hook receives the typed error", async () => {
  let seen: CrmApiError | undefined;
  await createCrmClient({ baseUrl, tokens: memoryTokens(null), onUnauthorized: (e) => { seen = e; } }).GET("/admin/customers");
  assert.equal(seen?.status, 401);
  assert.equal(seen?.code, "MISSING_TOKEN");
});

test("importFile and waitForJob bring a CSV in; exportToStream streams it back out", async () => {
  const tag = `io${process.pid}x${Date.now()}`;
  const csv = `name,email,external_id\nAda ${tag},ada.${tag}@example.com,${tag}-1\nGrace ${tag},grace.${tag}@example.com,${tag}-2\nBad ${tag},not-an-email,${tag}-3\n`;
  const queued = await importFile(crm, new Blob([csv], { type: "text/csv" }), { entity: "customers", mode: "upsert" }, "people.csv");
  assert.ok(["queued", "running", "completed"].includes(queued.status));

  const seen: Job[] = [];
  const job = await waitForJob(crm, queued.id, { intervalMs: 200, timeoutMs: 120_000, onProgress: (j) => seen.push(j) });
  assert.equal(job.status, "completed");
  assert.deepEqual([job.created, job.failed, job.total_rows], [2, 1, 3]);
  assert.ok(seen.length >= 1);

  const stream = await exportToStream(crm, "customers", { search: tag, fields: ["email", "external_id"], sort_by: "email", sort_order: "asc" });
  const text = await new Response(stream).text();
  assert.deepEqual(text.trim().split(/\r?\n/), ["email,external_id", `ada.${tag}@example.com,${tag}-1`, `grace.${tag}@example.com,${tag}-2`]);

  // A column that is no field is refused at once, before any row is read.
  await assert.rejects(importFile(crm, new Blob(["name,shoe_size\nX,44\n"]), { entity: "customers", mode: "create" }),
    (e: unknown) => isCrmApiError(e) && e.status === 400);
  await assert.rejects(exportToStream(crm, "deals", { fields: ["no_such_field"] as never }), (e: unknown) => isCrmApiError(e, "INVALID_QUERY"));
});
