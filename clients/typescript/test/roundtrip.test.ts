// A round trip against a live service: scripts/test.sh starts the built service on a test database and
// passes its URL and a token minted with the CLI (`crm token`) as CRM_BASE_URL and CRM_TOKEN.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createCrmClient, CrmApiError, isCrmApiError, unwrap, type TokenStore } from "../src/index.js";

const baseUrl = process.env.CRM_BASE_URL ?? assert.fail("CRM_BASE_URL is not set: run this through make test");
const token = process.env.CRM_TOKEN ?? assert.fail("CRM_TOKEN is not set: run this through make test");

function memoryTokens(initial: string | null): TokenStore & { value: string | null } {
  return {
    value: initial,
    get() { return this.value; },
    clear() { this.value = null; },
  };
}

test("customers: create, list, update, delete", async () => {
  const client = createCrmClient({ baseUrl, tokens: memoryTokens(token), onUnauthorized: () => assert.fail("unexpected 401") });
  const email = `ada.${process.pid}.${Date.now()}@example.com`;

  const created = await unwrap(client.POST("/admin/customers", { body: { name: "Ada Lovelace", email, company: "Analytical Engines" } }));
  assert.equal(created.email, email);
  assert.equal(created.status, "lead");

  const page = await unwrap(client.GET("/admin/customers", { params: { query: { search: email } } }));
  assert.ok("total" in page, "an offset page");
  assert.deepEqual(page.data.map((c) => c.id), [created.id]);

  const updated = await unwrap(client.PATCH("/admin/customers/{id}", {
    params: { path: { id: created.id } },
    body: { status: "active", contacted: true },
  }));
  assert.equal(updated.status, "active");
  assert.equal(updated.contacted, true);

  // PUT changes only the members sent: null clears, "" and absent members keep their value.
  const replaced = await unwrap(client.PUT("/admin/customers/{id}", {
    params: { path: { id: created.id } },
    body: { company: null, name: "" },
  }));
  assert.equal(replaced.company, null);
  assert.equal(replaced.name, "Ada Lovelace");
  assert.equal(replaced.status, "active");

  // Deletes answer 200 with the Go original's message.
  const deleted = await unwrap(client.DELETE("/admin/customers/{id}", { params: { path: { id: created.id } } }));
  assert.equal(deleted.message, "Customer deleted successfully");

  // Typed errors: the documented codes of this operation, as data or as a thrown CrmApiError.
  const gone = await client.GET("/admin/customers/{id}", { params: { path: { id: created.id } } });
  assert.equal(gone.response.status, 404);
  assert.equal(gone.error?.code, "CUSTOMER_NOT_FOUND");
  await assert.rejects(unwrap(client.GET("/admin/customers/{id}", { params: { path: { id: created.id } } })),
    (e: unknown) => isCrmApiError(e, "CUSTOMER_NOT_FOUND") && e.status === 404);
});

test("a 401 clears the stored token and redirects to /login", async () => {
  const tokens = memoryTokens("not-a-token");
  const visited: string[] = [];
  const location = { assign: (url: string) => visited.push(url) };
  Object.defineProperty(globalThis, "location", { value: location, configurable: true });
  try {
    const client = createCrmClient({ baseUrl, tokens });
    const result = await client.GET("/admin/me");
    assert.equal(result.response.status, 401);
    assert.equal(result.error?.code, "INVALID_TOKEN");
    assert.equal(tokens.value, null);
    assert.deepEqual(visited, ["/login"]);
  } finally {
    Reflect.deleteProperty(globalThis, "location");
  }
});

test("a custom 401 hook receives the typed error", async () => {
  const tokens = memoryTokens(null);
  let seen: CrmApiError | undefined;
  const client = createCrmClient({ baseUrl, tokens, onUnauthorized: (e) => { seen = e; } });
  await client.GET("/admin/customers");
  assert.equal(seen?.status, 401);
  assert.equal(seen?.code, "MISSING_TOKEN");
});
