from hypothesis import given, settings
from hypothesis import strategies as st

from bimtek_desk.idn import names
from bimtek_desk.store.search import LiveIndex, SearchIndex, SearchRow, _Column

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
    for text in ("s", "si", "siti", "siti ", "siti k", "siti ke", "siti kelayan", "siti kuripan", "siti", "siti k ",
                 "hairul a", "hairul a anwar", "s a", "s ",
                 "hairul anwar", "hairul anwar sungai", "hairul x", "hairul anwar bilu", "nur hid", "zz a", "zz"):
        for limit in (None, 1):
            assert idx.query(text, limit) == index().query(text, limit), (text, limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab \x00", max_size=6), max_size=12), st.text(alphabet="ab \x00", max_size=4))
def test_column_lists_every_row_containing_the_needle(values: list[str], needle: str) -> None:
    assert _Column(values).all_positions(needle) == [i for i, v in enumerate(values) if needle in v]


# -- issue #26: the commonest spelling differences -----------------------------------------------------

SPELT = [
    (11, "Drs. H. Syarifuddin Effendi, M.Si.", "Kelayan Barat"),
    (12, "Djoko Tjahjono", "Mawar"),
    (13, "Soekarno Sjahrir", "Teluk Dalam"),
    (14, "Chadijah", "Kuin Utara"),
    (15, "Nor Mawaddah", "Pekapuran"),
    (16, "S. Rahmah", "Basirih"),
    (17, "Muhammad Ridwan Anshari", "Alalak Utara"),
]


def spelt() -> SearchIndex:
    return SearchIndex(SearchRow(i, names.search_key(n), k.lower(), "", "") for i, n, k in SPELT)


def test_doubled_letters_and_old_spellings_find_the_person() -> None:
    idx = spelt()
    assert idx.query("syarifudin") == [11]  # the walk-through: nothing was found
    assert idx.query("efendi") == [11]
    assert idx.query("syarifudin efendi") == [11]
    assert idx.query("joko") == [12] and idx.query("djoko") == [12]  # dj / j
    assert idx.query("cahyono") == [12] and idx.query("tjahjono") == [12]  # tj / c (and dj / j)
    assert idx.query("sukarno") == [13] and idx.query("syahrir") == [13]  # oe / u, sj / sy
    assert idx.query("khadijah") == [14] and idx.query("hadijah") == [14]  # ch / kh / h
    assert idx.query("mawadah") == [15]


def test_one_wrong_letter_in_a_longer_word() -> None:
    idx = spelt()
    assert idx.query("syarifuddni") == [11]  # two letters swapped
    assert idx.query("syarfuddin") == [11]  # one missing
    assert idx.query("mawaddahh") == [15]  # one extra
    assert idx.query("ridwam") == [17]  # one wrong
    assert idx.query("ansyari") == [17] or 17 in idx.query("anshary")
    assert idx.query("ridwam anshari") == [17]
    assert idx.query("rdw") == []  # a short word is a prefix being typed, not a typo
    assert idx.query("qwerty") == []


def test_initials() -> None:
    idx = spelt()
    assert idx.query("mra") == [17]  # Muhammad Ridwan Anshari by initials
    assert idx.query("siti rahmah") == [16]  # 'S. Rahmah' in the roster
    assert idx.query("m ridwan") == [17]


def test_spelling_form_keeps_prefixes_while_typing() -> None:
    idx = spelt()
    query = "syarifudin efendi"
    for n in range(3, len(query) + 1):
        assert 11 in idx.query(query[:n]), query[:n]
