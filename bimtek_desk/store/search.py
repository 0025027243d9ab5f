"""Searching people as a desk volunteer types: in memory, per keystroke.

Rows are kept sorted by the name's search key, so a short query stops after the
first ``limit`` matches; each field of all rows is also joined into one string,
so a rare word is found (or not) by ``str.find`` at C speed: 10,000 rows in
well under a millisecond.  Each word of the query must begin a word of the name (titles,
case, apostrophes and spelling variants folded, see :mod:`bimtek_desk.idn.names`),
or appear in the kelurahan, the phone number (4+ digits) or the badge code
(4+ characters).

Names are written many ways, so both the names and the query are compared in a
spelling form (:func:`spelling`): the old spellings (dj, tj, sj, oe, ch) as the
new, kh as h, and doubled letters as one ("Sjarifoeddin" and "syarifudin" are
one name).  Only when that finds nobody, a slower second pass
(:class:`_Tolerant`) allows one wrong, missing, extra or swapped letter in a word
of 5+ letters, and initials ("S. Efendi", "se").
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bimtek_desk.idn import names
from bimtek_desk.scanning import codes

# Old (pre-1972) spellings as the new, and kh/ch as h: Djoko Joko, Tjahja Cahya,
# Sjarif Syarif, Soekarno Sukarno, Chairul Khairul Hairul, Achmad Akhmad Ahmad.
_SPELLINGS = (("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("oe", "u"), ("kh", "h"), ("ch", "h"))
_DOUBLED = re.compile(r"([a-z])\1+")


def spelling(text: str) -> str:
    """The spelling form of folded name text (lower case): see the module's text."""
    for old, new in _SPELLINGS:
        if old in text:
            text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


def _query_tokens(raw: str) -> list[str]:
    return [spelling(t) for t in names.query_tokens(raw)]


@dataclass(frozen=True)
class SearchRow:
    registration_id: int
    search_key: str  # ' nur hidayah '
    kelurahan: str  # lower case
    phone: str
    code: str


def _narrow(positions: Iterable[int], column: list[str], needle: str) -> Iterable[int]:
    if isinstance(positions, list):
        return [i for i in positions if needle in column[i]]
    return (i for i in positions if needle in column[i])


class _Column:
    """One field of every row, and the same values joined into one string: a first
    pass over all rows is ``str.find`` hops from match to match (C speed) instead of
    a Python-level test of each row."""

    def __init__(self, values: list[str]) -> None:
        self.values = values
        self._text = "\x00".join(values)
        self._starts: list[int] = []
        pos = 0
        for v in values:
            self._starts.append(pos)
            pos += len(v) + 1

    def positions(self, needle: str) -> Iterator[int]:
        """Ascending positions of the rows whose value contains ``needle`` (exactly
        ``needle in value``: a hit across a separator is not a hit)."""
        if not needle:
            yield from range(len(self.values))
            return
        find, row_of = self._text.find, bisect.bisect_right
        starts, values, size = self._starts, self.values, len(needle)
        at = find(needle)
        while at >= 0:
            i = row_of(starts, at) - 1
            end = starts[i] + len(values[i])
            if at + size <= end:
                yield i
            # a row matches once; a hit spanning the separator means row i has none from here
            at = find(needle, end + 1)

    def all_positions(self, needle: str) -> list[int]:
        """``list(self.positions(needle))``, several times faster for a common word."""
        if not needle or "\x00" in needle:
            return list(self.positions(needle))
        # Without the separator in it, no match can straddle two rows, so every match
        # lies inside one row and the rows are those of the matches' starts.
        row_of, starts = bisect.bisect_right, self._starts
        hits = [row_of(starts, m.start()) - 1 for m in re.finditer(re.escape(needle), self._text)]
        return list(dict.fromkeys(hits))


class SearchIndex:
    """Rows in name order, kept as parallel lists so that each query word is one
    C-speed pass (``in`` over strings) and later words only re-check survivors."""

    def __init__(self, rows: Iterable[SearchRow]) -> None:
        self.rows = sorted(rows, key=lambda r: (r.search_key, r.registration_id))
        self._ids = [r.registration_id for r in self.rows]
        self._keys = _Column([spelling(r.search_key) for r in self.rows])
        self._kels = _Column([r.kelurahan for r in self.rows])
        self._phones = _Column([r.phone for r in self.rows])
        self._codes = _Column([r.code for r in self.rows])
        self._leading: list[tuple[str, list[int]]] = []  # see query()
        self._tolerant: _Tolerant | None = None  # built at the first query that needs it

    def _word(self, raw: str, candidates: list[int] | None, eager: bool = False) -> list[Iterable[int]]:
        """For one word, ascending row positions per way of matching (name, kelurahan,
        phone, code), as lazy iterators: a common prefix stops after the first hits.
        ``eager``: as lists, when every hit is wanted anyway."""
        tokens = [" " + t for t in _query_tokens(raw)]
        digits = "".join(c for c in raw if c.isdigit())
        code = codes.normalise(raw)
        keys = self._keys
        found = []
        if tokens:
            by_name = self._scan(keys, tokens[0], candidates, eager)
            for t in tokens[1:]:
                by_name = _narrow(by_name, keys.values, t)
            found.append(by_name)
        found.append(self._scan(self._kels, raw.lower(), candidates, eager))
        if len(digits) >= 4:
            found.append(self._scan(self._phones, digits, candidates, eager))
        if len(code) >= 4 and code.startswith(codes.PREFIX):
            found.append(self._scan(self._codes, code, candidates, eager))
        return found

    @staticmethod
    def _scan(column: _Column, needle: str, candidates: list[int] | None, eager: bool) -> Iterable[int]:
        if candidates is None:
            return column.all_positions(needle) if eager else column.positions(needle)
        values = column.values
        if eager:
            return [i for i in candidates if needle in values[i]]
        return (i for i in candidates if needle in values[i])

    def query(self, text: str, limit: int | None = None) -> list[int]:
        """Registration ids matching every word of ``text``, in name order.

        The rows matching the leading words of the previous query are kept: while a
        volunteer types "siti ai…", each keystroke re-checks only the last word
        against the rows that matched "siti", instead of finding them again.
        """
        words = [w for w in text.split() if names.query_tokens(w) or any(c.isdigit() for c in w)]
        if not words:
            return [] if text.strip() else self._ids[:limit]
        # "nur " or "nur h" (one letter is no word yet): the next word is on its way, so
        # the last word's rows are all found now, to be kept for the keystrokes to come.
        typing_on = text[-1:].isspace() or text.split()[-1] != words[-1]
        positions: list[int] | None = None  # None: every row is still a candidate
        leading: list[tuple[str, list[int]]] = []  # (word, rows matching it and every word before it)
        reuse = True
        try:
            for n, word in enumerate(words):
                final = n == len(words) - 1 and not typing_on
                reuse = reuse and not final and n < len(self._leading) and self._leading[n][0] == word
                if reuse:
                    found = self._leading[n][1]
                else:
                    found = self._matching(word, positions, limit if final else None)
                if not final:
                    leading.append((word, found))
                if not found:
                    return self._tolerant_query(words, limit)
                positions = found
        finally:
            self._leading = leading
        return [self._ids[i] for i in (positions or [])[:limit]]

    def warm(self) -> None:
        """Build the second pass's tables now (the desk does at start), not at the first typo."""
        if self._tolerant is None:
            self._tolerant = _Tolerant(self._keys.values)

    def _tolerant_query(self, words: list[str], limit: int | None) -> list[int]:
        """Nobody matched exactly: the second pass (typos, initials)."""
        self.warm()
        assert self._tolerant is not None
        positions: list[int] | None = None  # rows matching every word so far
        for word in words:
            tokens = _query_tokens(word)
            by_name: set[int] | None = None
            for t in tokens:
                near = self._tolerant.rows(t, alone=len(words) == 1)
                by_name = near if by_name is None else by_name & near
            found = set().union(*self._word(word, positions, eager=True), by_name or ())
            positions = sorted(found if positions is None else found.intersection(positions))
            if not positions:
                return []
        return [self._ids[i] for i in (positions or [])[:limit]]

    def _matching(self, word: str, positions: list[int] | None, take: int | None) -> list[int]:
        if take is None:  # every hit: whole lists at C speed rather than a lazy merge
            return sorted(set().union(*self._word(word, positions, eager=True)))
        found: list[int] = []
        for i in heapq.merge(*self._word(word, positions)):
            if not found or found[-1] != i:
                found.append(i)
                if take is not None and len(found) >= take:
                    break
        return found


class _Tolerant:
    """Name words found despite one wrong letter, and by initials.

    Each distinct word of the names is filed under its first five letters and under
    those with one letter deleted, and under its first six with one deleted (12 keys a
    word).  A query word of 5+ letters looked up the same way meets every word one
    substituted, missing, extra or swapped letter away from its start, wherever the
    slip is (a slip after the fifth letter leaves the first five equal); the candidates
    are then checked (Damerau distance 1 to a prefix).  5,000 distinct words: ~60,000
    keys, built in tens of milliseconds.
    """

    MIN_WORD = 5  # shorter words are prefixes still being typed, not typos

    def __init__(self, keys: list[str]) -> None:
        self._rows_of: dict[str, list[int]] = {}
        initials: list[str] = []
        for i, key in enumerate(keys):
            words = key.split()
            for w in set(words):
                self._rows_of.setdefault(w, []).append(i)
            initials.append("".join(w[0] for w in words))
        self._initials = _Column(initials)
        self._near: dict[str, set[str]] = {}
        for w in self._rows_of:
            if w.isalpha():  # a name word has no digits
                for key in _keys(w):
                    self._near.setdefault(key, set()).add(w)
        self._singles = {w for w in self._rows_of if len(w) == 1}  # initials written in the names

    def rows(self, token: str, alone: bool = False) -> set[int]:
        """Rows with a name word near ``token`` (typo); and, when the query is this word
        ``alone``, rows whose words' first letters are ``token`` (initials), else rows with
        ``token``'s initial written as a word (the other words of the query must match too)."""
        found: set[int] = set()
        if len(token) >= self.MIN_WORD:
            seen: set[str] = set()
            for key in _keys(token):
                for w in self._near.get(key, ()):
                    if w not in seen:
                        seen.add(w)
                        if _near_prefix(token, w):
                            found.update(self._rows_of[w])
        if not alone and token[:1] in self._singles:  # 'S. Efendi' in the roster, 'syarifudin efendi' asked
            found.update(self._rows_of[token[:1]])
        if alone and 2 <= len(token) <= 4 and token.isalpha():  # 'mr' for Muhammad Rizky
            found.update(self._initials.all_positions(token))
        return found


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _keys(word: str) -> set[str]:
    """A word's look-up keys in :class:`_Tolerant` (see there)."""
    return {word[:5]} | _deletions(word[:5]) | _deletions(word[:6])


def _near_prefix(query: str, word: str) -> bool:
    """Is ``query`` at most one edit (substitution, insertion, deletion, swap) from a prefix of ``word``?"""
    n = len(query)
    for p in {word[: n - 1], word[:n], word[: n + 1]}:
        if _within_one(query, p):
            return True
    return False


def _within_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


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

    def warm(self) -> None:
        """Build everything a query may need now (at the desk's start)."""
        self.query("", 0)
        self._index.warm()
