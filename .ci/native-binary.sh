#!/usr/bin/env bash
# The published CLI is a native executable (Native AOT), while the tests run the generator on .NET's JIT: this
# checks the executable itself. It publishes it, runs `check`, builds the real handbook with every cache off (so
# the native code renders every page of every edition) and compares the site byte for byte with the one that
# `dotnet run` built (_site), builds it again from the cache it filled, and times saves in its preview server.
# Usage: bash .ci/native-binary.sh   (after `handbook build --output _site`)   exit 0 = the same site, serve works
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d _site ] || { echo "native-binary: _site does not exist; run 'handbook build --output _site' first" >&2; exit 2; }
need=()
command -v clang >/dev/null || need+=(clang)      # Native AOT links with clang
command -v node >/dev/null || need+=(nodejs)      # the preview-server probe (.ci/measure-reload.mjs)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/tmp/native-apt.log 2>&1 \
    || { echo "native-binary: could not install ${need[*]} (apt-get install -y ${need[*]})" >&2; exit 2; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/KetamineHandbook.Cli -c Release -o "$work/cli" --nologo -v quiet
native="$work/cli/handbook"
head -c 4 "$native" | grep -q ELF || { echo "native-binary: $native is not a native executable" >&2; exit 1; }
"$native" check
"$native" build --no-cache --output "$work/site-uncached" --quiet
diff -r _site "$work/site-uncached"
"$native" build --output "$work/site-cached" --quiet
diff -r _site "$work/site-cached"
echo "native-binary: the native executable built the same site as \`dotnet run\` (with and without its caches)"
node --experimental-websocket .ci/measure-reload.mjs --bin "$native" --runs 5 --mode stream
