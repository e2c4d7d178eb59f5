using System.Diagnostics;

namespace Crm.Api.Seeding;

/// <summary>
/// A console progress bar on stderr: redrawn in place on a terminal, one line per 10 % when redirected (logs, CI).
/// Counting is thread-safe; drawing is throttled so that it never slows the writer.
/// </summary>
public sealed class Progress(TextWriter output, long expectedRows)
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly bool _interactive = ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected;
    long _rows, _lastDrawMs = -1000;
    int _lastDecile = -1;
    string _phase = "";

    public long Rows => Interlocked.Read(ref _rows);
    public TimeSpan Elapsed => _clock.Elapsed;

    public void Phase(string name)
    {
        _phase = name;
        Draw(force: true);
    }

    public void Add(long rows)
    {
        Interlocked.Add(ref _rows, rows);
        if (_clock.ElapsedMilliseconds - _lastDrawMs >= 200) Draw(force: false);
    }

    public void Done()
    {
        Phase("done");
        if (_interactive) output.WriteLine();
    }

    void Draw(bool force)
    {
        _lastDrawMs = _clock.ElapsedMilliseconds;
        var rows = Rows;
        var fraction = Math.Clamp(expectedRows == 0 ? 1 : (double)rows / expectedRows, 0, 1);
        var rate = rows / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var line = $"{_phase,-20} {rows,12:N0} rows  {rate,10:N0} rows/s  {_clock.Elapsed:mm\\:ss}";
        if (_interactive)
        {
            var filled = (int)(fraction * 30);
            output.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction,4:P0} {line}");
        }
        else if (force || (int)(fraction * 10) != _lastDecile)
        {
            _lastDecile = (int)(fraction * 10);
            output.WriteLine($"{fraction,4:P0} {line}");
        }
    }
}
