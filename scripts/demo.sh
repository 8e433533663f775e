#!/usr/bin/env bash
# The main job on the bundled example corpus: set up, build, then run dyad over examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out
./build/dyad sentences examples/ -o out/sentences.jsonl
echo
echo "Wrote out/sentences.jsonl. First lines:"
head -n 3 out/sentences.jsonl
echo
echo "Next, try:"
echo "  ./build/dyad sentences --tokens examples/text/ex-003.txt | head -n 2"
echo "  ./build/dyad sentences --help"
