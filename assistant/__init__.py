"""Mentor Session Assistant: grounded, guard-railed help for mentoring sessions."""

__version__ = "0.1.0"
