"""The engine "newsarchive --no-entities": news-index as shipped but without the named-entity
recogniser. It indexes alongside the others (interleaved, so drifting load hits both alike),
so the indexing tables' ratio column na/no-entities is the cost of recognition in one run
(issue 4 budgets it: articles/s with recognition at least 1/1.3 = 0.77 of the speed without)."""

NAME = "newsarchive-no-entities"
LABEL = "newsarchive --no-entities"


def index_command(bins, jsonl, db):
    return [bins["news-index"], "--quiet", "--no-entities", "--db", db, jsonl]
