"""Printed documents, made with reportlab platypus; no Qt here.

- ``fonts``: the bundled CJK font, registered once for every PDF.
- ``text``: user text made safe for reportlab markup; dates and money as printed.
- ``capitals``: amounts in Chinese capitals (大写金额).
- ``styles``: the named paragraph and table styles, per document language.
- ``page``: page furniture (letterhead, "第 x 页 共 y 页") and ``build_pdf``,
  which lays out one or many customers' documents into one PDF.
- one renderer module per document kind.
"""
