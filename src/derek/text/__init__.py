"""Text stages: Unicode normalisation, tokenisation, sentence splitting, transliteration."""
