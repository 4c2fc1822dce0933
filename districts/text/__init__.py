"""Stage 1, text: bytes or files → normalized simplified text with a map back to the original.

``read`` (encodings), ``formats`` (web pages, Word, PDF), ``normalize`` (named fixers over a
``sourcemap``), ``mojibake`` (damaged runs), ``split`` (sentences and clauses).
"""
