#!/usr/bin/python3
"""Dump what openpyxl sees of a workbook's print setup, About sheet, IDs and
dates, as JSON on stdout, for xlsx_ids_test.go.

    /usr/bin/python3 xlsx_print.py FILE.xlsx
"""
import datetime
import json
import sys

from openpyxl import load_workbook


def text(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    return v


def main(path):
    wb = load_workbook(path)
    out = {"sheets": {}, "about": [], "positions": []}
    for ws in wb.worksheets:
        ps = ws.page_setup
        pr = ws.sheet_properties.pageSetUpPr
        out["sheets"][ws.title] = {
            "orientation": ps.orientation,
            "fitToWidth": ps.fitToWidth,
            "fitToHeight": ps.fitToHeight,
            "fitToPage": bool(pr and pr.fitToPage),
            "titleRows": ws.print_title_rows,
            "header": ws.oddHeader.center.text,
            "footer": ws.oddFooter.center.text,
            "footerRight": ws.oddFooter.right.text,
        }
    for row in wb["About"].iter_rows():
        out["about"].append([[text(c.value), c.is_date] for c in row])
    ws = wb["Positions"]
    head = [c.value for c in next(ws.iter_rows(max_row=1))]
    for row in ws.iter_rows(min_row=2):
        out["positions"].append({h: [text(c.value), c.is_date] for h, c in zip(head, row)})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
