"""derek.web"""
