"""The rendering stage: executed notebooks → one self-contained HTML briefing → PDF.

:func:`merge_notebooks` joins the section notebooks, :func:`render_html` turns the result
into a single HTML page with nbconvert and the ``briefing`` template (which extends the
stock ``base/display_priority.j2``), and :func:`render_pdf` lays that same HTML out on A4
pages with WeasyPrint.  Both outputs are byte-stable: same input, same bytes.

Nothing in either output is fetched from a host: the CSS is inlined, images are data
URIs, the page carries a Content-Security-Policy, and WeasyPrint is only allowed
``data:`` URLs.

``python -m claimbrief.render`` is the build's assembly process (see :func:`main`): one
short-lived process per article, so the memory nbconvert and WeasyPrint (Pango, fonts)
keep never accumulates in a build of many articles.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup, NavigableString  # a dependency of nbconvert, which parses its output with it
from nbconvert import HTMLExporter
from traitlets.config import Config

from . import __version__
from .errors import BuildError, ClaimbriefError
from .paths import TEMPLATES_DIR

TEMPLATE_NAME = "briefing"

#: Cells with any of these tags never reach the briefing.
DROP_CELL_TAGS = frozenset({"parameters", "injected-parameters", "remove"})
#: Cells with these tags keep nothing but their markdown (their outputs are dropped).
DROP_OUTPUT_TAGS = frozenset({"remove-output", "remove_output"})

#: Nothing may load from anywhere: images and fonts only as data URIs, inline CSS only.
CSP = "; ".join([
    "default-src 'none'",
    "img-src data:",
    "style-src 'unsafe-inline'",
    "font-src data:",
    "script-src 'none'",
    "object-src 'none'",
    "media-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
])

#: Output mimetypes shown, best first.  Bare reprs (text/plain), scripts and widgets are
#: not in the list: a briefing shows only what the package built for the reader.
DISPLAY_PRIORITY = ["text/html", "text/markdown", "image/svg+xml", "image/png", "image/jpeg"]

TOC_HEADING = "h2"
ANCHORED_HEADINGS = ("h2", "h3")
CONTENTS_LABEL = "Contents"

# Elements that load or run something; the CSP stops them in a browser, but the file may
# also be opened by viewers that ignore CSP, so they are removed outright.
_ACTIVE_ELEMENTS = ("script", "iframe", "frame", "object", "embed", "applet", "link", "base",
                    "meta[http-equiv=refresh]", "audio", "video", "source", "track")
_URL_ATTRIBUTES = ("src", "srcset", "poster", "data", "background", "xlink:href")

# A table column is never narrower than its longest word, so a URL or a hash in a cell
# would push the table off the page; such words get <wbr> break points instead.
_LONG_WORD = 20
_WORD_CHUNK = 14
_SOFT_BREAK_AFTER = re.compile(r"([/.\-_?&=,;:@#+~|\\])(?=[^\s/.\-_?&=,;:@#+~|\\])")

# A column whose cells average this many characters is running text (see _mark_prose_columns).
_PROSE_MEAN_CHARS = 40

# The environment is process-wide; PDFs written from several threads take turns.
_ENVIRON_LOCK = threading.Lock()

# The running header is one line: a longer title is cut at a word boundary.
_HEADER_TITLE_MAX = 90


# ---- notebooks -----------------------------------------------------------------------


def merge_notebooks(notebooks: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    """One notebook holding every cell of ``notebooks`` in order, minus parameter and
    ``remove``-tagged cells.  Inputs are not modified."""
    merged = nbformat.v4.new_notebook()
    if notebooks:
        # Kernel and language info decide how nbconvert treats the cells; take the first's.
        for key in ("kernelspec", "language_info"):
            if key in notebooks[0].metadata:
                merged.metadata[key] = copy.deepcopy(notebooks[0].metadata[key])
    for nb in notebooks:
        for cell in nb.cells:
            if DROP_CELL_TAGS.intersection(cell.get("metadata", {}).get("tags", [])):
                continue
            copied = copy.deepcopy(cell)
            # Section notebooks often share cell ids; ids must be unique in one notebook.
            copied["id"] = f"cell-{len(merged.cells)}"
            merged.cells.append(copied)
    return merged


# ---- HTML ------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """A stable id from heading text: ``"2. Claims ledger"`` → ``"2-claims-ledger"``.

    Letters of any script are kept (an id may be Unicode), everything else becomes a
    hyphen, so a heading keeps its id as long as its words do."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    slug = re.sub(r"[\W_]+", "-", text).strip("-")
    return slug or "section"


def render_html(nb: nbformat.NotebookNode, *, title: str, subtitle: str, lang: str = "en") -> str:
    """The briefing as one self-contained HTML document (a string).

    Markdown cells and rich outputs only: no code, prompts, streams or errors.  The h2
    headings get ids from their text and a contents list after the title block."""
    exporter = _html_exporter()
    resources = {
        "briefing": {
            "title": title,
            "subtitle": subtitle,
            "lang": lang,
            "csp": CSP,
            "generator": f"claimbrief {__version__}",
            "contents_label": CONTENTS_LABEL,
        }
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return finish_html(body)


@functools.lru_cache(maxsize=1)
def _html_exporter() -> HTMLExporter:
    """The briefing's exporter, made once per process: its template is compiled on first use."""
    config = Config()
    config.NbConvertBase.display_data_priority = list(DISPLAY_PRIORITY)
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(DROP_CELL_TAGS)
    config.TagRemovePreprocessor.remove_all_outputs_tags = set(DROP_OUTPUT_TAGS)
    exporter = HTMLExporter(
        config=config,
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_anchor_links=True,
    )
    exporter.register_filter("slugify", slugify)
    return exporter


def finish_html(html: str) -> str:
    """Post-process rendered HTML: strip anything that would load or run, wrap tables
    for horizontal scrolling, give headings ids and fill the contents list.

    Idempotent, so it is safe on HTML that has been through it already."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.body or soup
    _strip_active(body)
    _wrap_tables(soup, body)
    _soften_long_words(soup, body)
    _mark_prose_columns(body)
    _drop_empty_cells(body)
    headings = _anchor_headings(soup, body)
    _fill_toc(soup, headings)
    text = str(soup)
    return text if text.endswith("\n") else text + "\n"


def _strip_active(body) -> None:
    for selector in _ACTIVE_ELEMENTS:
        for element in body.select(selector):
            element.decompose()
    for element in body.find_all(True):
        for attribute in list(element.attrs):
            name = attribute.lower()
            value = element.attrs[attribute]
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on"):
                del element.attrs[attribute]
            elif name in _URL_ATTRIBUTES and not value.strip().lower().startswith("data:"):
                del element.attrs[attribute]
            elif name == "href" and element.name != "a" and not value.startswith(("#", "data:")):
                del element.attrs[attribute]


def _wrap_tables(soup, body) -> None:
    for table in body.find_all("table"):
        if table.find_parent("table") is not None:
            continue
        parent = table.parent
        if parent is not None and "table-wrap" in (parent.get("class") or []):
            continue
        table.wrap(soup.new_tag("div", attrs={"class": "table-wrap"}))


def _mark_prose_columns(body) -> None:
    """Class the column of running text (quotes, statements) in each table ``prose``.

    Automatic table layout shares spare width by content, so a quote column next to many
    short ones ends up a few words wide; the stylesheet gives ``.prose`` a minimum width."""
    for table in body.find_all("table"):
        rows = [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")
                if row.find_parent("table") is table]
        body_rows = [cells for cells in rows if any(c.name == "td" for c in cells)]
        width = len(rows[0]) if rows else 0
        if not body_rows or width < 3 or any(len(cells) != width for cells in rows) or any(
                c.get("colspan") for cells in rows for c in cells):
            continue
        means = [sum(len(cells[i].get_text()) for cells in body_rows) / len(body_rows)
                 for i in range(width)]
        column = max(range(width), key=means.__getitem__)
        if means[column] < _PROSE_MEAN_CHARS:
            continue
        for cells in rows:
            classes = cells[column].get("class") or []
            if "prose" not in classes:
                cells[column]["class"] = [*classes, "prose"]


def _soften_long_words(soup, body) -> None:
    for cell in body.find_all(["td", "th"]):
        for string in list(cell.find_all(string=True)):
            if type(string) is not NavigableString or not any(
                    len(word) > _LONG_WORD for word in string.split()):
                continue
            pieces = _split_long_words(str(string))
            replacement = []
            for i, piece in enumerate(pieces):
                if i:
                    replacement.append(soup.new_tag("wbr"))
                replacement.append(NavigableString(piece))
            string.replace_with(*replacement)


def _split_long_words(text: str) -> list[str]:
    """``text`` cut where a line may break inside its long words (after / . - _ etc.,
    else every few characters); joining the pieces gives ``text`` back."""
    pieces = [""]
    for word in re.split(r"(\s+)", text):
        if len(word) <= _LONG_WORD or word.isspace():
            pieces[-1] += word
            continue
        parts = _SOFT_BREAK_AFTER.sub("\\1\0", word).split("\0")
        chunks = [part[i:i + _WORD_CHUNK] for part in parts
                  for i in range(0, max(len(part), 1), _WORD_CHUNK)]
        pieces[-1] += chunks[0]
        pieces.extend(chunks[1:])
    return pieces


def _drop_empty_cells(body) -> None:
    # A code cell whose outputs were all hidden (streams, bare reprs) leaves an empty box.
    for cell in body.select("div.cell"):
        if not cell.get_text(strip=True) and cell.find(["img", "svg", "table", "hr"]) is None:
            following = cell.next_sibling
            if isinstance(following, NavigableString) and not following.strip():
                following.extract()  # else a blank line is left, and output changes on re-run
            cell.decompose()


def _anchor_headings(soup, body) -> list[tuple[str, str]]:
    """Give each h2/h3 a unique id from its text; return (id, text) of the h2s in order."""
    taken = {element["id"] for element in soup.find_all(id=True)}
    toc = []
    main = body.find("main") or body
    for heading in main.find_all(ANCHORED_HEADINGS):
        text = " ".join(heading.get_text(" ", strip=True).split())
        if not heading.get("id"):
            base = slugify(text)
            slug, n = base, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            heading["id"] = slug
            taken.add(slug)
        if heading.name == TOC_HEADING:
            toc.append((heading["id"], text))
    return toc


def _fill_toc(soup, headings: list[tuple[str, str]]) -> None:
    nav = soup.select_one("nav.toc")
    if nav is None:
        return
    if not headings:
        nav.decompose()
        return
    listing = nav.find("ol")
    listing.clear()
    for anchor, text in headings:
        item = soup.new_tag("li")
        link = soup.new_tag("a", href=f"#{anchor}")
        link.string = text
        item.append(link)
        listing.append(item)


def write_html(html: str, path: Path) -> Path:
    """Write ``html`` to ``path`` (UTF-8) atomically; return ``path``."""
    path = Path(path)
    return _replace_atomically(path, html.encode("utf-8"))


# ---- PDF -------------------------------------------------------------------------------


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
    identifier = hashlib.sha256(
        "\0".join([html, title, date_label, str(stamp)]).encode("utf-8")).hexdigest()[:32]
    with _fixed_source_date_epoch(stamp if stamp is not None else 0):
        data = document.write_pdf(pdf_identifier=identifier.encode("ascii"))
    return _replace_atomically(path, data)


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


# ---- the assembly process ----------------------------------------------------------------


def assemble(notebooks: list[str], html_path: str, pdf_path: str | None, *, title: str, subtitle: str,
             lang: str, date_label: str, epoch: int | None) -> None:
    """Merge the executed ``notebooks`` and write the briefing's HTML to ``html_path``
    and, unless ``pdf_path`` is None, its PDF."""
    merged = merge_notebooks([nbformat.read(path, as_version=4) for path in notebooks])
    page = render_html(merged, title=title, subtitle=subtitle, lang=lang)
    write_html(page, Path(html_path))
    if pdf_path is not None:
        render_pdf(page, Path(pdf_path), title=title, date_label=date_label, epoch=epoch)


def _warm_up() -> None:
    """Load what the assembly uses before the job comes: WeasyPrint and Pango, and the
    template, compiled by rendering an empty notebook."""
    import weasyprint  # noqa: F401

    render_html(nbformat.v4.new_notebook(), title="", subtitle="")


def main() -> int:
    """The build's assembly process: load nbconvert and WeasyPrint at once (while the
    build runs the notebooks), then read one job from stdin, the JSON of the keyword
    arguments of :func:`assemble`, and carry it out.

    Exit 0 when done, or when stdin closes with no job (the build ended first); exit 2
    with one sentence on stdout when the job fails."""
    _warm_up()
    raw = sys.stdin.buffer.read()
    if not raw.strip():
        return 0
    try:
        job = json.loads(raw)
        assemble(job.pop("notebooks"), job.pop("html_path"), job.pop("pdf_path"), **job)
    except ClaimbriefError as exc:
        message = str(exc)
    except OSError as exc:
        message = f"the briefing could not be written: {exc.strerror or exc} ({exc.filename or 'file system'})."
    except Exception as exc:  # noqa: BLE001 - reported as one sentence by the build
        message = f"the briefing could not be assembled: {type(exc).__name__}: {str(exc).strip()[:300]}."
    else:
        # Done and on disk: skip the interpreter's teardown, which the build would wait for.
        os._exit(0)
    print(message, flush=True)
    return 2


if __name__ == "__main__":
    sys.exit(main())
