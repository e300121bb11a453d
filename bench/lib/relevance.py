"""Ranking quality on the TIME collection: MAP, P@10 and nDCG@10 (binary judgments), over all
83 queries and over the odd and even query ids apart, so that tuning on one half can be
checked on the other. Judged documents missing from the collection (TIME.REL names 424 and
425; TIME.ALL holds 423) still count as relevant, as trec_eval counts them."""
import math
import statistics


def average_precision(ranking, relevant):
    found, total = 0, 0.0
    for rank, doc in enumerate(ranking, 1):
        if doc in relevant:
            found += 1
            total += found / rank
    return total / len(relevant) if relevant else 0.0


def precision_at(ranking, relevant, k=10):
    return sum(1 for d in ranking[:k] if d in relevant) / k


def ndcg_at(ranking, relevant, k=10):
    dcg = sum(1 / math.log2(r + 1) for r, d in enumerate(ranking[:k], 1) if d in relevant)
    ideal = sum(1 / math.log2(r + 1) for r in range(1, min(k, len(relevant)) + 1))
    return dcg / ideal if ideal else 0.0


def scores(runs, qrels):
    """{"all"|"odd"|"even": {"MAP", "P@10", "nDCG@10"}} for one engine's {qid: ranking}."""
    halves = {"all": lambda q: True, "odd": lambda q: int(q) % 2 == 1,
              "even": lambda q: int(q) % 2 == 0}
    out = {}
    for half, keep in halves.items():
        qids = [q for q in qrels if keep(q)]
        out[half] = {
            "MAP": statistics.mean(average_precision(runs.get(q, []), qrels[q]) for q in qids),
            "P@10": statistics.mean(precision_at(runs.get(q, []), qrels[q]) for q in qids),
            "nDCG@10": statistics.mean(ndcg_at(runs.get(q, []), qrels[q]) for q in qids),
        }
    return out
