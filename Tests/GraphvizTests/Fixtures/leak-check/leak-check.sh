#!/usr/bin/env bash
# Runs LeakLoop.swift (renders, DOT reads and writes, and failing calls, through the Graphviz
# module) under valgrind and prints the leak summary. Run from the package root:
#   bash Tests/GraphvizTests/Fixtures/leak-check/leak-check.sh [rounds]   (default 200)
# Needs valgrind (apt-get install -y valgrind). Valgrind 3.19 cannot read the DWARF 5 that Swift
# emits, so the loop is linked against the debug build's objects and stripped of debug info;
# stacks still name functions. The full report is written to .build/leak-check.log.
set -eu
rounds=${1:-200}
here=$(dirname "$0")
swift build --target Graphviz >/dev/null
objects=$(ls .build/debug/Graphviz.build/*.o)
swiftc -O -module-name LeakLoop "$here/LeakLoop.swift" $objects -I .build/debug/Modules \
  -Xcc -fmodule-map-file=Sources/CGraphviz/module.modulemap -lgvc -lcgraph -lcdt -o .build/leak-loop
objcopy --strip-debug .build/leak-loop
valgrind --leak-check=full --show-leak-kinds=all --num-callers=40 --log-file=.build/leak-check.log \
  .build/leak-loop "$rounds"
sed -n '/LEAK SUMMARY/,/suppressed:/p' .build/leak-check.log | sed 's/^==[0-9]*== //'
echo "definitely lost, by the first frame that is not an allocator (where the block was made):"
awk '/are definitely lost/{rec=1; hdr=$0; origin=""; next}
     rec && /(by|at) 0x/ { if (origin == "" && $0 !~ /vgpreload|gmalloc|zmalloc|strdup|g_malloc|g_realloc|g_slice|libc\.so|libglib/) origin = $0 }
     /^==[0-9]+== $/ { if (rec) { sub(/^==[0-9]+== /, "", hdr); sub(/ are definitely lost.*/, "", hdr);
                                  sub(/^.*(by|at) 0x[0-9A-F]+: /, "", origin); print "  " hdr "  <-  " origin }; rec = 0 }' \
  .build/leak-check.log | cut -c1-160
echo "records whose block was allocated by our code (Graphviz module or shim), which must be 0:"
awk '/are definitely lost/{rec=1; origin=""; next}
     rec && /(by|at) 0x/ { if (origin == "" && $0 !~ /vgpreload|gmalloc|zmalloc|strdup|g_malloc|g_realloc|g_slice|libc\.so|libglib/) origin = $0 }
     /^==[0-9]+== $/ { if (rec && origin ~ /leak-loop|cgraphviz_|8Graphviz/) n++; rec = 0 } END { print n + 0 }' .build/leak-check.log
