from bimtek_desk.scanning.wedge import WedgeConfig, WedgeParser

CODE = "BDBTRMD001HQB8KMK1"


def feed(parser: WedgeParser, text: str, start: float, gap: float) -> float:
    t = start
    for ch in text:
        parser.feed_char(ch, t)
        t += gap
    return t


def test_fast_burst_with_enter_is_a_scan() -> None:
    p = WedgeParser()
    t = feed(p, CODE, 1000, 4)
    assert p.feed_terminator(t) == CODE
    assert p.pending() == ""


def test_human_typing_is_not_a_scan() -> None:
    p = WedgeParser()
    t = feed(p, CODE, 1000, 120)
    assert p.feed_terminator(t) is None


def test_typing_then_burst_keeps_only_the_burst() -> None:
    p = WedgeParser()
    t = feed(p, "muha", 0, 150)
    t = feed(p, CODE, t + 500, 3)
    assert p.pending() == CODE
    assert p.feed_terminator(t) == CODE


def test_short_bursts_and_late_terminator() -> None:
    p = WedgeParser()
    t = feed(p, "ab", 0, 2)
    assert p.feed_terminator(t) is None  # too short
    t = feed(p, CODE, 10_000, 2)
    assert p.feed_terminator(t + 3000) is None  # Enter pressed by a person long after


def test_terminator_alone_and_reset() -> None:
    p = WedgeParser()
    assert p.feed_terminator(5) is None
    feed(p, CODE, 0, 1)
    p.reset()
    assert p.feed_terminator(100) is None


def test_one_slow_gap_in_the_middle_breaks_the_burst() -> None:
    p = WedgeParser(WedgeConfig(max_gap_ms=40))
    t = feed(p, CODE[:9], 0, 5)
    t = feed(p, CODE[9:], t + 200, 5)
    # The pause splits the code: only the last burst counts, and the lookup will refuse it.
    assert p.feed_terminator(t) == CODE[9:]
