#!/usr/bin/env python3
"""Measures the probable-duplicate linkage against a generator's truth.

Reads truth/rows.csv (every roster row's true person and kind of ID damage) and a folder of exports
(flags_<month>.csv and suspects_<month>.csv, as `export flags|suspects --month M` writes them) and prints:
- recall: households whose member is truly enrolled twice (same true person in two households of one
  program, or of two BASIC programs, in one month; TEMP_RELIEF never, CONTRACT §6) found by a
  DUPLICATE_ENROLLMENT flag or by a suspect pair;
- precision: suspect pairs whose two rows are the same true person;
both in total and per id_kind (the damage of the duplicated person's rows, "none" when clean), and
with --curve the precision/recall at each threshold from the suspects' match weights.

  python3 ops/linkage-eval.py --truth ../shared/examples/public/truth/rows.csv --exports DIR [--curve]
"""
import argparse
import collections
import csv
import glob
import os

BASIC = {"URBAN_DIBAO", "RURAL_DIBAO", "TEKUN"}


def group(program):
    return "BASIC" if program in BASIC else program


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def kind_of(kinds):
    kinds = sorted(k for k in kinds if k)
    return "+".join(sorted(set(kinds))) if kinds else "none"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", required=True)
    ap.add_argument("--exports", required=True)
    ap.add_argument("--threshold", type=float, default=None, help="count only suspects of at least this weight")
    ap.add_argument("--curve", action="store_true")
    args = ap.parse_args()

    truth = {}
    persons = collections.defaultdict(lambda: collections.defaultdict(list))
    for r in read(args.truth):
        truth[(r["file"], r["line"])] = r
        if r["expect"] == "loaded" and r["program"] != "TEMP_RELIEF":
            hh = (r["month"], r["street"], r["program"], r["household_id"])
            persons[(r["month"], group(r["program"]), r["true_id"])][hh].append(r["id_kind"])
    twice = {}  # household -> id_kind of its twice-enrolled member
    for households in persons.values():
        if len(households) > 1:
            kind = kind_of(k for kinds in households.values() for k in kinds)
            for hh in households:
                twice[hh] = kind

    flagged = set()
    for path in glob.glob(os.path.join(args.exports, "flags_*.csv")):
        for r in read(path):
            if "DUPLICATE_ENROLLMENT" in r["reasons"].split(";"):
                flagged.add((r["month"], r["street"], r["program"], r["household_id"]))
    suspects = []
    for path in glob.glob(os.path.join(args.exports, "suspects_*.csv")):
        for r in read(path):
            a = truth[(r["month"] + "/" + r["file_a"], r["line_a"])]
            b = truth[(r["month"] + "/" + r["file_b"], r["line_b"])]
            suspects.append({
                "weight": float(r["match_weight"]),
                "same": a["true_id"] == b["true_id"],
                "kind": kind_of([a["id_kind"], b["id_kind"]]),
                "households": [(r["month"], r["street_a"], r["program_a"], r["household_id_a"]),
                               (r["month"], r["street_b"], r["program_b"], r["household_id_b"])],
            })

    def measure(threshold):
        kept = [s for s in suspects if threshold is None or s["weight"] >= threshold]
        found = set(flagged)
        for s in kept:
            found.update(s["households"])
        recall = collections.Counter()
        total = collections.Counter()
        for hh, kind in twice.items():
            total[kind] += 1
            recall[kind] += hh in found
        precise = collections.Counter()
        pairs = collections.Counter()
        for s in kept:
            pairs[s["kind"]] += 1
            precise[s["kind"]] += s["same"]
        return recall, total, precise, pairs

    recall, total, precise, pairs = measure(args.threshold)
    print("truly twice-enrolled households: %d, found %d (flags alone %d), recall %.4f" % (
        sum(total.values()), sum(recall.values()), len(flagged & set(twice)),
        sum(recall.values()) / max(1, sum(total.values()))))
    print("suspect pairs: %d, same person %d, precision %s; flagged households not truly twice: %d" % (
        sum(pairs.values()), sum(precise.values()),
        "%.4f" % (sum(precise.values()) / sum(pairs.values())) if pairs else "n/a (no pairs)",
        len(flagged - set(twice))))
    print("%-28s %10s %10s" % ("id_kind", "recall", "precision"))
    for kind in sorted(set(total) | set(pairs)):
        r = "%d/%d" % (recall[kind], total[kind]) if total[kind] else "-"
        p = "%d/%d" % (precise[kind], pairs[kind]) if pairs[kind] else "-"
        print("%-28s %10s %10s" % (kind, r, p))
    if args.curve:
        print("threshold  pairs  precision  recall")
        for t in sorted({s["weight"] for s in suspects}, reverse=True):
            recall, total, precise, pairs = measure(t)
            print("%9.2f  %5d  %9.4f  %6.4f" % (t, sum(pairs.values()), sum(precise.values()) / max(1, sum(pairs.values())),
                                                sum(recall.values()) / max(1, sum(total.values()))))


if __name__ == "__main__":
    main()
