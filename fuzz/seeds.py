#!/usr/bin/env python3
"""Writes the spreadsheet seeds of fuzz/corpus/ratings_xlsx and ratings_ods from the CSV seeds.

Standard library only (zipfile): minimal but valid Office Open XML and OpenDocument files, one
stored (uncompressed, so libFuzzer's mutations reach the XML) and one deflated of each.
Run from fuzz/: python3 seeds.py
"""
import csv
import zipfile
from xml.sax.saxutils import escape

SOURCES = ["long.csv", "wide.csv"]


def rows(name):
    with open(f"corpus/ratings_csv/{name}", newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def is_number(text):
    return text.isdigit()


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def xlsx(path, table, compression, shared):
    strings = []
    cells = []
    for r, row in enumerate(table, start=1):
        out = []
        for c, text in enumerate(row):
            ref = f"{column(c)}{r}"
            if text == "":
                continue
            if is_number(text):
                out.append(f'<c r="{ref}"><v>{text}</v></c>')
            elif shared:
                strings.append(text)
                out.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    last = f"{column(max(len(r) for r in table) - 1)}{len(table)}"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ratings" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:{last}"/><sheetData>{"".join(cells)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">{1}</sst>'.format(
            len(strings), "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        ),
    }
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, text in files.items():
            z.writestr(name, text)


def ods(path, table, compression):
    body = []
    for row in table:
        cells = []
        for text in row:
            if text == "":
                cells.append("<table:table-cell/>")
            elif is_number(text):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{text}"><text:p>{text}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>')
        body.append(f'<table:table-row>{"".join(cells)}</table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Ratings">'
        + "".join(body)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        # The mimetype comes first and is never compressed.
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compression)
        z.writestr("META-INF/manifest.xml", manifest, compression)


for source in SOURCES:
    table = rows(source)
    stem = source.removesuffix(".csv")
    xlsx(f"corpus/ratings_xlsx/{stem}-stored.xlsx", table, zipfile.ZIP_STORED, shared=True)
    xlsx(f"corpus/ratings_xlsx/{stem}-deflated.xlsx", table, zipfile.ZIP_DEFLATED, shared=False)
    ods(f"corpus/ratings_ods/{stem}-stored.ods", table, zipfile.ZIP_STORED)
    ods(f"corpus/ratings_ods/{stem}-deflated.ods", table, zipfile.ZIP_DEFLATED)
