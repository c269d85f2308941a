"""Realistic Vietnamese content at scale, and the benchmark that reads it."""
