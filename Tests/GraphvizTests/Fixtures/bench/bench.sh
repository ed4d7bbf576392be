#!/usr/bin/env bash
# Times layout+render to SVG of the graphs in Fixtures/bench/ (Price-model and random graphs of
# 100, 300 and 1,000 nodes) with several engines and settings, each in its own process with a
# time limit. Run from the package root: bash Tests/GraphvizTests/Fixtures/bench/bench.sh [limit-seconds]
set -u
limit=${1:-120}
swift build --build-tests >/dev/null || exit 1
bin=$(ls -d .build/debug/*.xctest | head -1)
run() {  # file engine attrs
  out=$(GRAPHVIZ_BENCH_FILE=$1 GRAPHVIZ_BENCH_ENGINE=$2 GRAPHVIZ_BENCH_ATTRS=${3:-} \
        timeout "$limit" "$bin" --testing-library swift-testing --filter timeOneLayout 2>&1 | grep '^BENCH')
  if [ -n "$out" ]; then echo "$out"; else echo "BENCH $1 $2 [${3:-}] did not finish within $limit s"; fi
}
for kind in price random; do
  for n in 100 300 1000; do
    f=$kind-$n.gv
    run "$f" sfdp
    run "$f" auto
    run "$f" dot "nslimit=2;nslimit1=2;mclimit=0.5;searchsize=30"
    run "$f" dot
  done
done
