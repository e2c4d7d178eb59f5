namespace Crm.Api.Seeding;

/// <summary>
/// SplitMix64: a tiny, allocation-free, deterministic generator. Every row is drawn from a stream keyed by
/// (seed, customer index, table), so each table can be written in its own pass and a dataset of a given size and
/// seed is the same on every machine and every .NET version (System.Random promises neither).
/// </summary>
public struct Rng
{
    ulong _state;

    Rng(ulong state) => _state = state;

    public static Rng For(int seed, long index, int stream) =>
        new(Mix(Mix((ulong)seed * 0x9E3779B97F4A7C15 + (ulong)stream) ^ (ulong)index));

    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15);

    /// <summary>Uniform in [0, n).</summary>
    public int Below(int n) => (int)((Next() >> 1) % (ulong)n);

    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(T[] items) => items[Below(items.Length)];

    /// <summary>Early items are much more common than late ones (Zipf-like), as with real names and companies.</summary>
    public int SkewedIndex(int count, double skew = 2.5) => Math.Min(count - 1, (int)(count * Math.Pow(Unit(), skew)));

    public T Skewed<T>(T[] items, double skew = 2.5) => items[SkewedIndex(items.Length, skew)];

    /// <summary>Picks by weight: <paramref name="weights"/> need not sum to anything in particular.</summary>
    public int Weighted(int[] weights)
    {
        var roll = Below(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
            if ((roll -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }
}
