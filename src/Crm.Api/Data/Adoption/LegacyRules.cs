namespace Crm.Api.Data.Adoption;

/// <summary>auto: <c>up</c> fixes and audits it; decision: <c>up</c> refuses until a <c>--resolve</c> policy settles it; report: kept, listed.</summary>
public enum FindingClass { Auto, Decision, Report }

/// <summary>A column's new value, as SQL over the legacy row <c>t</c>.</summary>
public sealed record Assignment(string Column, string Expression);

/// <param name="Ctes">More statements of the same conversion step, as CTEs that may read <c>target</c> (the rows found, before any change).</param>
public sealed record Fix(string Action, Assignment[] Sets, string[]? Ctes = null);

/// <summary>
/// One row of the adoption table of reference/legacy-database.md: which legacy rows break it (<see cref="Condition"/>, SQL
/// over the row <c>t</c>), and what <c>up</c> does with them. <c>check</c> runs the condition to list the rows;
/// <c>up</c> runs the same condition inside its transaction and applies the fix, writing one audit row per changed cell.
/// </summary>
/// <param name="Options">A decision's policy values (<c>--resolve Policy=value</c>) and the fix each one applies.</param>
/// <param name="Constraint">A report whose rows break one of our CHECK constraints: it is added <c>NOT VALID</c> when rows are found.</param>
/// <param name="Value">What the report shows as the row's value (default: the column, as text).</param>
public sealed record LegacyRule(
    string Code, string Table, string Column, string Description, FindingClass Class, string Condition,
    Fix? AutoFix = null, string? Policy = null, IReadOnlyDictionary<string, Fix>? Options = null, string? Constraint = null,
    string? Value = null, (string Name, string Expression)[]? Extras = null)
{
    public string ValueSql => Value ?? $"t.{Column}::text";

    public Fix? FixFor(Policies policies) => Class switch
    {
        FindingClass.Auto => AutoFix,
        FindingClass.Decision when policies.Chosen(Policy!) is { } choice => Options![choice],
        _ => null,
    };
}

/// <summary>
/// The adoption rules, in the order <c>up</c> applies them: timestamps and booleans first (later rules order rows by
/// <c>created_at</c>), links before the rules that read them, and every rule a function of the legacy data only, so
/// that <c>check</c> (which changes nothing) lists exactly the rows <c>up</c> changes.
/// </summary>
public static class LegacyRules
{
    public const string SystemUser = "crm migrate", SystemRole = "system";

    public static readonly IReadOnlyDictionary<string, string> ResourceTypes = new Dictionary<string, string>
    {
        ["customers"] = "customer", ["contacts"] = "contact", ["pipeline_stages"] = "pipeline_stage", ["deals"] = "deal",
        ["activities"] = "activity", ["notes"] = "note", ["tags"] = "tag", ["audit_logs"] = "audit_log",
    };

    public static readonly string[] CustomerStatuses = ["lead", "prospect", "active", "inactive", "churned"];
    public static readonly string[] ActivityTypes = ["call", "email", "meeting", "task", "note"];
    public static readonly string[] ActivityStatuses = ["scheduled", "completed", "cancelled"];
    public static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public static readonly string[] TimestampedTables = ["customers", "contacts", "pipeline_stages", "deals", "activities", "notes", "tags"];

    public const string Placeholder = "(no name)";

    public static readonly IReadOnlyList<LegacyRule> All = Build();

    /// <summary>Whitespace trimmed as the API trims a member.</summary>
    static string Trim(string sql) => $"btrim({sql}, E' \\t\\r\\n')";

    /// <summary>The name a free-text stage gets: lower case, runs of anything else than a-z and 0-9 as one '_'.</summary>
    public static string Slug(string sql) => $"trim(both '_' from regexp_replace(lower({sql}), '[^a-z0-9]+', '_', 'g'))";

    static string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    /// <summary>The stage a legacy spelling means: same slug, same display name (any case), or won/lost.</summary>
    static string StageMatch(string sql) => $"""
        (SELECT s.name FROM pipeline_stages s
          WHERE s.name = {Slug(sql)} OR lower(s.display_name) = lower({Trim(sql)})
             OR s.name = CASE {Slug(sql)} WHEN 'won' THEN 'closed_won' WHEN 'lost' THEN 'closed_lost' END
          ORDER BY s.id LIMIT 1)
        """;

    static string Ordered(string alias) => $"(coalesce({alias}.created_at, {alias}.updated_at, now()), {alias}.id)";

    static Fix Set(string action, string column, string expression, params string[] ctes) => new(action, [new(column, expression)], ctes);

    /// <summary>Soft-deletes what the API's customer delete cascades to (CustomerCascade), with the same stamp and an audit row each.</summary>
    static string[] CascadeFromTargetCustomers(string action)
    {
        string Cascade(string name, string table, string where) => $"""
            {name} AS (UPDATE {table} x SET deleted_at = now() WHERE x.deleted_at IS NULL AND ({where}) RETURNING x.id),
            {name}_audit AS ({AuditInsert($"'{ResourceTypes[table]}'", $"{name}.id", $"'{action}'",
                "jsonb_build_object('deleted_at', jsonb_build_object('old', NULL, 'new', to_jsonb(now())))", $"FROM {name}")})
            """;
        const string deals = "SELECT d.id FROM deals d JOIN target ON d.customer_id = target.id";
        return
        [
            Cascade("cascade_contacts", "contacts", "x.customer_id IN (SELECT id FROM target)"),
            Cascade("cascade_deals", "deals", "x.customer_id IN (SELECT id FROM target)"),
            Cascade("cascade_activities", "activities", $"x.customer_id IN (SELECT id FROM target) OR x.deal_id IN ({deals})"),
            Cascade("cascade_notes", "notes", $"x.customer_id IN (SELECT id FROM target) OR x.deal_id IN ({deals})"),
        ];
    }

    /// <summary>An INSERT of audit rows as the system user (id 0) at the adoption's time.</summary>
    public static string AuditInsert(string resourceType, string resourceId, string action, string changes, string from) => $"""
        INSERT INTO audit_logs (resource_type, resource_id, action, user_id, user_name, user_role, changes, created_at)
        SELECT {resourceType}, {resourceId}, {action}, 0, '{SystemUser}', '{SystemRole}', {changes}, now() {from}
        """;

    static List<LegacyRule> Build()
    {
        var rules = new List<LegacyRule>();

        foreach (var table in TimestampedTables)
            rules.Add(new("null_timestamp", table, "created_at", "created_at or updated_at is NULL", FindingClass.Auto,
                "t.created_at IS NULL OR t.updated_at IS NULL",
                new("set to coalesce(updated_at, created_at, adoption time)",
                [new("created_at", "coalesce(t.created_at, t.updated_at, now())"), new("updated_at", "coalesce(t.updated_at, t.created_at, now())")]),
                Value: "concat_ws(' / ', coalesce(t.created_at::text, 'NULL'), coalesce(t.updated_at::text, 'NULL'))"));
        rules.Add(new("null_timestamp", "audit_logs", "created_at", "created_at is NULL", FindingClass.Auto, "t.created_at IS NULL",
            Set("set to the adoption time", "created_at", "now()")));

        foreach (var (table, column, value) in new[] { ("customers", "contacted", "false"), ("contacts", "is_primary", "false"), ("pipeline_stages", "is_active", "true") })
            rules.Add(new("null_boolean", table, column, $"{column} is NULL", FindingClass.Auto, $"t.{column} IS NULL",
                Set($"set to the column default, {value}", column, value)));

        Enum("customers", "status", CustomerStatuses, "lead");
        Enum("activities", "type", ActivityTypes, "task");
        // The Go service's ActivityStatus had "overdue"; ours derives it (scheduled and past due), so it maps to scheduled.
        Enum("activities", "status", ActivityStatuses, "scheduled", ("overdue", "scheduled"));
        Enum("activities", "priority", Priorities, "normal");

        const string noStage = "t.stage IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.name = t.stage)";
        var noCaseVariant = $"NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.name = lower({Trim("t.stage")}))";
        rules.Add(new("enum_case", "deals", "stage", "stage differs from a stage's name only by case or whitespace", FindingClass.Auto,
            $"{noStage} AND NOT {noCaseVariant}", Set("normalise to the stage's name", "stage", $"lower({Trim("t.stage")})")));
        rules.Add(new("stage_spelling", "deals", "stage", "stage is a known legacy spelling of a stage (closed-won, Closed Won, won)",
            FindingClass.Auto, $"{noStage} AND {noCaseVariant} AND {StageMatch("t.stage")} IS NOT NULL",
            Set("map to the stage", "stage", StageMatch("t.stage"))));
        rules.Add(new("stage_unknown", "deals", "stage", "stage names no pipeline stage", FindingClass.Auto,
            $"{noStage} AND {noCaseVariant} AND {StageMatch("t.stage")} IS NULL AND {Slug("t.stage")} <> ''",
            Set("create an inactive stage (kind open, probability 0) named by the slug; the deal names it", "stage", Slug("t.stage"),
                $"""
                created_stages AS (
                    INSERT INTO pipeline_stages (name, display_name, "order", is_active, kind, probability, created_at, updated_at)
                    SELECT new_stage, left((array_agg({Trim("old_stage")} ORDER BY id))[1], 100),
                           (SELECT coalesce(max("order"), 0) FROM pipeline_stages) + row_number() OVER (ORDER BY new_stage),
                           false, 'open', 0, now(), now()
                      FROM target GROUP BY new_stage
                    RETURNING id, name, display_name, "order")
                """,
                $"""
                created_stages_audit AS ({AuditInsert("'pipeline_stage'", "c.id", "'migrate_normalize'",
                    "jsonb_build_object('name', jsonb_build_object('old', NULL, 'new', c.name), 'display_name', jsonb_build_object('old', NULL, 'new', c.display_name), " +
                    "'order', jsonb_build_object('old', NULL, 'new', c.\"order\"), 'is_active', jsonb_build_object('old', NULL, 'new', false))",
                    "FROM created_stages c")})
                """)));
        rules.Add(new("enum_unknown", "deals", "stage", "stage is empty or NULL", FindingClass.Decision,
            $"t.stage IS NULL OR {Slug("t.stage")} = ''", Policy: "unknown-enum",
            Options: new Dictionary<string, Fix> { ["default"] = Set("set to the column default, 'prospecting'", "stage", "'prospecting'") }));

        rules.Add(new("currency_case", "deals", "currency", "currency is a code in lower case or with whitespace", FindingClass.Auto,
            $"t.currency !~ '^[A-Z]{{3}}$' AND upper({Trim("t.currency")}) ~ '^[A-Z]{{3}}$'", Set("upper-case", "currency", $"upper({Trim("t.currency")})")));
        rules.Add(new("currency_invalid", "deals", "currency", "currency is NULL or not a three-letter code", FindingClass.Decision,
            $"t.currency IS NULL OR upper({Trim("t.currency")}) !~ '^[A-Z]{{3}}$'", Policy: "currency",
            Options: new Dictionary<string, Fix> { ["USD"] = Set("set to USD", "currency", "'USD'") }));
        rules.Add(new("amount_invalid", "deals", "amount", "amount is NULL or negative", FindingClass.Decision,
            "t.amount IS NULL OR t.amount < 0", Policy: "amount",
            Options: new Dictionary<string, Fix>
            {
                ["zero"] = Set("set to 0", "amount", "0"),
                ["abs"] = Set("make positive (NULL becomes 0)", "amount", "coalesce(abs(t.amount), 0)"),
            }));
        rules.Add(new("probability_out_of_range", "deals", "probability", "probability is NULL or outside 0..100", FindingClass.Decision,
            "t.probability IS NULL OR t.probability NOT BETWEEN 0 AND 100", Policy: "probability",
            Options: new Dictionary<string, Fix> { ["clamp"] = Set("clamp into 0..100 (NULL becomes 0)", "probability", "least(100, greatest(0, coalesce(t.probability, 0)))") }));

        foreach (var table in new[] { "tags", "pipeline_stages" })
        {
            const string valid = "t.color ~ '^#[0-9A-Fa-f]{6}$'";
            var bare = $"ltrim({Trim("t.color")}, '#')";
            var fixable = $"({bare} ~ '^[0-9A-Fa-f]{{6}}$' OR {bare} ~ '^[0-9A-Fa-f]{{3}}$')";
            rules.Add(new("color_fixable", table, "color", "colour lacks its '#', has whitespace or is the #RGB short form", FindingClass.Auto,
                $"NOT {valid} AND {fixable}",
                Set("write as #RRGGBB", "color", $"'#' || CASE WHEN length({bare}) = 3 THEN regexp_replace({bare}, '(.)', '\\1\\1', 'g') ELSE {bare} END")));
            rules.Add(new("color_invalid", table, "color", "colour is not #RRGGBB", FindingClass.Decision, $"NOT {valid} AND NOT {fixable}",
                Policy: "bad-color", Options: new Dictionary<string, Fix> { ["null"] = Set("clear it (NULL)", "color", "NULL") }));
        }

        foreach (var (table, column) in new[] { ("customers", "name"), ("contacts", "first_name"), ("deals", "title"), ("activities", "title"), ("tags", "name") })
            rules.Add(new("empty_name", table, column, $"{column} is empty", FindingClass.Decision, $"{Trim($"t.{column}")} = ''",
                Policy: "empty-name", Options: new Dictionary<string, Fix> { ["placeholder"] = Set($"set to \"{Placeholder}\"", column, $"'{Placeholder}'") }));

        rules.Add(new("activity_contact_only", "activities", "customer_id", "activity linked only to a contact", FindingClass.Auto,
            "t.customer_id IS NULL AND t.deal_id IS NULL AND t.contact_id IS NOT NULL",
            Set("link it to the contact's customer", "customer_id", "(SELECT c.customer_id FROM contacts c WHERE c.id = t.contact_id)"),
            Value: "'contact ' || t.contact_id"));
        // Reads the activity as the rule above leaves it, or would leave it: check and up agree whichever runs first.
        const string activityCustomer = "(SELECT coalesce(a.customer_id, (SELECT c.customer_id FROM contacts c WHERE c.id = a.contact_id)) FROM activities a WHERE a.id = t.activity_id)";
        rules.Add(new("note_activity_only", "notes", "customer_id", "note linked only to an activity", FindingClass.Auto,
            $"t.customer_id IS NULL AND t.deal_id IS NULL AND t.activity_id IS NOT NULL AND ({activityCustomer} IS NOT NULL OR " +
            "(SELECT a.deal_id FROM activities a WHERE a.id = t.activity_id) IS NOT NULL)",
            new("take the activity's customer and deal (activity_id is kept)",
                [new("customer_id", activityCustomer), new("deal_id", "(SELECT a.deal_id FROM activities a WHERE a.id = t.activity_id)")]),
            Value: "'activity ' || t.activity_id"));

        rules.Add(new("several_primary_contacts", "contacts", "is_primary", "a second live primary contact of the same customer", FindingClass.Auto,
            $"t.is_primary AND t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contacts o WHERE o.customer_id = t.customer_id AND o.is_primary " +
            $"AND o.deleted_at IS NULL AND {Ordered("o")} < {Ordered("t")})",
            Set("un-primary it (the customer's oldest primary contact stays primary)", "is_primary", "false"),
            Value: "'customer ' || t.customer_id"));
        rules.Add(new("stage_deleted", "pipeline_stages", "is_active", "a deleted stage (deleted_at set) is active", FindingClass.Auto,
            "t.deleted_at IS NOT NULL AND t.is_active IS DISTINCT FROM false", Set("deactivate it (deleted_at is kept)", "is_active", "false"),
            Value: "t.name"));

        // Live customers whose e-mails differ only by case: the newest (created_at, then id) stays as it is.
        const string olderEmails = """
            t.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY lower(email) ORDER BY coalesce(created_at, updated_at, now()) DESC, id DESC) AS n,
                                            count(*) OVER (PARTITION BY lower(email)) AS copies
                                       FROM customers WHERE deleted_at IS NULL) d WHERE copies > 1 AND n > 1)
            """;
        const string suffixed = """
            CASE WHEN t.email LIKE '%@%'
                 THEN left(substring(t.email FROM '^(.*)@[^@]*$'), 255 - length('+dup' || t.id) - length(substring(t.email FROM '(@[^@]*)$')))
                      || '+dup' || t.id || substring(t.email FROM '(@[^@]*)$')
                 ELSE left(t.email, 255 - length('+dup' || t.id)) || '+dup' || t.id END
            """;
        rules.Add(new("email_case_duplicate", "customers", "email", "a live customer's e-mail differs only by case from a newer live customer's",
            FindingClass.Decision, olderEmails, Policy: "email-case", Options: new Dictionary<string, Fix>
            {
                ["soft-delete-older"] = Set("soft-delete it with its contacts, deals, activities and notes (restorable)", "deleted_at", "now()",
                    CascadeFromTargetCustomers("'migrate_resolve'")),
                ["suffix-older"] = Set("add +dup<id> to the e-mail's local part", "email", suffixed),
            }));

        // Live tags whose names differ only by case: the oldest stays; the others' customers move to it and they are soft-deleted.
        const string youngerTags = """
            t.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY coalesce(created_at, updated_at, now()), id) AS n
                                       FROM tags WHERE deleted_at IS NULL) d WHERE n > 1)
            """;
        const string oldestTag = """
            (SELECT k.id FROM tags k WHERE k.deleted_at IS NULL AND lower(k.name) = lower(t.name) ORDER BY coalesce(k.created_at, k.updated_at, now()), k.id LIMIT 1)
            """;
        rules.Add(new("tag_case_duplicate", "tags", "name", "a live tag's name differs only by case from an older live tag's", FindingClass.Decision,
            youngerTags, Policy: "tag-case", Extras: [("keep_id", oldestTag)], Options: new Dictionary<string, Fix>
            {
                ["merge-into-oldest"] = Set("move its customers to the oldest tag of that name and soft-delete it", "deleted_at", "now()",
                    "moved_tags AS (INSERT INTO customer_tags (customer_id, tag_id) SELECT DISTINCT ct.customer_id, target.keep_id FROM customer_tags ct " +
                    "JOIN target ON ct.tag_id = target.id ON CONFLICT DO NOTHING)",
                    "removed_tags AS (DELETE FROM customer_tags ct USING target WHERE ct.tag_id = target.id RETURNING ct.customer_id, ct.tag_id, target.keep_id)",
                    $"removed_tags_audit AS ({AuditInsert("'customer'", "r.customer_id", "'migrate_resolve'",
                        "jsonb_build_object('tag_id', jsonb_build_object('old', r.tag_id, 'new', r.keep_id))", "FROM removed_tags r")})"),
            }));

        Report("customers", "email", "email_invalid", "e-mail is not a valid address", "t.email !~ '^[^@[:space:]]+@[^@[:space:]]+\\.[A-Za-z]{2,}$'");
        Report("contacts", "email", "email_invalid", "e-mail is not a valid address", "t.email !~ '^[^@[:space:]]+@[^@[:space:]]+\\.[A-Za-z]{2,}$'");
        Report("customers", "id", "no_primary_contact", "a customer with live contacts but no primary one",
            "t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contacts c WHERE c.customer_id = t.id AND c.deleted_at IS NULL) " +
            "AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.customer_id = t.id AND c.deleted_at IS NULL AND c.is_primary)", value: "t.name");
        Report("deals", "contact_id", "deal_contact_other_customer", "the deal's contact belongs to another customer",
            "t.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = t.contact_id AND c.customer_id <> t.customer_id)");
        Report("activities", "deal_id", "activity_deal_customer_mismatch", "the activity's deal belongs to another customer than its customer_id",
            "t.deal_id IS NOT NULL AND t.customer_id IS NOT NULL AND EXISTS (SELECT 1 FROM deals d WHERE d.id = t.deal_id AND d.customer_id <> t.customer_id)");
        Report("activities", "id", "activity_unlinked", "an activity linked to no customer, deal or contact (reachable by its assignee, admins and managers)",
            "t.customer_id IS NULL AND t.deal_id IS NULL AND t.contact_id IS NULL", "activities_linked", "t.title");
        Report("notes", "id", "note_unlinked", "a note linked to no customer, deal or linkable activity (reachable by its author, admins and managers)",
            $"t.customer_id IS NULL AND t.deal_id IS NULL AND (t.activity_id IS NULL OR ({activityCustomer} IS NULL AND " +
            "(SELECT a.deal_id FROM activities a WHERE a.id = t.activity_id) IS NULL))", "notes_linked", "left(t.content, 60)");
        Report("notes", "content", "note_content_length", "content is empty or longer than 10,000 characters (edits must send 1..10,000)",
            "length(t.content) NOT BETWEEN 1 AND 10000", "notes_content_check", "'length ' || length(t.content)");
        Report("activities", "duration", "duration_negative", "duration is negative", "t.duration < 0", "activities_duration_minutes_check");
        Report("pipeline_stages", "name", "stage_name_not_slug", "the stage's name is not a slug (a-z, 0-9 and single '_')",
            "t.name !~ '^[a-z0-9]+(_[a-z0-9]+)*$'", "pipeline_stages_name_check");
        var resourceExists = string.Join(" ", ResourceTypes.Where(r => r.Key != "audit_logs")
            .Select(r => $"WHEN '{r.Value}' THEN EXISTS (SELECT 1 FROM {r.Key} x WHERE x.id = t.resource_id)"));
        Report("audit_logs", "resource_id", "audit_dangling_resource", "the audit row names a record that no longer exists",
            $"NOT CASE t.resource_type {resourceExists} ELSE true END", value: "t.resource_type || ' ' || t.resource_id");
        Report("audit_logs", "user_id", "audit_system_user", "written by user 0 (no user)", "t.user_id = 0");
        Report("audit_logs", "old_values", "audit_snapshot", "whole-record old/new snapshots (the audit API derives changes from them)",
            "t.old_values IS NOT NULL OR t.new_values IS NOT NULL", value: "t.action");
        return rules;

        void Enum(string table, string column, string[] allowed, string fallback, params (string Legacy, string Ours)[] aliases)
        {
            var trimmed = $"lower({Trim($"t.{column}")})";
            rules.Add(new("enum_case", table, column, $"{column} differs from an allowed value only by case or whitespace", FindingClass.Auto,
                $"t.{column} NOT IN ({List(allowed)}) AND {trimmed} IN ({List(allowed)})", Set("normalise", column, trimmed)));
            if (aliases.Length > 0)
                rules.Add(new("enum_legacy_value", table, column, $"{column} is a value of the Go service's enum that ours derives instead",
                    FindingClass.Auto, $"{trimmed} IN ({List(aliases.Select(a => a.Legacy))})",
                    Set($"map {string.Join(", ", aliases.Select(a => $"{a.Legacy} → {a.Ours}"))}", column,
                        $"CASE {trimmed} {string.Join(" ", aliases.Select(a => $"WHEN '{a.Legacy}' THEN '{a.Ours}'"))} END")));
            rules.Add(new("enum_unknown", table, column, $"{column} is unknown, empty or NULL", FindingClass.Decision,
                $"t.{column} IS NULL OR {trimmed} NOT IN ({List(allowed.Concat(aliases.Select(a => a.Legacy)))})", Policy: "unknown-enum",
                Options: new Dictionary<string, Fix> { ["default"] = Set($"set to the column default, '{fallback}'", column, $"'{fallback}'") }));
        }

        void Report(string table, string column, string code, string description, string condition, string? constraint = null, string? value = null) =>
            rules.Add(new(code, table, column, description, FindingClass.Report, condition, Constraint: constraint, Value: value));
    }
}
