"""The benchmark harness is a script (`make bench`), not a test suite: keep pytest out of it."""

collect_ignore_glob = ["*.py"]
