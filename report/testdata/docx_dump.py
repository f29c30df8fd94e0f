#!/usr/bin/python3
"""Dump what python-docx sees in a Word document, as JSON on stdout, for
docx_test.go: paragraphs with their style names, tables as rows of cell
texts, the styles defined, the header and footer text, and the header's
watermarks (VML WordArt shapes: their text and style).

    /usr/bin/python3 docx_dump.py FILE.docx
"""
import json
import sys

import docx

VML = "{urn:schemas-microsoft-com:vml}"


def main(path):
    d = docx.Document(path)
    sec = d.sections[0]
    out = {
        "paragraphs": [[p.style.name, p.text] for p in d.paragraphs],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
        "styles": [s.name for s in d.styles],
        "header": "\n".join(p.text for p in sec.header.paragraphs),
        "footer": "\n".join(p.text for p in sec.footer.paragraphs),
        "title": d.core_properties.title,
        "watermarks": [
            {"type": s.get("type"), "text": tp.get("string"), "style": s.get("style")}
            for s in sec.header._element.iter(VML + "shape")
            for tp in s.iter(VML + "textpath")
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
