"""citeqa evaluation: retrieval quality (BEIR folders, the seed question set) and performance benchmarks."""
