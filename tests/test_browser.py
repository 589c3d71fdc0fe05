"""The built briefing as its readers get it: the HTML in a headless Chromium at a phone's
width (390 × 844) and a desktop's (1280 × 800), and the PDF read back.

Three articles far apart (the seed, an earthquake, a snap election) are built once into a
temporary project.  The browser is Debian's ``chromium`` driven by Playwright for Python
through ``executable_path`` (Playwright's own browser download is never used); ``make test``
installs it and axe-core (``make browser``).  Without them the browser tests are skipped
with the reason; the PDF tests need neither.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import FIXTURES, ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FAR_FROM_SEED = ("quake_central_sulawesi", "rx_election_vanuatu_snap")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
#: No chart text smaller than this, in CSS px, on a phone.
MIN_CHART_TEXT_PX = 11.0
TABLES = ("sentences", "claims", "figures", "dates", "places", "actors")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project with the real notebooks, the seed and two far-off fixtures, built once."""
    root = tmp_path_factory.mktemp("readers")
    (root / "seeds").mkdir()
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
    names = []
    for text in (SEED, *(FIXTURES / f"{name}.txt" for name in FAR_FROM_SEED)):
        shutil.copyfile(text, root / "seeds" / text.name)
        shutil.copyfile(text.with_suffix(".yaml"), root / "seeds" / f"{text.stem}.yaml")
        names.append(text.stem)
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root)}
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stderr[-3000:]
    return root, names, env


ARTICLES = [SEED.stem, *FAR_FROM_SEED]


def _report(project, name: str) -> Path:
    return project[0] / "report" / name


# ---- the browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright, or a skip that says what is missing."""
    if not CHROMIUM.is_file():
        pytest.skip(f"Chromium is not installed ({CHROMIUM}); `make browser` (run by `make test`) installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (a dev dependency: `uv sync`)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield chromium
        finally:
            chromium.close()


class _Visit:
    """One page load: what the page logged and asked for while it loaded."""

    def __init__(self, browser, path: Path, viewport: dict, *, bypass_csp: bool = False):
        self.context = browser.new_context(viewport=viewport, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.errors, self.requests = [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.as_uri()
        self.page.goto(self.url, wait_until="load")

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def visits(project, browser):
    """Every article at both widths, loaded once."""
    loaded = {}
    for name in ARTICLES:
        for label, viewport in VIEWPORTS.items():
            loaded[name, label] = _Visit(browser, _report(project, name) / "briefing.html", viewport)
    yield loaded
    for visit in loaded.values():
        visit.close()


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_page_logs_no_error_and_asks_for_nothing(visits, name, width):
    visit = visits[name, width]
    assert visit.errors == []
    # The document itself; images are data: URIs (no request leaves the page for them).
    leaving = [url for url in visit.requests if url != visit.url and not url.startswith("data:")]
    assert leaving == []


@pytest.mark.parametrize("name", ARTICLES)
def test_phone_page_is_no_wider_than_the_screen(visits, name):
    page = visits[name, "phone"].page
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    # Nothing sticks out either (an element can overflow a parent that clips it).
    wide = page.evaluate("""(limit) => [...document.querySelectorAll('main *, header *')]
        // Text kept for screen readers only sits in a 1 px box that clips it: not overflow.
        .filter(e => !e.closest('.sr-only, table.cards > thead') && getComputedStyle(e).display !== 'none')
        .map(e => [e.tagName, e.className, e.getBoundingClientRect()])
        .filter(([t, c, r]) => r.width > 0 && r.height > 1 && (r.right > limit + 0.5 || r.left < -0.5))
        .map(([t, c, r]) => `${t}.${c} ${Math.round(r.left)}..${Math.round(r.right)}`)
        .slice(0, 10)""", PHONE["width"])
    assert wide == []


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_every_ledger_row_shows_claimant_and_certainty(visits, name, width):
    page = visits[name, width].page
    limit = VIEWPORTS[width]["width"]
    rows = page.evaluate("""() => {
        const ledger = [...document.querySelectorAll('table')].find(t =>
            t.querySelector('td[data-label="Claimant"]') && t.querySelector('td[data-label="Certainty"]'));
        if (!ledger) return null;
        const visible = (cell) => {
            const r = cell.getBoundingClientRect();
            let box = {left: 0, right: window.innerWidth};
            for (let e = cell.parentElement; e; e = e.parentElement) {
                if (getComputedStyle(e).overflowX !== 'visible') {   // a scroller clips what is off its edge
                    const c = e.getBoundingClientRect();
                    box = {left: Math.max(box.left, c.left), right: Math.min(box.right, c.right)};
                }
            }
            return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
        };
        return [...ledger.tBodies[0].rows].map(tr => [
            tr.querySelector('[data-label="Claimant"]').textContent,
            visible(tr.querySelector('[data-label="Claimant"]')),
            visible(tr.querySelector('[data-label="Certainty"]'))]);
    }""")
    assert rows, "the claims ledger has no rows"
    hidden = [claimant for claimant, shown, sure in rows if not (shown and sure)]
    assert hidden == [], f"claimant or certainty off the {limit} px screen"


@pytest.mark.parametrize("name", ARTICLES)
def test_chart_text_is_at_least_11_px_on_a_phone(visits, name):
    page = visits[name, "phone"].page
    images = page.evaluate("""() => [...document.querySelectorAll('figure img, .output-image img')]
        .filter(i => i.getBoundingClientRect().width > 0)
        .map(i => ({src: i.currentSrc || i.src, width: i.getBoundingClientRect().width,
                    natural: i.naturalWidth, alt: i.alt}))""")
    assert images, "no chart on the page"
    small = []
    for image in images:
        assert image["alt"], "a chart without alt text"
        px = smallest_text_px(image["src"], image["width"], image["natural"])
        if px < MIN_CHART_TEXT_PX:
            small.append(f"{image['alt'][:60]}…: {px:.1f} px")
    assert small == []


@pytest.mark.parametrize("name", ARTICLES)
def test_page_passes_axe_core(project, browser, name):
    """axe-core's rules (WCAG 2 A/AA, contrast included): no serious or critical violation.
    Only this check's page lets the checker's script in (the CSP bypassed)."""
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed ({AXE}); `make browser` (run by `make test`) installs it")
    for viewport in VIEWPORTS.values():
        visit = _Visit(browser, _report(project, name) / "briefing.html", viewport, bypass_csp=True)
        try:
            visit.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
            result = visit.page.evaluate("""() => axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations']})""")
        finally:
            visit.close()
        bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], f"at {viewport['width']} px"


# ---- chart text size -------------------------------------------------------------------

_FONT_SIZE = re.compile(r"font(?:-size)?\s*:\s*(?:[a-z-]+\s+)*?([\d.]+)(px|pt)?", re.IGNORECASE)


def smallest_text_px(src: str, shown_width: float, natural_width: float) -> float:
    """The smallest text of an image, in CSS px as shown ``shown_width`` px wide.

    SVG (the charts): every ``<text>``'s font size in user units × shown width / viewBox
    width (pt sizes × 4/3).  PNG: the text size the drawing records in its ``claimbrief:min-text``
    tEXt chunk (font pt × dpi / 72, in image pixels) × shown width / natural width; a PNG
    that records none cannot be checked and counts as 0."""
    header, _, payload = src.partition(",")
    data = base64.b64decode(payload) if header.endswith(";base64") else urllib.parse.unquote_to_bytes(payload)
    if "image/svg+xml" in header:
        root = ElementTree.fromstring(data)
        view = (root.get("viewBox") or "").split()
        width = float(view[2]) if len(view) == 4 else _svg_length(root.get("width"))
        sizes = []
        for element in root.iter():
            if not element.tag.endswith("}text") and element.tag != "text":
                continue
            style = " ".join(filter(None, [element.get("style"), f"font-size:{element.get('font-size')}"
                                           if element.get("font-size") else None]))
            for number, unit in _FONT_SIZE.findall(style):
                sizes.append(float(number) * (4 / 3 if unit == "pt" else 1))
        if not sizes:
            return float("inf")
        return min(sizes) * shown_width / width
    if "image/png" in header:
        recorded = _png_text(data).get("claimbrief:min-text")
        if recorded is None or not natural_width:
            return 0.0
        return float(recorded) * shown_width / natural_width
    return 0.0


def _svg_length(value: str | None) -> float:
    number = float(re.match(r"[\d.]+", value or "0").group())
    return number * (4 / 3 if (value or "").endswith("pt") else 1)


def _png_text(data: bytes) -> dict[str, str]:
    import struct

    chunks, pos = {}, 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"tEXt":
            key, _, value = data[pos + 8:pos + 8 + length].partition(b"\0")
            chunks[key.decode("latin-1")] = value.decode("latin-1")
        pos += 12 + length
    return chunks


def test_smallest_text_px_scales_svg_text_by_the_shown_width():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="252pt" height="100pt" viewBox="0 0 252 100">'
           b"<text style=\"font: 8px 'DejaVu Sans'\">a</text><text style=\"font: 12px 'DejaVu Sans'\">b</text></svg>")
    src = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    assert smallest_text_px(src, 504, 336) == pytest.approx(16.0)   # drawn 252 wide, shown 504: twice
    assert smallest_text_px(src, 126, 336) == pytest.approx(4.0)


# ---- the PDF ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_pdf_is_tagged_archival_and_carries_its_tables(project, name):
    from pypdf import PdfReader

    report = _report(project, name)
    reader = PdfReader(report / "briefing.pdf")
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert str(catalog["/Lang"]) == "en"
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfaid:part="3"', xmp) and re.search(r'pdfaid:conformance="A"', xmp)
    assert 'pdfuaid:part="1"' in xmp
    attached = {file: data[0] for file, data in reader.attachments.items()}
    tables = {csv.name: csv.read_bytes() for csv in (report / "data").glob("*.csv")}
    assert {f"{t}.csv" for t in TABLES} <= set(tables)
    assert {k: v for k, v in attached.items() if k.endswith(".csv")} == tables
    metadata = json.loads(attached["article-metadata.json"])
    assert metadata["name"] == name and len(metadata["text_sha256"]) == 64
    # Every chart's alt text is in the structure tree.
    alts = _figure_alts(catalog["/StructTreeRoot"])
    html = (report / "briefing.html").read_text(encoding="utf-8")
    charts = re.findall(r'<figure class="chart">.*?<img alt="([^"]*)"', html, re.DOTALL)
    assert charts and len(alts) >= len(charts) and all(alt.strip() for alt in alts)


def _figure_alts(node) -> list[str]:
    node = node.get_object()
    found = []
    if hasattr(node, "get"):
        if node.get("/S") == "/Figure":
            found.append(str(node.get("/Alt", "")))
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, list) else [kids] if kids is not None else []):
            if hasattr(kid, "get_object") and hasattr(kid.get_object(), "get"):
                found += _figure_alts(kid)
    return found


def test_rebuilt_pdf_is_byte_identical(project):
    root, _, env = project
    name = SEED.stem
    before = (_report(project, name) / "briefing.pdf").read_bytes()
    html = (_report(project, name) / "briefing.html").read_bytes()
    # Without its key the last PDF cannot be reused: the rebuild lays the pages out again.
    (_report(project, name) / ".claimbrief-pdf-key").unlink()
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build", "--force",
                             str(root / "seeds" / f"{name}.txt")], cwd=root, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (_report(project, name) / "briefing.html").read_bytes() == html, "the HTML changed"
    assert (_report(project, name) / "briefing.pdf").read_bytes() == before
