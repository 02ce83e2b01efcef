#!/usr/bin/env bash
# CI, after the tests: pack the .NET tool and install it into a temporary tool path, publish the
# self-contained single files, and show that the installed tool and the linux-x64 file give the same
# outputs, byte for byte, as `dotnet run` on the demo data. Nothing is pushed anywhere.
# Expects `dotnet build SkaerpetTilsyn.sln -c Release` to have run. Last line: `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rod=$PWD
demo=$rod/data-samples/demo
arbejde=$(mktemp -d)
trap 'rm -rf "$arbejde"' EXIT
bestaaet=0
fejlet=0
start=$SECONDS

trin() { echo "== paket: $1 ($((SECONDS - start)) s)"; }

# Runs one way of starting skaerpet ($1: a label, then the command) with the rest of the arguments,
# from an empty folder outside the clone, and keeps its stdout, stderr and exit code under $arbejde/$1.
koer() {
  local navn=$1
  shift
  mkdir -p "$arbejde/$navn" "$arbejde/cwd-$navn"
  set +e
  (cd "$arbejde/cwd-$navn" && "$@") >"$arbejde/$navn/stdout" 2>"$arbejde/$navn/stderr"
  echo $? >"$arbejde/$navn/kode"
  set -e
}

# Compares everything one run left (result files, stdout, stderr, exit code) with the reference run.
sammenlign() {
  if diff -r "$arbejde/$1" "$arbejde/$2" >"$arbejde/diff" && [ "$(cat "$arbejde/$1/kode")" = 0 ]; then
    echo "ok: $2 = $1"
    bestaaet=$((bestaaet + 1))
  else
    echo "FEJL: $2 afviger fra $1 (eller kode $(cat "$arbejde/$1/kode")):"
    head -40 "$arbejde/diff"
    fejlet=$((fejlet + 1))
  fi
}

ikke() { ! "$@" >/dev/null 2>&1; }

tjek() {
  local hvad=$1
  shift
  if "$@"; then
    echo "ok: $hvad"
    bestaaet=$((bestaaet + 1))
  else
    echo "FEJL: $hvad"
    fejlet=$((fejlet + 1))
  fi
}

trin "dotnet pack"
dotnet pack src/SkaerpetTilsyn.Cli -c Release --no-build --no-restore -o "$arbejde/nupkg"
trin "dotnet tool install --tool-path"
dotnet tool install --tool-path "$arbejde/tool" --add-source "$arbejde/nupkg" SkaerpetTilsyn
tool=$arbejde/tool/skaerpet

trin "dotnet publish linux-x64 (single file)"
dotnet publish src/SkaerpetTilsyn.Cli -c Release -r linux-x64 -o "$arbejde/linux-x64" | tail -1
trin "dotnet publish win-x64 (single file)"
dotnet publish src/SkaerpetTilsyn.Cli -c Release -r win-x64 -o "$arbejde/win-x64" | tail -1
enkeltfil=$arbejde/linux-x64/skaerpet
tjek "linux-x64 er én fil: $(ls "$arbejde/linux-x64")" test "$(ls "$arbejde/linux-x64")" = skaerpet
tjek "win-x64 er én fil: $(ls "$arbejde/win-x64")" test "$(ls "$arbejde/win-x64")" = skaerpet.exe
ls -l "$arbejde/nupkg"/*.nupkg "$enkeltfil" "$arbejde/win-x64/skaerpet.exe" | awk '{print "   ", $5, $NF}'

# The single file must run where there is no .NET: hide the SDK's folder in a private mount namespace.
dotnet_rod=$(dirname "$(readlink -f "$(command -v dotnet)")")
uden_dotnet=()
if unshare -m true 2>/dev/null; then
  uden_dotnet=(unshare -m sh -c "mount -t tmpfs none '$dotnet_rod' && exec \"\$@\"" sh)
  echo "enkeltfilen køres med $dotnet_rod skjult"
  tjek "uden $dotnet_rod kan dotnet ikke starte" ikke "${uden_dotnet[@]}" dotnet --version
else
  echo "unshare er ikke tilladt her: enkeltfilen køres med .NET installeret"
fi

trin "demo: dotnet run, installed tool, single file"
ref=(dotnet run --project "$rod/src/SkaerpetTilsyn.Cli" -c Release --no-build --)
for m in ref tool enkeltfil; do
  case $m in
    ref) cmd=("${ref[@]}") ;;
    tool) cmd=("$tool") ;;
    enkeltfil) cmd=("${uden_dotnet[@]}" "$enkeltfil") ;;
  esac
  koer "version-$m" "${cmd[@]}" --version
  koer "opgoerelse-$m" "${cmd[@]}" opgoerelse --data "$demo" --aar 2023 --ud "$arbejde/opgoerelse-$m/ud"
  koer "monitor-$m" "${cmd[@]}" monitor --data "$demo" --til 2024-06 --json --ud "$arbejde/monitor-$m/ud"
  # A shipped rule set by name, from a folder with no regler/ in it, against the file in the clone.
  regler=corona-2020
  [ "$m" = ref ] && regler=$rod/regler/corona-2020.json
  koer "corona-$m" "${cmd[@]}" opgoerelse --data "$demo" --aar 2023 --regler "$regler" --ud "$arbejde/corona-$m/ud"
done
for k in version opgoerelse monitor corona; do
  sammenlign "$k-ref" "$k-tool"
  sammenlign "$k-ref" "$k-enkeltfil"
done
tjek "--version er Directory.Build.props' version" \
  grep -qxF "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)" "$arbejde/version-tool/stdout"
tjek "[suggest]-direktivet foreslår underkommandoerne" \
  sh -c "'$tool' '[suggest:9]' 'skaerpet ' | grep -qx opgoerelse"

trin "done"
echo "$bestaaet passed, $fejlet failed"
[ "$fejlet" = 0 ]
