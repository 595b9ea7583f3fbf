#!/usr/bin/env bash
# docs/render-diagrams.sh [processes/X.bpmn ...] — redraw docs/diagrams/X.png (and X-<subprocess>.png for each
# collapsed subprocess) from the models, all of processes/*.bpmn when no file is named, and write
# docs/diagrams/X.bpmn.sha256, the hash of the model each picture was drawn from: DiagramPicturesTest fails
# `mvn verify` when a model changed after its picture. Needs Node.js/npm and Chromium (.ci/run installs Chromium);
# fetches the pinned bpmn-js and playwright-core once into target/diagram-tools. Run from anywhere; commit what
# it changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/target/diagram-tools"
out="$root/docs/diagrams"
command -v chromium >/dev/null || { echo "needs Chromium (apt-get install -y chromium)" >&2; exit 2; }
if [ ! -d "$tools/node_modules/bpmn-js" ] || [ ! -d "$tools/node_modules/playwright-core" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent bpmn-js@18.31.1 playwright-core@1.56.1 >/dev/null)
fi
cp "$root/docs/render-diagrams.cjs" "$tools/"
models=()
if [ $# -eq 0 ]; then
  models=("$root"/processes/*.bpmn)
else
  for f in "$@"; do models+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
fi
mkdir -p "$out"
for m in "${models[@]}"; do
  name=$(basename "$m" .bpmn)
  rm -f "$out/$name.png" "$out/$name"-*.png "$out/$name.bpmn.sha256"
done
CHROMIUM=$(command -v chromium) node "$tools/render-diagrams.cjs" "$out" "${models[@]}"
for m in "${models[@]}"; do
  name=$(basename "$m" .bpmn)
  (cd "$root" && sha256sum "processes/$name.bpmn") > "$out/$name.bpmn.sha256"
done
