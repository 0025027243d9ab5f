"""Searching people as a desk volunteer types: in memory, per keystroke.

Rows are kept sorted by the name's search key, so a short query stops after the
first ``limit`` matches and a rare one scans 10,000 keys in well under a
millisecond.  Each word of the query must begin a word of the name (titles,
case, apostrophes and spelling variants folded, see :mod:`bimtek_desk.idn.names`),
or appear in the kelurahan, the phone number (4+ digits) or the badge code
(4+ characters).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bimtek_desk import codes
from bimtek_desk.idn import names


@dataclass(frozen=True)
class SearchRow:
    registration_id: int
    search_key: str  # ' nur hidayah '
    kelurahan: str  # lower case
    phone: str
    code: str


def _narrow(positions: Iterator[int], column: list[str], needle: str) -> Iterator[int]:
    return (i for i in positions if needle in column[i])


class SearchIndex:
    """Rows in name order, kept as parallel lists so that each query word is one
    C-speed pass (``in`` over strings) and later words only re-check survivors."""

    def __init__(self, rows: Iterable[SearchRow]) -> None:
        self.rows = sorted(rows, key=lambda r: (r.search_key, r.registration_id))
        self._ids = [r.registration_id for r in self.rows]
        self._keys = [r.search_key for r in self.rows]
        self._kels = [r.kelurahan for r in self.rows]
        self._phones = [r.phone for r in self.rows]
        self._codes = [r.code for r in self.rows]

    def _word(self, raw: str, candidates: list[int] | None) -> list[Iterator[int]]:
        """For one word, ascending row positions per way of matching (name, kelurahan,
        phone, code), as lazy iterators: a common prefix stops after the first hits."""
        tokens = [" " + t for t in names.query_tokens(raw)]
        digits = "".join(c for c in raw if c.isdigit())
        code = codes.normalise(raw)
        keys = self._keys
        found = []
        if tokens:
            by_name = self._scan(keys, tokens[0], candidates)
            for t in tokens[1:]:
                by_name = _narrow(by_name, keys, t)
            found.append(by_name)
        found.append(self._scan(self._kels, raw.lower(), candidates))
        if len(digits) >= 4:
            found.append(self._scan(self._phones, digits, candidates))
        if len(code) >= 4 and code.startswith(codes.PREFIX):
            found.append(self._scan(self._codes, code, candidates))
        return found

    @staticmethod
    def _scan(column: list[str], needle: str, candidates: list[int] | None) -> Iterator[int]:
        if candidates is None:
            return (i for i, value in enumerate(column) if needle in value)
        return (i for i in candidates if needle in column[i])

    def query(self, text: str, limit: int | None = None) -> list[int]:
        """Registration ids matching every word of ``text``, in name order."""
        words = [w for w in text.split() if names.query_tokens(w) or any(c.isdigit() for c in w)]
        if not words:
            return [] if text.strip() else self._ids[:limit]
        positions: list[int] | None = None  # None: every row is still a candidate
        for n, word in enumerate(words):
            take = limit if n == len(words) - 1 else None
            found: list[int] = []
            for i in heapq.merge(*self._word(word, positions)):
                if not found or found[-1] != i:
                    found.append(i)
                    if take is not None and len(found) >= take:
                        break
            if not found:
                return []
            positions = found
        return [self._ids[i] for i in positions or []]


class LiveIndex:
    """A SearchIndex that rebuilds itself when the roster's revision changes.

    Args:
        load: returns the rows (e.g. ``store.registrations.search_rows``).
        revision: a cheap counter that changes whenever the rows would
            (``store.registrations.revision``), checked on every query.
    """

    def __init__(self, load: Callable[[], list[SearchRow]], revision: Callable[[], int]) -> None:
        self._load, self._revision = load, revision
        self._rev: int | None = None
        self._index = SearchIndex([])

    def query(self, text: str, limit: int | None = None) -> list[int]:
        rev = self._revision()
        if rev != self._rev:
            self._index = SearchIndex(self._load())
            self._rev = rev
        return self._index.query(text, limit)
