"""derek.scale"""
