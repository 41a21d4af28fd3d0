#!/usr/bin/env python3
"""Regenerates the .xlsx fixtures for SpreadsheetTests.

Usage: pip install openpyxl && python3 make_fixtures.py   (writes next to this script)

openpyxl writes every string as an inline string and rounds floats, and it cannot write cached
formula results or error values. Real Excel files use shared strings, rich-text runs, cached
values and `t="e"` error cells, so after openpyxl has written a workbook this script rewrites
selected XML parts with plain string replacement. Zip timestamps and document properties are
fixed so that regenerating gives byte-identical files.
"""

import datetime
import io
import os
import re
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = datetime.datetime(2025, 1, 1, 0, 0, 0)
SHEET_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def saved_parts(workbook):
    """Saves an openpyxl workbook in memory and returns its parts as an ordered dict."""
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    # openpyxl stamps the save time into `modified` whatever the property says.
    parts["docProps/core.xml"] = re.sub(
        r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2025-01-01T00:00:00Z", parts["docProps/core.xml"])
    return parts


def write_xlsx(filename, parts):
    """Writes parts to a deterministic zip; [Content_Types].xml first, as Excel does."""
    names = ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml")
    path = os.path.join(HERE, filename)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[name].encode("utf-8"))
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def replace_once(text, old, new):
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def move_inline_strings_to_shared(parts, sheet_part, rich_text=None):
    """Turns the inline strings of one sheet into shared strings, as Excel stores them.

    rich_text maps a plain string to the <si> body that should represent it (runs, phonetics).
    """
    rich_text = rich_text or {}
    strings = []

    def to_shared(match):
        attributes, text = match.group(1), match.group(2)
        if text not in strings:
            strings.append(text)
        return f'<c{attributes} t="s"><v>{strings.index(text)}</v></c>'

    parts[sheet_part] = re.sub(
        r'<c([^>]*?) t="inlineStr"><is><t>(.*?)</t></is></c>', to_shared, parts[sheet_part])
    items = "".join(f"<si>{rich_text.get(s, f'<t>{s}</t>')}</si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="{SHEET_MAIN_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    parts["[Content_Types].xml"] = replace_once(
        parts["[Content_Types].xml"], "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = replace_once(
        parts["xl/_rels/workbook.xml.rels"], "</Relationships>",
        '<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def planning_workbook():
    """Two sheets: "Inflöde" (shared strings, rich text) and "Väntelista" (dates, inline strings)."""
    workbook = openpyxl.Workbook()
    inflow = workbook.active
    inflow.title = "Inflöde"
    inflow.append(["planeringsobjekt", "vecka", "antal"])
    inflow.append(["Höftledsplastik", "2025-W10", 14])
    inflow.append(["Grå starr", "2025-W10", 31])
    inflow.append(["Knäledsplastik, vänster", "2025-W11", 7])

    waiting = workbook.create_sheet("Väntelista")
    waiting.append(["patientgrupp", "anmäld", "planerad", "tid", "väntetid i dagar"])
    rows = [
        ("Ögonkliniken, äldre", datetime.date(2025, 3, 4), datetime.datetime(2025, 4, 1, 13, 30), 0.5, 28),
        ("Barn- och ungdomsmottagning", datetime.date(2024, 12, 31), datetime.datetime(2025, 1, 2, 8, 0), 0.25, 2),
    ]
    for row in rows:
        waiting.append(row)
    for number in (2, 3):
        waiting[f"B{number}"].number_format = "yyyy-mm-dd"          # custom format, id 164
        waiting[f"C{number}"].number_format = 'd/m/yyyy\\ "kl" h:mm'  # custom date-time, id 165
        waiting[f"D{number}"].number_format = "h:mm"                # built-in time format, id 20
    # Raw serials around Excel's fictitious 1900-02-29 with built-in date format 14.
    waiting.append(["serie", 59, 61, None, 1])
    for column in "BCE":
        waiting[f"{column}4"].number_format = "mm-dd-yy"

    parts = saved_parts(workbook)
    move_inline_strings_to_shared(parts, "xl/worksheets/sheet1.xml", rich_text={
        # Bold "Grå" + plain " starr", with a phonetic run that must not be read.
        "Grå starr": '<r><rPr><b/></rPr><t>Grå</t></r><r><t xml:space="preserve"> starr</t></r>'
                     '<rPh sb="0" eb="1"><t>IGNORERA</t></rPh>',
    })
    write_xlsx("planning.xlsx", parts)


def formula_error_workbook():
    """"Produktion" has two error cells (C3 #DIV/0!, B5 #REF!); "Summering" has only healthy formulas."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Produktion"
    sheet.append(["enhet", "planerat", "kvot", "summa"])
    sheet.append(["Ortopedi", 10, 2, 0])
    sheet.append(["Kirurgi", 5, 0, 0])
    sheet.append(["Urologi", 3, 1, 0])
    sheet.append(["Totalt", 0, 0, 0])
    summary = workbook.create_sheet("Summering")
    summary.append(["totalt", 0, 0])
    parts = saved_parts(workbook)
    summary_part = "xl/worksheets/sheet2.xml"
    xml = parts[summary_part]
    xml = replace_once(xml, '<c r="B1" t="n"><v>0</v></c>', '<c r="B1"><f>SUM(Produktion!B2:B4)</f><v>18.0</v></c>')
    xml = replace_once(xml, '<c r="C1" t="n"><v>0</v></c>',
                       '<c r="C1" t="str"><f>"vecka "&amp;10</f><v>vecka 10</v></c>')
    parts[summary_part] = xml
    sheet_part = "xl/worksheets/sheet1.xml"
    xml = parts[sheet_part]
    xml = replace_once(xml, '<c r="D2" t="n"><v>0</v></c>', '<c r="D2"><f>B2*C2</f><v>20</v></c>')
    xml = replace_once(xml, '<c r="C3" t="n"><v>0</v></c>', '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    xml = replace_once(xml, '<c r="D4" t="n"><v>0</v></c>',
                       '<c r="D4" t="str"><f>A4&amp;"!"</f><v>Urologi!</v></c>')
    xml = replace_once(xml, '<c r="B5" t="n"><v>0</v></c>', '<c r="B5" t="e"><f>#REF!+1</f><v>#REF!</v></c>')
    parts[sheet_part] = xml
    write_xlsx("formula_error.xlsx", parts)


def gaps_workbook():
    """Missing cells, empty rows, a cell without r, raw number spellings and booleans."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Luckor"
    sheet["A1"] = "planeringsobjekt"
    sheet["C1"] = "antal"
    # Row 2 intentionally empty; row 3 has an empty-string cell only (openpyxl skips None).
    sheet["B4"] = 1
    sheet["D4"] = 2
    sheet["A6"] = "tal"
    sheet["B6"] = 1
    sheet["C6"] = 2
    sheet["D6"] = 3
    sheet["E6"] = 4
    sheet["F6"] = True
    sheet["G6"] = False
    parts = saved_parts(workbook)
    sheet_part = "xl/worksheets/sheet1.xml"
    xml = parts[sheet_part]
    # Exact spellings that Excel and other tools write, which openpyxl would normalise away.
    xml = replace_once(xml, '<c r="B6" t="n"><v>1</v></c>', '<c r="B6"><v>12.0</v></c>')
    xml = replace_once(xml, '<c r="C6" t="n"><v>2</v></c>', '<c r="C6"><v>0.30000000000000004</v></c>')
    xml = replace_once(xml, '<c r="D6" t="n"><v>3</v></c>', '<c r="D6"><v>1.5E-2</v></c>')
    xml = replace_once(xml, '<c r="E6" t="n"><v>4</v></c>', '<c r="E6"><v>-2.50E+3</v></c>')
    # A row holding only empty cells, and a row whose cells carry no r attribute.
    xml = replace_once(xml, '<row r="4">',
                       '<row r="3"><c r="A3" t="inlineStr"><is><t></t></is></c><c r="B3"/></row><row r="4">')
    xml = replace_once(xml, "</sheetData>",
                       '<row r="8"><c r="B8" t="inlineStr"><is><t>första</t></is></c>'
                       '<c t="inlineStr"><is><t>andra</t></is></c><c><v>3</v></c></row></sheetData>')
    parts[sheet_part] = xml
    write_xlsx("gaps.xlsx", parts)


def dates_1904_workbook():
    """A workbook in the 1904 date system (old Mac Excel)."""
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Datum"
    sheet["A1"] = datetime.date(2025, 3, 4)
    sheet["A1"].number_format = "yyyy-mm-dd"
    parts = saved_parts(workbook)
    assert 'date1904="1"' in parts["xl/workbook.xml"]
    write_xlsx("dates1904.xlsx", parts)


def damaged_workbooks():
    """A sheet cut off mid-row, and a sheet whose zip headers understate its size as a zip bomb would."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Inflöde"
    for index in range(200):
        sheet.append(["Höftledsplastik", f"2025-W{index % 52 + 1:02d}", index])
    parts = saved_parts(workbook)
    sheet_part = "xl/worksheets/sheet1.xml"
    complete = parts[sheet_part]
    parts[sheet_part] = complete[:complete.index('<row r="12"')] + '<row r="12"><c r="A12" t="inlineStr"><is><t>Hö'
    write_xlsx("truncated.xlsx", parts)

    parts[sheet_part] = complete
    write_xlsx("understated_size.xlsx", parts)
    path = os.path.join(HERE, "understated_size.xlsx")
    with zipfile.ZipFile(path) as archive:
        entry = archive.getinfo(sheet_part)
    data = bytearray(open(path, "rb").read())
    declared = (100).to_bytes(4, "little")
    # Local file header: uncompressed size at offset 22. Central directory header: at offset 24.
    data[entry.header_offset + 22:entry.header_offset + 26] = declared
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(sheet_part)] != sheet_part.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24:central + 28] = declared
    open(path, "wb").write(bytes(data))
    print(f"patched {path}: {sheet_part} declares 100 bytes, holds {entry.file_size}")


def not_xlsx_files():
    with open(os.path.join(HERE, "csv_renamed.xlsx"), "w", encoding="utf-8") as handle:
        handle.write("planeringsobjekt;vecka;antal\nHöftledsplastik;2025-W10;14\n")
    # The OLE2 compound-file signature shared by .xls and password-protected .xlsx files.
    with open(os.path.join(HERE, "ole2_header.xlsx"), "wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))


if __name__ == "__main__":
    planning_workbook()
    formula_error_workbook()
    gaps_workbook()
    dates_1904_workbook()
    damaged_workbooks()
    not_xlsx_files()
