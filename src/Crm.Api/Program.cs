using Crm.Api;

// The same program serves and administers: serve (default), migrate, token.
return await Cli.RunAsync(args);

public partial class Program;
