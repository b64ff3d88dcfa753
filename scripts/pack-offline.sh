#!/usr/bin/env bash
# One tarball that installs on a machine without internet (README: Install on a machine without
# internet): kepu's own files as `npm pack` chooses them ("files" in package.json; `prepare`
# builds dist/), plus every runtime dependency bundled in its node_modules (bundleDependencies),
# exactly as `npm ci` installed them here (the @uwdata/flechette override included). The checkout's
# package.json stays without bundleDependencies, so `npm ci` and the lock file are untouched.
# The native parts (@resvg/resvg-js) are this machine's: pack on the offline machine's platform.
# Usage: scripts/pack-offline.sh [DEST]   (default: the checkout). Prints the tarball's path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$(cd "${1:-$root}" && pwd)"
if [ ! -d "$root/node_modules/commander" ]; then
  echo "pack-offline: no node_modules; run npm ci first" >&2
  exit 1
fi
# Staged inside the checkout so node_modules is hard-linked (same file system), not copied.
stage="$(mktemp -d "$root/.pack-offline.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/own"
# dist/ is built when any source is newer than it (the rule bin/kepu.js runs by), so a CI run
# right after npm ci (whose prepare built it) does not compile twice.
if [ ! -f "$root/dist/bundle/main.cjs" ] || [ -n "$(find "$root/src" -newer "$root/dist/bundle/main.cjs" -print -quit)" ]; then
  (cd "$root" && npm run --silent build)
fi
(cd "$root" && npm pack --silent --ignore-scripts --pack-destination "$stage/own" >/dev/null)
tar xzf "$stage"/own/*.tgz -C "$stage"
cp -al "$root/node_modules/." "$stage/package/node_modules" 2>/dev/null || cp -a "$root/node_modules/." "$stage/package/node_modules"
# Only the font files kepu loads travel (src/fonts/load-fonts.ts names them): the other weights
# of the two Noto families are 160 MB that nothing reads. Removing a hard link leaves the checkout's file.
keep="$(grep -o "@expo-google-fonts/[^'\"]*\.ttf" "$stage/package/dist/fonts/load-fonts.js" | sort -u)"
[ "$(grep -c . <<<"$keep")" -ge 4 ] || { echo "pack-offline: cannot find the font files in dist/fonts/load-fonts.js" >&2; exit 1; }
(cd "$stage/package/node_modules" && find @expo-google-fonts -name '*.ttf' | grep -vxF "$keep" | xargs -r rm)
# The tarball's package.json: every dependency bundled, and no scripts (dist/ is built; an install
# must never depend on install scripts, and npm would only warn that it skipped `prepare`).
node -e '
  const fs = require("node:fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.bundleDependencies = Object.keys(pkg.dependencies);
  delete pkg.scripts;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$stage/package/package.json"
name="$(cd "$stage/package" && npm pack --silent --ignore-scripts --pack-destination "$dest")"
echo "$dest/$name"
