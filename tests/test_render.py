"""Tests for claimbrief.render and claimbrief.pdf: merged notebooks → self-contained HTML → paginated PDF."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from pypdf import PdfReader

from claimbrief import pdf, render

TITLE = "Test briefing: a claim about 3 things"
SUBTITLE = "Test Outlet · 1 December 2024 · source grade B6"
DATE = "1 December 2024"
EPOCH = 1733011200  # 2024-12-01T00:00:00Z

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80">'
    '<rect width="120" height="30" fill="#D55E00"/></svg>'
)
FIGURE = (
    '<figure class="chart"><figcaption class="chart-title">Most claims come from one person'
    '</figcaption><p class="chart-subtitle">Claims, count</p>'
    f'<img alt="Bar chart of claims" src="data:image/svg+xml;base64,{base64.b64encode(SVG.encode()).decode()}"/>'
    '<p class="chart-source">Source: test</p></figure>'
)
HOSTILE = "&lt;script&gt;alert(1)&lt;/script&gt;"
TABLE = (
    '<table class="ledger"><thead><tr><th>Quote</th><th>Claimant</th></tr></thead>'
    f"<tbody><tr><td>{HOSTILE} said nobody</td><td>Someone</td></tr></tbody></table>"
    f'<p class="quote">{HOSTILE}</p>'
)
CODE = "secret_variable_name = compute_things()"
STREAM = "progress noise on stdout"


def _section(heading: str, *cells) -> nbformat.NotebookNode:
    return new_notebook(cells=[new_markdown_cell(f"## {heading}\n\nIntro to {heading}."), *cells])


@pytest.fixture()
def notebooks() -> list[nbformat.NotebookNode]:
    first = _section(
        "Bottom line up front",
        new_code_cell(CODE, outputs=[
            new_output("stream", name="stdout", text=STREAM + "\n"),
            new_output("display_data", data={"text/html": TABLE + FIGURE, "text/plain": "repr"}),
        ]),
        new_code_cell("1 / 0", outputs=[new_output(
            "error", ename="ZeroDivisionError", evalue="division by zero",
            traceback=["ZeroDivisionError: division by zero"])]),
    )
    first.cells.insert(0, new_code_cell("article = 'seed.txt'", metadata={"tags": ["parameters"]}))
    first.cells.insert(1, new_code_cell("article = 'other.txt'",
                                        metadata={"tags": ["injected-parameters"]}))
    second = _section(
        "Claims ledger",
        new_markdown_cell("Drafting note that must not appear", metadata={"tags": ["remove"]}),
        new_markdown_cell("### A detail"),
    )
    third = _section("Claims ledger")  # same heading text: ids must still be unique
    return [first, second, third]


class _Collector(HTMLParser):
    """Start tags with their attributes, and the text, of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# ---- merge ----------------------------------------------------------------------------


def test_merge_keeps_order_and_drops_tagged_cells(notebooks):
    before = nbformat.writes(notebooks[0])
    merged = render.merge_notebooks(notebooks)
    sources = [cell.source for cell in merged.cells]
    assert "article = 'seed.txt'" not in sources
    assert "article = 'other.txt'" not in sources
    assert "Drafting note that must not appear" not in sources
    headings = [s for s in sources if s.startswith("## ")]
    assert [h.splitlines()[0] for h in headings] == [
        "## Bottom line up front", "## Claims ledger", "## Claims ledger"]
    assert len({cell.id for cell in merged.cells}) == len(merged.cells)
    nbformat.validate(merged)
    assert nbformat.writes(notebooks[0]) == before  # inputs untouched


# ---- HTML -----------------------------------------------------------------------------


@pytest.fixture()
def html(notebooks) -> str:
    return render.render_html(render.merge_notebooks(notebooks), title=TITLE, subtitle=SUBTITLE)


def test_html_fetches_nothing_and_runs_nothing(html):
    tags = _parse(html).tags
    assert not [t for t, _ in tags if t == "script"]
    assert "<script" not in html.lower()
    for tag, attrs in tags:
        if tag in {"link", "script", "img", "iframe"}:
            for name in ("src", "href"):
                assert not attrs.get(name, "").lower().startswith(("http://", "https://", "//"))
    imgs = [attrs for tag, attrs in tags if tag == "img"]
    assert imgs and all(attrs["src"].startswith("data:") for attrs in imgs)
    csp = [attrs["content"] for tag, attrs in tags
           if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1
    assert "default-src 'none'" in csp[0] and "script-src 'none'" in csp[0]
    assert "img-src data:" in csp[0]


def test_html_shows_no_code_streams_errors_or_removed_cells(html):
    text = " ".join(_parse(html).text)
    assert CODE not in html and "compute_things" not in html
    assert STREAM not in html
    assert "ZeroDivisionError" not in html
    assert "Drafting note" not in html
    assert "seed.txt" not in html and "other.txt" not in html
    assert "In [" not in text and "Out[" not in text


def test_html_keeps_escaped_text_escaped(html):
    assert HOSTILE in html
    assert "<script>alert" not in html
    assert "<script>alert(1)</script> said nobody" in "".join(_parse(html).text)


def test_html_toc_links_every_h2(html):
    tags = _parse(html).tags
    h2_ids = [attrs.get("id") for tag, attrs in tags if tag == "h2"]
    assert h2_ids == ["bottom-line-up-front", "claims-ledger", "claims-ledger-2"]
    toc = re.search(r'<nav[^>]*class="toc".*?</nav>', html, re.S).group(0)
    assert [f"#{i}" for i in h2_ids] == re.findall(r'href="([^"]+)"', toc)
    h3 = [attrs for tag, attrs in tags if tag == "h3"]
    assert h3 and h3[0]["id"] == "a-detail"


def test_html_title_block_lang_and_table_wrapper(html):
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in html
    assert f"<title>{TITLE}</title>" in html
    assert SUBTITLE in html
    assert html.index('class="title-block"') < html.index('class="toc"') < html.index("<main")
    assert re.search(r'<div [^>]*class="table-wrap"[^>]*><table class="ledger cards">', html)
    assert "<style" in html and ".source-box" in html  # the stylesheet is inline


def test_html_is_byte_stable_and_path_free(notebooks, html):
    again = render.render_html(render.merge_notebooks(notebooks), title=TITLE, subtitle=SUBTITLE)
    assert again == html
    assert "/work/" not in html and "/tmp/" not in html and "site-packages" not in html
    assert render.finish_html(html) == html  # post-processing is idempotent


def test_html_escapes_title_and_subtitle():
    nb = new_notebook(cells=[new_markdown_cell("## Only")])
    out = render.render_html(nb, title="A <b>bold</b> & title", subtitle='"quoted"', lang="fr")
    assert "A &lt;b&gt;bold&lt;/b&gt; &amp; title" in out
    assert "<b>bold</b>" not in out
    assert '<html lang="fr">' in out


def test_active_and_remote_content_is_stripped():
    nasty = ('<p onclick="steal()">x</p><script>alert(1)</script>'
             '<img alt="remote" src="https://example.org/pixel.png">'
             '<iframe src="https://example.org"></iframe><link rel="stylesheet" href="http://x/y.css">')
    nb = new_notebook(cells=[new_markdown_cell("## S"), new_code_cell(
        "", outputs=[new_output("display_data", data={"text/html": nasty})])])
    out = render.render_html(nb, title="T", subtitle="")
    tags = _parse(out).tags
    assert not [t for t, _ in tags if t in {"script", "iframe", "link"}]
    assert "onclick" not in out and "example.org" not in out
    assert [attrs for tag, attrs in tags if tag == "img"] == [{"alt": "remote"}]


def test_no_toc_without_h2():
    out = render.render_html(new_notebook(cells=[new_markdown_cell("Just text.")]),
                             title="T", subtitle="S")
    assert 'class="toc"' not in out


def test_long_words_in_cells_get_break_points():
    url = "https://example.org/a/very/long/path/to/a/document.html"
    nb = new_notebook(cells=[new_code_cell("", outputs=[new_output(
        "display_data", data={"text/html": f"<table><tr><td>see {url} now</td></tr></table>"})])])
    out = render.render_html(nb, title="T", subtitle="")
    assert "<wbr/>" in out
    assert f"see {url} now" in "".join(_parse(out).text)


@pytest.mark.parametrize("text, slug", [
    ("Bottom line up front", "bottom-line-up-front"),
    ("2. Claims ledger", "2-claims-ledger"),
    ("  Places: where?  ", "places-where"),
    ("Évaluation des lacunes", "évaluation-des-lacunes"),
    ("***", "section"),
])
def test_slugify(text, slug):
    assert render.slugify(text) == slug


# ---- PDF ------------------------------------------------------------------------------


@pytest.fixture()
def pdf_bytes(html, tmp_path) -> bytes:
    path = pdf.render_pdf(html, tmp_path / "briefing.pdf", title=TITLE, date_label=DATE,
                             epoch=EPOCH)
    assert path == tmp_path / "briefing.pdf"
    return path.read_bytes()


def test_pdf_pages_title_and_footer(pdf_bytes):
    pages = _pdf_text(pdf_bytes)
    assert len(pages) >= 1
    assert "Test briefing" in pages[0]
    assert f"page 1 of {len(pages)}" in pages[0]
    assert CODE not in "".join(pages) and STREAM not in "".join(pages)


def test_pdf_is_byte_stable_with_fixed_dates(html, pdf_bytes, tmp_path):
    again = pdf.render_pdf(html, tmp_path / "again" / "briefing.pdf", title=TITLE,
                              date_label=DATE, epoch=EPOCH).read_bytes()
    assert again == pdf_bytes
    reader = PdfReader(io.BytesIO(pdf_bytes))
    assert reader.metadata["/CreationDate"] == "D:20241201000000Z"
    assert reader.metadata["/ModDate"] == "D:20241201000000Z"
    assert reader.metadata["/Title"] == TITLE
    assert "/ID" in reader.trailer
    # Only the finished file is left behind: no temporary file beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again", "briefing.pdf"]


def test_pdf_dates_from_source_date_epoch(html, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    path = pdf.render_pdf(html, tmp_path / "b.pdf", title=TITLE, date_label=DATE)
    assert PdfReader(path).metadata["/CreationDate"] == "D:20241202000000Z"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    path = pdf.render_pdf(html, tmp_path / "c.pdf", title=TITLE, date_label=DATE)
    assert "/CreationDate" not in PdfReader(path).metadata


def test_pdf_bad_source_date_epoch_is_one_sentence(html, tmp_path, monkeypatch):
    from claimbrief.errors import ClaimbriefError

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ClaimbriefError, match="SOURCE_DATE_EPOCH"):
        pdf.render_pdf(html, tmp_path / "b.pdf", title=TITLE, date_label=DATE)
    assert not list(tmp_path.iterdir())


def test_pdf_replaces_previous_file(html, tmp_path):
    path = tmp_path / "briefing.pdf"
    path.write_bytes(b"old")
    pdf.render_pdf(html, path, title=TITLE, date_label=DATE, epoch=EPOCH)
    assert path.read_bytes().startswith(b"%PDF-")


def test_pdf_long_table_repeats_header_on_next_page(tmp_path):
    rows = "".join(
        f"<tr><td>{i}</td><td>Row {i} says something worth a line of text.</td></tr>"
        for i in range(1, 121))
    table = ('<table class="ledger"><thead><tr><th>Number</th><th>Statement header</th></tr>'
             f"</thead><tbody>{rows}</tbody></table>")
    nb = new_notebook(cells=[new_markdown_cell("## Long table"), new_code_cell(
        "", outputs=[new_output("display_data", data={"text/html": table})])])
    html = render.render_html(nb, title="Long", subtitle="")
    pages = _pdf_text(pdf.render_pdf(html, tmp_path / "long.pdf", title="Long",
                                        date_label=DATE, epoch=EPOCH).read_bytes())
    assert len(pages) >= 2
    assert "Statement header" in pages[0] and "Statement header" in pages[1]
    assert "Long" in pages[1] and DATE in pages[1]  # running header from page 2 on
    assert f"page 2 of {len(pages)}" in pages[1]
    # Rows are not split: each row's text sits whole on one page.
    for i in (1, 60, 120):
        assert sum(f"Row {i} says something" in page for page in pages) == 1


def test_pdf_keeps_a_tall_chart_with_the_intro_before_it(tmp_path):
    """A chart as tall as a page is drawn smaller rather than pushed to the next page,
    which would leave its section's heading and intro alone on a page."""
    tall = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">'
            '<rect width="600" height="800" fill="#0072B2"/>'
            '<text x="20" y="400" font-size="40" fill="#000">Panel label</text></svg>')
    figure = (f'<figure class="chart"><img alt="A tall chart" src="data:image/svg+xml;base64,'
              f'{base64.b64encode(tall.encode()).decode()}"/></figure>')
    intro = " ".join(["The same measure from every article, with the latest and the lowest value."] * 4)
    nb = new_notebook(cells=[new_markdown_cell("## First section\n\nA short opening."),
                             new_markdown_cell(f"## Figures section\n\n{intro}"),
                             new_code_cell("", outputs=[new_output("display_data", data={"text/html": figure})])])
    html = render.render_html(nb, title="Tall", subtitle="")
    pages = _pdf_text(pdf.render_pdf(html, tmp_path / "tall.pdf", title="Tall",
                                        date_label=DATE, epoch=EPOCH).read_bytes())
    heading_page = max(i for i, page in enumerate(pages) if "Figures section" in page)  # not the contents
    assert "Panel label" in pages[heading_page], pages


def test_page_css_escapes_header_strings():
    css = pdf.page_css('Title "with" quotes \\ and\nnewline', 'Dec\n"1"')
    assert '"Title \\22 with\\22  quotes \\5c  and newline"' in css  # whitespace collapsed
    assert '"Dec\\a \\22 1\\22 "' in css
    assert css.count("\n") == 2  # one line per @page rule


def test_header_title_is_cut_at_a_word():
    long_title = " ".join(["word"] * 40)
    css = pdf.page_css(long_title, DATE)
    header = re.search(r'@top-left \{ content: "([^"]*)"', css).group(1)
    assert header.endswith("…") and len(header) <= 91 and "wor…" not in header


def test_column_of_running_text_is_marked_prose():
    quote = "A sentence long enough to be running text rather than a label or a code. " * 2
    rows = "".join(f"<tr><td>{i}</td><td>{quote}</td><td>stated</td></tr>" for i in range(3))
    table = f"<table><thead><tr><th>#</th><th>Quote</th><th>Certainty</th></tr></thead><tbody>{rows}</tbody></table>"
    nb = new_notebook(cells=[new_code_cell("", outputs=[new_output(
        "display_data", data={"text/html": table})])])
    tags = _parse(render.render_html(nb, title="T", subtitle="")).tags
    prose = [tag for tag, attrs in tags if "prose" in attrs.get("class", "").split()]
    assert prose == ["th", "td", "td", "td"]


# Names an article may quote in their own script, one per script family the fonts cover.
SCRIPTS = {"Hangul": "김정은", "Han": "金正恩", "Kana": "ひらがな", "Thai": "สวัสดี", "Devanagari": "नमस्ते",
           "Bengali": "বাংলা", "Tamil": "தமிழ்", "Arabic": "مرحبا", "Hebrew": "שלום", "Cyrillic": "Зеленский",
           "Greek": "Αθήνα", "Georgian": "თბილისი", "Armenian": "Երևան", "Ethiopic": "አማርኛ"}


def test_pdf_sets_every_script_in_a_font_that_has_it(tmp_path):
    """A script no installed font covers comes out as empty boxes whose text cannot be
    copied; with the fonts `make` installs (DejaVu, Noto, Noto CJK), each reads back."""
    page = "<html><body>" + "".join(f"<p>{name}: {text}</p>" for name, text in SCRIPTS.items()) + "</body></html>"
    path = pdf.render_pdf(page, tmp_path / "scripts.pdf", title=TITLE, date_label=DATE, epoch=EPOCH)
    text = "".join(_pdf_text(path.read_bytes()))
    missing = [name for name, sample in SCRIPTS.items() if sample not in text]
    assert not missing, f"not set in a font that has them: {missing}"


# ---- phones, screen readers and archives (issue 12) ---------------------------------------

from claimbrief import components  # noqa: E402

PNG_1PX = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")).decode()


def test_tables_are_labelled_to_be_read_as_cards(html):
    table = re.search(r'<table class="ledger[^"]*">.*?</table>', html, re.DOTALL).group()
    assert "cards" in re.search(r'<table class="([^"]*)"', table).group(1)
    assert 'data-label="Claimant"' in table and 'data-label="Quote"' in table
    # The quote (the column of running text) leads the card; a key-value table is left alone.
    quote = re.search(r'<td[^>]*data-label="Quote"[^>]*>', table).group()
    assert components.LEAD_CLASS in quote
    keyvalue = render.finish_html('<body><table class="source"><tr><th>Title</th><td>x</td></tr></table></body>')
    assert "data-label" not in keyvalue and "cards" not in keyvalue


def test_lead_column_is_the_prose_column_else_the_first():
    rows = "".join(f"<tr><td>{i}</td><td>{'a long quoted sentence of running text ' * 2}</td><td>x</td></tr>"
                   for i in range(3))
    out = render.finish_html(f"<body><table><thead><tr><th>#</th><th>Quote</th><th>Who</th></tr></thead>"
                             f"<tbody>{rows}</tbody></table></body>")
    assert re.search(r'<td class="prose card-lead" data-label="Quote">', out)
    short = render.finish_html("<body><table><thead><tr><th>A</th><th>B</th></tr></thead>"
                               "<tbody><tr><td>1</td><td>2</td></tr></tbody></table></body>")
    assert '<td class="card-lead" data-label="A">1</td>' in short


def test_scrolling_table_wrapper_is_focusable_and_named():
    out = render.finish_html("<body><table><caption>Claims</caption><thead><tr><th>A</th></tr></thead>"
                             "<tbody><tr><td>1</td></tr></tbody></table></body>")
    assert re.search(r'<div aria-label="Claims" class="table-wrap" role="region" tabindex="0">', out)


def test_picture_keeps_a_data_source_and_drops_a_fetched_one():
    data = f"data:image/png;base64,{PNG_1PX}"
    good = components.picture_html(data, "alt words", narrow_src=data)
    out = render.finish_html(f"<body>{good}</body>")
    assert f'<source media="{components.NARROW_MEDIA}" srcset="{data}"/>' in out
    for bad in ("https://example.org/x.png", f"{data}, https://example.org/x.png 2x"):
        out = render.finish_html(f'<body><picture><source srcset="{bad}"/><img alt="a" src="{data}"/></picture>'
                                 f'<img alt="b" src="{data}" srcset="{bad}"/></body>')
        assert "example.org" not in out


def test_narrow_image_output_joins_the_wide_one_in_a_picture():
    """Two image outputs in one cell, the second marked {"variant": "narrow"}: one <picture>."""
    cell = new_code_cell("chart()")
    cell.outputs = [
        new_output("display_data", data={"image/png": PNG_1PX}, metadata={"alt": "Wide chart of claims"}),
        new_output("display_data", data={"image/png": PNG_1PX}, metadata={"alt": "Narrow chart", "variant": "narrow"}),
    ]
    page = render.render_html(new_notebook(cells=[cell]), title=TITLE, subtitle=SUBTITLE)
    assert page.count("<picture><source") == 1 and page.count("<img ") == 1
    assert re.search(r'<picture><source media="\(max-width: 40rem\)" srcset="data:image/png;base64,[^"]+"/>'
                     r'<img alt="Wide chart of claims"', page)
    assert "data-variant" not in page
    # The phone sheet is loaded with the same query the <picture> switches on.
    assert f'<style media="{components.NARROW_MEDIA}">' in page


def test_chart_figure_html_has_alt_and_both_drawings():
    out = components.chart_figure_html(b"<svg/>", "A chart", narrow=b"<svg></svg>", title="T", source="S")
    assert out.count("data:image/svg+xml;base64,") == 2 and 'alt="A chart"' in out
    assert '<figcaption class="sr-only">' in out


def test_pdf_is_tagged_pdfa3_with_attachments(html, tmp_path):
    files = [("claims.csv", b"a,b\n1,2\n", "claims"), ("article-metadata.json", b"{}\n", "meta")]
    made = pdf.render_pdf(html, tmp_path / "b.pdf", title=TITLE, date_label=DATE, epoch=EPOCH, attachments=files)
    reader = PdfReader(made)
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog
    assert str(catalog["/Lang"]) == "en"
    xmp = catalog["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfuaid:part="1"' in xmp
    assert {k: v[0] for k, v in reader.attachments.items()} == {"claims.csv": b"a,b\n1,2\n",
                                                                "article-metadata.json": b"{}\n"}
    # The same inputs, the same bytes; other attachments, another identity (no stale reuse).
    again = pdf.render_pdf(html, tmp_path / "c.pdf", title=TITLE, date_label=DATE, epoch=EPOCH, attachments=files)
    assert again.read_bytes() == made.read_bytes()
    assert pdf.pdf_identity(html, title=TITLE, date_label=DATE, epoch=EPOCH, attachments=files) != \
        pdf.pdf_identity(html, title=TITLE, date_label=DATE, epoch=EPOCH, attachments=files[:1])


def test_read_attachments_sorts_tables_and_adds_metadata(tmp_path):
    (tmp_path / "places.csv").write_text("x\n")
    (tmp_path / "claims.csv").write_text("y\n")
    got = pdf.read_attachments([tmp_path / "places.csv", tmp_path / "claims.csv"], {"name": "n"})
    assert [name for name, _, _ in got] == ["claims.csv", "places.csv", pdf.METADATA_ATTACHMENT]
    assert got[-1][1] == b'{\n  "name": "n"\n}\n'
