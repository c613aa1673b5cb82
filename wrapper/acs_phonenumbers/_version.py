"""The package version, in one place (``__init__`` and the user agent read it from here)."""

__version__ = "0.1.0"
