#!/usr/bin/env bash
# PostgreSQL as input (SPEC §13.2) at national scale: loads a data set (default the national one made by
# national.sh) into a server as text tables with COPY (timed), then measures
#   - rows per second the engine reads from the server: `valider --kilde` (every table, both passes of each
#     person table, all field checks), rows = the rows koersel.json counts once;
#   - the whole opgørelse for 2023 from the database against the CSV run on the same files, interleaved
#     (CSV, PostgreSQL, CSV, …) RUNS times each under /usr/bin/time -v, with medians of wall and CPU time;
# and checks that both give the same result tables. Uses SKAERPET_PG (a connection string without a password
# to a server where it may create a database), else a throwaway cluster from .ci/postgres.sh.
#   SKAERPET_CACHE  where national.sh put the sets (default ~/.cache/skaerpet)
#   SAET            the set: national, halv, … (default national)
#   RUNS            runs per input (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
saet=${SAET:-national}
runs=${RUNS:-3}
data=$cache/$saet
[ -f "$data/.faerdig" ] || { echo "Datasættet $data mangler: kør benchmarks/national.sh først."; exit 2; }

dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
bin=$(mktemp -d)
cp -r src/SkaerpetTilsyn.Cli/bin/Release/net10.0/. "$bin"
skaerpet="dotnet $bin/skaerpet.dll"
t=$(mktemp -d)
pg=$(mktemp -u /tmp/skaerpet-bench-pg.XXXXXX)
trap 'bash .ci/postgres.sh stop "$pg" || true; rm -rf "$t" "$bin"' EXIT
server=${SKAERPET_PG:-$(bash .ci/postgres.sh start "$pg")}
db="skaerpet_bench_$$"
admin=$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/' <<<"$server")
psql "$admin" -qc "CREATE DATABASE $db"
# On a server of SKAERPET_PG the database is dropped again; a throwaway cluster goes whole.
trap 'psql "$admin" -qc "DROP DATABASE IF EXISTS $db" 2>/dev/null || true; bash .ci/postgres.sh stop "$pg" || true; rm -rf "$t" "$bin"' EXIT
kilde=$(sed "s/Database=[^;]*/Database=$db/" <<<"$server")
conn=$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/' <<<"$kilde")
echo "server: $(psql "$conn" -Atc 'SHOW server_version'), work_mem $(psql "$conn" -Atc 'SHOW work_mem'), shared_buffers $(psql "$conn" -Atc 'SHOW shared_buffers')"

start=$(date +%s.%N)
for f in "$data"/*.csv; do
  n=$(basename "$f" .csv)
  cols=$(head -1 "$f" | sed 's/^\xEF\xBB\xBF//; s/\r$//; s/,/ text, /g; s/$/ text/')
  psql "$conn" -qc "CREATE TABLE $n ($cols)"
  # COPY … FROM STDIN: the server need not read the client's files.
  psql "$conn" -qc "COPY $n FROM STDIN (FORMAT csv, HEADER true)" <"$f"
done
psql "$conn" -qc "ANALYZE"
slut=$(date +%s.%N)
echo "load (COPY of $(du -sh --apparent-size "$data" | cut -f1) CSV, then ANALYZE): $(awk -v a="$start" -v b="$slut" 'BEGIN {printf "%.0f", b - a}') s"
echo "table sizes: $(psql "$conn" -Atc "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")"

maal() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + a[j]; w = s}
    /User time/ {c += $2} /System time/ {c += $2}
    /Maximum resident set size/ {m = $2 / 1024}
    END {printf "%s %s %.0f\n", w, c, m}' "$1"
}

/usr/bin/time -v $skaerpet valider --kilde "$kilde" --traade 2 --ud "$t/valider" >/dev/null 2>"$t/valider.log"
read -r w c m < <(maal "$t/valider.log")
rows=$(psql "$conn" -Atc "SELECT (SELECT count(*) FROM ydelser) + (SELECT count(*) FROM samtaler) + (SELECT count(*) FROM tilbud) + (SELECT count(*) FROM timer) + (SELECT count(*) FROM fritagelser) + (SELECT count(*) FROM benchmark) + (SELECT count(*) FROM status)")
echo "valider --kilde: $rows rows in $w s wall, $c s CPU, peak RSS $m MiB: $(awk -v r="$rows" -v w="$w" 'BEGIN {printf "%.0f", r / w}') rows/s"

for ((i = 0; i < runs; i++)); do
  /usr/bin/time -v $skaerpet opgoerelse --data "$data" --aar 2023 --traade 2 --ud "$t/csv-$i" >/dev/null 2>"$t/csv-$i.log"
  maal "$t/csv-$i.log" >"$t/csv-$i.maal"
  /usr/bin/time -v $skaerpet opgoerelse --kilde "$kilde" --aar 2023 --traade 2 --ud "$t/pg-$i" >/dev/null 2>"$t/pg-$i.log"
  maal "$t/pg-$i.log" >"$t/pg-$i.maal"
  echo "load after round $((i + 1)): $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "| input | median wall (s) | median CPU (s) | peak RSS (MiB) | all walls (s) |"
echo "|---|---:|---:|---:|---|"
for k in csv pg; do
  walls=$(cat "$t/$k"-*.maal | cut -d' ' -f1)
  echo "| $k | $(median <<<"$walls") | $(cat "$t/$k"-*.maal | cut -d' ' -f2 | median) | $(cat "$t/$k"-*.maal | cut -d' ' -f3 | sort -g | tail -1) | $(tr '\n' ' ' <<<"$walls")|"
done
same=ja
for f in fokusmaal_maaned.csv afgoerelser.csv status.csv passivsager.csv; do
  cmp -s "$t/csv-0/$f" "$t/pg-0/$f" || same=nej
done
echo "same result tables (fokusmaal_maaned, afgoerelser, status, passivsager) from CSV and PostgreSQL: $same"
