"""Fact extraction: coreference, roles, quotes, events, claims (placeholder)."""
