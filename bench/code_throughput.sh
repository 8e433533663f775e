#!/usr/bin/env bash
# Throughput of the whole pipeline (`dyad code`: ingest, clean, split, actors, events) on the
# InSight Crime articles in ../shared/corpus/news/insightcrime/, with 1 thread and all cores.
# Prints articles/s, sentences/s and MB/s. Usage: bench/code_throughput.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
SRC=../shared/corpus/news/insightcrime
if [ ! -d "$SRC" ]; then
  echo "bench: $SRC absent, nothing to measure" >&2
  exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Column 1 of the TSV is the article text (CSV-style quoting); repeat the corpus 4 times.
python3 - "$SRC" "$WORK/corpus.jsonl" <<'PY'
import csv, json, sys
csv.field_size_limit(1 << 30)
src, out = sys.argv[1], sys.argv[2]
rows = []
for name in ("train", "dev", "test"):
    with open(f"{src}/{name}.tsv", newline="", encoding="utf-8") as f:
        rows += [r[0] for r in csv.reader(f, delimiter="\t") if r]
with open(out, "w", encoding="utf-8") as f:
    for rep in range(4):
        for i, text in enumerate(rows):
            f.write(json.dumps({"id": f"ic{rep}-{i}", "text": text}) + "\n")
PY
BYTES=$(stat -c %s "$WORK/corpus.jsonl")
SENTENCES=$("$BUILD/dyad" sentences -q "$WORK/corpus.jsonl" | wc -l)
for THREADS in 1 $(nproc); do
  for CMD in sentences code; do
    START=$(date +%s.%N)
    "$BUILD/dyad" $CMD -q -j "$THREADS" "$WORK/corpus.jsonl" -o "$WORK/out.jsonl" 2>"$WORK/err"
    END=$(date +%s.%N)
    ARTICLES=$(grep -o '[0-9]* processed' "$WORK/err" | cut -d' ' -f1)
    python3 - "$CMD" "$THREADS" "$START" "$END" "$ARTICLES" "$SENTENCES" "$BYTES" "$(wc -l < "$WORK/out.jsonl")" <<'PY'
import sys
cmd, threads, start, end, articles, sentences, size, lines = sys.argv[1:]
t = float(end) - float(start)
print(f"dyad {cmd:9s} -j {threads}: {t:6.2f} s  {int(articles)/t:8.0f} articles/s  "
      f"{int(sentences)/t:9.0f} sentences/s  {int(size)/t/1e6:6.1f} MB/s  ({lines} output lines)")
PY
  done
done
