"""The library version, single source for packaging and the User-Agent header."""

__version__ = "0.1.0"
