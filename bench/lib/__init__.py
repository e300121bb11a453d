"""Helpers of bench/run: corpora, process measurement, engines, relevance and the report."""
