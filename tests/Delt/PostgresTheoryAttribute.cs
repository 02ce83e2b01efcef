namespace SkaerpetTilsyn.Testvaerktoej;

/// <summary>A theory that needs a PostgreSQL server (<see cref="Postgresserver"/>); skipped with the reason when none can be had, never with <c>CI=true</c>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (Postgresserver.Mangler is { } grund)
        {
            Skip = grund;
        }
    }
}
