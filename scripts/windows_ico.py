#!/usr/bin/env python3
"""Writes a Windows icon (.ico) holding a PNG image, as Windows Vista and
later read them, so that no image tool is needed to build the Windows app.

Usage: windows_ico.py ICON.png OUT.ico   (the PNG at most 256 x 256)
"""
import struct, sys

src, dst = sys.argv[1], sys.argv[2]
png = open(src, "rb").read()
if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
    sys.exit(f"windows_ico.py: {src} is not a PNG image")
w, h = struct.unpack(">II", png[16:24])
if w > 256 or h > 256:
    sys.exit(f"windows_ico.py: {src} is {w} x {h}; an icon is at most 256 x 256")
# ICONDIR, one ICONDIRENTRY (0 means 256), then the PNG itself.
head = struct.pack("<HHH", 0, 1, 1)
entry = struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(png), 6 + 16)
open(dst, "wb").write(head + entry + png)
