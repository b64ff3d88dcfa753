#!/usr/bin/env bash
# Byte-identity harness for rewrites that must not change any output (issue 20's columnar ingest).
# Runs every output-producing command on the five sample workspaces, and compute / evaluate /
# data check on national data at a given scale, then writes one sha256 line per output file.
# Record it before a change and after, and compare the two lists:
#
#   scripts/identity-snapshot.sh /tmp/before            # sums in /tmp/before/SHA256SUMS
#   ... change ...
#   scripts/identity-snapshot.sh /tmp/after && diff /tmp/before/SHA256SUMS /tmp/after/SHA256SUMS
#
# Options (environment): NATIONAL=<workspace dir> (default bench/out/s0.1/national when it exists;
# make it with `npx tsx bench/generate-national.ts --scale 0.1`), NATIONAL=none to skip it.
# Compiles the sources once into .identity-dist/ (beside dist/, so paths relative to the code
# resolve the same), bundled as `npm run build` bundles dist/, and runs that, so editing src/ while a snapshot runs cannot mix two versions;
# the build is removed at the end.
# Exit status and stderr of every command are part of the snapshot, so a changed message or a new
# failure shows up too.
set -euo pipefail
out=${1:?usage: scripts/identity-snapshot.sh <output dir>}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$root/.identity-dist"
trap 'rm -rf "$root/.identity-dist"' EXIT
npx tsc -p tsconfig.build.json --outDir "$root/.identity-dist"
# The bundle bin/kepu.js runs (scripts/bundle-cli.mjs), when this checkout makes one.
if [ -f bin/cached-script.js ]; then
  node scripts/bundle-cli.mjs "$root/.identity-dist"
  printf "import { runCachedScript } from '../bin/cached-script.js';\nawait runCachedScript(new URL('./bundle/main.cjs', import.meta.url).pathname).exports.main(process.argv);\n" >"$root/.identity-dist/kepu.mjs"
elif [ -f scripts/bundle-cli.mjs ]; then
  node scripts/bundle-cli.mjs "$root/.identity-dist"
  printf "import { main } from './bundle/main.js';\nawait main(process.argv);\n" >"$root/.identity-dist/kepu.mjs"
else
  printf "import { main } from './cli/main.js';\nawait main(process.argv);\n" >"$root/.identity-dist/kepu.mjs"
fi
export TZ=Asia/Shanghai CI=true NO_COLOR=1

# run <name> <args...>: stdout to <name>.out, stderr to <name>.err, exit status to <name>.rc.
run() {
  local name=$1
  shift
  mkdir -p "$(dirname "$out/$name")"
  set +e
  node "$root/.identity-dist/kepu.mjs" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  set -e
}

for sample in dandong dezhou liaocheng linyi linyi-county; do
  ws="$root/data/samples/$sample"
  o="$sample"
  mkdir -p "$out/$o/files"
  for lang in zh en; do
    run "$o/$lang/evaluate.json" --lang "$lang" evaluate -w "$ws" --format json
    run "$o/$lang/evaluate.csv" --lang "$lang" evaluate -w "$ws" --format csv
    run "$o/$lang/evaluate.table" --lang "$lang" evaluate -w "$ws"
    run "$o/$lang/data-check.txt" --lang "$lang" data check -w "$ws"
    run "$o/$lang/data-check.json" --lang "$lang" data check -w "$ws" --format json
    run "$o/$lang/status.txt" --lang "$lang" status -w "$ws"
    run "$o/$lang/status.json" --lang "$lang" status -w "$ws" --format json
  done
  for method in schedule eurostat unsd unsd2023; do
    run "$o/evaluate-$method-2023.json" evaluate -w "$ws" --format json --method "$method" --year 2023
  done
  run "$o/compute.csv" compute -w "$ws" --format csv
  run "$o/compute.json" compute -w "$ws" --format json
  run "$o/compute.table" compute -w "$ws"
  run "$o/compute-2024.csv" compute -w "$ws" --format csv --year 2024
  run "$o/compute-literacy.json" compute -w "$ws" --format json --indicator literacy_share
  run "$o/compute-out" compute -w "$ws" --format csv --out "$out/$o/files/compute-out.csv"
  run "$o/compute-files" compute --regions "$ws/regions.csv" --data "$ws/data" --format csv
  run "$o/tasks.json" tasks -w "$ws" --format json
  run "$o/status-missing" status -w "$ws" --missing-out "$out/$o/files/missing.csv"
  for kind in trend ranking gap matrix volume tasks multiples; do
    run "$o/chart-$kind" chart "$kind" -w "$ws" --out "$out/$o/files/chart-$kind.svg"
  done
  run "$o/chart-trend-literacy" chart trend -w "$ws" --indicator literacy_share --out "$out/$o/files/chart-trend-literacy.vl.json"
  run "$o/report-midterm" report midterm -w "$ws" --format pdf,docx,html --deterministic --out "$out/$o/files/midterm"
  run "$o/report-midterm-en" --lang en report midterm -w "$ws" --format html --deterministic --out "$out/$o/files/midterm-en"
  run "$o/report-brief" report brief -w "$ws" --format pdf,html --deterministic --out "$out/$o/files/brief"
done

national=${NATIONAL:-bench/out/s0.1/national}
if [ "$national" != none ] && [ -d "$national" ]; then
  run national/compute.csv compute -w "$national" --format csv --out "$out/national-compute.csv"
  run national/evaluate-2024.json evaluate -w "$national" --year 2024 --format json
  run national/evaluate.json evaluate -w "$national" --format json
  run national/data-check.txt data check -w "$national"
  run national/data-check.json data check -w "$national" --format json
fi

# Paths inside outputs name the snapshot folder; keep them relative so two snapshots compare.
cd "$out"
find . -type f \( -name '*.out' -o -name '*.err' \) -print0 | xargs -0 sed -i "s#$out#<out>#g"
find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS
echo "$(wc -l <SHA256SUMS) files summed in $out/SHA256SUMS"
