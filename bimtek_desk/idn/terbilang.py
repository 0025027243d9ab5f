"""Numbers in Indonesian words ("terbilang"), via num2words."""

from __future__ import annotations

from num2words import num2words


def terbilang(n: int) -> str:
    """6 -> 'enam', 30 -> 'tiga puluh', 150000 -> 'seratus lima puluh ribu'."""
    return str(num2words(int(n), lang="id"))


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
