// Typos a Console developer makes; each line marked "typo:" must be a compile error (make test checks every one).
import { createCrmClient, isCrmApiError, unwrap } from "@crm/client";

const crm = createCrmClient({ baseUrl: "https://crm.example.com" });

export async function typos(e: unknown) {
  await crm.GET("/admin/customer", {}); // typo: path
  await crm.POST("/admin/customers", { body: { name: "Ada", emial: "ada@example.com" } }); // typo: body member
  await crm.GET("/admin/customers", { params: { query: { status: ["leaad"] } } }); // typo: enum in a comma list
  await crm.GET("/admin/customers", { params: { query: { contacted: "yes" } } }); // typo: a boolean as a string
  await crm.GET("/admin/customers", { params: { query: { sort_by: "nme" } } }); // typo: sort field
  await crm.GET("/admin/customers", { params: { query: { pagesize: 10 } } }); // typo: query parameter
  const customer = await unwrap(crm.GET("/admin/customers/{id}", { params: { path: { id: 1 } } }));
  const email = customer.emial; // typo: response member
  await crm.GET("/admin/customers/{id}", { params: { path: { id: 1 }, query: { include: ["timeline"] } } }); // typo: include value
  await crm.POST("/admin/customers", { body: { name: "Ada", email: "a@example.com", contacts: [{ frist_name: "Grace" }] } }); // typo: contact member
  await crm.GET("/admin/deals", { params: { query: { ids: ["7"] } } }); // typo: ids as strings
  const known = isCrmApiError(e, "CUSTOMR_NOT_FOUND"); // typo: error code
  return [email, known];
}
