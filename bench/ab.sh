#!/usr/bin/env bash
# A/B timing of two kepu builds on one workspace, alternating old and new so that a change in the
# machine's load falls on both (issue 20). Each workload is a cold process under /usr/bin/time:
# wall, CPU (user + system: on a shared machine it moves less with the load than wall) and peak RSS.
#   bench/ab.sh <old kepu root> <new kepu root> <workspace> [runs]
# Both roots need dist/ (npm run build). R runs bench/r/compute.R on the same files when installed
# and the workspace is one bench/generate-national.ts made.
set -euo pipefail
old=$(cd "${1:?old root}" && pwd); new=$(cd "${2:?new root}" && pwd); ws=$(cd "${3:?workspace}" && pwd); runs=${4:-2}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export TZ=Asia/Shanghai
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; node $(node --version)"
printf '%-28s %-4s %10s %10s %10s\n' workload build wall_s cpu_s peak_MB
measure() { # name build cmd...
  local name=$1 build=$2; shift 2
  # The last workload's writes (compute's 250 MB CSV) reach the disk first, untimed: otherwise the
  # next run's writes wait for them, and whichever build runs second pays 0.3–0.5 s of system time.
  sync
  /usr/bin/time -o "$tmp/t" -f '%e %U %S %M' "$@" >/dev/null 2>"$tmp/err" || { echo "$name ($build) failed:"; tail -5 "$tmp/err"; exit 1; }
  read -r wall user sys rss <"$tmp/t"
  printf '%-28s %-4s %10.2f %10.2f %10.0f\n' "$name" "$build" "$wall" "$(awk "BEGIN { print $user + $sys }")" "$((rss / 1024))"
}
for run in $(seq "$runs"); do
  for build in old new; do
    root=$old; [ "$build" = new ] && root=$new
    kepu=(node "$root/bin/kepu.js")
    measure "evaluate --year 2024" "$build" "${kepu[@]}" evaluate -w "$ws" --year 2024
    measure "compute csv --out" "$build" "${kepu[@]}" compute -w "$ws" --format csv --out "$tmp/values.csv"
    measure "compute parquet --out" "$build" "${kepu[@]}" compute -w "$ws" --format parquet --out "$tmp/values.parquet"
    measure "data check" "$build" "${kepu[@]}" data check -w "$ws"
    measure "ingest (in-process, cold)" "$build" node "$here/bench/ingest.mjs" "$root" "$ws" 1
  done
  # compute.R reads the synthetic national layout (data/stats_*.csv, bench/generate-national.ts).
  if command -v Rscript >/dev/null && compgen -G "$ws/data/stats_*.csv" >/dev/null; then measure "R compute.R (2024)" R Rscript "$here/bench/r/compute.R" "$ws" 2024 "$tmp/r.csv"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
