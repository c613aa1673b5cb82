"""Azure Communication Services phone numbers and short codes, for Python."""

__version__ = "0.1.0"

__all__ = ["__version__"]
