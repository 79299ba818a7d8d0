"""Kehu's Qt user interface. Calls app/; holds no business rule."""
