"""Data folder shipped as a package so importlib.resources finds it everywhere."""
