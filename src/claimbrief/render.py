"""The HTML stage: executed notebooks → one self-contained HTML briefing.

:func:`merge_notebooks` joins the section notebooks and :func:`render_html` turns the
result into a single HTML page with nbconvert and the ``briefing`` template (which extends
the stock ``base/display_priority.j2``); :mod:`claimbrief.pdf` lays that same page out on
A4 pages.  Same input, same bytes.

Nothing in the page is fetched from a host: the CSS is inlined, images are data URIs,
elements that load or run something are removed, and the page carries a
Content-Security-Policy.

Phones get the same page: every table with a header row is labelled to be read as cards
and a chart with a narrow drawing shows it on a narrow screen (:mod:`claimbrief.components`;
the CSS is the template's).

``python -m claimbrief.render`` is the build's assembly process, HTML then PDF (see
:func:`main` and :mod:`claimbrief.worker`): one short-lived process per article, so the
memory nbconvert and WeasyPrint keep never accumulates in a build of many articles.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup, NavigableString  # a dependency of nbconvert, which parses its output with it
from nbconvert import HTMLExporter
from traitlets.config import Config

from . import __version__
from .components import NARROW, NARROW_MEDIA, label_table, safe_srcset
from .paths import TEMPLATES_DIR
from .pdf import _replace_atomically, pdf_identity, read_attachments, render_pdf

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
            "narrow_media": NARROW_MEDIA,
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
    _label_tables(body)
    _pair_image_variants(soup, body)
    _drop_empty_cells(body)
    headings = _anchor_headings(soup, body)
    _fill_toc(soup, headings)
    text = str(soup)
    return text if text.endswith("\n") else text + "\n"


def _strip_active(body) -> None:
    for selector in _ACTIVE_ELEMENTS:
        for element in body.select(selector):
            if element.name == "source" and _inert_source(element):
                continue  # a <picture>'s narrow drawing, a data: URI
            element.decompose()
    for element in body.find_all(True):
        for attribute in list(element.attrs):
            name = attribute.lower()
            value = element.attrs[attribute]
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on"):
                del element.attrs[attribute]
            elif name == "srcset" and not safe_srcset(value):
                del element.attrs[attribute]
            elif name in _URL_ATTRIBUTES and not value.strip().lower().startswith("data:"):
                del element.attrs[attribute]
            elif name == "href" and element.name != "a" and not value.startswith(("#", "data:")):
                del element.attrs[attribute]


def _inert_source(element) -> bool:
    """A ``<source>`` that can only pick one of a ``<picture>``'s data: images."""
    return (element.parent is not None and element.parent.name == "picture"
            and set(element.attrs) <= {"srcset", "media", "type", "sizes", "width", "height"}
            and safe_srcset(str(element.get("srcset", ""))))


def _label_tables(body) -> None:
    """Every table with a header row, whoever made it (the package's HTML tables,
    pandas' own), labelled to be read as cards on a phone (see components.label_table)."""
    for table in body.find_all("table"):
        if table.find_parent("table") is None:
            label_table(table)


def _pair_image_variants(soup, body) -> None:
    """Join an image output marked as a narrow drawing (output metadata
    ``{"variant": "narrow"}``, see the template) to the image output before it in the same
    cell: one ``<picture>`` that shows the narrow drawing on a narrow screen."""
    for narrow in body.select(f"img[data-variant={NARROW}]"):
        output = narrow.find_parent("div", class_="output-image")
        cell = narrow.find_parent("div", class_="cell")
        wide = None
        if output is not None and cell is not None:
            before = [img for img in cell.select("div.output-image > img:not([data-variant])")
                      if _precedes(img, narrow)]
            wide = before[-1] if before else None
        del narrow["data-variant"]
        if wide is None:
            continue  # a narrow drawing alone is shown as it is
        if not wide.get("alt") and narrow.get("alt"):
            wide["alt"] = narrow["alt"]
        picture = soup.new_tag("picture")
        wide.wrap(picture)
        source = soup.new_tag("source", attrs={"media": NARROW_MEDIA, "srcset": narrow.get("src", "")})
        picture.insert(0, source)
        output.decompose()


def _precedes(a, b) -> bool:
    for element in a.next_elements:
        if element is b:
            return True
    return False


def _wrap_tables(soup, body) -> None:
    for table in body.find_all("table"):
        if table.find_parent("table") is not None:
            continue
        parent = table.parent
        if parent is not None and "table-wrap" in (parent.get("class") or []):
            continue
        table.wrap(soup.new_tag("div", attrs={"class": "table-wrap"}))
    for wrap in body.select("div.table-wrap"):
        # A wide table scrolls sideways inside its wrapper: keyboard users must be able to
        # reach and scroll it too, and a screen reader to name the region.
        if wrap.find("table", recursive=False) is not None and not wrap.get("tabindex"):
            wrap["tabindex"] = "0"
            wrap["role"] = "region"
            wrap["aria-label"] = _table_name(wrap.find("table", recursive=False))


def _table_name(table) -> str:
    """A short accessible name for a table: its caption, else its first column names."""
    caption = table.find("caption")
    if caption is not None and caption.get_text(strip=True):
        return " ".join(caption.get_text(" ", strip=True).split())
    names = [" ".join(th.get_text(" ", strip=True).split()) for th in table.select("thead th")][:4]
    names = [n for n in names if n]
    return "Table: " + ", ".join(names) if names else "Table"


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


# ---- the assembly process ----------------------------------------------------------------


def assemble(notebooks: list[str], html_path: str, pdf_path: str | None, *, title: str, subtitle: str,
             lang: str, date_label: str, epoch: int | None, last_pdf: str | None = None,
             attachments: list[str] | None = None, article_metadata: dict | None = None) -> None:
    """Merge the executed ``notebooks``, write the briefing's HTML to ``html_path`` and,
    unless ``pdf_path`` is None, its PDF (:func:`claimbrief.pdf.render_pdf`), carrying
    the ``attachments`` (the tables' CSV files) and ``article_metadata`` inside it.

    Beside the PDF goes its identity (what it is made from, see ``pdf_identity``) and
    the hash of its bytes.  When ``last_pdf``, the PDF of the last build, has the same
    identity and bytes, it is copied instead of laid out again: an edit to a notebook
    that leaves the page as it was (a space, a comment, code tidied) costs no PDF."""
    merged = merge_notebooks([nbformat.read(path, as_version=4) for path in notebooks])
    page = render_html(merged, title=title, subtitle=subtitle, lang=lang)
    write_html(page, Path(html_path))
    if pdf_path is None:
        return
    pdf_path = Path(pdf_path)
    files = read_attachments(attachments or [], article_metadata)
    identity = pdf_identity(page, title=title, date_label=date_label, epoch=epoch, attachments=files)
    data = _unchanged_pdf(Path(last_pdf), identity) if last_pdf else None
    if data is not None:
        _replace_atomically(pdf_path, data)
        print("PDF unchanged (the same page as the last build): kept", file=sys.stderr)
    else:
        data = render_pdf(page, pdf_path, title=title, date_label=date_label, epoch=epoch,
                          attachments=files).read_bytes()
    _replace_atomically(pdf_path.with_name(PDF_KEY_FILE),
                        f"{identity} {hashlib.sha256(data).hexdigest()}\n".encode("ascii"))


#: Beside each PDF: "<identity> <sha256 of its bytes>".
PDF_KEY_FILE = ".claimbrief-pdf-key"


def _unchanged_pdf(last: Path, identity: str) -> bytes | None:
    """The bytes of the last PDF if it was made from the same inputs and is intact."""
    try:
        recorded = last.with_name(PDF_KEY_FILE).read_text(encoding="ascii").split()
        data = last.read_bytes()
    except (OSError, UnicodeDecodeError):
        return None
    if recorded == [identity, hashlib.sha256(data).hexdigest()]:
        return data
    return None


def _warm_up() -> None:
    """Load what the assembly uses before the job comes: WeasyPrint, Pango and the fonts
    (by making a one-line PDF) and the template (by rendering an empty notebook)."""
    from weasyprint import HTML

    HTML(string="<p>warm</p>").write_pdf()
    render_html(nbformat.v4.new_notebook(), title="", subtitle="")


def main() -> int:
    """The build's assembly process (see :mod:`claimbrief.worker`): load nbconvert and
    WeasyPrint at once, while the build runs the notebooks, then carry out one job, the
    keyword arguments of :func:`assemble`."""
    from .worker import serve

    def run(job: dict) -> None:
        assemble(job.pop("notebooks"), job.pop("html_path"), job.pop("pdf_path"), **job)

    return serve(run, "the briefing could not be assembled", warm_up=_warm_up)


if __name__ == "__main__":
    sys.exit(main())
