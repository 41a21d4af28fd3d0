#!/usr/bin/env python3
"""Regenerates the fixtures for RegionNodeTests.

Usage: pip install openpyxl && python3 make_fixtures.py   (writes next to this script)

A tiny region (one clinic, two units, two planning objects, one resource) as CSV master data, and the same
inflow as CSV and as .xlsx, so tests can check that both formats import the same records. openpyxl cannot
write error cells, so the formula-error workbook is patched after saving, as in SpreadsheetTests. Zip
timestamps and document properties are fixed so regenerating gives byte-identical files.
"""

import datetime
import io
import os
import re
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = datetime.datetime(2025, 1, 1, 0, 0, 0)

UNITS = [
    ("enhetskod", "namn", "nivå", "överordnad"),
    ("R99", "Testregion (syntetisk)", "region", ""),
    ("ORT", "Ortopedkliniken", "verksamhet", "R99"),
    ("ORT-MOT", "Ortopedmottagningen", "enhet", "ORT"),
    ("ORT-OP", "Ortopedoperation", "enhet", "ORT"),
]
RESOURCES = [
    ("resurskod", "namn", "typ", "måttenhet"),
    ("LAK", "Läkare", "personal", "timmar"),
]
OBJECTS = [
    ("planeringsobjekt", "namn", "enhetskod", "specialitet", "vårdtjänst", "vårdgivarkategori", "kontakttyp",
     "medicinsk_prioritet"),
    ("ORT-NYB", "Nybesök ortopedi", "ORT-MOT", "Ortopedi", "Nybesök", "Läkare", "besök", "P2"),
    ("ORT-HOFT", "Höftprotes", "ORT-OP", "Ortopedi", "Höftprotes", "Läkare", "operation", "P3"),
]
INFLOW = [
    ("planeringsobjekt", "vecka", "antal"),
    ("ORT-NYB", "2025-W10", 14),
    ("ORT-NYB", "2025-W11", 0),
    ("ORT-HOFT", "2025-W10", 31),
    ("ORT-HOFT", "2025-W11", 7),
]


def write_csv(filename, rows):
    with open(os.path.join(HERE, filename), "w", encoding="utf-8", newline="") as handle:
        for row in rows:
            handle.write(";".join(str(field) for field in row) + "\n")
    print(f"wrote {filename}")


def saved_parts(workbook):
    """Saves an openpyxl workbook in memory and returns its parts as a dict."""
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    parts["docProps/core.xml"] = re.sub(
        r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2025-01-01T00:00:00Z", parts["docProps/core.xml"])
    return parts


def write_xlsx(filename, parts):
    names = ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml")
    with zipfile.ZipFile(os.path.join(HERE, filename), "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[name].encode("utf-8"))
    print(f"wrote {filename}")


def replace_once(text, old, new):
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def inflow_workbook():
    """First sheet "Info" (not a feed), then "Inflöde" holding the same rows as inflode.csv."""
    workbook = openpyxl.Workbook()
    info = workbook.active
    info.title = "Info"
    info.append(["Export från vårdsystemet", "SYNTETISKA DATA"])
    sheet = workbook.create_sheet("Inflöde")
    for row in INFLOW:
        sheet.append(list(row))
    write_xlsx("inflode.xlsx", saved_parts(workbook))


def formula_error_workbook():
    """One sheet of inflow whose C3 holds a cached #DIV/0! error."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Inflöde"
    for row in INFLOW:
        sheet.append(list(row))
    parts = saved_parts(workbook)
    part = "xl/worksheets/sheet1.xml"
    parts[part] = replace_once(
        parts[part], '<c r="C3" t="n"><v>0</v></c>', '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    write_xlsx("inflode_formelfel.xlsx", parts)


if __name__ == "__main__":
    write_csv("enheter.csv", UNITS)
    write_csv("resurser.csv", RESOURCES)
    write_csv("planeringsobjekt.csv", OBJECTS)
    write_csv("inflode.csv", INFLOW)
    inflow_workbook()
    formula_error_workbook()
