"""The PDF stage: the briefing's HTML laid out on A4 pages by WeasyPrint.

Running header (title, date), footer "page X of Y", fixed PDF dates and /ID, so the same
HTML gives the same bytes.  WeasyPrint is only allowed ``data:`` URLs: nothing is fetched.

The PDF is made for screen readers and archives: PDF/A-3a (:data:`PDF_VARIANT`), which
WeasyPrint writes tagged (headings, tables with their headers, reading order, the page's
language, every image's alt text) and identified as PDF/A-3 in its XMP metadata, with the
PDF/UA-1 identification added (:class:`_ArchivalMetadata`); the briefing's tables and the
article's metadata ride inside it as attachments, so the one file a colleague receives
carries its data.

WeasyPrint is imported when a PDF is made, not with this module: loading Pango is slow.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from .errors import BuildError

# The environment is process-wide; PDFs written from several threads take turns.
_ENVIRON_LOCK = threading.Lock()

# The running header is one line: a longer title is cut at a word boundary.
_HEADER_TITLE_MAX = 90

#: Tagged (the "a" of PDF/A-3a is "accessible") and archival; PDF/A-3 is the level that
#: allows attachments of any type (CSV, JSON).
PDF_VARIANT = "pdf/a-3a"
#: The attachment that carries the article's metadata (see :func:`article_metadata`).
METADATA_ATTACHMENT = "article-metadata.json"
_PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/"
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def render_pdf(html: str, path: Path, *, title: str, date_label: str,
               epoch: int | None = None, attachments: list[tuple[str, bytes, str]] | None = None) -> Path:
    """Lay ``html`` out on A4 pages with WeasyPrint and write the PDF to ``path``.

    Running header: title (left) and ``date_label`` (right); footer "page X of Y".  Tagged
    PDF/A-3a (see the module); ``attachments``, (file name, bytes, description) each, are
    embedded as the PDF's associated files.  The PDF dates (its own and its attachments')
    come from ``epoch`` or $SOURCE_DATE_EPOCH and its /ID from the inputs, so the same input
    gives the same bytes.  The file is written beside ``path`` and moved in place only once
    complete."""
    from weasyprint import CSS, HTML, Attachment  # imported late: loading Pango is slow
    from weasyprint.urls import URLFetcher

    path = Path(path)
    stamp = _resolve_epoch(epoch)
    attachments = list(attachments or [])
    # An attachment must carry dates; without an epoch they are 0 (1970), never "now".
    moment = datetime.fromtimestamp(stamp if stamp is not None else 0, tz=timezone.utc)
    # Only data: URLs; anything else is dropped (with a warning) instead of fetched.
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    document = HTML(string=_pdf_text(html), url_fetcher=fetcher).render(
        stylesheets=[CSS(string=page_css(title, date_label), url_fetcher=fetcher)],
        pdf_variant=PDF_VARIANT)
    document.metadata = _archival_metadata(document.metadata)
    document.metadata.title = title
    created = moment.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp is not None else None
    # WeasyPrint takes these from <meta name=dcterms.*>; ours carry none, but be explicit.
    document.metadata.created = created
    document.metadata.modified = created
    files = [Attachment(string=data, name=name, description=description, created=moment,
                        modified=moment, relationship=_relationship(name))
             for name, data, description in attachments]
    identifier = pdf_identity(html, title=title, date_label=date_label, epoch=stamp,
                              attachments=attachments)[:32]
    with _fixed_source_date_epoch(stamp if stamp is not None else 0):
        data = document.write_pdf(pdf_identifier=identifier.encode("ascii"), pdf_variant=PDF_VARIANT,
                                  attachments=files)
    return _replace_atomically(path, data)


def pdf_identity(html: str, *, title: str, date_label: str, epoch: int | None = None,
                 attachments: list[tuple[str, bytes, str]] | None = None) -> str:
    """Everything the PDF is made from, hashed: the same identity, the same PDF bytes
    (its /ID is the first half of it).  Attachments count: a rebuild whose tables changed
    but whose page did not must not keep the last PDF with the last tables inside."""
    stamp = _resolve_epoch(epoch)
    parts = [html, title, date_label, str(stamp), PDF_VARIANT]
    for name, data, description in attachments or []:
        parts += [name, hashlib.sha256(data).hexdigest(), description]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def read_attachments(files: list[str | Path], metadata: dict | None = None) -> list[tuple[str, bytes, str]]:
    """The PDF's attachments: each of ``files`` (the briefing's tables, CSV) under its own
    name, then ``metadata`` (see :func:`article_metadata`) as JSON, in a stable order."""
    out = []
    for file in sorted(Path(f) for f in files):
        out.append((file.name, file.read_bytes(), f"The briefing's {file.stem} table (CSV)"))
    if metadata is not None:
        text = json.dumps(metadata, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        out.append((METADATA_ATTACHMENT, text.encode("utf-8"), "The article's metadata and hashes (JSON)"))
    return out


def article_metadata(article) -> dict:
    """What the PDF carries about its article: its metadata, the hashes of its text and
    metadata file, and its language (JSON-ready)."""
    meta = article.meta
    code, basis = article.language
    return {
        "name": article.name, "title": meta.title, "outlet": meta.outlet, "url": meta.url,
        "author": meta.author, "published": meta.published.isoformat() if meta.published else None,
        "published_precision": meta.published_precision, "published_basis": meta.published_basis,
        "source_grade": meta.source_grade, "language": code, "language_basis": basis,
        "photo_credit": meta.photo_credit, "notes": meta.notes,
        "text_sha256": article.sha256, "metadata_sha256": article.meta_sha256 or None,
    }


def _relationship(name: str) -> str:
    # PDF/A-3's AFRelationship: the tables are the data the page shows; the metadata
    # describes the source the page was made from.
    return "Supplement" if name == METADATA_ATTACHMENT else "Data"


def _archival_metadata(metadata):
    """``metadata`` (WeasyPrint's DocumentMetadata) that also writes the PDF/UA-1
    identification into the XMP packet beside PDF/A-3's: WeasyPrint writes one variant's."""
    from xml.etree.ElementTree import fromstring, tostring

    from weasyprint.pdf.metadata import DocumentMetadata

    class _ArchivalMetadata(DocumentMetadata):
        def generate_rdf_metadata(self, variant, version, conformance):
            rdf = fromstring(super().generate_rdf_metadata(variant, version, conformance))
            description = rdf.find(f"{{{_RDF_NS}}}Description")
            if description is not None:
                description.attrib[f"{{{_PDFUA_NS}}}part"] = "1"
            return tostring(rdf, encoding="utf-8")

    archival = _ArchivalMetadata()
    archival.__dict__.update(metadata.__dict__)
    return archival


def _pdf_text(html: str) -> str:
    """``html`` as WeasyPrint can lay it out.

    WeasyPrint fails on U+2029 PARAGRAPH SEPARATOR in text (an assertion in its line
    splitter), and for U+2028 LINE SEPARATOR it embeds a glyph that garbles the text
    some readers extract; both are whitespace, so a newline (a space in running text)
    stands in for them.  The HTML keeps them."""
    return html.replace("\u2029", "\n").replace("\u2028", "\n")


def page_css(title: str, date_label: str) -> str:
    """The print stylesheet's variable part: the running header's title and date."""
    # A user stylesheet loses to the template's (author) rules unless !important.
    return (
        "@page { @top-left { content: %s !important; } @top-right { content: %s !important; } }\n"
        "@page :first { @top-left { content: none !important; } "
        "@top-right { content: none !important; } }\n"
        % (_css_string(_header_title(title)), _css_string(date_label))
    )


def _header_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= _HEADER_TITLE_MAX:
        return title
    cut = title[:_HEADER_TITLE_MAX].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def _css_string(text: str) -> str:
    """``text`` as a quoted CSS string; quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in '"\\' or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append("\\%x " % ord(char))
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


@contextmanager
def _fixed_source_date_epoch(stamp: int):
    """Set $SOURCE_DATE_EPOCH while the PDF is written.

    Without HarfBuzz-Subset, WeasyPrint subsets fonts with fontTools, which stamps each
    embedded font's 'head' table with the current time unless this variable is set."""
    with _ENVIRON_LOCK:
        before = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = str(stamp)
        try:
            yield
        finally:
            if before is None:
                del os.environ["SOURCE_DATE_EPOCH"]
            else:
                os.environ["SOURCE_DATE_EPOCH"] = before


def _resolve_epoch(epoch: int | None) -> int | None:
    if epoch is not None:
        return int(epoch)
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or not raw.strip():
        return None
    try:
        return int(raw.strip())
    except ValueError:
        raise BuildError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}.") from None


# ---- files -----------------------------------------------------------------------------


def _replace_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``,
    so a failed build never leaves a half-written file where the last good one was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; a briefing is meant to be shared.
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
