namespace Crm.Api.Seeding;

/// <summary>
/// Word lists for generated data, most common first: the generator draws from them with a Zipf-like skew, so a
/// search for a common surname matches many rows and a rare one few, as in a real book of customers.
/// </summary>
static class Names
{
    public static readonly string[] First =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Maria", "Mohammed",
        "Wei", "Anna", "Laura", "Carlos", "Sofia", "Lucas", "Emma", "Olivia", "Noah", "Liam", "Ava", "Mia", "Ethan",
        "Amelia", "Harper", "Mateo", "Elena", "Hiroshi", "Yuki", "Priya", "Arjun", "Fatima", "Omar", "Aisha", "Chen",
        "Ming", "Lars", "Ingrid", "Pierre", "Camille", "Giulia", "Marco", "Jan", "Katarzyna", "Piotr", "Olga", "Ivan",
        "Sven", "Freya", "Niamh", "Sean", "Kwame", "Amara", "Tunde", "Zanele", "Diego", "Valentina", "Rafael", "Ana",
        "Hannah", "Jonas", "Lea", "Felix", "Mila", "Noor", "Yusuf", "Leila", "Kenji", "Sakura", "Min-jun", "Seo-yeon",
        "Aarav", "Ananya", "Tomas", "Eva", "Matteo", "Chiara", "Bruno", "Ines", "Oscar", "Alma", "Hugo", "Clara",
        "Viktor", "Nadia", "Dmitri", "Zara", "Idris", "Esme", "Rowan", "Ezra", "Greta", "Bodhi", "Thandiwe", "Ximena",
    ];

    public static readonly string[] Last =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez",
        "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
        "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Mueller", "Schmidt", "Schneider", "Fischer", "Weber",
        "Meyer", "Wagner", "Becker", "Dubois", "Laurent", "Moreau", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
        "Kowalski", "Nowak", "Wisniewski", "Ivanov", "Petrov", "Smirnov", "Jensen", "Nielsen", "Hansen", "Andersson",
        "Johansson", "Karlsson", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Sato", "Kim", "Park", "Choi", "Wang",
        "Li", "Zhang", "Liu", "Chen", "Singh", "Kumar", "Sharma", "Patel", "Gupta", "Khan", "Ali", "Hassan", "Ahmed",
        "Okafor", "Adeyemi", "Mensah", "Dlamini", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Fernandes",
        "O'Brien", "Murphy", "Kelly", "Byrne", "Novak", "Horvat", "Kovacs", "Szabo", "Papadopoulos", "Yilmaz", "Kaya",
        "Van der Berg", "De Vries", "Bakker", "Janssen", "Peeters", "Lindqvist", "Haddad", "Cohen", "Levi", "Abadi",
    ];

    /// <summary>
    /// A surname as a real book has them: the common names above carry about a third of the people, "Smith" (the first)
    /// about 1 %, as in the US census; the rest is a long tail of 4,000 rarer names built from syllables. A search for a
    /// common surname thus matches about 1 % of a book and a rare one a handful of rows.
    /// </summary>
    public static string Surname(ref Rng rng) => rng.Chance(0.35)
        ? rng.Skewed(Last, 1.4)
        : $"{rng.Pick(SurnameStarts)}{rng.Pick(SurnameMiddles)}{rng.Pick(SurnameEnds)}";

    static readonly string[] SurnameStarts =
    [
        "Al", "Bar", "Bel", "Bran", "Cal", "Cor", "Dor", "Dun", "El", "Fen", "Gar", "Gold", "Hal", "Hart", "Kel", "Lin",
        "Mar", "Mor", "Nor", "Ost", "Pem", "Quin", "Rad", "Ros", "Sel", "Stan", "Tor", "Ul", "Var", "Wes", "Whit", "Yor",
        "Zel", "Ash", "Black", "Brook", "Fair", "Horn", "Lang", "Wald",
    ];

    static readonly string[] SurnameMiddles = ["", "a", "e", "i", "o", "en", "er", "in", "ow", "ing"];

    static readonly string[] SurnameEnds = ["berg", "by", "court", "dale", "ford", "ham", "ley", "man", "more", "ridge"];

    public static readonly string[] CompanyWords =
    [
        "Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Vandelay", "Hooli", "Bluebird",
        "Brightwave", "Summit", "Pinnacle", "Evergreen", "Silverline", "Redwood", "Ironclad", "Horizon", "Keystone",
        "Lighthouse", "Meridian", "Nimbus", "Oakridge", "Polaris", "Quantum", "Riverbend", "Sapphire", "Tidewater",
        "Union", "Vertex", "Westfield", "Yellowstone", "Zenith", "Atlas", "Beacon", "Cascade", "Driftwood", "Ember",
        "Falcon", "Granite", "Harbor", "Indigo", "Juniper", "Kestrel", "Lumen", "Mosaic", "Nordic", "Orchid", "Prairie",
        "Quarry", "Sterling", "Tundra", "Upland", "Velvet", "Willow", "Apex", "Boreal", "Copper", "Delta", "Echo",
    ];

    public static readonly string[] Industries =
    [
        "Logistics", "Software", "Health", "Foods", "Energy", "Capital", "Consulting", "Manufacturing", "Media", "Retail",
        "Labs", "Robotics", "Analytics", "Design", "Travel", "Insurance", "Textiles", "Motors", "Pharma", "Systems",
        "Hospitality", "Construction", "Education", "Telecom", "Agritech", "Biotech", "Security", "Networks", "Studios",
    ];

    public static readonly string[] CompanySuffixes = ["Inc", "LLC", "Ltd", "GmbH", "Group", "Co", "SA", "BV", "AB", "Partners", "", "", ""];

    public static readonly string[] FreeMail = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de"];

    public static readonly string[] JobTitles =
    [
        "CEO", "CTO", "CFO", "COO", "Head of Sales", "Sales Manager", "Procurement Lead", "Operations Manager",
        "Marketing Director", "IT Manager", "Office Manager", "Founder", "Product Manager", "Engineering Manager",
        "Purchasing Agent", "Account Executive", "VP Engineering", "HR Director", "Finance Manager", "Owner",
    ];

    public static readonly string[] Products =
    [
        "Annual subscription", "Platform licence", "Onboarding package", "Support renewal", "Enterprise upgrade",
        "Pilot project", "Consulting retainer", "Seat expansion", "Data migration", "Training programme", "Integration",
    ];

    public static readonly string[] LostReasons =
    [
        "Chose a competitor", "Budget cut", "No decision", "Timing not right", "Price too high", "Missing feature",
    ];

    public static readonly string[] NoteLines =
    [
        "Asked for a revised quote with volume pricing.", "Decision maker is on holiday until next month.",
        "Very interested in the analytics module.", "Concerned about migration effort from their current tool.",
        "Budget approved for next quarter.", "Wants references from customers in the same industry.",
        "Legal is reviewing the contract terms.", "Prefers to be contacted in the morning.",
        "Mentioned two other vendors in the evaluation.", "Happy with support response times so far.",
        "Needs SSO and audit logs before signing.", "Renewal coming up; expand seats if the pilot goes well.",
    ];

    public static readonly string[] Outcomes =
    [
        "Left a voicemail", "Agreed next steps", "Sent follow-up material", "Demo went well", "Rescheduled by customer",
        "Pricing discussed", "No answer",
    ];

    /// <summary>The tag catalogue, common first: "Newsletter" is on many customers, "Partner" on few.</summary>
    public static readonly (string Name, string Color)[] Tags =
    [
        ("Newsletter", "#64748b"), ("SMB", "#0ea5e9"), ("Inbound", "#22c55e"), ("Enterprise", "#6366f1"),
        ("Referral", "#f59e0b"), ("Trade show", "#ec4899"), ("Upsell", "#14b8a6"), ("At risk", "#ef4444"),
        ("VIP", "#a855f7"), ("Renewal due", "#f97316"), ("Beta tester", "#84cc16"), ("Partner", "#0f766e"),
    ];
}
