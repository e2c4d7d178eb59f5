namespace Crm.Api.Seeding;

/// <summary>One table's binary COPY: its column list, rows per customer (for progress), and the rows of customer i.</summary>
public sealed record SeedTable(string Name, string Columns, double RowsPerCustomer, Func<CopyWriter, Dataset, long, int> Write);

/// <summary>
/// The rows of each table for one customer index, with the arithmetic ids of <see cref="Dataset"/> (cheaper for COPY
/// than the identity column's <c>nextval</c> per row).
/// </summary>
public static class Tables
{
    public static readonly SeedTable[] All =
    [
        new("customers", "id, name, email, phone, company, role, status, assigned_to, contacted, next_follow_up_at, " +
            "preferred_contact_method, do_not_contact, notes, created_at, updated_at", 1, Customer),
        new("contacts", "id, customer_id, first_name, last_name, email, phone, position, is_primary, created_at, updated_at",
            Dataset.ContactsPerCustomer, Contacts),
        new("deals", "id, title, description, customer_id, contact_id, stage, pipeline_id, amount, currency, probability, expected_close_date, " +
            "actual_close_date, owner_id, lost_reason, stage_changed_at, created_at, updated_at", 1.5, Deals),
        new("deal_stage_history", "id, deal_id, from_stage, to_stage, changed_by, changed_at", 2.5, StageHistory),
        new("activities", "id, type, title, description, status, priority, customer_id, deal_id, contact_id, assigned_to, due_date, " +
            "duration_minutes, outcome, completed_at, created_at, updated_at", Dataset.ActivitiesPerCustomer, Activities),
        new("notes", "id, content, customer_id, deal_id, author_id, author_name, created_at, updated_at", Dataset.NotesPerCustomer, Notes),
        new("customer_tags", "customer_id, tag_id, created_at", 1, CustomerTags),
    ];

    static readonly string[] ContactMethods = Customers.ContactMethod.All;
    static readonly string[] ActivityTypes = ["call", "email", "meeting", "task", "note"];
    static readonly int[] ActivityTypeWeights = [30, 30, 15, 20, 5];
    static readonly string[] Priorities = ["low", "normal", "high", "urgent"];
    static readonly int[] PriorityWeights = [20, 55, 20, 5];
    static readonly int[] TagCountWeights = [35, 40, 18, 7];

    static void W(CopyWriter w, string? value) { if (value is null) w.WriteNull(); else w.Write(value); }
    static void W(CopyWriter w, long? value) { if (value is null) w.WriteNull(); else w.Write(value.Value); }
    static void W(CopyWriter w, int? value) { if (value is null) w.WriteNull(); else w.Write(value.Value); }
    static void W(CopyWriter w, DateTime? value) { if (value is null) w.WriteNull(); else w.Write(value.Value); }
    static void W(CopyWriter w, bool value) => w.Write(value);

    static int Customer(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out var rng);
        var status = d.Status(ref rng);
        var now = d.Plan.Now;
        w.StartRow();
        W(w, d.CustomerId(i));
        W(w, $"{c.First} {c.Last}");
        W(w, $"{Dataset.Slug(c.First)}.{Dataset.Slug(c.Last)}{d.CustomerId(i)}@{c.Domain}");
        W(w, rng.Chance(0.9) ? Dataset.Phone(ref rng) : null);
        W(w, c.Company);
        W(w, rng.Chance(0.8) ? rng.Pick(Names.JobTitles) : null);
        W(w, status);
        W(w, c.Owner);
        W(w, status != "lead" || rng.Chance(0.3));
        W(w, rng.Chance(0.4) ? now.AddSeconds(rng.Between(-30 * 86400, 60 * 86400)) : (DateTime?)null);
        W(w, rng.Chance(0.8) ? rng.Pick(ContactMethods) : null);
        W(w, rng.Chance(0.03));
        W(w, rng.Chance(0.2) ? rng.Pick(Names.NoteLines) : null);
        W(w, c.CreatedAt);
        W(w, d.Between(ref rng, c.CreatedAt));
        return 1;
    }

    static int Contacts(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.ContactStream);
        for (var k = 0; k < Dataset.ContactsPerCustomer; k++)
        {
            // The first contact is the customer person; the second a colleague at the same address.
            var (first, last) = k == 0 ? (c.First, c.Last) : (rng.Skewed(Names.First, 1.8), Names.Surname(ref rng));
            var created = k == 0 ? c.CreatedAt : d.Between(ref rng, c.CreatedAt);
            w.StartRow();
            W(w, d.ContactId(i, k));
            W(w, d.CustomerId(i));
            W(w, first);
            W(w, last);
            W(w, $"{Dataset.Slug(first)}.{Dataset.Slug(last)}{d.CustomerId(i)}{(k == 0 ? "" : "b")}@{c.Domain}");
            W(w, rng.Chance(0.7) ? Dataset.Phone(ref rng) : null);
            W(w, rng.Chance(0.8) ? rng.Pick(Names.JobTitles) : null);
            W(w, k == 0);
            W(w, created);
            W(w, created);
        }
        return Dataset.ContactsPerCustomer;
    }

    static int Deals(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        for (var k = 0; k < Dataset.DealsOf(i); k++)
        {
            var deal = d.Deal(i, k, c, out var rng);
            var closed = deal.Stage.Kind != "open";
            w.StartRow();
            W(w, d.DealId(i, k));
            W(w, $"{c.Company ?? $"{c.First} {c.Last}"} – {rng.Skewed(Names.Products, 1.5)}");
            W(w, rng.Chance(0.3) ? rng.Pick(Names.NoteLines) : null);
            W(w, d.CustomerId(i));
            W(w, d.ContactId(i, 0));
            W(w, deal.Stage.Name);
            W(w, deal.Stage.PipelineId);
            w.Write(deal.Amount);
            W(w, deal.Currency);
            W(w, deal.Stage.Probability);
            W(w, deal.CreatedAt.AddDays(rng.Between(30, 150)));
            W(w, closed ? deal.StageChangedAt : null);
            W(w, c.Owner);
            W(w, deal.Stage.Kind == "lost" ? rng.Pick(Names.LostReasons) : null);
            W(w, deal.StageChangedAt);
            W(w, deal.CreatedAt);
            W(w, deal.StageChangedAt);
        }
        return Dataset.DealsOf(i);
    }

    /// <summary>Every deal starts in the first stage; one that moved on has a second row for that move.</summary>
    static int StageHistory(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        var rows = 0;
        for (var k = 0; k < Dataset.DealsOf(i); k++)
        {
            var deal = d.Deal(i, k, c, out _);
            var owner = c.Owner ?? d.Plan.Users[0].Id;
            Row(0, null, d.FirstStage.Name, deal.CreatedAt);
            if (deal.Stage != d.FirstStage) Row(1, d.FirstStage.Name, deal.Stage.Name, deal.StageChangedAt);

            void Row(int move, string? from, string to, DateTime at)
            {
                w.StartRow();
                W(w, d.StageHistoryId(i, k, move));
                W(w, d.DealId(i, k));
                W(w, from);
                W(w, to);
                W(w, owner);
                W(w, at);
                rows++;
            }
        }
        return rows;
    }

    static int Activities(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.ActivityStream);
        var now = d.Plan.Now;
        for (var k = 0; k < Dataset.ActivitiesPerCustomer; k++)
        {
            var type = ActivityTypes[rng.Weighted(ActivityTypeWeights)];
            // Most work is done and in the past; some is overdue; the rest is due in the next six weeks or undated.
            var past = rng.Chance(0.7);
            DateTime? due = past ? d.Between(ref rng, c.CreatedAt) : type == "task" && rng.Chance(0.2) ? null : now.AddSeconds(rng.Between(600, 45 * 86400));
            var status = !past ? "scheduled" : rng.Weighted([80, 8, 12]) switch { 0 => "completed", 1 => "cancelled", _ => "scheduled" };
            var created = due is { } at && at < now ? at.AddDays(-rng.Between(1, 14)) : now.AddSeconds(-rng.Between(0, 14 * 86400));
            if (created < c.CreatedAt) created = c.CreatedAt;
            DateTime? completed = status == "completed" ? due!.Value.AddMinutes(rng.Between(5, 240)) : null;
            if (completed > now) completed = now;
            var contact = rng.Below(3) switch { 0 => (long?)null, var n => d.ContactId(i, n - 1) };
            w.StartRow();
            W(w, d.ActivityId(i, k));
            W(w, type);
            W(w, type switch
            {
                "call" => $"Call {c.First} {c.Last}",
                "email" => $"Email {c.First} about {rng.Skewed(Names.Products, 1.5).ToLowerInvariant()}",
                "meeting" => $"Meeting with {c.Company ?? c.Last}",
                "task" => $"Prepare {rng.Skewed(Names.Products, 1.5).ToLowerInvariant()} quote",
                _ => $"Log conversation with {c.First}",
            });
            W(w, rng.Chance(0.25) ? rng.Pick(Names.NoteLines) : null);
            W(w, status);
            W(w, Priorities[rng.Weighted(PriorityWeights)]);
            W(w, d.CustomerId(i));
            W(w, rng.Chance(0.4) ? d.DealId(i, 0) : null);
            W(w, contact);
            W(w, rng.Chance(0.85) ? c.Owner : d.User(ref rng).Id);
            W(w, due);
            W(w, type is "call" ? rng.Between(5, 45) : type is "meeting" ? rng.Between(30, 90) : null);
            W(w, status == "completed" ? rng.Pick(Names.Outcomes) : null);
            W(w, completed);
            W(w, created);
            W(w, completed ?? created);
        }
        return Dataset.ActivitiesPerCustomer;
    }

    static int Notes(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.NoteStream);
        for (var k = 0; k < Dataset.NotesPerCustomer; k++)
        {
            var author = rng.Chance(0.8) && c.Owner is { } owner ? owner : d.User(ref rng).Id;
            var created = d.Between(ref rng, c.CreatedAt);
            w.StartRow();
            W(w, d.NoteId(i, k));
            W(w, rng.Chance(0.4) ? $"{rng.Pick(Names.NoteLines)} {rng.Pick(Names.NoteLines)}" : rng.Pick(Names.NoteLines));
            W(w, d.CustomerId(i));
            W(w, rng.Chance(0.3) ? d.DealId(i, 0) : null);
            W(w, author);
            W(w, d.UserName(author));
            W(w, created);
            W(w, created);
        }
        return Dataset.NotesPerCustomer;
    }

    static int CustomerTags(CopyWriter w, Dataset d, long i)
    {
        var c = d.Customer(i, out _);
        var rng = Rng.For(d.Plan.Seed, i, Dataset.TagStream);
        var count = Math.Min(d.TagIds.Count, rng.Weighted(TagCountWeights));
        Span<int> chosen = stackalloc int[3];
        var rows = 0;
        while (rows < count)
        {
            var tag = rng.SkewedIndex(d.TagIds.Count, 1.8);
            if (chosen[..rows].Contains(tag)) continue;
            chosen[rows++] = tag;
            w.StartRow();
            W(w, d.CustomerId(i));
            W(w, d.TagIds[tag]);
            W(w, d.Between(ref rng, c.CreatedAt));
        }
        return rows;
    }
}
