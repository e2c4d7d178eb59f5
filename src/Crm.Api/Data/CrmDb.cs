using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Data;

public sealed class CrmDb(DbContextOptions<CrmDb> options) : DbContext(options)
{
    public DbSet<Customers.Customer> Customers => Set<Customers.Customer>();
    public DbSet<Contacts.Contact> Contacts => Set<Contacts.Contact>();
    public DbSet<PipelineStages.PipelineStage> PipelineStages => Set<PipelineStages.PipelineStage>();
    public DbSet<Deals.Deal> Deals => Set<Deals.Deal>();
    public DbSet<Deals.DealStageChange> DealStageHistory => Set<Deals.DealStageChange>();
    public DbSet<Activities.Activity> Activities => Set<Activities.Activity>();
    public DbSet<Notes.Note> Notes => Set<Notes.Note>();
    public DbSet<Tags.Tag> Tags => Set<Tags.Tag>();
    public DbSet<Tags.CustomerTag> CustomerTags => Set<Tags.CustomerTag>();
    public DbSet<AuditLogs.AuditLog> AuditLogs => Set<AuditLogs.AuditLog>();
    public DbSet<Attachments.Attachment> Attachments => Set<Attachments.Attachment>();
    public DbSet<Jobs.Job> Jobs => Set<Jobs.Job>();
    public DbSet<Jobs.JobError> JobErrors => Set<Jobs.JobError>();
    public DbSet<Api.CustomFields.CustomField> CustomFields => Set<Api.CustomFields.CustomField>();
    public DbSet<Pipelines.Pipeline> Pipelines => Set<Pipelines.Pipeline>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDb).Assembly);
        modelBuilder.HasDbFunction(() => Api.Customers.CustomerSearch.Text(default!, default!, default, default)).HasName("customer_search_text");
        Api.CustomFields.CustomFieldSql.Register(modelBuilder);
        Http.ListWindow.Register(modelBuilder);

        // The schema is snake_case (migrations/*.sql); the C# model is PascalCase. Row versions are xmin.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(property.IsConcurrencyToken ? "xmin" : SnakeCase(property.Name));
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
