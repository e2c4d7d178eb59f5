using System.Text.Json;

namespace Crm.Api.Tests.Compatibility;

/// <summary>
/// The JSON the Go original answered, member by member, written by hand from ../shared/reference/original-service.md
/// (§0.3 envelopes, §0.7 serialisation, §1 routes, §2 models) — not from this service's code. A type is the JSON type the
/// Go service wrote: <c>string</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, <c>array</c>, or <c>{number}</c> for
/// an object whose values are numbers. A trailing <c>?</c> marks a Go <c>omitempty</c> or pointer member, which Go left
/// out when empty and which we answer as null then.
/// </summary>
public static class GoShapes
{
    public sealed record Shape(IReadOnlyDictionary<string, string> Members, IReadOnlyDictionary<string, Shape>? Nested = null);

    static Dictionary<string, string> Members(params string[] pairs) =>
        pairs.Select(p => p.Split(':')).ToDictionary(p => p[0].Trim(), p => p[1].Trim());

    /// <summary>§0.7: every entity embeds BaseModel; <c>deleted_at</c> is gorm.DeletedAt, always written (null when live).</summary>
    static readonly string[] BaseModel = ["id: number", "created_at: string", "updated_at: string", "deleted_at: string?"];

    /// <summary>§2.2 customers (tags preloaded on lists and the detail, omitempty).</summary>
    public static readonly Shape Customer = new(Members([.. BaseModel,
        "name: string", "email: string", "phone: string?", "company: string?", "role: string?", "status: string",
        "assigned_to: number?", "contacted: boolean", "next_follow_up_at: string?", "notes: string?", "tags: array?"]));

    /// <summary>§1.4 GET /admin/customers/:id — CustomerDetailResponse: the customer plus four members.</summary>
    public static readonly Shape CustomerDetail = new(Members([.. Customer.Members.Select(m => $"{m.Key}: {m.Value}"),
        "contacts_count: number", "open_deals_count: number", "upcoming_activities_count: number", "recent_activities: array?"]));

    /// <summary>A customer nested in another record (§1.6, §1.7 preloads): its own members, tags not preloaded.</summary>
    public static readonly Shape NestedCustomer = new(Customer.Members.Where(m => m.Key != "tags").ToDictionary());

    /// <summary>§2.3 contacts: <c>customer</c> is a non-pointer struct, always written (§0.7).</summary>
    public static readonly Shape Contact = new(Members([.. BaseModel,
        "customer_id: number", "first_name: string", "last_name: string?", "email: string?", "phone: string?", "position: string?",
        "is_primary: boolean", "notes: string?", "customer: object"]), new Dictionary<string, Shape> { ["customer"] = NestedCustomer });

    /// <summary>§2.5 deals: <c>customer</c> always written (§0.7), preloaded on every deal answer (§1.6).</summary>
    public static readonly Shape Deal = new(Members([.. BaseModel,
        "title: string", "description: string?", "customer_id: number", "contact_id: number?", "stage: string", "amount: number",
        "currency: string", "probability: number", "expected_close_date: string?", "actual_close_date: string?", "owner_id: number?",
        "lost_reason: string?", "customer: object"]), new Dictionary<string, Shape> { ["customer"] = NestedCustomer });

    /// <summary>§2.7 notes, as GET /admin/deals/:id nests them. (activity_id is in the Go model but not in its table, so never written.)</summary>
    public static readonly Shape Note = new(Members([.. BaseModel,
        "content: string", "customer_id: number?", "deal_id: number?", "author_id: number", "author_name: string?"]));

    /// <summary>§2.6 activities, with <c>customer</c> and <c>deal</c> preloaded on every activity answer (§1.7), pointers.</summary>
    public static readonly Shape Activity = new(Members([.. BaseModel,
        "title: string", "description: string?", "type: string", "status: string", "customer_id: number?", "deal_id: number?",
        "contact_id: number?", "assigned_to: number?", "due_date: string?", "completed_at: string?", "duration: number?",
        "outcome: string?", "priority: string", "customer: object?", "deal: object?"]),
        new Dictionary<string, Shape> { ["customer"] = NestedCustomer, ["deal"] = Deal });

    /// <summary>§1.7 GET /admin/activities/:id also preloads <c>contact</c>.</summary>
    public static readonly Shape ActivityDetail = new(
        Members([.. Activity.Members.Select(m => $"{m.Key}: {m.Value}"), "contact: object?"]),
        new Dictionary<string, Shape> { ["customer"] = NestedCustomer, ["deal"] = Deal, ["contact"] = Contact });

    /// <summary>§1.6 GET /admin/deals/:id preloads customer, contact, activities and notes (omitempty).</summary>
    public static readonly Shape DealDetail = new(
        Members([.. Deal.Members.Select(m => $"{m.Key}: {m.Value}"), "contact: object?", "activities: array?", "notes: array?"]),
        new Dictionary<string, Shape> { ["customer"] = NestedCustomer, ["contact"] = Contact, ["activities"] = Activity, ["notes"] = Note });

    /// <summary>§2.8 tags.</summary>
    public static readonly Shape Tag = new(Members([.. BaseModel, "name: string", "color: string?"]));

    /// <summary>§0.3 paginated lists (customers, contacts, deals, activities, my activities).</summary>
    public static Shape List(Shape item) => new(Members("data: array", "total: number", "page: number", "page_size: number", "total_pages: number"),
        new Dictionary<string, Shape> { ["data"] = item });

    /// <summary>§1.8 GET /admin/tags: no paging.</summary>
    public static readonly Shape TagList = new(Members("data: array", "total: number"), new Dictionary<string, Shape> { ["data"] = Tag });

    /// <summary>§0.3 deletes and tag (un)assignment.</summary>
    public static readonly Shape Message = new(Members("message: string"));

    /// <summary>§1.3 GET /admin/me.</summary>
    public static readonly Shape Me = new(Members("user: object", "permissions: array"), new Dictionary<string, Shape>
    {
        ["user"] = new(Members("id: number", "email: string?", "name: string?", "role: string", "is_active: boolean")),
    });

    /// <summary>§1.2 probes.</summary>
    public static readonly Shape Health = new(Members("status: string", "version: string", "checks: object"));
    public static readonly Shape Ready = new(Members("status: string"));

    /// <summary>§1.9 GET /admin/reports/overview, exact shape.</summary>
    public static readonly Shape Overview = new(Members("customers: object", "deals: object", "activities: object", "recent_deals: array", "top_customers: array"),
        new Dictionary<string, Shape>
        {
            ["customers"] = new(Members("total: number", "by_status: {number}")),
            ["deals"] = new(Members("total: number", "total_value: number", "won_value: number", "won_count: number", "lost_count: number",
                "open_count: number", "average_deal_size: number", "by_stage: {number}")),
            ["activities"] = new(Members("total: number", "scheduled: number", "completed: number", "overdue: number", "by_type: {number}")),
            ["recent_deals"] = Deal,
            ["top_customers"] = new(Members("id: number", "name: string", "email: string", "company: string?", "deals_count: number", "deals_value: number")),
        });

    /// <summary>Asserts that every member the Go original wrote is present with its JSON type, nested objects and list items included.</summary>
    public static void ShouldHaveGoShape(this JsonElement actual, Shape shape, string path = "$")
    {
        actual.ValueKind.ShouldBe(JsonValueKind.Object, path);
        foreach (var (member, type) in shape.Members)
        {
            actual.TryGetProperty(member, out var value).ShouldBeTrue($"{path}.{member} is missing: {actual}");
            var optional = type.EndsWith('?');
            if (optional && value.ValueKind == JsonValueKind.Null) continue;
            var expected = type.TrimEnd('?') switch
            {
                "string" => JsonValueKind.String,
                "number" => JsonValueKind.Number,
                "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.ValueKind : JsonValueKind.True,
                "array" => JsonValueKind.Array,
                _ => JsonValueKind.Object,
            };
            value.ValueKind.ShouldBe(expected, $"{path}.{member} should be {type}: {value}");
            if (type.TrimEnd('?') == "{number}")
                foreach (var entry in value.EnumerateObject()) entry.Value.ValueKind.ShouldBe(JsonValueKind.Number, $"{path}.{member}.{entry.Name}");
            if (shape.Nested?.GetValueOrDefault(member) is not { } nested) continue;
            if (value.ValueKind == JsonValueKind.Array)
                foreach (var (item, i) in value.EnumerateArray().Select((item, i) => (item, i))) item.ShouldHaveGoShape(nested, $"{path}.{member}[{i}]");
            else value.ShouldHaveGoShape(nested, $"{path}.{member}");
        }
    }

    /// <summary>The object as a Go-era Console holds it: only the members the Go original wrote (recursively).</summary>
    public static Dictionary<string, JsonElement> AsGo(this JsonElement actual, Shape shape) =>
        shape.Members.Keys.Where(m => actual.TryGetProperty(m, out _)).ToDictionary(m => m, m => actual.GetProperty(m));
}
