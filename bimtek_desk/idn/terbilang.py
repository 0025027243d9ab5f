"""Numbers in Indonesian words ("terbilang").

Written out here from the rules rather than taken from num2words, whose Indonesian
said "satu juta satu ribu" for 1.001.000: a group of thousands equal to one is
*seribu* wherever it stands, as *sepuluh*, *sebelas* and *seratus* are.  The groups
are ribu, juta, miliar and triliun; beyond 999 triliun the number is refused rather
than guessed.
"""

from __future__ import annotations

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_GROUPS = ("", "ribu", "juta", "miliar", "triliun")
LIMIT = 10 ** (3 * len(_GROUPS))


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    tens, ones = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words += [_DIGITS[ones], "belas"]
    else:
        if tens:
            words += [_DIGITS[tens], "puluh"]
        if ones:
            words.append(_DIGITS[ones])
    return words


def terbilang(n: int) -> str:
    """6 -> 'enam', 30 -> 'tiga puluh', 1001000 -> 'satu juta seribu'."""
    n = int(n)
    if n < 0:
        return "minus " + terbilang(-n)
    if n == 0:
        return "nol"
    if n >= LIMIT:
        raise ValueError(f"{n} terlalu besar untuk ditulis dengan kata (batas 999 triliun).")
    words: list[str] = []
    for power in range(len(_GROUPS) - 1, -1, -1):
        group = n // 10 ** (3 * power) % 1000
        if not group:
            continue
        if group == 1 and power == 1:
            words.append("seribu")
        else:
            words += _below_thousand(group)
            if power:
                words.append(_GROUPS[power])
    return " ".join(words)


def with_words(n: int) -> str:
    """'6 (enam)'."""
    return f"{n} ({terbilang(n)})"


def rupiah(amount: int) -> str:
    """'Rp150.000' with dots as thousands separators."""
    return "Rp" + f"{int(amount):,}".replace(",", ".")


def rupiah_words(amount: int) -> str:
    """'seratus lima puluh ribu rupiah' with a capital first letter."""
    words = terbilang(amount) + " rupiah"
    return words[0].upper() + words[1:]
