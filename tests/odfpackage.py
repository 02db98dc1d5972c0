"""Shared by the OpenDocument reader tests: a package of a mimetype entry and a content.xml."""

from __future__ import annotations

import io
import zipfile


def odf_package(mimetype: str, body: str) -> bytes:
    """An OpenDocument package (its mimetype first and stored) whose office:body holds ``body``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
            f"{body}</office:body></office:document-content>",
        )
    return out.getvalue()
