#!/usr/bin/env python3
"""Writes the hub ingestion benchmark's request bodies (used by Benchmarks/hub-benchmark.sh).

One year of weekly indicator values per region: every definition of the hub's published catalogue (read from
GET /api/v1/catalogue, saved as JSON) × SPECIALTIES groups × the 52 ISO weeks of YEAR, as the JSON body of
POST /api/v1/indicator-values: {"values": [IndicatorValueSubmission, ...]}. Each region's values are split into
`chunks` bodies by indicator, so no body comes near the 50,000-item or 8 MiB limits.

Figures are synthetic but shaped like the real thing: person-based counts and rate parts are 0 or >= the
definition's suppression threshold (a smaller cell would refuse the batch), rates carry a denominator, counts none.

Usage: make_hub_payloads.py catalogue.json out_dir chunks region [region ...]
Prints one line per body: "<region> <path> <items>".
"""

import json
import os
import random
import sys

YEAR = 2025
WEEKS = 52

# Forty specialty groups (Swedish names, as nodes report them under the catalogue's `specialty` grouping).
SPECIALTIES = [
    "Allmänkirurgi", "Anestesi och intensivvård", "Barn- och ungdomsmedicin", "Barn- och ungdomspsykiatri",
    "Barnkirurgi", "Endokrinologi", "Gastroenterologi", "Geriatrik", "Gynekologi", "Handkirurgi", "Hematologi",
    "Hud", "Infektion", "Internmedicin", "Kardiologi", "Kärlkirurgi", "Klinisk fysiologi", "Klinisk neurofysiologi",
    "Lungmedicin", "Neurokirurgi", "Neurologi", "Njurmedicin", "Obstetrik", "Onkologi", "Ortopedi",
    "Plastikkirurgi", "Radiologi", "Rehabiliteringsmedicin", "Reumatologi", "Smärtmedicin", "Thoraxkirurgi",
    "Urologi", "Vuxenpsykiatri", "Ögonsjukvård", "Öron-, näs- och halssjukvård", "Audiologi", "Foniatri",
    "Beroendemedicin", "Rättspsykiatri", "Palliativ medicin",
]
assert len(SPECIALTIES) == 40

RATE_UNITS = {"share", "ratio"}


def value(definition, rng, scale):
    """numerator, denominator (None for a count) for one cell."""
    k = definition["suppressionThreshold"] if definition["basis"] == "personBased" else 0

    def safe(x):
        x = int(round(x))
        return x if x == 0 or x >= k else k

    if definition["unit"] in RATE_UNITS:
        denominator = safe(rng.uniform(40, 400) * scale)
        share = rng.uniform(0.55, 1.15) if definition["unit"] == "ratio" else rng.uniform(0.4, 0.98)
        numerator = safe(denominator * share)
        return float(numerator), float(denominator)
    return float(safe(rng.uniform(8, 600) * scale)), None


def main():
    catalogue_path, out_dir, chunks = sys.argv[1], sys.argv[2], int(sys.argv[3])
    regions = sys.argv[4:]
    with open(catalogue_path, encoding="utf-8") as f:
        catalogue = json.load(f)
    definitions = catalogue["definitions"]
    for d in definitions:
        if "week" not in d["periodTypes"]:
            sys.exit(f"definition {d['id']} has no weekly period type: {d['periodTypes']}")
    periods = [f"{YEAR}-W{week:02d}" for week in range(1, WEEKS + 1)]
    os.makedirs(out_dir, exist_ok=True)
    per_chunk = -(-len(definitions) // chunks)
    for region in regions:
        rng = random.Random(f"hub-benchmark-{region}")
        scale = rng.uniform(0.3, 3.0)  # small and large regions
        for c in range(chunks):
            items = []
            for d in definitions[c * per_chunk:(c + 1) * per_chunk]:
                for group in SPECIALTIES:
                    for period in periods:
                        numerator, denominator = value(d, rng, scale)
                        item = {"regionCode": region, "indicatorID": d["id"], "definitionVersion": d["version"],
                                "group": group, "period": period, "numerator": numerator, "suppressed": False}
                        if denominator is not None:
                            item["denominator"] = denominator
                        items.append(item)
            if not items:
                continue
            path = os.path.join(out_dir, f"values-{region}-{c + 1}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"values": items}, f, ensure_ascii=False, separators=(",", ":"))
            print(region, path, len(items))


if __name__ == "__main__":
    main()
