#!/usr/bin/env bash
# The main job on the bundled example corpus: set up, build, code every example article into
# events (out/events.jsonl) and print a short summary with the next commands to try.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out
./build/dyad code examples/ -o out/events.jsonl
python3 - out/events.jsonl <<'PY'
import collections, json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
articles = {e["article_id"] for e in events}
dyads = collections.Counter()
types = collections.Counter()
for e in events:
    src = (e["source"] or {}).get("code") or "?"
    tgt = (e["target"] or {}).get("code") or "-"
    dyads[f"{src} -> {tgt}"] += 1
    types[f'{e["event"]["cameo"]} {e["event"]["label"]}'] += 1
print(f"\n{len(events)} events from {len(articles)} articles -> out/events.jsonl")
print("\nTop dyads:")
for dyad, n in dyads.most_common(8):
    print(f"  {n:3d}  {dyad}")
print("\nTop event types:")
for kind, n in types.most_common(8):
    print(f"  {n:3d}  {kind}")
PY
cat <<'TXT'

Next, try:
  ./build/dyad explain "Houthi rebels attacked a cargo ship in the Red Sea on Tuesday."
  ./build/dyad actors examples/text/ex-003.txt | head -n 5
  ./build/dyad code --format gdelt examples/articles.jsonl | head -n 3
  ./build/dyad sentences --tokens examples/html/ex-001.html | head -n 2
  ./build/dyad dict stats
TXT
