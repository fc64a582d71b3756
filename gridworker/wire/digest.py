"""The sanity check's digests, worked out the same way on the device and on the server.

A table's digest is the count of its records and the sum (mod 2⁶⁴) of a 64-bit BLAKE2b of each
record's ``id:version:content_hash``: order-independent, so each side reads its rows in any
order, and any record that differs in presence, version or content changes it. The content hash
is the one each side stored when it wrote the record (`codec.record_hash`), so the check costs
one pass over three short columns, not an encoding of every record.

``content=False`` digests ``id:version`` only: what releases before the content hash compare
(the server still answers them so).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select

from gridworker.schema import VILLAGE_TABLES, Tables
from gridworker.sql import within
from gridworker.wire.protocol import TableDigest


def table_digest(rows: Iterable[Any], *, content: bool = True) -> TableDigest:
    """The digest of (id, version, content hash) rows."""
    total = 0
    count = 0
    blake = hashlib.blake2b
    if content:
        for rid, version, h in rows:
            d = blake(f"{rid}:{version}:{h or ''}".encode(), digest_size=8).digest()
            total += int.from_bytes(d, "big")
            count += 1
    else:
        for rid, version, _h in rows:
            d = blake(f"{rid}:{version}".encode(), digest_size=8).digest()
            total += int.from_bytes(d, "big")
            count += 1
    return TableDigest(count=count, digest=f"{total % (1 << 64):016x}")


def digest_rows(tables: Tables, name: str, scope: str | None = None) -> Select[Any]:
    """(id, version, content_hash) of a table's records the server has accepted (version > 0),
    within ``scope`` (a region code: the records of households in it) or all of them."""
    t = tables.metadata.tables[name]
    cols = (t.c.id, t.c.version, t.c.content_hash)
    if scope is None:
        return select(*cols).where(t.c.version > 0)
    h = tables.household
    if name == "household":
        return select(*cols).where(within(t.c.grid_code, scope))
    if name in VILLAGE_TABLES:
        return select(*cols).where(within(t.c.village_code, scope), t.c.version > 0)
    return (
        select(*cols)
        .select_from(t.join(h, h.c.id == t.c.household_id))
        .where(within(h.c.grid_code, scope), t.c.version > 0)
    )
