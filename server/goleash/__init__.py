"""goleash: catches Go concurrency bugs while the code is typed."""

__version__ = "0.1.0"
