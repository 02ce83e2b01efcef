#!/usr/bin/env bash
# Sizes and start-up times of the ways to run skaerpet: `dotnet skaerpet.dll`, the installed tool and
# the linux-x64 single file, for `--version` and the demo opgørelse (median of 10 runs after 2
# warm-ups, hyperfine from Debian). Builds what it measures into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine mangler: apt-get install hyperfine"; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rod=$PWD
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
dotnet build src/SkaerpetTilsyn.Cli -c Release >/dev/null
dotnet pack src/SkaerpetTilsyn.Cli -c Release --no-build -o "$t/nupkg" >/dev/null
dotnet tool install --tool-path "$t/tool" --add-source "$t/nupkg" SkaerpetTilsyn >/dev/null
dotnet publish src/SkaerpetTilsyn.Cli -c Release -r linux-x64 -o "$t/linux-x64" >/dev/null
dotnet publish src/SkaerpetTilsyn.Cli -c Release -r win-x64 -o "$t/win-x64" >/dev/null

echo "bytes:"
ls -l "$t/nupkg"/*.nupkg "$t/linux-x64/skaerpet" "$t/win-x64/skaerpet.exe" | awk '{print "  " $5, $NF}'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

dll=$rod/src/SkaerpetTilsyn.Cli/bin/Release/net10.0/skaerpet.dll
for hvad in version opgoerelse; do
  if [ "$hvad" = version ]; then
    args="--version"
  else
    args="opgoerelse --data $rod/data-samples/demo --aar 2023 --ud $t/ud-{navn} --overskriv"
  fi
  cmds=()
  for navn in dll tool enkeltfil; do
    case $navn in
      dll) prog="dotnet $dll" ;;
      tool) prog=$t/tool/skaerpet ;;
      enkeltfil) prog=$t/linux-x64/skaerpet ;;
    esac
    cmds+=(-n "$hvad $navn" "$prog ${args//\{navn\}/$navn}")
  done
  hyperfine -N --warmup 2 --runs 10 --style none --export-json "$t/$hvad.json" "${cmds[@]}" >/dev/null
  python3 - "$t/$hvad.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['command']:<22} median {r['median'] * 1000:6.0f} ms   user+sys (mean) {(r['user'] + r['system']) * 1000:6.0f} ms")
EOF
done
