#!/usr/bin/env bash
# Save → reload latency of `handbook serve` on the real handbook (see measure-reload.mjs).
# Builds the CLI as contributors run it (Debug, like `dotnet run`) unless CONFIGURATION says otherwise.
#   .ci/measure-reload.sh                 # 20 saves, headless Chromium if installed
#   RUNS=50 MODE=stream .ci/measure-reload.sh
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${CONFIGURATION:-Debug}"
dotnet build src/KetamineHandbook.Cli -c "$configuration" -nologo -v quiet >/dev/null
dll="src/KetamineHandbook.Cli/bin/$configuration/net10.0/handbook.dll"
mode_args=()
[[ -n "${MODE:-}" ]] && mode_args=(--mode "$MODE")
exec node --experimental-websocket --no-warnings .ci/measure-reload.mjs --dll "$dll" --runs "${RUNS:-20}" "${mode_args[@]}"
