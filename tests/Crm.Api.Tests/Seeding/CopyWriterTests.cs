using System.Globalization;
using Crm.Api.Seeding;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Seeding;

/// <summary>The seed's binary COPY writer against a real PostgreSQL: what it writes is what PostgreSQL reads back.</summary>
public class CopyWriterTests : IAsyncLifetime
{
    const string Columns = "id, big, flag, at, amount, exact, name, label, code";

    string _database = "";
    NpgsqlConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateEmptyAsync();
        _connection = new NpgsqlConnection(TestDatabase.ConnectionString(_database));
        await _connection.OpenAsync();
        await Execute("""
            CREATE TABLE copied (
                id integer, big bigint, flag boolean, at timestamptz, amount numeric(15,2), exact numeric,
                name text, label varchar(40), code char(3))
            """);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(_database);
    }

    async Task Execute(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync();
    }

    async Task<List<object?[]>> Rows(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int microsecond = 0) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(microsecond * TimeSpan.TicksPerMicrosecond);

    [Fact]
    public async Task EveryTypeReadsBackAsWritten()
    {
        var rows = new (int Id, long Big, bool Flag, DateTime At, decimal Amount, string Name, string Label, string Code)[]
        {
            (1, 0, false, Utc(2000, 1, 1), 0m, "", "plain", "USD"),
            (int.MaxValue, long.MaxValue, true, Utc(2026, 5, 1, 12, 34, 56, 123456), 9_999_999_999_999.99m, "Zoë Ørsted – 東京 🚀", "Ünïcödé", "EUR"),
            (int.MinValue, long.MinValue, false, Utc(1999, 12, 31, 23, 59, 59, 999999), -1234.56m, "O'Brien \"quoted\"\ttab\nline", "x", "GBP"),
            (4, -1, true, Utc(1970, 1, 1), 1.5m, "a\\b", "", "ABC"),
            (5, 1L << 40, true, Utc(1, 1, 1), -0.01m, new string('é', 300), "y", "XYZ"),
            (6, 42, false, Utc(9999, 12, 31, 23, 59, 59, 999999), 12340.00m, "ascii", "z", "QQQ"),
        };
        await using (var writer = await CopyWriter.BeginAsync(_connection, "copied", Columns))
        {
            foreach (var row in rows)
            {
                writer.StartRow();
                writer.Write(row.Id);
                writer.Write(row.Big);
                writer.Write(row.Flag);
                writer.Write(row.At);
                writer.Write(row.Amount);
                writer.Write(row.Amount);
                writer.Write(row.Name);
                writer.Write(row.Label);
                writer.Write(row.Code);
            }
            writer.StartRow();
            writer.Write(7);
            for (var i = 1; i < 9; i++) writer.WriteNull();
            await writer.CompleteAsync();
        }

        var read = await Rows($"SELECT {Columns} FROM copied ORDER BY id");
        read.Count.ShouldBe(rows.Length + 1);
        foreach (var row in rows)
        {
            var back = read.Single(r => (int)r[0]! == row.Id);
            back[1].ShouldBe(row.Big);
            back[2].ShouldBe(row.Flag);
            ((DateTime)back[3]!).ShouldBe(row.At);
            ((DateTime)back[3]!).Kind.ShouldBe(DateTimeKind.Utc);
            back[4].ShouldBe(row.Amount);
            back[5].ShouldBe(row.Amount);
            back[6].ShouldBe(row.Name);
            back[7].ShouldBe(row.Label);
            back[8].ShouldBe(row.Code);
        }
        read.Single(r => (int)r[0]! == 7).Skip(1).ShouldAllBe(value => value == null);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("9999")]
    [InlineData("10000")]
    [InlineData("100000000")]
    [InlineData("12340.00")]
    [InlineData("0.0001")]
    [InlineData("0.00001")]
    [InlineData("-0.5")]
    [InlineData("1234567.891")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-123456789012345678.9012345678")]
    public async Task NumericsKeepTheirValueAndScale(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        await using (var writer = await CopyWriter.BeginAsync(_connection, "copied", "exact"))
        {
            writer.StartRow();
            writer.Write(value);
            await writer.CompleteAsync();
        }

        (await Rows("SELECT exact::text FROM copied")).Single()[0].ShouldBe(text);
    }

    [Fact]
    public async Task NegativeZeroIsZero()
    {
        await using (var writer = await CopyWriter.BeginAsync(_connection, "copied", "exact"))
        {
            writer.StartRow();
            writer.Write(decimal.Negate(0.00m));
            await writer.CompleteAsync();
        }

        (await Rows("SELECT exact::text FROM copied")).Single()[0].ShouldBe("0.00");
    }

    [Fact]
    public async Task RowsAndValuesBiggerThanTheBufferAreWrittenWhole()
    {
        // A 1 KiB buffer: every row crosses a flush, and the long texts do not fit in the buffer at all.
        var texts = Enumerable.Range(0, 200).Select(i => (i % 3) switch
        {
            0 => new string((char)('a' + i % 26), 5000),
            1 => string.Concat(Enumerable.Repeat("Zoë 東京 🚀 ", 150 + i)),
            _ => $"short {i}",
        }).ToArray();
        await using (var writer = await CopyWriter.BeginAsync(_connection, "copied", "id, name, label", bufferSize: 1024))
        {
            for (var i = 0; i < texts.Length; i++)
            {
                writer.StartRow();
                writer.Write(i);
                writer.Write(texts[i]);
                writer.Write($"label {i}");
            }
            await writer.CompleteAsync();
        }

        var read = await Rows("SELECT id, name, label FROM copied ORDER BY id");
        read.Select(r => (string)r[1]!).ShouldBe(texts);
        read.Select(r => (string)r[2]!).ShouldBe(texts.Select((_, i) => $"label {i}"));
    }

    [Fact]
    public async Task ACopyLeftUncompletedWritesNothing()
    {
        await using (var writer = await CopyWriter.BeginAsync(_connection, "copied", "id"))
        {
            writer.StartRow();
            writer.Write(1);
        }

        (await Rows("SELECT count(*) FROM copied")).Single()[0].ShouldBe(0L);
    }

    [Fact]
    public async Task ARowWithTheWrongNumberOfValuesIsRefused()
    {
        await using var writer = await CopyWriter.BeginAsync(_connection, "copied", "id, name");
        writer.StartRow();
        writer.Write(1);
        Should.Throw<InvalidOperationException>(() => writer.StartRow()).Message.ShouldContain("2 columns");
    }

    [Fact]
    public async Task ATimestampThatIsNotUtcIsRefused()
    {
        await using var writer = await CopyWriter.BeginAsync(_connection, "copied", "at");
        writer.StartRow();
        Should.Throw<ArgumentException>(() => writer.Write(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));
    }
}
