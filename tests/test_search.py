from bimtek_desk.idn import names
from bimtek_desk.search import LiveIndex, SearchIndex, SearchRow

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
