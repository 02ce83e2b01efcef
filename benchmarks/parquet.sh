#!/usr/bin/env bash
# CSV against Parquet input at national scale (SPEC §13.1): the national set of national.sh (1,000,000 persons,
# 2019-2024), written once as typed and as all-text Parquet (one row group per 1,000,000 rows), then the full
# opgørelse for 2023 on each under /usr/bin/time -v, RUNS rounds that alternate the three inputs (the machine is
# shared and noisy), printing the median wall time and the median peak RSS of each, side by side.
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
for typer in typede tekst; do
  if [ ! -f "$cache/national-parquet-$typer/.faerdig" ]; then
    rm -rf "$cache/national-parquet-$typer"
    echo "Skriver national som Parquet ($typer) ..." >&2
    $bench parquet "$cache/national" "$cache/national-parquet-$typer" "$typer"
    touch "$cache/national-parquet-$typer/.faerdig"
  fi
done

declare -A walls rss
inputs="csv parquet-typede parquet-tekst"
for ((i = 0; i < runs; i++)); do
  for input in $inputs; do
    data="$cache/national"
    [ "$input" != csv ] && data="$cache/national-$input"
    ud=$(mktemp -d)
    log=$(mktemp)
    /usr/bin/time -v $skaerpet opgoerelse --data "$data" --aar 2023 --ud "$ud" --overskriv >/dev/null 2>"$log"
    walls[$input]="${walls[$input]:-} $(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")"
    rss[$input]="${rss[$input]:-} $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")"
    echo "round $((i + 1)) $input:${walls[$input]##* } s, ${rss[$input]##* } MiB" >&2
    rm -rf "$ud" "$log"
  done
done

median() { echo "$@" | tr ' ' '\n' | sort -g | awk 'NF {a[++n] = $1} END {print a[int((n + 1) / 2)]}'; }
echo "| input | bytes on disk | median wall (s) | median peak RSS (MiB) | all runs (s) | all peak RSS (MiB) |"
echo "|---|---:|---:|---:|---|---|"
for input in $inputs; do
  data="$cache/national"
  [ "$input" != csv ] && data="$cache/national-$input"
  bytes=$(du -cb "$data"/*.csv "$data"/*.parquet 2>/dev/null | tail -1 | cut -f1)
  echo "| $input | $bytes | $(median ${walls[$input]}) | $(median ${rss[$input]}) |${walls[$input]} |${rss[$input]} |"
done
