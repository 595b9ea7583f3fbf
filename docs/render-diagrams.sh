#!/usr/bin/env bash
# docs/render-diagrams.sh — redraw docs/diagrams/*.png from processes/*.bpmn, so the pictures cannot drift from the
# models. Needs Node.js/npm and Chromium (.ci/run installs Chromium); fetches the pinned bpmn-js and playwright-core
# once into target/diagram-tools. Run from anywhere; commit the PNGs it changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/target/diagram-tools"
command -v chromium >/dev/null || { echo "needs Chromium (apt-get install -y chromium)" >&2; exit 2; }
if [ ! -d "$tools/node_modules/bpmn-js" ] || [ ! -d "$tools/node_modules/playwright-core" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent bpmn-js@18.31.1 playwright-core@1.56.1 >/dev/null)
fi
cp "$root/docs/render-diagrams.cjs" "$tools/"
rm -f "$root"/docs/diagrams/*.png
CHROMIUM=$(command -v chromium) node "$tools/render-diagrams.cjs" "$root/docs/diagrams" "$root"/processes/*.bpmn
