#!/usr/bin/env python3
"""Writes the benchmark's import files: master data for 5,000 planning objects, 1,000,000 weekly inflow rows
(5,000 objects x 200 weeks) and a 1,000,000-row waiting-list snapshot. Deterministic (fixed seed)."""
import datetime
import random
import sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
objects = 5000
weeks = rows // objects
rng = random.Random(42)

with open(f"{out}/enheter.csv", "w", encoding="utf-8") as f:
    f.write("enhetskod;namn;nivå;överordnad\nR99;Benchmarkregion (syntetisk);region;\n")
    for k in range(50):
        f.write(f"K{k:02d};Klinik {k};verksamhet;R99\n")
with open(f"{out}/planeringsobjekt.csv", "w", encoding="utf-8") as f:
    f.write("planeringsobjekt;namn;enhetskod;specialitet;vårdtjänst;vårdgivarkategori;kontakttyp;medicinsk_prioritet\n")
    for o in range(objects):
        f.write(f"PO{o:05d};Objekt {o};K{o % 50:02d};Spec {o % 20};Nybesök;Läkare;besök;P{1 + o % 4}\n")


def iso_week(year_week_index):
    monday = datetime.date(2021, 1, 4) + datetime.timedelta(weeks=year_week_index)
    y, w, _ = monday.isocalendar()
    return f"{y}-W{w:02d}"


week_labels = [iso_week(i) for i in range(weeks)]
with open(f"{out}/inflode.csv", "w", encoding="utf-8") as f:
    f.write("planeringsobjekt;vecka;antal\n")
    for o in range(objects):
        code = f"PO{o:05d}"
        for label in week_labels:
            f.write(f"{code};{label};{rng.randint(0, 60)}\n")

snapshot = datetime.date(2025, 6, 30)
with open(f"{out}/vantelista.csv", "w", encoding="utf-8") as f:
    f.write("uttagsdatum;planeringsobjekt;väntar_sedan;medicinskt_måldatum;prioritet\n")
    for i in range(rows):
        o = rng.randrange(objects)
        since = snapshot - datetime.timedelta(days=rng.randint(0, 400))
        target = since + datetime.timedelta(days=(30, 60, 90, 180)[o % 4])
        f.write(f"{snapshot};PO{o:05d};{since};{target};P{1 + o % 4}\n")
