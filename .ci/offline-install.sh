#!/usr/bin/env bash
# CI: the offline install of README ("Install on a machine without internet"), proven. Packs the
# tarball, installs it globally into an empty prefix with --offline, an empty npm cache and a
# registry nobody answers at (so nothing can come from a registry), then runs kepu from an empty
# folder: the version, the bundled plans, a new workspace, and the demo report.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$("$root/scripts/pack-offline.sh" "$work")"
echo "offline install: $(basename "$tarball"), $(du -m "$tarball" | cut -f1) MB"
mkdir "$work/empty"
cd "$work/empty"
export npm_config_cache="$work/npm-cache" npm_config_registry="http://127.0.0.1:9/"
npm install --global --offline --no-audit --no-fund --prefix "$work/prefix" "$tarball"
export PATH="$work/prefix/bin:$PATH"
[ "$(command -v kepu)" = "$work/prefix/bin/kepu" ]
[ "$(kepu --version)" = "$(node -p 'require(process.argv[1]).version' "$root/package.json")" ]
kepu plan list | grep -q liaocheng
kepu init office --plan liaocheng >/dev/null
grep -q '^plan: liaocheng' office/kepu.config.yaml
kepu status -w office --year 2024 >/dev/null
kepu demo >/dev/null
test -s reports/liaocheng_midterm_2024.pdf
echo "offline install: kepu --version, plan list, init, status and demo ran from the installed tarball"
