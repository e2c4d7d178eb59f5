namespace Crm.Api.Seeding.Legacy;

/// <summary>Something the legacy generator planted on purpose: the row, and the adoption rule that must report it.</summary>
public sealed record PlantedDirt(string Table, long Id, string Rule);

/// <summary>
/// The rows of the Go service's tables for customer index i, in its columns (int4 ids, <c>duration</c>, notes'
/// <c>activity_id</c>, no stage history), drawn from the bulk <see cref="Dataset"/> so that names, companies, owners and
/// dates are as realistic as the benchmark's. On top of them, every kind of dirt of reference/legacy-database.md, by
/// <c>i % 100</c>: at most one kind per customer, so each kind is about 1 % of its table and every kind appears
/// (<see cref="Dirt"/> names which) as soon as there are 100 customers.
/// </summary>
public sealed class LegacyTables(Dataset d, Action<PlantedDirt>? plant)
{
    public const int Period = 100;

    /// <summary>The kinds of dirt by <c>i % Period</c>.</summary>
    public static class Dirt
    {
        public const int StatusCase = 1, StatusUnknown = 2, EmailCaseDuplicate = 3, DeletedEmailVariant = 4, EmptyName = 5, NullContacted = 6,
            NullCreated = 7, NullUpdated = 8, InvalidEmail = 9, TwoPrimaries = 10, NoPrimary = 11, EmptyFirstName = 12, NullPrimary = 13,
            InvalidContactEmail = 14, DealNullCreated = 15, StageCase = 20, StageSpelling = 21, StageUnknown = 22, StageEmpty = 23,
            Probability = 24, Amount = 25, CurrencyCase = 26, CurrencyInvalid = 27, ForeignContact = 28, EmptyTitle = 29, ActivityCase = 30,
            ActivityUnknown = 31, Overdue = 32, ContactOnly = 33, Unlinked = 34, ForeignDeal = 35, EmptyActivityTitle = 36,
            NegativeDuration = 37, ActivityNullUpdated = 38, NoteActivityOnly = 40, NoteUnlinked = 41, LongNote = 42,
            NoteOnUnlinkedActivity = 43, NoteNullCreated = 44, TaggedBothCases = 50, TaggedLowerCase = 51, TaggedUpperCase = 52;
    }

    /// <summary>Tag ids of the catalogue (1–12 are Names.Tags) and the planted ones.</summary>
    public const int Vip = 9, VipLowerCase = 13, NewsletterUpperCase = 20;

    static readonly string[] ActivityTypes = ["call", "email", "meeting", "task", "note"];
    static readonly string[] Priorities = ["low", "normal", "high"];

    static void W(CopyWriter w, string? value) { if (value is null) w.WriteNull(); else w.Write(value); }
    static void W(CopyWriter w, long? value) { if (value is null) w.WriteNull(); else w.Write((int)value.Value); }
    static void W(CopyWriter w, DateTime? value) { if (value is null) w.WriteNull(); else w.Write(value.Value); }
    static void W(CopyWriter w, bool? value) { if (value is null) w.WriteNull(); else w.Write(value.Value); }

    static int Kind(long i) => (int)(i % Period);
    static T Cycle<T>(long i, params T[] values) => values[(int)(i / Period % values.Length)];

    void Plant(string table, long id, string rule) => plant?.Invoke(new PlantedDirt(table, id, rule));

    public static readonly (string Name, string Columns, Func<LegacyTables, CopyWriter, long, int> Write)[] All =
    [
        ("customers", "id, name, email, phone, company, role, status, assigned_to, contacted, next_follow_up_at, notes, created_at, updated_at, deleted_at",
            (t, w, i) => t.Customer(w, i)),
        ("contacts", "id, customer_id, first_name, last_name, email, phone, position, is_primary, notes, created_at, updated_at, deleted_at",
            (t, w, i) => t.Contacts(w, i)),
        ("deals", "id, title, description, customer_id, contact_id, stage, amount, currency, probability, expected_close_date, actual_close_date, " +
                  "owner_id, lost_reason, created_at, updated_at, deleted_at", (t, w, i) => t.Deals(w, i)),
        ("activities", "id, title, description, type, status, customer_id, deal_id, contact_id, assigned_to, due_date, completed_at, duration, " +
                       "outcome, priority, created_at, updated_at, deleted_at", (t, w, i) => t.Activities(w, i)),
        ("notes", "id, content, customer_id, deal_id, activity_id, author_id, author_name, created_at, updated_at, deleted_at", (t, w, i) => t.Notes(w, i)),
        ("customer_tags", "customer_id, tag_id", (t, w, i) => t.CustomerTags(w, i)),
    ];

    public string Email(long i)
    {
        var c = d.Customer(i, out _);
        return $"{Dataset.Slug(c.First)}.{Dataset.Slug(c.Last)}{d.CustomerId(i)}@{c.Domain}";
    }

    int Customer(CopyWriter w, long i)
    {
        var c = d.Customer(i, out var rng);
        var id = d.CustomerId(i);
        var status = d.Status(ref rng);
        var email = Email(i);
        var name = $"{c.First} {c.Last}";
        bool? contacted = status != "lead" || rng.Chance(0.3);
        DateTime? created = c.CreatedAt, updated = d.Between(ref rng, c.CreatedAt);
        // Some customers were deleted, none of those that carry dirt (a deleted customer's rows are not all reported).
        var deleted = rng.Chance(0.05) && Kind(i) >= 60 ? updated : null;
        switch (Kind(i))
        {
            case Dirt.StatusCase: status = Cycle(i, "Active", " lead", "PROSPECT "); Plant("customers", id, "enum_case"); break;
            case Dirt.StatusUnknown: status = Cycle(i, "vip", "", null); Plant("customers", id, "enum_unknown"); break;
            case Dirt.EmailCaseDuplicate:
                // The previous customer (older, live) keeps its e-mail; this newer one has it with a capital first letter.
                var older = Email(i - 1);
                email = char.ToUpperInvariant(older[0]) + older[1..];
                Plant("customers", d.CustomerId(i - 1), "email_case_duplicate");
                break;
            case Dirt.DeletedEmailVariant:
                // Soft-deleted with another customer's e-mail in upper case: allowed, and no finding (only live customers count).
                email = Email(i - 2).ToUpperInvariant();
                deleted = updated;
                break;
            case Dirt.EmptyName: name = ""; Plant("customers", id, "empty_name"); break;
            case Dirt.NullContacted: contacted = null; Plant("customers", id, "null_boolean"); break;
            case Dirt.NullCreated: created = null; Plant("customers", id, "null_timestamp"); break;
            case Dirt.NullUpdated: updated = null; Plant("customers", id, "null_timestamp"); break;
            case Dirt.InvalidEmail: email = $"customer {id} at example"; Plant("customers", id, "email_invalid"); break;
        }
        w.StartRow();
        W(w, id);
        W(w, name);
        W(w, email);
        W(w, rng.Chance(0.9) ? Dataset.Phone(ref rng) : null);
        W(w, c.Company);
        W(w, rng.Chance(0.8) ? rng.Pick(Names.JobTitles) : null);
        W(w, status);
        W(w, c.Owner);
        W(w, contacted);
        W(w, rng.Chance(0.4) ? d.Plan.Now.AddSeconds(rng.Between(-30 * 86400, 60 * 86400)) : (DateTime?)null);
        W(w, rng.Chance(0.2) ? rng.Pick(Names.NoteLines) : null);
        W(w, created);
        W(w, updated);
        W(w, deleted);
        return 1;
    }

    int Contacts(CopyWriter w, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.ContactStream);
        for (var k = 0; k < Dataset.ContactsPerCustomer; k++)
        {
            var (first, last) = k == 0 ? (c.First, c.Last) : (rng.Skewed(Names.First, 1.8), Names.Surname(ref rng));
            var created = k == 0 ? c.CreatedAt : d.Between(ref rng, c.CreatedAt).AddSeconds(1);
            var id = d.ContactId(i, k);
            bool? primary = k == 0;
            string? email = $"{Dataset.Slug(first)}.{Dataset.Slug(last)}{d.CustomerId(i)}{(k == 0 ? "" : "b")}@{c.Domain}";
            if (k == 1)
                switch (Kind(i))
                {
                    case Dirt.TwoPrimaries: primary = true; Plant("contacts", id, "several_primary_contacts"); break;
                    case Dirt.EmptyFirstName: first = ""; Plant("contacts", id, "empty_name"); break;
                    case Dirt.NullPrimary: primary = null; Plant("contacts", id, "null_boolean"); break;
                    case Dirt.InvalidContactEmail: email = "n/a"; Plant("contacts", id, "email_invalid"); break;
                }
            if (k == 0 && Kind(i) == Dirt.NoPrimary) { primary = false; Plant("customers", d.CustomerId(i), "no_primary_contact"); }
            w.StartRow();
            W(w, id);
            W(w, d.CustomerId(i));
            W(w, first);
            W(w, last);
            W(w, email);
            W(w, rng.Chance(0.7) ? Dataset.Phone(ref rng) : null);
            W(w, rng.Chance(0.8) ? rng.Pick(Names.JobTitles) : null);
            W(w, primary);
            W(w, rng.Chance(0.1) ? rng.Pick(Names.NoteLines) : null);
            W(w, created);
            W(w, created);
            W(w, (DateTime?)null);
        }
        return Dataset.ContactsPerCustomer;
    }

    int Deals(CopyWriter w, long i)
    {
        var c = d.Customer(i, out _);
        for (var k = 0; k < Dataset.DealsOf(i); k++)
        {
            var deal = d.Deal(i, k, c, out var rng);
            var id = d.DealId(i, k);
            var closed = deal.Stage.Kind != "open";
            string? stage = deal.Stage.Name, currency = deal.Currency, title = $"{c.Company ?? $"{c.First} {c.Last}"} – {rng.Skewed(Names.Products, 1.5)}";
            decimal? amount = deal.Amount;
            int? probability = deal.Stage.Probability;
            long? contact = d.ContactId(i, 0);
            DateTime? created = deal.CreatedAt;
            if (k == 0)
                switch (Kind(i))
                {
                    case Dirt.StageCase: stage = Cycle(i, "Prospecting", " negotiation", "QUALIFICATION"); Plant("deals", id, "enum_case"); break;
                    case Dirt.StageSpelling: stage = Cycle(i, "closed-won", "Closed Won", "won", "lost", "Closed-Lost"); Plant("deals", id, "stage_spelling"); break;
                    case Dirt.StageUnknown: stage = Cycle(i, "On Hold", "legal_review", "Waiting-For-Budget", "follow-up"); Plant("deals", id, "stage_unknown"); break;
                    case Dirt.StageEmpty: stage = Cycle(i, "", null, "  "); Plant("deals", id, "enum_unknown"); break;
                    case Dirt.Probability: probability = Cycle<int?>(i, 150, -10, null); Plant("deals", id, "probability_out_of_range"); break;
                    case Dirt.Amount: amount = Cycle<decimal?>(i, -500m, null); Plant("deals", id, "amount_invalid"); break;
                    case Dirt.CurrencyCase: currency = Cycle(i, "usd", "eur", "Gbp"); Plant("deals", id, "currency_case"); break;
                    case Dirt.CurrencyInvalid: currency = Cycle(i, "US$", "", null, "12"); Plant("deals", id, "currency_invalid"); break;
                    case Dirt.ForeignContact: contact = d.ContactId(i - 1, 0); Plant("deals", id, "deal_contact_other_customer"); break;
                    case Dirt.EmptyTitle: title = ""; Plant("deals", id, "empty_name"); break;
                    case Dirt.DealNullCreated: created = null; Plant("deals", id, "null_timestamp"); break;
                }
            w.StartRow();
            W(w, id);
            W(w, title);
            W(w, rng.Chance(0.3) ? rng.Pick(Names.NoteLines) : null);
            W(w, d.CustomerId(i));
            W(w, contact);
            W(w, stage);
            if (amount is null) w.WriteNull(); else w.Write(amount.Value);
            W(w, currency);
            if (probability is null) w.WriteNull(); else w.Write(probability.Value);
            W(w, deal.CreatedAt.AddDays(rng.Between(30, 150)));
            W(w, closed ? deal.StageChangedAt : null);
            W(w, c.Owner);
            W(w, deal.Stage.Kind == "lost" ? rng.Pick(Names.LostReasons) : null);
            W(w, created);
            W(w, deal.StageChangedAt);
            W(w, (DateTime?)null);
        }
        return Dataset.DealsOf(i);
    }

    int Activities(CopyWriter w, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.ActivityStream);
        var now = d.Plan.Now;
        for (var k = 0; k < Dataset.ActivitiesPerCustomer; k++)
        {
            var id = d.ActivityId(i, k);
            string? type = ActivityTypes[rng.Below(ActivityTypes.Length)];
            var past = rng.Chance(0.7);
            DateTime? due = past ? d.Between(ref rng, c.CreatedAt) : now.AddSeconds(rng.Between(600, 45 * 86400));
            string? status = past && rng.Chance(0.8) ? "completed" : "scheduled", priority = Priorities[rng.Below(Priorities.Length)];
            string title = $"{char.ToUpperInvariant(type[0])}{type[1..]} with {c.First} {c.Last}";
            long? customer = d.CustomerId(i), deal = rng.Chance(0.4) ? d.DealId(i, 0) : null, contact = rng.Chance(0.5) ? d.ContactId(i, 0) : null;
            int? duration = type is "call" or "meeting" ? rng.Between(5, 90) : null;
            var created = (due < now ? due.Value : now).AddDays(-rng.Between(1, 14));
            if (created < c.CreatedAt) created = c.CreatedAt;
            DateTime? updated = created;
            switch (Kind(i), k)
            {
                case (Dirt.ActivityCase, 0): type = "Call"; Plant("activities", id, "enum_case"); break;
                case (Dirt.ActivityCase, 1): status = "Completed"; Plant("activities", id, "enum_case"); break;
                case (Dirt.ActivityCase, 2): priority = "HIGH "; Plant("activities", id, "enum_case"); break;
                case (Dirt.ActivityUnknown, 0): type = Cycle(i, "sms", ""); Plant("activities", id, "enum_unknown"); break;
                case (Dirt.ActivityUnknown, 1): status = Cycle(i, "done", null); Plant("activities", id, "enum_unknown"); break;
                case (Dirt.ActivityUnknown, 2): priority = Cycle(i, "critical", null); Plant("activities", id, "enum_unknown"); break;
                case (Dirt.Overdue, 0): status = Cycle(i, "overdue", "Overdue"); Plant("activities", id, "enum_legacy_value"); break;
                case (Dirt.ContactOnly, 0): (customer, deal, contact) = (null, null, d.ContactId(i, 1)); Plant("activities", id, "activity_contact_only"); break;
                case (Dirt.Unlinked, 0): (customer, deal, contact) = (null, null, null); Plant("activities", id, "activity_unlinked"); break;
                case (Dirt.ForeignDeal, 0): deal = d.DealId(i - 1, 0); Plant("activities", id, "activity_deal_customer_mismatch"); break;
                case (Dirt.EmptyActivityTitle, 0): title = ""; Plant("activities", id, "empty_name"); break;
                case (Dirt.NegativeDuration, 0): duration = -15; Plant("activities", id, "duration_negative"); break;
                case (Dirt.ActivityNullUpdated, 0): updated = null; Plant("activities", id, "null_timestamp"); break;
            }
            w.StartRow();
            W(w, id);
            W(w, title);
            W(w, rng.Chance(0.25) ? rng.Pick(Names.NoteLines) : null);
            W(w, type);
            W(w, status);
            W(w, customer);
            W(w, deal);
            W(w, contact);
            W(w, rng.Chance(0.85) ? c.Owner : d.User(ref rng).Id);
            W(w, due);
            W(w, status == "completed" ? due : null);
            W(w, duration);
            W(w, status == "completed" ? rng.Pick(Names.Outcomes) : null);
            W(w, priority);
            W(w, created);
            W(w, updated);
            W(w, (DateTime?)null);
        }
        return Dataset.ActivitiesPerCustomer;
    }

    int Notes(CopyWriter w, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.NoteStream);
        for (var k = 0; k < Dataset.NotesPerCustomer; k++)
        {
            var id = d.NoteId(i, k);
            var author = rng.Chance(0.8) && c.Owner is { } owner ? owner : d.User(ref rng).Id;
            DateTime? created = d.Between(ref rng, c.CreatedAt);
            var content = rng.Chance(0.4) ? $"{rng.Pick(Names.NoteLines)} {rng.Pick(Names.NoteLines)}" : rng.Pick(Names.NoteLines);
            long? customer = d.CustomerId(i), deal = rng.Chance(0.3) ? d.DealId(i, 0) : null, activity = null;
            switch (Kind(i), k)
            {
                case (Dirt.NoteActivityOnly, 0): (customer, deal, activity) = (null, null, d.ActivityId(i, 0)); Plant("notes", id, "note_activity_only"); break;
                case (Dirt.NoteUnlinked, 0): (customer, deal) = (null, null); Plant("notes", id, "note_unlinked"); break;
                case (Dirt.LongNote, 0): content = string.Concat(Enumerable.Repeat(content + " ", 12_000 / (content.Length + 1) + 1)); Plant("notes", id, "note_content_length"); break;
                case (Dirt.NoteOnUnlinkedActivity, 0) when i >= Dirt.NoteOnUnlinkedActivity - Dirt.Unlinked:
                    (customer, deal, activity) = (null, null, d.ActivityId(i - (Dirt.NoteOnUnlinkedActivity - Dirt.Unlinked), 0));
                    Plant("notes", id, "note_unlinked");
                    break;
                case (Dirt.NoteNullCreated, 0): created = null; Plant("notes", id, "null_timestamp"); break;
            }
            w.StartRow();
            W(w, id);
            W(w, content);
            W(w, customer);
            W(w, deal);
            W(w, activity);
            W(w, author);
            W(w, d.UserName(author));
            W(w, created);
            W(w, created ?? d.Plan.Now);
            W(w, (DateTime?)null);
        }
        return Dataset.NotesPerCustomer;
    }

    int CustomerTags(CopyWriter w, long i)
    {
        var rng = Rng.For(d.Plan.Seed, i, Dataset.TagStream);
        var tags = new SortedSet<long>();
        for (var n = rng.Below(3); n > 0; n--) tags.Add(d.TagIds[rng.SkewedIndex(d.TagIds.Count, 1.8)]);
        switch (Kind(i))
        {
            case Dirt.TaggedBothCases: tags.Add(Vip); tags.Add(VipLowerCase); break;
            case Dirt.TaggedLowerCase: tags.Remove(Vip); tags.Add(VipLowerCase); break;
            case Dirt.TaggedUpperCase: tags.Add(NewsletterUpperCase); break;
        }
        foreach (var tag in tags)
        {
            w.StartRow();
            W(w, d.CustomerId(i));
            W(w, tag);
        }
        return tags.Count;
    }
}
