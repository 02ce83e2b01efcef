#!/usr/bin/env bash
# CSV against Parquet input at national scale (SPEC §13.1): the national set of national.sh (1,000,000 persons,
# 2019-2024), written once as typed and as all-text Parquet (one row group per 1,000,000 rows) and as typed Parquet
# with row groups of 100,000 rows (memory follows the row group), then the full opgørelse for 2023 on each under
# /usr/bin/time -v, RUNS rounds that alternate the four inputs (the machine is shared and noisy), printing the median
# wall time, CPU time (user+system) and peak RSS of each, side by side.
#   SKAERPET_CACHE  where the generated sets live (default ~/.cache/skaerpet)
#   RUNS            rounds (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
runs=${RUNS:-3}
mkdir -p "$cache"

dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/SkaerpetTilsyn.Benchmarks -c Release -v quiet -nologo >/dev/null
# Run from copies, so a build in the working tree during the runs does not change the program measured.
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cp -r src/SkaerpetTilsyn.Cli/bin/Release/net10.0 "$bin/cli"
cp -r benchmarks/SkaerpetTilsyn.Benchmarks/bin/Release/net10.0 "$bin/bench"
skaerpet="dotnet $bin/cli/skaerpet.dll"
bench="dotnet $bin/bench/SkaerpetTilsyn.Benchmarks.dll"

if [ ! -f "$cache/national/.faerdig" ]; then
  rm -rf "$cache/national"
  $skaerpet generer --ud "$cache/national" --personer 1000000 --seed 1 >&2
  touch "$cache/national/.faerdig"
fi
parquet() { # navn typer rækker-pr-gruppe
  if [ ! -f "$cache/national-$1/.faerdig" ]; then
    rm -rf "$cache/national-$1"
    echo "Skriver national som Parquet ($2, $3 rækker pr. gruppe) ..." >&2
    $bench parquet "$cache/national" "$cache/national-$1" "$2" "$3"
    touch "$cache/national-$1/.faerdig"
  fi
}
parquet parquet-typede typede 1000000
parquet parquet-tekst tekst 1000000
parquet parquet-typede-100k typede 100000

declare -A walls cpus rss
inputs="csv parquet-typede parquet-tekst parquet-typede-100k"
for ((i = 0; i < runs; i++)); do
  for input in $inputs; do
    data="$cache/national"
    [ "$input" != csv ] && data="$cache/national-$input"
    ud=$(mktemp -d)
    log=$(mktemp)
    /usr/bin/time -v $skaerpet opgoerelse --data "$data" --aar 2023 --ud "$ud" --overskriv >/dev/null 2>"$log"
    walls[$input]="${walls[$input]:-} $(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")"
    cpus[$input]="${cpus[$input]:-} $(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")"
    rss[$input]="${rss[$input]:-} $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")"
    echo "round $((i + 1)) $input:${walls[$input]##* } s, ${rss[$input]##* } MiB" >&2
    rm -rf "$ud" "$log"
  done
done

median() { echo "$@" | tr ' ' '\n' | sort -g | awk 'NF {a[++n] = $1} END {print a[int((n + 1) / 2)]}'; }
echo "| input | bytes on disk | median wall (s) | median CPU (s) | median peak RSS (MiB) | all runs (s) | all peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---|---|"
for input in $inputs; do
  data="$cache/national"
  [ "$input" != csv ] && data="$cache/national-$input"
  bytes=$(du -cb "$data"/*.csv "$data"/*.parquet 2>/dev/null | tail -1 | cut -f1)
  echo "| $input | $bytes | $(median ${walls[$input]}) | $(median ${cpus[$input]}) | $(median ${rss[$input]}) |${walls[$input]} |${rss[$input]} |"
done
