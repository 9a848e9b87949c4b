#!/usr/bin/env bash
# Validates every HTML page of the built site with the Nu HTML Checker (npm package vnu-jar, run with Java).
# Usage: bash .ci/validate-html.sh [SITE_DIR]   (default _site; build it first)   exit 0 = no errors
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-_site}"
version="26.9.27"
tools=".ci/.tools"
[ -d "$site" ] || { echo "validate-html: $site does not exist; run 'handbook build' first" >&2; exit 2; }
command -v java >/dev/null || { echo "validate-html: Java is needed (apt-get install -y default-jre-headless)" >&2; exit 2; }
jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$jar" ]; then
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"private": true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent "vnu-jar@$version" >&2 || { echo "validate-html: npm install vnu-jar failed" >&2; exit 2; }
fi
pages=$(find "$site" -name '*.html' | wc -l)
echo "validate-html: checking $pages pages with vnu $(java -jar "$jar" --version)"
java -jar "$jar" --errors-only --skip-non-html "$site"
echo "validate-html: no errors in $pages pages"
