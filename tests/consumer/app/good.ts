// A Console module written the way the client's README shows: it must type-check.
import {
  attachmentLink, createCrmClient, downloadAttachment, etagOf, fieldErrors, isCrmApiError, iterate, listPage, staticToken, unwrap,
  uploadAttachment, withIfMatch, type Schemas,
} from "@crm/client";

// In the browser: the token from localStorage; on the server: the caller's own.
export const browser = createCrmClient({ baseUrl: "https://crm.example.com" });
const crm = createCrmClient({ baseUrl: "https://crm.example.com", tokens: staticToken(process.env.CRM_TOKEN) });

export async function customers() {
  const page = await unwrap(crm.GET("/admin/customers", { params: { query: { status: ["lead", "active"], contacted: true, tags: [1, 2], assigned_to: ["me", 7] } } }));
  const first: Schemas["CustomerResponse"] | undefined = page.data[0];
  const status: "lead" | "prospect" | "active" | "inactive" | "churned" | undefined = first?.status;
  const total: number | null = page.paging === "offset" ? page.total : null;
  const next: string | null = page.paging === "cursor" ? page.next_cursor : null;
  return { status, total, next, count: listPage(page).items.length };
}

export async function create(name: string, email: string) {
  const { data, error, response } = await crm.POST("/admin/customers", { body: { name, email, status: "prospect" } });
  if (error?.code === "VALIDATION_FAILED") {
    const messages: string[] | undefined = error.data?.errors["email"];
    return { messages, all: fieldErrors(error) };
  }
  if (error?.code === "EMAIL_EXISTS") return { exists: true };
  return { id: data?.id, location: response.headers.get("Location") };
}

export async function edit(id: number) {
  const read = await crm.GET("/admin/customers/{id}", { params: { path: { id } } });
  try {
    return await unwrap(crm.PATCH("/admin/customers/{id}", { params: { path: { id } }, body: { status: "active" }, ...withIfMatch(etagOf(read.response)!) }));
  } catch (e) {
    if (isCrmApiError(e, "PRECONDITION_FAILED")) return "reload";
    if (isCrmApiError(e, "INSUFFICIENT_PERMISSIONS")) return "hidden";
    throw e;
  }
}

// Fewer round trips: an inline edit from a list row, a customer with its contacts and tags, a detail page in one call.
export async function inlineEdit(ids: number[]) {
  const page = await unwrap(crm.GET("/admin/customers", { params: { query: { ids } } }));
  const row = page.data[0]!;
  return unwrap(crm.PATCH("/admin/customers/{id}", { params: { path: { id: row.id } }, body: { contacted: true }, ...withIfMatch(row.version) }));
}

export async function onboard() {
  const created = await unwrap(crm.POST("/admin/customers", {
    body: { name: "Ada", email: "ada@example.com", tag_ids: [1], contacts: [{ first_name: "Grace", is_primary: true }] },
  }));
  const primary: Schemas["ContactResponse"] | undefined = created.contacts[0];
  const detail = await unwrap(crm.GET("/admin/customers/{id}", { params: { path: { id: created.id }, query: { include: ["contacts", "deals", "notes"] } } }));
  const notes: Schemas["NoteResponse"][] = detail.included?.notes?.data ?? [];
  const deal = await unwrap(crm.GET("/admin/deals/{id}", { params: { path: { id: 12 }, query: { include: ["activities"] } } }));
  return { primary, notes, version: created.version, activities: deal.included?.activities?.total };
}

export async function all() {
  const ids: number[] = [];
  for await (const deal of iterate((next) => unwrap(crm.GET("/admin/deals", { params: { query: { paging: "cursor", status: ["open"], ...next } } }))))
    ids.push(deal.id);
  return ids;
}

export async function files(file: File) {
  const attachment = await uploadAttachment(crm, { deal: 12 }, file);
  const bytes: Blob = await downloadAttachment(crm, attachment.id);
  const src: string = attachmentLink(crm, attachment);
  return { bytes, src };
}

export async function audit() {
  const page = await unwrap(crm.GET("/admin/audit-logs", { params: { query: { resource_type: "customer" } } }));
  const change = page.data[0]?.changes?.["email"];
  return change ? [change.old, change.new] : [];
}
