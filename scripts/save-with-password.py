"""Saves a document with an opening password through LibreOffice (UNO), for the encrypted fixtures of
test/fixtures/formats. Usage: python3 scripts/save-with-password.py IN OUT FILTER PASSWORD
(FILTER e.g. "MS Excel 97" for an .xls with FILEPASS).
Needs python3-uno (Debian) beside LibreOffice. Called by scripts/make-format-fixtures.ts."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(src, dst, filter_name, password):
    profile = tempfile.mkdtemp(prefix="perf-tables-lo-")
    pipe = "perftables%d" % os.getpid()
    office = subprocess.Popen([
        "soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
        "--norestore", "--accept=pipe,name=%s;urp;" % pipe,
    ])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(100):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                                           (prop("Hidden", True),))
        # LibreOffice 7.4 encrypts the binary formats with "Password"; its OOXML export ignores it (and
        # fails with EncryptionData), so no encrypted .xlsx is made this way.
        args = (prop("FilterName", filter_name), prop("Password", password))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), args)
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
