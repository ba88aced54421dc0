"""Benchmarks: `make bench` runs them and writes bench/results.md (not part of make test)."""
