#!/usr/bin/env bash
# Rebuilds the shipped technical dictionary, stop list and DF table from the project's dataset copies.
# Usage (from the repository root): nlp/build-dictionary.sh [OUT_DIR] [extra DictionaryBuilder options]
# Default OUT_DIR is nlp/src/main/resources/techmatch/nlp (the shipped resources). Needs `mvn -pl nlp compile` first.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-nlp/src/main/resources/techmatch/nlp}"
shift || true
D=datasets
exec java -Xmx6g -cp "$(cat nlp/target/classpath.txt):nlp/target/classes" techmatch.nlp.build.DictionaryBuilder \
  --keywords $D/chinaxiv/abstracts.jsonl:keywords \
  --keywords $D/csl/papers.jsonl:keywords \
  --labels $D/51jishu/achievements.jsonl:classification,industry \
  --labels $D/51jishu/demands.jsonl:classification \
  --names $D/51jishu/technical-areas.json:n \
  --text $D/51jishu/achievements.jsonl:name,context \
  --text $D/51jishu/demands.jsonl:name,context \
  --text $D/chinaxiv/abstracts.jsonl:title,abstract \
  --text $D/csl/papers.jsonl:title,abstract \
  --text $D/haiyan/demands.jsonl:title,detail \
  --out "$OUT" "$@"
