#!/usr/bin/env python3
"""Per-query paired difference in nDCG@10 between two runs, with its 95 % interval (normal approximation).
Uses score.py's own nDCG@10. Usage (from nlp/):
  python3 tools/paired_diff.py ../datasets/eval/dev/qrels.tsv target/eval/A.dev.tsv target/eval/B.dev.tsv"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'datasets', 'eval'))
import score as S

def per_query(qrels, run):
    return {q: S.ndcg10(run.get(q, []), j) for q, j in qrels.items() if max(j.values()) >= 1}

qrels = S.load_qrels(sys.argv[1])
a = per_query(qrels, S.load_run(sys.argv[2]))
b = per_query(qrels, S.load_run(sys.argv[3]))
d = [a[q] - b[q] for q in a]
n = len(d)
m = sum(d) / n
sd = (sum((x - m) ** 2 for x in d) / (n - 1)) ** 0.5
print(f"A - B nDCG@10 {m:+.4f} ± {1.96 * sd / n ** 0.5:.4f} (95 %, n={n}); A better on {sum(x > 0 for x in d)}, worse on {sum(x < 0 for x in d)}")
