"""Stage 2, facts: normalized text → quantitative facts, each with its exact quote.

``pipeline.facts`` is the one door from a document to its facts. Inside: ``numbers`` (numerals),
``extract`` (the forms a quantity takes), ``not_facts`` (numbers that are not facts),
``qualify`` (approximate, bounded, change, target), ``attribute`` (district, term, indicator,
theme), ``timeframe`` (year and period), ``table_text`` (tables laid out as text), and
``mentions`` (the per-document walk that puts them together).
"""
