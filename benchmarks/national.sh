#!/usr/bin/env bash
# Whole-run benchmark at national scale: generates the national set (1,000,000 persons,
# 2019-2024) and a half-size set once, cached outside the repository, then runs the full
# opgørelse for 2023 on each under /usr/bin/time -v, RUNS times per configuration, and prints the
# median wall time, the largest peak RSS and rows/s (these machines are shared and noisy).
#   SKAERPET_CACHE  where the generated sets live (default ~/.cache/skaerpet)
#   TRAADE          thread counts to run (default "2 1")
#   RUNS            runs per configuration (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
traade=${TRAADE:-"2 1"}
runs=${RUNS:-3}
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
  local ud log walls="" rss=0 wall r rows bytes
  ud=$(mktemp -d)
  log=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v $skaerpet opgoerelse --data "$cache/$1" --aar 2023 --ud "$ud" --traade "$2" --overskriv >/dev/null 2>"$log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
    r=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    walls="$walls $wall"
    [ "$r" -gt "$rss" ] && rss=$r
  done
  wall=$(echo $walls | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  rows=$(grep -o '"laest": [0-9]*' "$ud/koersel.json" | awk '{s += $2} END {print s}')
  bytes=$(du -cb "$cache/$1"/*.csv | tail -1 | cut -f1)
  awk -v n="$1" -v r="$rows" -v t="$2" -v w="$wall" -v m="$rss" -v b="$bytes" -v all="$walls" \
    'BEGIN {printf "| %-8s | %9d | %7s | %8.2f | %14s | %9.0f | %6.0f | %s |\n", n, r, t, w, m, r / w, b / 1e6 / w, all}'
  rm -rf "$ud" "$log"
}

generer national 1000000
generer halv 500000

echo "| data set | rows | threads | median wall (s) | peak RSS (MiB) | rows/s | MB/s | all runs (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for t in $traade; do
  koer national "$t"
  koer halv "$t"
done
