"""Records kept on disk while an import is checked, so memory does not grow with the register.

A million-row register built into tuples holds about 1 KB a row (record, canonical line); held until
the commit, they cost more than the spreadsheet itself. A `Spool` writes them to an anonymous
temporary file a batch at a time (marshal: C-level, keeps str, int, bool and None as they are) and
reads them back a batch at a time; `sorted_merge` sorts more items than fit in memory as sorted runs
merged on reading (heapq.merge). The temporary files vanish when closed or when the process ends.
"""
from __future__ import annotations

import heapq
import marshal
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any

CHUNK = 2000          # items per marshal record: one read brings this many back
RUN_ITEMS = 20000     # items sorted in memory before a run is written (a run: ~10 MB)


class Spool:
    """A sequence written once (extend), then read any number of times (iteration; an index reads
    its chunk). Positions in `skip` are left out when reading (duplicates merged away)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="spotcheck-import-")
        self._chunks: list[tuple[int, int, int]] = []   # (first position, file offset, byte length)
        self._count = 0
        self._end = 0
        self.skip: frozenset[int] = frozenset()

    def extend(self, items: Iterable) -> None:
        items = list(items)
        for start in range(0, len(items), CHUNK):
            part = items[start:start + CHUNK]
            data = marshal.dumps(part)
            self._file.seek(self._end)
            self._file.write(data)
            self._chunks.append((self._count, self._end, len(data)))
            self._end += len(data)
            self._count += len(part)

    def append(self, item: Any) -> None:
        self.extend([item])

    def chunks(self) -> Iterator[list]:
        """The items a chunk at a time, positions in `skip` left out."""
        for first, offset, length in self._chunks:
            self._file.seek(offset)
            part = marshal.loads(self._file.read(length))
            if self.skip:
                part = [item for pos, item in enumerate(part, first) if pos not in self.skip]
            yield part

    def __iter__(self) -> Iterator:
        return chain.from_iterable(self.chunks())

    def __len__(self) -> int:
        return self._count - len(self.skip)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return next(islice(iter(self), index, None))

    def __eq__(self, other) -> bool:
        if isinstance(other, (Spool, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None   # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Spool of {len(self)} items>"

    def close(self) -> None:
        self._file.close()


class Mapped:
    """A read-only sequence of fn(item) over a Spool (the keys of its records, for Diff.added)."""

    def __init__(self, spool: Spool, fn) -> None:
        self._spool, self._fn = spool, fn

    def __iter__(self) -> Iterator:
        return map(self._fn, self._spool)

    def __len__(self) -> int:
        return len(self._spool)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        return self._fn(self._spool[index])

    def __eq__(self, other) -> bool:
        if isinstance(other, (Mapped, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None   # type: ignore[assignment]


class SortedRuns:
    """Sorts tuples too many to hold: add() them, then merged() yields them all in order."""

    def __init__(self, run_items: int = RUN_ITEMS) -> None:
        self._runs: list[Spool] = []
        self._buffer: list = []
        self._run_items = run_items

    def add(self, items: Iterable) -> None:
        self._buffer.extend(items)
        if len(self._buffer) >= self._run_items:
            self._spill()

    def _spill(self) -> None:
        self._buffer.sort()
        run = Spool()
        run.extend(self._buffer)
        self._runs.append(run)
        self._buffer = []

    def merged(self) -> Iterator:
        self._buffer.sort()
        if not self._runs:
            return iter(self._buffer)
        return heapq.merge(*self._runs, self._buffer)

    def close(self) -> None:
        for run in self._runs:
            run.close()
        self._runs, self._buffer = [], []
