"""The charts: matplotlib figures in the house style, each with its finding as title,
its measure as subtitle, a Source line, alt text, and the table behind it.

A chart function takes tables and returns a :class:`Chart`; :func:`save_chart` writes
SVG and PNG (byte-stable: fixed SVG ids, no dates in metadata) and :func:`chart_html`
returns the ``<figure>`` the briefing embeds (the SVG inline as a data URI, with alt).

One module per chart (:mod:`.claims`, :mod:`.figures`, :mod:`.timeline`; the locator map
is :mod:`claimbrief.maps`), all drawn on the page of :mod:`.page`: a fixed page width,
the title and subtitle at the top, the plot, then notes and the Source line, so a saved
PNG or SVG stands alone.  Titles, subtitles and alt text are generated from the tables;
nothing here knows about any one article.
"""

from .claims import claims_chart, claims_table
from .figures import figures_chart, figures_table
from .page import (ACCENT, CERTAINTY_COLOURS, DEFAULT_SOURCE, GREY, INK, MUTED, NARROW_WIDTH, OKABE_ITO, PRINT_WIDTH,
                   UNATTRIBUTED, Chart, chart_html, narrow, png_bytes, responsive, save_chart, source_line,
                   svg_bytes, use_style)
from .timeline import timeline_chart, timeline_table

__all__ = ["ACCENT", "CERTAINTY_COLOURS", "DEFAULT_SOURCE", "GREY", "INK", "MUTED", "NARROW_WIDTH", "OKABE_ITO",
           "PRINT_WIDTH", "UNATTRIBUTED", "narrow", "responsive",
           "Chart", "chart_html", "claims_chart", "claims_table", "figures_chart", "figures_table", "png_bytes",
           "save_chart", "source_line", "svg_bytes", "timeline_chart", "timeline_table", "use_style"]
