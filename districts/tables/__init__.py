"""Stage 3, tables: facts of every document → the published tables.

``build`` (the build and the one place that chooses which value a table shows), ``cache``
(per-document results), ``corpus`` (seeds and added documents), ``io`` (atomic writes),
``schema`` (the data package).
"""
