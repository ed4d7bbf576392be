#!/usr/bin/env bash
# The benchmark against peers (issue 4) and the render measures (issue 5), in one run.
#
# Builds release, generates the Price-model files when missing, runs influence-bench and the
# peers (igraph, networkit, rustworkx, numpy SPC) on the same files, times whole processes, and
# prints one Markdown report (also saved to Benchmarks/data/results/report.md).
#
# Environment:
#   SIZES="100000 1000000"   node counts (the smallest gets exact reach, the others automatic)
#   RUNS=3                   runs per short phase (median)
#   PEER_FLAGS=""            extra flags for peers.py, e.g. "--no-exact-reach" to skip the long
#                            exact-reach phases, or "--reach-cap 60"
#   SKIP_RENDER=1            skip the render measures
#   ONLY_RENDER=1            run only the render measures (no peers, no Price graphs beyond 1,000)
#   RENDER_RUNS=31           interleaved runs of `influence render` and `dot -Tsvg` (median)
#   REUSE_PEERS=1            keep peers-SIZE.json from an earlier run on the same file (the peers
#                            take most of the time; the report says the results were reused)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100000 1000000"}
[ -n "${ONLY_RENDER:-}" ] && SIZES=""
RUNS=${RUNS:-3}
PEER_FLAGS=${PEER_FLAGS:-}
DATA=Benchmarks/data
OUT=$DATA/results
mkdir -p "$OUT"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

say() { printf 'bench: %s\n' "$*" >&2; }

# Peers and the dot binary.
if [ -z "${ONLY_RENDER:-}" ] && ! python3 -c 'import numpy, pandas, pyarrow, igraph, networkit, rustworkx' 2>/dev/null; then
  say "installing the peer libraries with pip"
  python3 -m pip install --quiet numpy pandas pyarrow igraph networkit rustworkx >&2
fi
if [ -z "${SKIP_RENDER:-}" ] && ! command -v dot >/dev/null; then
  say "installing graphviz (for the dot binary)"
  { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends graphviz; } >&2
fi

say "building release"
# As the Makefile builds them: the Swift runtime and Foundation linked statically.
swift build -c release --static-swift-stdlib --product influence-bench >&2
swift build -c release --static-swift-stdlib --product influence >&2
BIN=$(swift build -c release --show-bin-path)

for n in $SIZES 1000; do
  # Regenerate files from older generators (ids with a letter prefix).
  if [ ! -f "$DATA/price-$n.tsv" ] || sed -n 2p "$DATA/price-$n.tsv" | grep -q '^[^0-9]'; then
    python3 Benchmarks/generate_price.py --nodes "$n" --cites 10
  fi
done

smallest=$(printf '%s\n' $SIZES | sort -n | head -1)
for n in $SIZES; do
  file=$DATA/price-$n.tsv
  reach=automatic; [ "$n" = "$smallest" ] && [ "$(printf '%s\n' $SIZES | wc -l)" -gt 1 ] && reach=exact
  say "influence-bench on $file (reach $reach)"
  "$BIN/influence-bench" "$file" --runs "$RUNS" --reach "$reach" > "$OUT/ours-$n.json"
  if [ -n "${REUSE_PEERS:-}" ] && [ -s "$OUT/peers-$n.json" ]; then
    say "peers on $file: reusing $OUT/peers-$n.json"
  else
    say "peers on $file"
    # shellcheck disable=SC2086
    python3 Benchmarks/peers.py "$file" --runs "$RUNS" $PEER_FLAGS > "$OUT/peers-$n.json.tmp"
    mv "$OUT/peers-$n.json.tmp" "$OUT/peers-$n.json"
  fi
  say "whole process: influence rank --by pagerank --corpus $file"
  python3 Benchmarks/timecmd.py --runs "$RUNS" -- "$BIN/influence" rank --by pagerank --corpus "$file" > "$OUT/rank-$n.json" \
    || say "influence rank failed on $file"
done

if [ -z "${SKIP_RENDER:-}" ]; then
  corpus=Graphs/ai-research-papers.txt
  say "render: influence render of $corpus vs dot -Tsvg on its DOT, interleaved"
  "$BIN/influence" render --corpus "$corpus" --format dot -o "$OUT/corpus.dot" || say "influence render --format dot failed"
  python3 Benchmarks/sidebyside.py --runs "${RENDER_RUNS:-31}" \
    --json "$OUT/render-corpus.json" -- "$BIN/influence" render --corpus "$corpus" -o "$OUT/corpus.svg" \
    --json "$OUT/render-dot.json" -- dot -Tsvg "$OUT/corpus.dot" -o "$OUT/corpus-dot.svg" \
    || say "the render comparison failed"
  say "render: 1,000-node Price graph"
  python3 Benchmarks/timecmd.py --runs 1 -- "$BIN/influence" render --corpus "$DATA/price-1000.tsv" -o "$OUT/price-1000.svg" \
    > "$OUT/render-price-1000.json" || say "influence render of price-1000.tsv failed"
fi

# shellcheck disable=SC2086
python3 Benchmarks/table.py "$OUT" $SIZES | tee "$OUT/report.md"
