"""Reusable HTML components of a briefing (and of the dossier, which uses the same ones).

Two components read differently on a phone and on a desk, by CSS alone (the page runs no
script and its Content-Security-Policy forbids one):

- **tables that become cards**: :func:`label_table` gives every body cell the name of
  its column (``data-label``) and marks the cell that leads the card (the column of running
  text, else the first); below :data:`NARROW_MEDIA` the template's ``phone.css`` lays each
  row out as a card, each value under its column's name;
- **charts drawn twice**: :func:`chart_figure_html` puts a chart's print/desktop drawing and
  its narrow-screen drawing in one ``<picture>``; a browser shows the one whose media query
  matches, WeasyPrint (which does not read ``<source>``) the print drawing.

The CSS of both lives in the template (``templates/briefing/``); these helpers only write
the markup.  Everything here is pure: strings and BeautifulSoup tags in, out.
"""

from __future__ import annotations

import base64
import html
import re

#: Below this width the page is a phone: tables are cards, charts their narrow drawing.
#: The template loads phone.css with this query (render passes it in), and a chart's
#: <picture> switches to its narrow drawing with it: one breakpoint for the page.
NARROW_MEDIA = "(max-width: 40rem)"
#: A chart's continuation sheet (see :func:`chart_figure_html`), and the class of a chart
#: whose narrow drawing shows the whole of it, so its sheets are hidden on a phone.
SHEET_CLASS = "chart-sheet"
SHEETS_CLASS = "chart-sheets"
WITH_NARROW_CLASS = "chart-whole-narrow"

#: Output metadata that marks an image output as the narrow drawing of the image output
#: before it in the same cell: ``{"variant": "narrow", "alt": ...}``.
VARIANT_KEY = "variant"
NARROW = "narrow"

#: Class of the cell that leads a card (the quote of a ledger row).
LEAD_CLASS = "card-lead"
#: Class of a table whose rows become cards on a phone.
CARDS_CLASS = "cards"

# One data: URI candidate, optionally with a width or density descriptor: base64 and
# percent-encoded data carry neither spaces nor commas after the header, so a srcset of
# this form cannot smuggle in a second, fetched candidate.
_DATA_SRCSET = re.compile(r"\s*data:[^\s,]*,[^\s,]*(\s+\d+(\.\d+)?[wx])?\s*")


def safe_srcset(value: str) -> bool:
    """True when ``value`` is a srcset of exactly one ``data:`` URI (nothing to fetch)."""
    return _DATA_SRCSET.fullmatch(value or "") is not None


def data_uri(data: bytes, mime: str) -> str:
    """``data`` as a base64 ``data:`` URI."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def picture_html(src: str, alt: str, narrow_src: str | None = None,
                 media: str = NARROW_MEDIA) -> str:
    """An image with its alt text; with ``narrow_src``, a ``<picture>`` that shows that
    drawing where ``media`` matches and ``src`` elsewhere (and in print)."""
    esc = html.escape
    img = f'<img alt="{esc(alt, quote=True)}" src="{esc(src, quote=True)}"/>'
    if not narrow_src:
        return img
    return (f'<picture><source media="{esc(media, quote=True)}" srcset="{esc(narrow_src, quote=True)}"/>'
            f"{img}</picture>")


def chart_figure_html(wide: bytes, alt: str, *, narrow: bytes | None = None, mime: str = "image/svg+xml",
                      title: str = "", subtitle: str = "", source: str = "",
                      more: list[tuple[bytes, str]] | tuple = ()) -> str:
    """The ``<figure>`` of a chart: its drawing(s) with alt text, and its title, subtitle
    and Source line as a caption kept for screen readers and search (the drawing shows
    them, so they are not shown twice).

    ``wide`` is the print/desktop drawing, ``narrow`` (same ``mime``) the drawing for a
    narrow screen, laid out for it (see the template's NARROW_MEDIA).  ``more`` are the
    print drawing's continuation sheets, (drawing, alt) each, shown after it; a narrow
    drawing is the whole chart, so below NARROW_MEDIA they are hidden (``phone.css``)."""
    esc = html.escape
    image = picture_html(data_uri(wide, mime), alt, data_uri(narrow, mime) if narrow else None)
    for drawing, sheet_alt in more:
        image += (f'<img class="{SHEET_CLASS}" alt="{esc(sheet_alt, quote=True)}" '
                  f'src="{esc(data_uri(drawing, mime), quote=True)}"/>')
    caption = ""
    if title or subtitle or source:
        caption = (f'<figcaption class="sr-only"><span class="chart-title">{esc(title)}</span> '
                   f'<span class="chart-subtitle">{esc(subtitle)}</span> '
                   f'<span class="chart-source">Source: {esc(source)}</span></figcaption>')
    classes = "chart" + (f" {SHEETS_CLASS}" if more else "") + (f" {WITH_NARROW_CLASS}" if narrow and more else "")
    return f'<figure class="{classes}">{image}{caption}</figure>'


# ---- tables -----------------------------------------------------------------------------


def header_labels(table) -> list[str] | None:
    """The column names of a BeautifulSoup ``<table>``, one per column (a header cell
    spanning n columns names all n), from its last header row; None without a header."""
    head = table.find("thead")
    rows = head.find_all("tr") if head is not None else []
    if not rows:
        return None
    labels = []
    for cell in rows[-1].find_all(["th", "td"], recursive=False):
        text = " ".join(cell.get_text(" ", strip=True).split())
        labels.extend([text] * _span(cell))
    return labels if any(labels) else None


def label_table(table, lead_column: int | None = None) -> bool:
    """Prepare a BeautifulSoup ``<table>`` to be read as cards: every body cell gets its
    column's name as ``data-label``, the cells of ``lead_column`` (default: the column
    classed ``prose``, else the first) the class ``card-lead``, and the table the class
    ``cards``.  Tables without a header row (key-value tables) are left alone.  Returns
    whether the table was labelled.  Idempotent."""
    labels = header_labels(table)
    if labels is None:
        return False
    body_rows = [row for row in table.find_all("tr")
                 if row.find_parent("table") is table and row.find_parent("thead") is None]
    if lead_column is None:
        lead_column = _prose_column(body_rows)
    for row in body_rows:
        column = 0
        for cell in row.find_all(["td", "th"], recursive=False):
            label = labels[column] if column < len(labels) else ""
            if label and not cell.get("data-label"):
                cell["data-label"] = label
            if column == lead_column:
                _add_class(cell, LEAD_CLASS)
            column += _span(cell)
    _add_class(table, CARDS_CLASS)
    return True


def _prose_column(rows) -> int:
    for row in rows:
        column = 0
        for cell in row.find_all(["td", "th"], recursive=False):
            if "prose" in (cell.get("class") or []):
                return column
            column += _span(cell)
    return 0


def _span(cell) -> int:
    try:
        return max(1, int(cell.get("colspan", 1)))
    except (TypeError, ValueError):
        return 1


def _add_class(element, name: str) -> None:
    classes = element.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    if name not in classes:
        element["class"] = [*classes, name]
