"""The PDF stage: the briefing's HTML laid out on A4 pages by WeasyPrint.

Running header (title, date), footer "page X of Y", fixed PDF dates and /ID, so the same
HTML gives the same bytes.  WeasyPrint is only allowed ``data:`` URLs: nothing is fetched.

WeasyPrint is imported when a PDF is made, not with this module: loading Pango is slow.
"""

from __future__ import annotations

import hashlib
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


def render_pdf(html: str, path: Path, *, title: str, date_label: str,
               epoch: int | None = None) -> Path:
    """Lay ``html`` out on A4 pages with WeasyPrint and write the PDF to ``path``.

    Running header: title (left) and ``date_label`` (right); footer "page X of Y".  The
    PDF dates come from ``epoch`` or $SOURCE_DATE_EPOCH (none are written without
    either) and its /ID from the inputs, so the same input gives the same bytes.  The
    file is written beside ``path`` and moved in place only once complete."""
    from weasyprint import CSS, HTML  # imported late: loading Pango is slow
    from weasyprint.urls import URLFetcher

    path = Path(path)
    stamp = _resolve_epoch(epoch)
    # Only data: URLs; anything else is dropped (with a warning) instead of fetched.
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    document = HTML(string=_pdf_text(html), url_fetcher=fetcher).render(
        stylesheets=[CSS(string=page_css(title, date_label), url_fetcher=fetcher)])
    document.metadata.title = title
    created = None
    if stamp is not None:
        created = datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # WeasyPrint takes these from <meta name=dcterms.*>; ours carry none, but be explicit.
    document.metadata.created = created
    document.metadata.modified = created
    identifier = pdf_identity(html, title=title, date_label=date_label, epoch=stamp)[:32]
    with _fixed_source_date_epoch(stamp if stamp is not None else 0):
        data = document.write_pdf(pdf_identifier=identifier.encode("ascii"))
    return _replace_atomically(path, data)


def pdf_identity(html: str, *, title: str, date_label: str, epoch: int | None = None) -> str:
    """Everything the PDF is made from, hashed: the same identity, the same PDF bytes
    (its /ID is the first half of it)."""
    stamp = _resolve_epoch(epoch)
    return hashlib.sha256("\0".join([html, title, date_label, str(stamp)]).encode("utf-8")).hexdigest()


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
