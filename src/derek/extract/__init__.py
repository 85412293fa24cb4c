"""Fact extraction from Kazakh text: people (names, coreference, posts), roles, quotes, events and claims."""
