#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the FA-KES labels allow a reader of the text to score, whatever the system.

Usage: fakes_label_ceilings.py FAKES_DIR [SYSTEM_JSONL]

date: an oracle that may answer, for each article, any day the text names in full (a dateline, "13 April 2017",
"Apr 132017", "13-04-2017", "2017-04-13"), any day-and-month the text names in the year of one of those, or any of
the seven days before one of those ("on Sunday", "yesterday", "last week"). It scores date_acc_1d as bench/score.py
does (within one day of the label). No system that takes its dates from the text can score above it.

governorate: with a system's output, the labels' governorates against the first-level regions (admin1) the system
gives in Syria, compared with bench/score.py's own same_place: a label that no region name matches is one the
scorer cannot credit however the incident is placed.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MON = "|".join(MONTHS)
FULL = re.compile(r"(?i)\b(\d{1,2})\s+(%s)[a-z]*\.?,?\s+(\d{4})|\b(%s)[a-z]*\.?\s+(\d{1,2}),?\s*(\d{4})"
                  r"|\b(\d{4})-(\d\d)-(\d\d)|\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})" % (MON, MON))
DAY_MONTH = re.compile(r"(?i)\b(\d{1,2})\s+(%s)[a-z]*\b|\b(%s)[a-z]*\s+(\d{1,2})\b" % (MON, MON))
WEEK = 7


def month(word):
    return MONTHS.index(word[:3].lower()) + 1


def day(y, m, d):
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def full_dates(text):
    out = set()
    for g in (m.groups() for m in FULL.finditer(text)):
        if g[0]:
            d = day(g[2], month(g[1]), g[0])
        elif g[3]:
            d = day(g[5], month(g[3]), g[4])
        elif g[6]:
            d = day(g[6], g[7], g[8])
        else:
            d = day(g[11], g[10], g[9])
        if d:
            out.add(d)
    return out


def candidates(article):
    anchors = full_dates(article["text"])
    try:
        anchors.add(dt.date.fromisoformat((article.get("published") or "")[:10]))
    except ValueError:
        pass
    out = set()
    for a in anchors:
        out.update(a - dt.timedelta(days=k) for k in range(WEEK + 1))
        for g in (m.groups() for m in DAY_MONTH.finditer(article["text"])):
            d = day(a.year, month(g[1]), g[0]) if g[0] else day(a.year, month(g[2]), g[3])
            if d:
                out.add(d)
    return anchors, out


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    folder = argv[1]
    # one label per article, the last as bench/score.py reads them
    labels = list({lab["id"]: lab for lab in (json.loads(line) for line in open(os.path.join(folder, "dev-labels.jsonl"),
                                                                                encoding="utf-8"))}.values())
    articles = {a["id"]: a for a in (json.loads(line) for line in open(os.path.join(folder, "dev.jsonl"), encoding="utf-8"))}
    dated = [lab for lab in labels if lab.get("date")]
    hit = unanchored = 0
    for lab in dated:
        anchors, days = candidates(articles[lab["id"]])
        unanchored += not anchors
        hit += any(abs((d - dt.date.fromisoformat(lab["date"])).days) <= 1 for d in days)
    print(f"date_acc_1d oracle ceiling  {hit / len(dated):.3f}  ({hit}/{len(dated)}; {unanchored} articles name no full date;"
          f" crediting them all: {(hit + unanchored) / len(dated):.3f})")
    if len(argv) > 2:
        sys.path.insert(0, os.path.join(folder, "..", "..", "gold"))
        from score import same_place  # noqa: E402  the scorer's own comparison
        regions = collections.Counter()
        for line in open(argv[2], encoding="utf-8"):
            for inc in json.loads(line).get("incidents") or []:
                if inc.get("country") == "SY" and inc.get("admin1"):
                    regions[inc["admin1"]] += 1
        counts = collections.Counter(lab["governorate"] for lab in labels if lab.get("governorate"))
        for gov, n in counts.most_common():
            names = [r for r in regions if same_place(gov, r)]
            print(f"governorate {gov!r:14} {n:4} labels  matched by: {', '.join(names) or 'NO region name the system gives'}")


if __name__ == "__main__":
    main(sys.argv)
