"""Render results for people (text) and for programs (JSON)."""
