import string

from hypothesis import given, settings
from hypothesis import strategies as st

from bimtek_desk.scanning import codes

SECRET = b"k" * 32


def test_make_and_parse_roundtrip() -> None:
    code = codes.make(codes.Kind.BADGE, "7KQ2", 13, SECRET)
    assert code.isascii() and code.isalnum() and code == code.upper()
    parsed = codes.parse(code)
    assert parsed is not None
    assert (parsed.kind, parsed.event_tag, parsed.serial) == (codes.Kind.BADGE, "7KQ2", 13)
    assert parsed.verify(SECRET)
    assert not parsed.verify(b"x" * 32)


def test_pretty_form_parses_in_any_case() -> None:
    code = codes.make(codes.Kind.DOCUMENT, "AB12", 40000, SECRET)
    pretty = codes.pretty(code)
    assert "-" in pretty
    for typed in (pretty, pretty.lower(), pretty.replace("-", " "), code.lower()):
        parsed = codes.parse(typed)
        assert parsed is not None and parsed.code == code and parsed.verify(SECRET)


def test_confusable_letters_map_to_digits() -> None:
    code = codes.make(codes.Kind.BADGE, "1000", 1, SECRET)
    typed = code[:3] + code[3:].replace("1", "I").replace("0", "O")
    parsed = codes.parse(typed)
    assert parsed is not None and parsed.code == code


def test_not_a_code() -> None:
    for text in ["", "hello", "https://example.org/", "BDX7KQ200DX9F2KQ4M", "6371054301689467", "BDB"]:
        assert codes.parse(text) is None


@settings(max_examples=400)
@given(st.text(alphabet=string.ascii_letters + string.digits + "-_ ./:", max_size=40))
def test_random_strings_never_verify(text: str) -> None:
    parsed = codes.parse(text)
    assert parsed is None or not parsed.verify(SECRET)


@settings(max_examples=400)
@given(st.integers(min_value=1, max_value=10**6), st.data())
def test_one_character_edits_never_verify(serial: int, data: st.DataObject) -> None:
    code = codes.make(codes.Kind.BADGE, "7KQ2", serial, SECRET)
    pos = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    replacement = data.draw(st.sampled_from([c for c in codes.ALPHABET if c != code[pos]]))
    edited = code[:pos] + replacement + code[pos + 1:]
    parsed = codes.parse(edited)
    assert parsed is None or parsed.code == code or not parsed.verify(SECRET)
