"""Direct edits of a closed database file with sqlite3, as a person with a database tool would make
them (the tamper tests): statements run and committed, or one row read."""
from __future__ import annotations

import sqlite3


def edit(path, *statements: str, params=()) -> None:
    """Run `statements` in order and commit; `params` go to the statements that have placeholders."""
    con = sqlite3.connect(str(path))
    try:
        for sql in statements:
            con.execute(sql, params if "?" in sql else ())
        con.commit()
    finally:
        con.close()


def one(path, sql: str):
    con = sqlite3.connect(str(path))
    try:
        return con.execute(sql).fetchone()
    finally:
        con.close()
