#!/usr/bin/env bash
# Installs the committed lock file's TensorFlow.js into target/interop for TfjsInteropTest (mvn's process-test-resources
# phase calls this). No npm on the machine: says so and leaves the test to skip, or to fail under CI=true.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
if ! command -v npm >/dev/null 2>&1; then
  echo "interop: npm not found; the TensorFlow.js interop tests will be skipped"
  exit 0
fi
mkdir -p "$out"
cp "$here/package.json" "$here/package-lock.json" "$here/tfjs-check.mjs" "$out/"
if [ -f "$out/node_modules/.package-lock.json" ] && cmp -s "$here/package-lock.json" "$out/.installed-lock.json"; then
  exit 0 # already installed from this lock file
fi
# --ignore-scripts: nothing may run at install time (and no package here needs to: no native code, no downloads)
(cd "$out" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
cp "$here/package-lock.json" "$out/.installed-lock.json"
