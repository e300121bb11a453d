"""The named-entity recogniser on its own, by news-eval-ner: exact-span F1 on CoNLL-2003's
eng.testb (as conlleval counts it) and tagging throughput of one thread on the same text,
tokenisation included. Issue 4 asks for F1 of at least 0.86 and 500,000 tokens/s on one core;
the indexing tables' no-entities column gives what recognition costs inside the pipeline.
Issue 24 adds precision and recall by type on the held-out news of the 2020s
(ner/eval/news2020s.conll), which nothing is tuned on."""
import os
import re

from .measure import log, run

ROUNDS = 20  # passes over eng.testb's 46,435 tokens: about two seconds
_F1 = re.compile(r"^(overall|PER|ORG|LOC|MISC)\s+precision:\s*([\d.]+)%; recall:\s*([\d.]+)%;"
                 r" FB1:\s*([\d.]+)", re.M)
_THROUGHPUT = re.compile(r"throughput: (\d+) tokens/s of CPU time, (\d+) tokens/s of wall time")


def model_path(repo):
    return os.path.join(repo, "ner", "model", "ner-conll2003.model")


# Issue 24's targets on the held-out set: (recall, precision) at least.
HELD_OUT_TARGETS = {"PER": (0.95, 0.90), "ORG": (0.90, 0.90), "LOC": (0.95, 0.90)}


def held_out_path(repo):
    return os.path.join(repo, "ner", "eval", "news2020s.conll")


def precision_recall(bins, repo, conll_file):
    """{type: {"precision", "recall"} in [0,1]} of the committed model on a CoNLL file."""
    log(f"recogniser on {os.path.basename(conll_file)}, precision and recall")
    out = run([bins["news-eval-ner"], "-m", model_path(repo), conll_file])
    rows = {m.group(1): {"precision": float(m.group(2)) / 100, "recall": float(m.group(3)) / 100}
            for m in _F1.finditer(out)}
    if "overall" not in rows:
        raise RuntimeError(f"news-eval-ner printed no precision or recall:\n{out[-2000:]}")
    return rows


def run_stage(bins, repo, conll_file, rounds=ROUNDS, held_out=None):
    """{"f1": {type: F1 in [0,1]}, "tokens_per_cpu_s", "tokens_per_wall_s", "rounds"}, and
    "held_out": precision_recall() of the `held_out` CoNLL file when one is given."""
    log(f"recogniser on {os.path.basename(conll_file)}, {rounds} rounds")
    out = run([bins["news-eval-ner"], "-m", model_path(repo), conll_file,
               "--throughput-rounds", str(rounds)])
    f1 = {m.group(1): float(m.group(4)) / 100 for m in _F1.finditer(out)}
    t = _THROUGHPUT.search(out)
    if "overall" not in f1 or not t:
        raise RuntimeError(f"news-eval-ner printed no F1 or throughput:\n{out[-2000:]}")
    res = {"f1": f1, "tokens_per_cpu_s": int(t.group(1)), "tokens_per_wall_s": int(t.group(2)),
           "rounds": rounds, "file": os.path.basename(conll_file)}
    if held_out:
        res["held_out"] = precision_recall(bins, repo, held_out)
        res["held_out_file"] = os.path.basename(held_out)
    return res


def markdown(res):
    f1 = res["f1"]
    types = " · ".join(f"{k} {f1[k]:.4f}" for k in ("PER", "ORG", "LOC", "MISC") if k in f1)
    return (f"### Named-entity recogniser ({res['file']}, {res['rounds']} rounds, one thread)\n\n"
            "| figure | value | target (issue 4) |\n|---|---|---|\n"
            f"| exact-span F1, overall | {f1['overall']:.4f} | ≥ 0.86 |\n"
            f"| F1 by type | {types} | |\n"
            f"| tokens/s of CPU time | {res['tokens_per_cpu_s']:,} | ≥ 500,000 |\n"
            f"| tokens/s of wall time | {res['tokens_per_wall_s']:,} | |\n" + held_out_rows(res))


def held_out_rows(res):
    if "held_out" not in res:
        return ""
    rows = []
    for kind, pr in res["held_out"].items():
        recall, precision = HELD_OUT_TARGETS.get(kind, (None, None))
        target = f"R ≥ {recall:.2f}, P ≥ {precision:.2f} (issue 24)" if recall else ""
        rows.append(f"| {res['held_out_file']} {kind}: precision / recall | "
                    f"{pr['precision']:.3f} / {pr['recall']:.3f} | {target} |\n")
    return "".join(rows)
