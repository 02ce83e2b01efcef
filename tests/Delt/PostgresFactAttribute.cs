namespace SkaerpetTilsyn.Testvaerktoej;

/// <summary>A fact that needs a PostgreSQL server (<see cref="Postgresserver"/>); skipped with the reason when none can be had, never with <c>CI=true</c>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Postgresserver.Mangler is { } grund)
        {
            Skip = grund;
        }
    }
}
