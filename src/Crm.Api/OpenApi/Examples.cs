namespace Crm.Api.OpenApi;

/// <summary>
/// Example answers of the core resources, as the JSON a client receives (the docs page shows them; openapi-typescript copies
/// them into the client's types). OpenApiDocumentTests validates each against its own schema, so they cannot drift.
/// </summary>
static class Examples
{
    public const string Customer = """
        {"id": 42, "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000", "company": "Analytical Engines Ltd",
         "role": "CTO", "status": "prospect", "assigned_to": 3, "contacted": true, "next_follow_up_at": "2030-01-15T09:30:00Z",
         "preferred_contact_method": "email", "do_not_contact": false, "notes": "Met at the Difference Engine demo",
         "tags": [{"id": 1, "name": "VIP", "color": "#F59E0B"}],
         "created_at": "2026-01-31T12:00:00Z", "updated_at": "2026-02-02T08:15:00Z", "deleted_at": null,
         "custom_fields": {"tier": "gold", "renewal_date": "2027-03-31", "seats": 25}, "version": "48213", "external_id": "hubspot-1001"}
        """;

    public const string Contact = """
        {"id": 7, "customer_id": 42, "first_name": "Grace", "last_name": "Hopper", "email": "grace@example.com", "phone": "+1 555 0100",
         "position": "Head of Procurement", "is_primary": true, "notes": "Prefers calls",
         "created_at": "2026-01-31T12:05:00Z", "updated_at": "2026-01-31T12:05:00Z", "deleted_at": null, "custom_fields": {}, "version": "48190", "external_id": null,
         "customer": {"id": 42, "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000",
         "company": "Analytical Engines Ltd", "role": "CTO", "status": "prospect", "assigned_to": 3, "contacted": true,
         "next_follow_up_at": "2030-01-15T09:30:00Z", "preferred_contact_method": "email", "do_not_contact": false,
         "notes": "Met at the Difference Engine demo", "created_at": "2026-01-31T12:00:00Z", "updated_at": "2026-02-02T08:15:00Z",
         "deleted_at": null, "custom_fields": {}, "external_id": null}}
        """;

    public const string Stage = """
        {"id": 3, "name": "proposal", "display_name": "Proposal", "order": 3, "color": "#3B82F6", "probability": 50, "kind": "open", "pipeline_id": 1,
         "is_active": true, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z", "version": "731"}
        """;

    public const string Deal = """
        {"id": 12, "title": "Analytical engine licence", "description": "Three-year licence with support", "customer_id": 42,
         "contact_id": 7, "stage": "proposal", "pipeline_id": 1, "amount": 48000.00, "currency": "EUR", "probability": 60,
         "expected_close_date": "2030-01-15T09:30:00Z", "actual_close_date": null, "owner_id": 3, "lost_reason": null,
         "stage_changed_at": "2026-02-01T10:00:00Z", "created_at": "2026-01-31T12:10:00Z", "updated_at": "2026-02-01T10:00:00Z",
         "deleted_at": null, "custom_fields": {}, "version": "48201", "external_id": null, "customer": {"id": 42, "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000",
         "company": "Analytical Engines Ltd", "role": "CTO", "status": "prospect", "assigned_to": 3, "contacted": true,
         "next_follow_up_at": "2030-01-15T09:30:00Z", "preferred_contact_method": "email", "do_not_contact": false,
         "notes": "Met at the Difference Engine demo", "created_at": "2026-01-31T12:00:00Z", "updated_at": "2026-02-02T08:15:00Z",
         "deleted_at": null, "custom_fields": {}, "external_id": null}}
        """;

    public const string Activity = """
        {"id": 30, "type": "call", "title": "Discovery call", "description": "Walk through the licence options", "status": "scheduled",
         "priority": "high", "customer_id": 42, "deal_id": 12, "contact_id": 7, "assigned_to": 3, "due_date": "2030-01-15T09:30:00Z",
         "duration_minutes": 30, "outcome": null, "completed_at": null, "is_overdue": false,
         "created_at": "2026-01-31T12:20:00Z", "updated_at": "2026-01-31T12:20:00Z", "deleted_at": null, "duration": 30, "custom_fields": {"outcome_score": 4},
         "version": "48195", "external_id": null,
         "customer": {"id": 42, "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000",
         "company": "Analytical Engines Ltd", "role": "CTO", "status": "prospect", "assigned_to": 3, "contacted": true,
         "next_follow_up_at": "2030-01-15T09:30:00Z", "preferred_contact_method": "email", "do_not_contact": false,
         "notes": "Met at the Difference Engine demo", "created_at": "2026-01-31T12:00:00Z", "updated_at": "2026-02-02T08:15:00Z",
         "deleted_at": null, "custom_fields": {}, "external_id": null},
         "deal": {"id": 12, "title": "Analytical engine licence", "description": "Three-year licence with support", "customer_id": 42,
         "contact_id": 7, "stage": "proposal", "pipeline_id": 1, "amount": 48000.00, "currency": "EUR", "probability": 60,
         "expected_close_date": "2030-01-15T09:30:00Z", "actual_close_date": null, "owner_id": 3, "lost_reason": null,
         "stage_changed_at": "2026-02-01T10:00:00Z", "created_at": "2026-01-31T12:10:00Z", "updated_at": "2026-02-01T10:00:00Z",
         "deleted_at": null, "custom_fields": {}, "version": "48201", "external_id": null, "customer": null}}
        """;

    public const string Note = """
        {"id": 5, "content": "Asked for a quote in EUR; decision expected next week.", "customer_id": 42, "deal_id": 12,
         "author_id": 3, "author_name": "Alan Turing", "created_at": "2026-02-01T10:05:00Z", "updated_at": "2026-02-01T10:05:00Z",
         "deleted_at": null, "version": "48202", "activity_id": null}
        """;

    public const string Tag = """
        {"id": 1, "name": "VIP", "color": "#F59E0B", "customer_count": 12, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
         "deleted_at": null, "version": "612"}
        """;

    public const string Attachment = """
        {"id": 9, "customer_id": 42, "deal_id": null, "activity_id": null, "file_name": "proposal.pdf", "content_type": "application/pdf",
         "size_bytes": 48213, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "uploaded_by": 3,
         "created_at": "2026-02-01T10:06:00Z", "version": "48203",
         "download_url": "/attachments/9/download?user=3&expires=1769940660&signature=pY3l0eV9leGFtcGxlX3NpZ25hdHVyZV9vbmx5X2Zvcl9kb2Nz"}
        """;
}
