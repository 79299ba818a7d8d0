"""Bundled data files: the CJK font, translations and icons."""
