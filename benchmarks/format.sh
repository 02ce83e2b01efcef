#!/usr/bin/env bash
# What --format costs at national scale (SPEC §13.3): the full opgørelse for 2023 on the national set
# (made by national.sh) with --format csv, parquet and begge, rotated so load drifts hit all three,
# RUNS times each under /usr/bin/time -v. Prints per format the median wall and CPU (user+sys) time,
# the largest peak RSS, the size of the result tables, and whether two runs gave the same bytes.
#   SKAERPET_CACHE  where national.sh put the national set (default ~/.cache/skaerpet)
#   RUNS            runs per format (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
runs=${RUNS:-3}
data=$cache/national
[ -f "$data/.faerdig" ] || { echo "Landsdatasættet mangler: kør benchmarks/national.sh først."; exit 2; }

dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
skaerpet="dotnet src/SkaerpetTilsyn.Cli/bin/Release/net10.0/skaerpet.dll"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
formater="csv parquet begge"

for ((i = 0; i < runs; i++)); do
  for f in $formater; do
    /usr/bin/time -v $skaerpet opgoerelse --data "$data" --aar 2023 --traade 2 --format "$f" --ud "$t/$f-$i" >/dev/null 2>"$t/$f-$i.log"
    awk -F': ' '
      /Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + a[j]; w = s}
      /User time/ {c += $2} /System time/ {c += $2}
      /Maximum resident set size/ {m = $2 / 1024}
      END {printf "%s %s %.0f\n", w, c, m}' "$t/$f-$i.log" >"$t/$f-$i.maal"
  done
  echo "load after round $((i + 1)): $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "| --format | median wall (s) | median CPU (s) | peak RSS (MiB) | tables (bytes) | same bytes run 1 and 2 | all walls (s) |"
echo "|---|---:|---:|---:|---:|---|---|"
for f in $formater; do
  walls=$(cat "$t/$f"-*.maal | cut -d' ' -f1)
  cpu=$(cat "$t/$f"-*.maal | cut -d' ' -f2 | median)
  rss=$(cat "$t/$f"-*.maal | cut -d' ' -f3 | sort -g | tail -1)
  bytes=$(find "$t/$f-0" \( -name '*.csv' -o -name '*.parquet' \) -printf '%s\n' | awk '{s += $1} END {print s}')
  same=ja
  for fil in $(cd "$t/$f-0" && find . \( -name '*.csv' -o -name '*.parquet' \)); do
    cmp -s "$t/$f-0/$fil" "$t/$f-1/$fil" || same="nej ($fil)"
  done
  echo "| $f | $(echo "$walls" | median) | $cpu | $rss | $bytes | $same | $(echo $walls) |"
done
echo
echo "| table | CSV (bytes) | Parquet (bytes) |"
echo "|---|---:|---:|"
for csv in "$t/begge-0"/*.csv; do
  navn=$(basename "$csv" .csv)
  echo "| $navn | $(stat -c %s "$csv") | $(stat -c %s "$t/begge-0/$navn.parquet") |"
done
