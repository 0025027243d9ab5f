from hypothesis import given, settings
from hypothesis import strategies as st

from bimtek_desk.idn import names
from bimtek_desk.search import LiveIndex, SearchIndex, SearchRow, _Column

PEOPLE = [
    (1, "H. Muhammad Ma’ruf, S.Sos.", "Mawar", "081234567890", "BDBAAAA001XXXXXXXX"),
    (2, "Khairul Anwar", "Sungai Jingah", "085200001111", "BDBAAAA002XXXXXXXX"),
    (3, "Hairul Anwar", "Sungai Bilu", "085200002222", "BDBAAAA003XXXXXXXX"),
    (4, "Mas'ud Arsyad", "Kelayan Selatan", "", "BDBAAAA004XXXXXXXX"),
    (5, "Siti Aisyah", "Kuripan", "081311112222", "BDBAAAA005XXXXXXXX"),
    (6, "Siti Aisyah", "Kelayan Luar", "081311113333", "BDBAAAA006XXXXXXXX"),
    (7, "Noor Hidayah", "Mantuil", "", "BDBAAAA007XXXXXXXX"),
]


def index() -> SearchIndex:
    return SearchIndex(SearchRow(i, names.search_key(n), k.lower(), p, c) for i, n, k, p, c in PEOPLE)


def test_variants_titles_apostrophes() -> None:
    idx = index()
    assert idx.query("muhamad") == [1]
    assert idx.query("maruf") == [1]
    assert idx.query("Hj. ma'ruf") == [1]
    assert sorted(idx.query("hairul")) == [2, 3]
    assert idx.query("nur hid") == [7]
    assert idx.query("masud") == [4]


def test_every_word_must_match_and_fields() -> None:
    idx = index()
    assert sorted(idx.query("siti")) == [5, 6]
    assert idx.query("siti kuripan") == [5]
    assert sorted(idx.query("kelayan")) == [4, 6]
    assert idx.query("3333") == [6]  # phone
    assert idx.query("bdb-aaaa-002") == [2]  # badge code typed by hand
    assert idx.query("zzz") == []
    assert idx.query("m", limit=2) == [4, 1]  # Mas'ud, Muhammad (name order); Mantuil comes later
    assert idx.query("m") == [4, 1, 7]


def test_limit_and_order() -> None:
    idx = index()
    assert idx.query("a", limit=3) == idx.query("a")[:3]
    assert idx.query("") == [2, 3, 4, 1, 7, 5, 6]  # everyone, in name order
    assert idx.query("Hj.") == []  # a title alone matches nobody


def test_live_index_rebuilds_on_revision() -> None:
    rows = [SearchRow(1, " ahmad ", "", "", "")]
    rev = [1]
    live = LiveIndex(lambda: list(rows), lambda: rev[0])
    assert live.query("ahmad") == [1]
    rows.append(SearchRow(2, " ahmad yani ", "", "", ""))
    assert live.query("ahmad") == [1]  # same revision: not rebuilt
    rev[0] = 2
    assert live.query("ahmad") == [1, 2]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab \x00", max_size=6), max_size=12), st.text(alphabet="ab \x00", max_size=4))
def test_column_finds_exactly_the_rows_containing_the_needle(values: list[str], needle: str) -> None:
    """The joined-string search equals ``needle in value`` row by row, including hits that
    would straddle two rows and values holding the separator itself."""
    assert list(_Column(values).positions(needle)) == [i for i, v in enumerate(values) if needle in v]


def test_a_match_across_two_rows_is_not_a_match() -> None:
    idx = SearchIndex([SearchRow(1, " ab ", "kel", "", ""), SearchRow(2, " cd ", "ayan", "", "")])
    assert idx.query("b c") == []
    assert idx.query("kelayan") == []  # 'kel' + 'ayan' are two rows' kelurahan
    assert idx.query("ayan") == [2]


def test_typing_on_reuses_nothing_stale() -> None:
    """Keystroke after keystroke (the leading words' rows are kept between queries), the
    answers are those of a fresh index."""
    idx = index()
    for text in ("s", "si", "siti", "siti ", "siti k", "siti ke", "siti kelayan", "siti kuripan", "siti", "siti k ", "hairul a", "hairul a anwar", "s a", "s ",
                 "hairul anwar", "hairul anwar sungai", "hairul x", "hairul anwar bilu", "nur hid", "zz a", "zz"):
        for limit in (None, 1):
            assert idx.query(text, limit) == index().query(text, limit), (text, limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab \x00", max_size=6), max_size=12), st.text(alphabet="ab \x00", max_size=4))
def test_column_lists_every_row_containing_the_needle(values: list[str], needle: str) -> None:
    assert _Column(values).all_positions(needle) == [i for i, v in enumerate(values) if needle in v]
