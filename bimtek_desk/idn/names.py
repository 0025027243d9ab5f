"""Personal names as Indonesian rosters write them.

Names are stored exactly as given (whitespace tidied).  For searching we derive a
*search key*: case-folded, honorifics and academic titles removed, apostrophes
dropped and common spelling variants folded to one form.  Two people with the same
key are still two people: the key is never used to merge records.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Written before the name: religious honorifics and academic/professional titles.
PREFIX_TITLES = frozenset(
    "h hj hajjah haji drs dra ir dr prof kh ust ustadz ustadzah dr.h".split()
)
# Written after the name, usually after a comma.  Compared with dots removed.
SUFFIX_TITLES = frozenset(
    """
    ssos ssosi spd spdi sag sh shi se sip skom st stp sp skm skep sked sfarm ssi sth sfil sak
    shum sikom sgz sn sr sds ssn ars amd amdkeb amdkep amk ama
    msi map mpd mpdi mag mh mm mkes mkom mt msc ma mba mse phd drph
    """.split()
)
APOSTROPHES = "'\u2019\u2018`\u02bc\u00b4"
_APOSTROPHE_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")
_SPACE_RE = re.compile(r"\s+")

# Spelling variants folded to one canonical form (all lower case, no dots).
VARIANTS: dict[str, str] = {}
for canonical, forms in {
    "muhammad": "muhammad muhamad mohammad mohamad mochammad mochamad muhamad mohd moh muh m mhd",
    "ahmad": "ahmad akhmad achmad ahmat",
    "nur": "nur nor noor nurr",
    "hairul": "hairul khairul chairul",
    "abdul": "abdul abd",
    "gusti": "gusti gt",
    "syarifah": "syarifah sarifah",
    "siti": "siti sitti",
    "rahman": "rahman rachman",
    "rahmat": "rahmat rachmat",
    "hidayat": "hidayat hidajat",
    "yusuf": "yusuf yusup",
    "fauzi": "fauzi fauzy",
}.items():
    for form in forms.split():
        VARIANTS[form] = canonical


def tidy(name: str) -> str:
    """Collapse runs of whitespace, strip the ends and NFC-normalise."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", name)).strip()


def _bare(token: str) -> str:
    return token.replace(".", "").replace(",", "").casefold()


def split_titles(name: str) -> tuple[list[str], str, list[str]]:
    """Split a name into (prefix titles, core name, suffix titles).

    >>> split_titles("Drs. H. Ahmad Noor, M.Si.")
    (['Drs.', 'H.'], 'Ahmad Noor', ['M.Si.'])
    """
    name = tidy(name)
    head, _, tail = name.partition(",")
    suffix = [t.strip() for t in tail.split(",") if t.strip()] if tail else []
    words = head.split(" ")
    prefix: list[str] = []
    while len(words) > 1 and _bare(words[0]) in PREFIX_TITLES:
        prefix.append(words.pop(0))
    # A trailing title written without a comma ("Ahmad S.Sos").
    while len(words) > 1 and "." in words[-1] and _bare(words[-1]) in SUFFIX_TITLES:
        suffix.insert(0, words.pop())
    return prefix, " ".join(words), suffix


def without_titles(name: str) -> str:
    """The name with honorifics and academic titles removed, as it is printed on
    documents where Permendagri 1/2023 Ps. 44(2) asks for no gelar."""
    return split_titles(name)[1]


def _fold_chars(token: str) -> str:
    token = _APOSTROPHE_RE.sub("", token.casefold())
    token = unicodedata.normalize("NFKD", token)
    return "".join(c for c in token if c.isalnum())


def fold_token(token: str) -> str:
    """Canonical search form of one word."""
    token = _fold_chars(token)
    return VARIANTS.get(token, token)


@functools.lru_cache(maxsize=65536)
def search_key(name: str) -> str:
    """A space-delimited key for searching: ' nur hidayah ' for 'Hj. Noor Hidayah, S.Pd.'.

    Leading and trailing spaces let a query match the start of any word with
    ``LIKE '% query%'``.
    """
    core = without_titles(name)
    tokens = [fold_token(t) for t in re.split(r"[\s\-./]+", core)]
    return " " + " ".join(t for t in tokens if t) + " "


def query_tokens(query: str) -> list[str]:
    """Fold a search query the same way as names; titles in a query are ignored."""
    tokens = []
    for raw in re.split(r"[\s\-./,]+", query):
        if not raw:
            continue
        bare = _bare(raw)
        if bare in PREFIX_TITLES or bare in SUFFIX_TITLES:
            continue
        folded = _fold_chars(raw)
        if len(folded) >= 3:  # 'm' while typing is a prefix, not the abbreviation of Muhammad
            folded = VARIANTS.get(folded, folded)
        if folded:
            tokens.append(folded)
    return tokens


# Titles whose proper form is not 'each part capitalised'.
_TITLE_FORMS = {"kh": "KH.", "map": "M.AP.", "skm": "S.KM.", "phd": "Ph.D.", "drph": "Dr.PH.", "sikom": "S.I.Kom."}


def title_case(title: str) -> str:
    """A title in its conventional form: 'S.SOS.' and 's.sos.' -> 'S.Sos.', 'hj.' -> 'Hj.',
    'ir.' -> 'Ir.', 's.e.' -> 'S.E.', 'm.ap.' -> 'M.AP.'; a title already in mixed case is
    kept as written (the roster's own 'M.AP.' or 'Dr.PH.')."""
    if title not in (title.upper(), title.lower()):
        return title
    bare = _bare(title)
    if bare in _TITLE_FORMS:
        return _TITLE_FORMS[bare]
    if bare not in PREFIX_TITLES and bare not in SUFFIX_TITLES:
        return title
    if "." not in title.rstrip(",") and len(bare) > 1 and bare not in PREFIX_TITLES:
        return title  # 'SE', 'SH' without dots: an abbreviation kept as written
    return ".".join(part[:1].upper() + part[1:].lower() for part in title.split("."))


_LOWER_WORDS = frozenset({"bin", "binti", "dan"})  # 'Nur’aini binti Ahmad'


def _capitalised(core: str) -> str:
    """'nur’aini binti ahmad' -> 'Nur’aini binti Ahmad': each word (and each part of a
    hyphenated one) with a capital first letter, what follows an apostrophe left alone."""
    words = []
    for n, word in enumerate(core.split(" ")):
        if n and word in _LOWER_WORDS:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def print_name(name: str, upper: bool) -> str:
    """A name for a document, the one formatter every document, badge and QR uses: the
    core in the document's case (upper case, or as given — a name given all in lower
    case is capitalised, as no one writes their own name so), titles in their
    conventional form, every apostrophe as ’.

    'RAHMAT HIDAYAT, S.SOS.' -> 'RAHMAT HIDAYAT, S.Sos.';
    "ir. hj. nur'aini binti ahmad, s.e., m.m." -> 'Ir. Hj. Nur’aini binti Ahmad, S.E., M.M.'
    """
    prefix, core, suffix = split_titles(name)
    core = _APOSTROPHE_RE.sub("\u2019", core)  # one apostrophe style on paper: Ma’ruf
    if upper:
        core = core.upper()
    elif core == core.lower():
        core = _capitalised(core)
    out = " ".join([*(title_case(t) for t in prefix), core])
    if suffix:
        out += ", " + ", ".join(title_case(t) for t in suffix)
    return out


def upper_name(name: str) -> str:
    """Upper-case a name for printing while keeping titles in their proper case.

    'Drs. H. Ahmad Noor, S.Sos., M.Si.' -> 'Drs. H. AHMAD NOOR, S.Sos., M.Si.'
    """
    return print_name(name, True)
