"""Kehu's domain: customers, groups, search and persistence. Never imports Qt."""
