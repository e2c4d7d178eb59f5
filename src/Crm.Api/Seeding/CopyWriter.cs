using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Crm.Api.Seeding;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format straight into a buffer that is sent when full. It replaces
/// <see cref="NpgsqlBinaryImporter"/>, whose per-value type resolution was a quarter of the seed client's CPU: here a
/// value is a length and its big-endian bytes. Only the types the seed writes are supported.
/// <para>
/// Format: a 19-byte header (signature, flags, header extension length); per row the field count, then per field its
/// byte length (-1 for NULL) and its bytes; a trailer of -1. See "COPY — Binary Format" in PostgreSQL's documentation.
/// </para>
/// </summary>
public sealed class CopyWriter : IAsyncDisposable
{
    /// <summary>The signature <c>PGCOPY\n\xff\r\n\0</c>, then the flags and the header extension's length (both 0).</summary>
    static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r',
        (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>PostgreSQL counts timestamps in microseconds from 2000-01-01 00:00 UTC.</summary>
    static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    const short NumericPositive = 0x0000, NumericNegative = 0x4000;
    const int NumericBase = 10000;

    readonly NpgsqlRawCopyStream _stream;
    readonly byte[] _buffer;
    readonly short _columns;
    int _position;
    int _fieldsInRow = -1;
    bool _completed;

    CopyWriter(NpgsqlRawCopyStream stream, short columns, int bufferSize)
    {
        _stream = stream;
        _columns = columns;
        _buffer = new byte[bufferSize];
        Header.CopyTo(_buffer);
        _position = Header.Length;
    }

    /// <summary>
    /// Starts <c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c> on the connection; with <paramref name="freeze"/>,
    /// the rows are written frozen (the table must have been created or truncated in the current transaction).
    /// </summary>
    public static async Task<CopyWriter> BeginAsync(NpgsqlConnection connection, string table, string columns, bool freeze = false,
        int bufferSize = 128 * 1024, CancellationToken cancellationToken = default)
    {
        var stream = await connection.BeginRawBinaryCopyAsync(
            $"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})", cancellationToken);
        return new CopyWriter(stream, (short)columns.Split(',').Length, bufferSize);
    }

    public void StartRow()
    {
        EndRow();
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), _columns);
        _position += 2;
        _fieldsInRow = 0;
    }

    public void WriteNull() => Field(0).Length(-1);

    public void Write(bool value) => Field(1).Length(1).Put(value ? (byte)1 : (byte)0);

    public void Write(int value) => Field(4).Length(4).PutInt32(value);

    public void Write(long value) => Field(8).Length(8).PutInt64(value);

    /// <summary>A <c>timestamptz</c>: the instant of a UTC <see cref="DateTime"/>, to the microsecond.</summary>
    public void Write(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc) throw new ArgumentException($"timestamptz needs a UTC DateTime, not {value.Kind}", nameof(value));
        Field(8).Length(8).PutInt64((value.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary><c>text</c>, <c>varchar</c> or <c>char(n)</c>, in UTF-8 (Npgsql sets the connection's client encoding to UTF8).</summary>
    public void Write(string value)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (maxBytes <= _buffer.Length - 4)
        {
            // Short strings (all of the seed's) are encoded in place; the length is filled in afterwards.
            Field(maxBytes);
            var lengthAt = _position;
            _position += 4;
            var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position));
            BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(lengthAt), written);
            _position += written;
            return;
        }
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(value));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, bytes);
            Field(0).Length(length);
            Flush();
            _stream.Write(bytes, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// A <c>numeric</c>, as <c>numeric_send</c> writes it: the digit count, the weight of the first digit, the sign and
    /// the display scale, then the digits in base 10,000, most significant first, without leading or trailing zero digits.
    /// </summary>
    public void Write(decimal value)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value, parts);
        var scale = (parts[3] >> 16) & 0xFF;
        var negative = parts[3] < 0;
        var magnitude = (UInt128)(uint)parts[0] | (UInt128)(uint)parts[1] << 32 | (UInt128)(uint)parts[2] << 64;

        // Align the decimal point to a base-10,000 digit: scale the integer up to a multiple of four decimal places.
        var padding = (4 - scale % 4) % 4;
        for (var p = 0; p < padding; p++) magnitude *= 10;
        var fractionDigits = (scale + padding) / 4;

        // At most 29 decimal digits plus the 3 of padding: 8 base-10,000 digits. Collected least significant first.
        Span<short> digits = stackalloc short[8];
        var count = 0;
        for (; magnitude != 0; magnitude /= NumericBase) digits[count++] = (short)(magnitude % NumericBase);
        var weight = count - fractionDigits - 1;
        var trailingZeros = 0;
        while (trailingZeros < count && digits[trailingZeros] == 0) trailingZeros++;
        var significant = digits[trailingZeros..count];
        if (significant.IsEmpty) (weight, negative) = (0, false);

        Field(8 + 2 * significant.Length).Length(8 + 2 * significant.Length)
            .PutInt16((short)significant.Length).PutInt16((short)weight)
            .PutInt16(negative ? NumericNegative : NumericPositive).PutInt16((short)scale);
        for (var d = significant.Length - 1; d >= 0; d--) PutInt16(significant[d]);
    }

    /// <summary>Ends the data (trailer), sends what is buffered and completes the COPY.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        EndRow();
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), -1);
        _position += 2;
        await _stream.WriteAsync(_buffer.AsMemory(0, _position), cancellationToken);
        _position = 0;
        _completed = true;
        await _stream.DisposeAsync();
    }

    /// <summary>Without <see cref="CompleteAsync"/> (an exception on the way), the COPY is cancelled: nothing is written.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_completed) return;
        _completed = true;
        await _stream.CancelAsync();
        await _stream.DisposeAsync();
    }

    /// <summary>Counts a field of the current row and makes room for its length word and <paramref name="bytes"/>.</summary>
    CopyWriter Field(int bytes)
    {
        if (_fieldsInRow < 0) throw new InvalidOperationException("StartRow must be called before a row's first value");
        if (++_fieldsInRow > _columns) throw new InvalidOperationException($"a row has {_columns} columns, and this is value {_fieldsInRow}");
        Reserve(4 + bytes);
        return this;
    }

    void EndRow()
    {
        if (_fieldsInRow >= 0 && _fieldsInRow != _columns)
            throw new InvalidOperationException($"a row has {_columns} columns, but {_fieldsInRow} values were written");
        _fieldsInRow = -1;
    }

    void Reserve(int bytes)
    {
        if (_buffer.Length - _position < bytes) Flush();
    }

    void Flush()
    {
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }

    CopyWriter Length(int length) => PutInt32(length);

    CopyWriter Put(byte value)
    {
        _buffer[_position++] = value;
        return this;
    }

    CopyWriter PutInt16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), value);
        _position += 2;
        return this;
    }

    CopyWriter PutInt32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
        return this;
    }

    CopyWriter PutInt64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_position), value);
        _position += 8;
        return this;
    }
}
