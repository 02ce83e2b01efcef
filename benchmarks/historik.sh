#!/usr/bin/env bash
# Whole-run cost of `historik` against one `opgoerelse` on the national set (made by national.sh):
# opgoerelse --aar 2023, historik 2019-2024 under regler/historik-2019-2024.json, and the same with
# --mod bek-301-2023, run in turn RUNS times (alternating, so a noisy neighbour hits all three alike);
# prints each configuration's median wall time, median peak RSS and median CPU seconds (user + sys).
#   SKAERPET_CACHE  where national.sh left the sets (default ~/.cache/skaerpet)
#   RUNS            rounds (default 3)
#   TRAADE          --traade (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${SKAERPET_CACHE:-$HOME/.cache/skaerpet}
runs=${RUNS:-3}
traade=${TRAADE:-2}
data="$cache/national"
[ -f "$data/.faerdig" ] || { echo "Kør benchmarks/national.sh først, så $data findes." >&2; exit 2; }

dotnet build src/SkaerpetTilsyn.Cli -c Release -v quiet -nologo >/dev/null
skaerpet="dotnet src/SkaerpetTilsyn.Cli/bin/Release/net10.0/skaerpet.dll"
ud=$(mktemp -d)
log=$(mktemp)
declare -A walls rss cpu
navne=(opgoerelse historik historik-mod)

koer() { # navn args...
  local navn=$1
  shift
  /usr/bin/time -v $skaerpet "$@" --ud "$ud/$navn" --traade "$traade" --overskriv >/dev/null 2>"$log"
  walls[$navn]+=" $(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")"
  rss[$navn]+=" $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")"
  cpu[$navn]+=" $(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$log")"
}

median() { echo "$@" | tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

for ((i = 0; i < runs; i++)); do
  koer opgoerelse opgoerelse --data "$data" --aar 2023
  koer historik historik --data "$data" --fra 2019 --til 2024 --regelplan regler/historik-2019-2024.json
  koer historik-mod historik --data "$data" --fra 2019 --til 2024 --regelplan regler/historik-2019-2024.json --mod bek-301-2023
done

echo "| run | median wall (s) | median peak RSS (MiB) | median CPU (s) | all walls (s) | all RSS (MiB) |"
echo "|---|---:|---:|---:|---|---|"
for n in "${navne[@]}"; do
  printf '| %s | %s | %s | %s |%s |%s |\n' "$n" "$(median ${walls[$n]})" "$(median ${rss[$n]})" "$(median ${cpu[$n]})" "${walls[$n]}" "${rss[$n]}"
done
rm -rf "$ud" "$log"
