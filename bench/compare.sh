#!/usr/bin/env bash
# Side-by-side build benchmark: KetamineHandbook (living + edition 1.0.0, every check on) against Hugo
# (the same entries as plain pages) on seeded synthetic corpora, plus the real handbook's cold build.
#
#   bench/compare.sh                  # N = 1,000 and 10,000, 5 runs each
#   SIZES="1000" RUNS=3 bench/compare.sh
#   REPORT_ONLY=1 bench/compare.sh    # re-print the table from bench/out/runs.tsv and the last outputs
#
# Builds alternate (handbook, Hugo, Hugo, handbook, …) so drift in machine load hits both alike. Each run
# starts from an empty output folder, outside the timed region. Results: bench/out/results.md.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-1000 10000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-20261126}"
OUT="$REPO/bench/out"
mkdir -p "$OUT"

need_package() { # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "Installing $2 from Debian…" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
  fi
}

# timed LABEL COMMAND…: runs COMMAND under /usr/bin/time and appends "label wall user sys maxrss_kb" to runs.tsv.
timed() {
  local label="$1"; shift
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.txt" "$@" >"$OUT/last.log" 2>&1 || { echo "FAILED: $*" >&2; cat "$OUT/last.log" >&2; exit 1; }
  echo "$label $(cat "$OUT/time.txt")" >>"$OUT/runs.tsv"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$OUT/runs.tsv"; }
html_pages() { find "$1" -name '*.html' | wc -l; }

# measure: installs what is missing, publishes, generates the corpora and times every build.
measure() {
  need_package hugo hugo
  need_package clang clang  # the CLI is published as a native executable (Native AOT), linked with clang
  [ -x /usr/bin/time ] || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }

  echo "Publishing the CLI (Release) and the corpus generator…" >&2
  dotnet publish "$REPO/src/KetamineHandbook.Cli" -c Release -o "$OUT/cli" --nologo -v quiet >/dev/null
  dotnet publish "$REPO/bench/KetamineHandbook.Bench.Corpus" -c Release -o "$OUT/corpus-tool" --nologo -v quiet >/dev/null
  HANDBOOK="$OUT/cli/handbook"
  MAKE_CORPUS="$OUT/corpus-tool/make-corpus"

  : >"$OUT/runs.tsv"
  for n in $SIZES; do
    corpus="$OUT/corpus-$n"
    echo "Generating corpus N=$n (seed $SEED)…" >&2
    "$MAKE_CORPUS" --out "$corpus" --theme "$REPO/theme" --entries "$n" --seed "$SEED" >&2
    # Once with no edition cache (a first build after a clone; it fills the cache), then the alternating runs.
    rm -rf "$corpus/handbook-site/.handbook-cache" "$OUT/site-handbook-$n"
    echo "  N=$n first build, empty edition cache" >&2
    timed "handbook-cold-$n" "$HANDBOOK" build --root "$corpus/handbook-site" --output "$OUT/site-handbook-$n" --quiet
    for run in $(seq 1 "$RUNS"); do
      echo "  N=$n run $run/$RUNS" >&2
      order="handbook hugo"; [ $((run % 2)) -eq 0 ] && order="hugo handbook"
      for tool in $order; do
        rm -rf "$OUT/site-$tool-$n"
        if [ "$tool" = handbook ]; then
          timed "handbook-$n" "$HANDBOOK" build --root "$corpus/handbook-site" --output "$OUT/site-handbook-$n" --quiet
        else
          timed "hugo-$n" hugo --quiet --source "$corpus/hugo-site" --destination "$OUT/site-hugo-$n"
        fi
      done
    done
  done

  echo "Real handbook, cold builds (a new process each time, .NET start-up included), without and with the edition cache…" >&2
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$OUT/site-real" "$REPO/.handbook-cache/editions"
    timed real-cold "$HANDBOOK" build --root "$REPO" --output "$OUT/site-real" --quiet
    rm -rf "$OUT/site-real"
    timed real "$HANDBOOK" build --root "$REPO" --output "$OUT/site-real" --quiet
  done
}

declare -A PAGES
if [ "${REPORT_ONLY:-0}" != 1 ]; then measure; fi
for n in $SIZES; do
  for tool in handbook hugo; do PAGES[$tool-$n]=$(html_pages "$OUT/site-$tool-$n"); done
done
PAGES[real]=$(html_pages "$OUT/site-real")

{
  echo "## Build benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;" \
       "load average when reported $(cut -d' ' -f1-3 /proc/loadavg); .NET $(dotnet --version), $(hugo version | cut -d' ' -f1-2)."
  echo "Runs per cell: $RUNS (median). Corpus seed $SEED. User and system CPU seconds are medians too."
  echo
  echo "| N | tool | HTML pages | median wall (s) | pages/s | user CPU (s) | system CPU (s) | peak RSS (MiB) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    PAGES[handbook-cold-$n]=${PAGES[handbook-$n]}
    for tool in handbook-cold handbook hugo; do
      label="$tool-$n"
      wall=$(column_of "$label" 2 | median)
      user=$(column_of "$label" 3 | median)
      sys=$(column_of "$label" 4 | median)
      rss=$(column_of "$label" 5 | median)
      echo "| $n | $tool | ${PAGES[$label]} | $wall | $(awk -v p="${PAGES[$label]}" -v w="$wall" 'BEGIN { printf "%.0f", p / w }') | $user | $sys | $((${rss%.*} / 1024)) |"
    done
  done
  echo
  for n in $SIZES; do
    hb=$(column_of "handbook-$n" 2 | median); hu=$(column_of "hugo-$n" 2 | median)
    hc=$(column_of "handbook-cold-$n" 2 | median)
    echo "- N=$n: wall-time ratio handbook/Hugo = $(awk -v a="$hb" -v b="$hu" 'BEGIN { printf "%.2f", a / b }') with the edition cached," \
         "$(awk -v a="$hc" -v b="$hu" 'BEGIN { printf "%.2f", a / b }') on a first build (handbook renders ${PAGES[handbook-$n]} pages, Hugo ${PAGES[hugo-$n]})"
  done
  set -- $SIZES
  if [ $# -ge 2 ]; then
    small=$1; large=${!#}
    for tool in handbook hugo; do
      a=$(column_of "$tool-$large" 2 | median); b=$(column_of "$tool-$small" 2 | median)
      echo "- growth $tool $large/$small: $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')×"
    done
  fi
  echo "- real handbook cold build (${PAGES[real]} pages, a new process): median $(column_of real 2 | median) s wall with the editions cached," \
       "$(column_of real-cold 2 | median) s with an empty cache; peak RSS $(( $(column_of real 5 | median | cut -d. -f1) / 1024 )) MiB"
} | tee "$OUT/results.md"
