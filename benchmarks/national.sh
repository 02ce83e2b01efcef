#!/usr/bin/env bash
# Whole-run benchmark at national scale (issue 16): generates, once and cached outside the repository,
# the national set (1,000,000 persons, 2019-2024), a half-size set, and both again shaped like real
# extracts (--uorden tilbud --sene-raekker 0.1: tilbud.csv in no order, 0.1 % of every other person
# file's rows moved to its end). Then it runs every configuration RUNS times, round-robin (one run of
# each in turn, so the noise of this shared machine falls on all alike), under /usr/bin/time -v, and
# prints per configuration the median wall time, median CPU time (user+system), the largest peak RSS
# and rows/s, followed by the ratios the issue asks for, of medians measured side by side.
#   SKAERPET_CACHE  where the generated sets live (default ~/.cache/skaerpet)
#   TRAADE          thread counts of the opgørelse (default "2")
#   RUNS            runs per configuration (default 3)
#   SKAERPET_DLL    optional: the skaerpet.dll to measure (default: this tree, built first)
#   GAMMEL          optional: the skaerpet.dll of another build (e.g. commit 8912077 built in its own
#                   worktree), run on the sorted sets beside this one
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
traade=${TRAADE:-"2"}
runs=${RUNS:-3}
gammel=${GAMMEL:-}
mkdir -p "$cache"

if [ -z "${SKAERPET_DLL:-}" ]; then
  dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
fi
skaerpet="dotnet ${SKAERPET_DLL:-src/SkaerpetTilsyn.Cli/bin/Release/net10.0/skaerpet.dll}"

generer() { # navn personer [generer-tilvalg...]: the marker holds the options, so other options make the set again
  local navn=$1 personer=$2
  shift 2
  local tilvalg="--personer $personer --seed 1 $*"
  if [ "$(cat "$cache/$navn/.faerdig" 2>/dev/null)" != "$tilvalg" ]; then
    rm -rf "$cache/$navn"
    echo "Genererer $navn ($tilvalg) i $cache/$navn ..." >&2
    # shellcheck disable=SC2086
    $skaerpet generer --ud "$cache/$navn" $tilvalg >&2
    echo "$tilvalg" >"$cache/$navn/.faerdig"
  fi
}

navne=()
kommandoer=()
saet=()
konfiguration() { # navn saet kommando...
  navne+=("$1")
  saet+=("$2")
  kommandoer+=("${*:3}")
}

generer national 1000000
generer halv 500000
generer national-uorden 1000000 --uorden tilbud --sene-raekker 0.1
generer halv-uorden 500000 --uorden tilbud --sene-raekker 0.1

for s in national national-uorden halv halv-uorden; do
  for t in $traade; do
    konfiguration "opgoerelse $s t$t" "$s" "$skaerpet opgoerelse --data $cache/$s --aar 2023 --traade $t --overskriv --ud"
  done
  konfiguration "valider $s t2" "$s" "$skaerpet valider --data $cache/$s --traade 2"
  if [ -n "$gammel" ] && [[ $s != *uorden ]]; then
    for t in $traade; do
      konfiguration "gammel opgoerelse $s t$t" "$s" "dotnet $gammel opgoerelse --data $cache/$s --aar 2023 --traade $t --overskriv --ud"
    done
  fi
done

declare -A walls cpus rss
log=$(mktemp)
ud=$(mktemp -d)
for ((i = 0; i < runs; i++)); do
  for k in "${!navne[@]}"; do
    kommando=${kommandoer[$k]}
    [[ $kommando == *" --ud" ]] && kommando="$kommando $ud/$k"
    # shellcheck disable=SC2086
    /usr/bin/time -v $kommando >/dev/null 2>"$log" || { echo "fejl i ${navne[$k]}:" >&2; tail -5 "$log" >&2; exit 1; }
    walls[$k]+=" $(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + t[j]; print s}' "$log")"
    cpus[$k]+=" $(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")"
    r=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    [ "$r" -gt "${rss[$k]:-0}" ] && rss[$k]=$r
  done
done

median() { echo "$@" | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -A mw
echo "| configuration | rows | median wall (s) | median CPU (s) | peak RSS (MiB) | rows/s | MB/s | all runs wall (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
declare -A raekker
for k in "${!navne[@]}"; do
  s=${saet[$k]}
  [ -n "${raekker[$s]:-}" ] || raekker[$s]=$(tail -n +2 -q "$cache/$s"/{ydelser,samtaler,tilbud,timer,fritagelser}.csv | wc -l)
  rows=${raekker[$s]}
  bytes=$(du -cb "$cache/$s"/*.csv | tail -1 | cut -f1)
  w=$(median ${walls[$k]})
  mw[${navne[$k]}]=$w
  awk -v n="${navne[$k]}" -v r="$rows" -v w="$w" -v c="$(median ${cpus[$k]})" -v m="${rss[$k]}" -v b="$bytes" -v all="${walls[$k]}" \
    'BEGIN {printf "| %s | %d | %.2f | %.2f | %s | %.0f | %.0f | %s |\n", n, r, w, c, m, r / w, b / 1e6 / w, all}'
done
rm -rf "$ud" "$log"

forhold() { # label a b: a/b of the medians when both were measured
  [ -n "${mw[$2]:-}" ] && [ -n "${mw[$3]:-}" ] && awk -v l="$1" -v a="${mw[$2]}" -v b="${mw[$3]}" 'BEGIN {printf "| %s | %.2f |\n", l, a / b}'
  return 0
}
echo
echo "| ratio of median walls | value |"
echo "|---|---:|"
for t in $traade; do
  forhold "uorden / sorted, national, t$t (target ≤ 1.3)" "opgoerelse national-uorden t$t" "opgoerelse national t$t"
  forhold "uorden / sorted, half, t$t" "opgoerelse halv-uorden t$t" "opgoerelse halv t$t"
  forhold "national / half, sorted, t$t (target ≤ 2.2)" "opgoerelse national t$t" "opgoerelse halv t$t"
  forhold "national / half, uorden, t$t (target ≤ 2.2)" "opgoerelse national-uorden t$t" "opgoerelse halv-uorden t$t"
  forhold "this / GAMMEL, national sorted, t$t (target ≤ 0.6)" "opgoerelse national t$t" "gammel opgoerelse national t$t"
done
forhold "opgoerelse t2 / valider t2, national sorted (target ≤ 1.3)" "opgoerelse national t2" "valider national t2"
forhold "opgoerelse t2 / valider t2, national uorden (target ≤ 1.3)" "opgoerelse national-uorden t2" "valider national-uorden t2"
