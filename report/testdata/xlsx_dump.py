#!/usr/bin/python3
"""Dump what openpyxl sees in a workbook, as JSON on stdout, for xlsx_test.go.

    /usr/bin/python3 xlsx_dump.py FILE.xlsx

For each sheet: rows of [value, data_type] pairs (dates as YYYY-MM-DD),
frozen panes, dimension, tables (name, ref, headers, style, stripes,
autofilter), data validations, conditional formats; plus the workbook's
core properties. openpyxl is opened in normal (not read-only) mode so that
tables, validations and conditional formats are parsed.
"""
import datetime
import json
import sys

from openpyxl import load_workbook


def value(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.date().isoformat()
    return [v, c.data_type]


def main(path):
    wb = load_workbook(path)
    out = {"sheets": wb.sheetnames, "props": {}, "ws": {}}
    p = wb.properties
    out["props"] = {
        "title": p.title, "creator": p.creator, "subject": p.subject,
        "created": p.created.isoformat() if p.created else None,
        "category": p.category, "description": p.description,
    }
    for ws in wb.worksheets:
        d = {
            "freeze": ws.freeze_panes,
            "dimension": ws.calculate_dimension(),
            "rows": [[value(c) for c in row] for row in ws.iter_rows()],
            "tables": [],
            "validations": [],
            "conditional": [],
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "wrap": {},
        }
        for t in ws.tables.values():
            si = t.tableStyleInfo
            d["tables"].append({
                "name": t.name, "ref": t.ref,
                "headers": [c.name for c in t.tableColumns],
                "style": si.name if si else None,
                "stripes": bool(si and si.showRowStripes),
                "autofilter": t.autoFilter is not None,
            })
        for dv in ws.data_validations.dataValidation:
            d["validations"].append({"type": dv.type, "sqref": str(dv.sqref),
                                     "formula1": dv.formula1})
        for rng in ws.conditional_formatting:
            for r in rng.rules:
                d["conditional"].append({"range": str(rng.sqref), "type": r.type,
                                         "operator": r.operator, "formula": r.formula,
                                         "fill": bool(r.dxf and r.dxf.fill)})
        if ws.max_row >= 2:
            for c in ws[2]:
                d["wrap"][c.column_letter] = bool(c.alignment and c.alignment.wrap_text)
        out["ws"][ws.title] = d
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
