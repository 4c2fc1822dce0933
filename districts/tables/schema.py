"""The built tables' schema: ``data/schema.yaml``, written beside the tables as a Frictionless
``datapackage.json`` (metadata travels with the data, as in Our World in Data's ``etl``)."""

from __future__ import annotations

import functools
from pathlib import Path

from districts import paths
from districts.catalog import read_yaml
from districts.errors import CatalogError

SCHEMA_FILE = paths.PROJECT_ROOT / "data" / "schema.yaml"
COLUMN_TYPES = ("string", "integer", "number", "boolean")
Column = tuple[str, str, str, str]  # name, type, 中文说明, English description


@functools.cache
def load_schema(path: Path = SCHEMA_FILE) -> tuple[str, dict[str, list[Column]]]:
    """The package title and, per table, its columns; a ``CatalogError`` names the file, the
    table or column and the problem."""
    _, raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("tables"), dict):
        raise CatalogError(path, "expected a 'title' and a mapping of 'tables'")
    tables: dict[str, list[Column]] = {}
    for table, columns in raw["tables"].items():
        if not isinstance(columns, list) or not columns:
            raise CatalogError(path, "must list its columns", str(table))
        tables[table] = []
        for column in columns:
            if not isinstance(column, dict) or set(column) != {"name", "type", "zh", "en"}:
                raise CatalogError(path, "a column needs exactly name, type, zh and en", table)
            if column["type"] not in COLUMN_TYPES:
                where = f"{table}.{column['name']}"
                raise CatalogError(path, f"unknown type {column['type']!r}", where)
            tables[table].append((column["name"], column["type"], column["zh"], column["en"]))
    return str(raw.get("title", "")), tables


TABLE_SCHEMAS: dict[str, list[Column]] = load_schema()[1]


STORE_PATHS = {
    "mentions": [
        "store/by-document/*.parquet",
        "store/by-indicator/*.parquet",
        "store/unmapped/*.parquet",
    ],
}


def datapackage(schemas: dict[str, list[Column]]) -> dict[str, object]:
    return {
        "name": "beijing-district-indicators",
        "title": load_schema()[0],
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "encoding": "utf-8-sig",
                "format": "csv",
                # The same rows, as the dashboard reads them (tables/store.py).
                "x-working-copy": {
                    "format": "parquet",
                    "paths": STORE_PATHS.get(table, [f"store/{table}.*.parquet"]),
                    "cells": "text of the CSV cell, in every column",
                },
                "schema": {
                    "fields": [
                        {"name": name, "type": kind, "title": zh, "description": en}
                        for name, kind, zh, en in columns
                    ]
                },
            }
            for table, columns in schemas.items()
        ],
    }
