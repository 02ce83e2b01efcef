#!/usr/bin/env bash
# Whole-run benchmark at national scale: generates the national set (1,000,000 persons,
# 2019-2024) and a half-size set once, cached outside the repository, then runs the full
# opgørelse for 2023 on each under /usr/bin/time -v and prints wall time, peak RSS and rows/s.
#   SKAERPET_CACHE  where the generated sets live (default ~/.cache/skaerpet)
#   TRAADE          thread counts to run (default "2 1")
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
traade=${TRAADE:-"2 1"}
mkdir -p "$cache"

dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
skaerpet="dotnet src/SkaerpetTilsyn.Cli/bin/Release/net10.0/skaerpet.dll"

generer() { # navn personer
  if [ ! -f "$cache/$1/.faerdig" ]; then
    rm -rf "$cache/$1"
    echo "Genererer $1 ($2 personer) i $cache/$1 ..." >&2
    $skaerpet generer --ud "$cache/$1" --personer "$2" --seed 1 >&2
    touch "$cache/$1/.faerdig"
  fi
}

koer() { # navn traade
  local ud log
  ud=$(mktemp -d)
  log=$(mktemp)
  /usr/bin/time -v $skaerpet opgoerelse --data "$cache/$1" --aar 2023 --ud "$ud" --traade "$2" >/dev/null 2>"$log"
  local wall rss rows bytes
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  rows=$(grep -o '"laest": [0-9]*' "$ud/koersel.json" | awk '{s += $2} END {print s}')
  bytes=$(du -cb "$cache/$1"/*.csv | tail -1 | cut -f1)
  awk -v n="$1" -v r="$rows" -v t="$2" -v w="$wall" -v m="$rss" -v b="$bytes" \
    'BEGIN {printf "| %-8s | %9d | %7s | %8.2f | %14s | %9.0f | %6.0f |\n", n, r, t, w, m, r / w, b / 1e6 / w}'
  rm -rf "$ud" "$log"
}

generer national 1000000
generer halv 500000

echo "| data set | rows | threads | wall (s) | peak RSS (MiB) | rows/s | MB/s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for t in $traade; do
  koer national "$t"
  koer halv "$t"
done
