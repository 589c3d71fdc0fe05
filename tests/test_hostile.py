"""A hostile article, built once: nothing it contains may become an element or an
attribute of the briefing, and every character of it must reach the reader as text
(issue 4, item 2).

The article and its metadata are full of markup, template syntax, ``javascript:``
links, markdown, LaTeX, bidi and zero-width characters and a 10,000-character line.
The built HTML is parsed with the standard library (``harness.Page``) and checked
element by element; the PDF's text is read with pypdf.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from harness import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, Page

NAME = "hostile"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[link](javascript:alert(1))"
A_LINK = '<a href="javascript:alert(2)">x</a>'
COMMENT = "<!-- comment -->"
JINJA_EXPR = "{{ 7*7 }}"
JINJA_STMT = "{% raw %}"
BOLD = "**bold**"
HEADING = "# heading"
LATEX = "$\\frac{1}{2}$"
RLO = "\u202e"
ZWSP = "\u200b"
SEPARATORS = "line\u2028and paragraph\u2029separators"  # U+2029 once crashed WeasyPrint's line splitter
# A 10,000-character line: words, then one unbroken run that no line break can split.
LONG_LINE = ("Officials repeated the statement " * 250)[:8000] + "x" * 2000
assert len(LONG_LINE) == 10_000

HOSTILE = [SCRIPT, IMG, MD_LINK, A_LINK, COMMENT, JINJA_EXPR, JINJA_STMT, BOLD, HEADING, LATEX,
           RLO, ZWSP, SEPARATORS, LONG_LINE]

TITLE = '<script>alert("title")</script> {{ 7*7 }} <b onmouseover=alert(3)>Kyiv</b> "quoted" \u202eevil'

ARTICLE = "\n\n".join([
    # headline
    f"Ministry says 12 people hurt in Kyiv {SCRIPT}",
    f"{SCRIPT} The ministry said on Monday that 12 people were injured in Kyiv.",
    f"Witnesses described {IMG} a second blast near Odesa, according to local reports.",
    f"Read more at {MD_LINK} or {A_LINK} before the ministry deletes it.",
    f"An editor left {COMMENT} in the text, and the mayor said 40 homes were damaged.",
    f"Template {JINJA_EXPR} here and {JINJA_STMT} there, the spokesman told reporters.",
    f"Markdown {BOLD} stays literal, police said.",
    HEADING,
    f"A share of {LATEX} of the budget was spent, the minister said.",
    f"Direction trick {RLO}evil text{chr(0x202c)} and zero{ZWSP}width joiners appear here.",
    f"Unicode {SEPARATORS} inside a sentence, the agency said.",
    LONG_LINE,
])

META = "\n".join([
    f"title: {json.dumps(TITLE)}",  # a JSON string is a YAML double-quoted scalar
    "outlet: '<i onclick=alert(4)>Evil Outlet</i>'",
    "url: 'javascript:alert(5)'",
    "author: '<a href=\"http://evil.example/\">Mallory</a>'",
    "published: 2024-05-10",
    "language: 'en\" onload=\"alert(6)'",
    "notes: '{{ config }} {% include \"/etc/passwd\" %}'",
]) + "\n"

ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "applet", "link", "base", "form",
               "input", "button", "svg", "math", "audio", "video", "source", "track"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / "seeds").mkdir()
    (root / "tmp").mkdir()
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copyfile(ROOT / "uv.lock", root / "uv.lock")
    (root / "seeds" / f"{NAME}.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "seeds" / f"{NAME}.yaml").write_text(META, encoding="utf-8")
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root), "TMPDIR": str(root / "tmp")}
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build", f"seeds/{NAME}.txt"],
                            cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = root / "report" / NAME
    page = (report / "briefing.html").read_text(encoding="utf-8")
    return root, report, page, Page.parse(page)


def test_the_metadata_parses_to_the_hostile_title():
    from claimbrief.article import parse_metadata

    meta = parse_metadata(META, "hostile.yaml")
    assert meta.title == TITLE and meta.url == "javascript:alert(5)"


def test_no_active_element_and_only_the_package_s_own_elements(built):
    _, _, _, parsed = built
    tags = {tag for tag, _ in parsed.elements}
    # <source> only as a chart's phone drawing: one data: image inside a <picture>, nothing fetched
    sources = [dict(attrs) for tag, attrs in parsed.elements if tag == "source"]
    assert all(set(a) <= {"media", "srcset"} and a["srcset"].startswith("data:image/") for a in sources), sources
    assert not (tags - {"source"}) & ACTIVE_TAGS, tags & ACTIVE_TAGS
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    # one h1 (the briefing's title); the article's "# heading" is not a heading
    assert [tag for tag, _ in parsed.elements].count("h1") == 1
    # the charts are the only images
    assert [tag for tag, _ in parsed.elements].count("img") == 4


def test_no_attribute_comes_from_the_article(built):
    _, _, _, parsed = built
    for tag, attrs in parsed.elements:
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES, f"<{tag} {name}=...>"
            assert not name.startswith("on"), f"<{tag} {name}=...>"
            value = value or ""
            assert "javascript:" not in value.lower().replace(" ", ""), f"<{tag} {name}={value[:80]!r}>"
            if name in ("src", "href"):
                assert value.startswith(("data:", "#")), f"<{tag} {name}={value[:80]!r}>"


def test_no_comment_and_no_markup_rendered_from_the_article(built):
    _, _, page, parsed = built
    assert parsed.comments == []
    lowered = page.lower()
    assert "<script" not in lowered
    # every "onerror" in the file is inside the escaped text "&lt;img src=x onerror=..."
    for match in re.finditer("onerror", lowered):
        assert lowered[:match.start()].endswith("&lt;img src=x "), lowered[match.start() - 80:match.end()]
    for tag, attrs in parsed.elements:
        assert dict(attrs).get("src") != "x"
    # no <strong>bold</strong> made from **bold**, no element named from the article
    strong = re.findall(r"<(strong|b|em|i)>\s*bold\s*</\1>", page)
    assert strong == []


def test_every_hostile_string_reaches_the_reader_as_text(built):
    _, _, _, parsed = built
    text = "".join(parsed.reader_text)
    for piece in HOSTILE:
        assert piece in text, f"{piece[:60]!r} is not in the briefing's text"
    # the title and the metadata, escaped and shown
    for piece in (TITLE, "<i onclick=alert(4)>Evil Outlet</i>", "javascript:alert(5)",
                  '<a href="http://evil.example/">Mallory</a>'):
        assert piece in text, f"{piece[:60]!r} is not in the briefing's text"


def test_templates_are_not_evaluated(built):
    _, _, _, parsed = built
    text = "".join(parsed.reader_text)
    assert f"Template {JINJA_EXPR} here and {JINJA_STMT} there" in text
    assert "Template 49 here" not in text
    assert "{{ config }}" not in text or "Config" not in text  # notes are not shown; never evaluated


def test_the_title_element_is_escaped_text(built):
    _, _, page, _ = built
    match = re.search(r"<title>(.*?)</title>", page, re.S)
    assert match and html.unescape(match.group(1)) == TITLE


def test_the_page_carries_the_content_security_policy(built):
    _, _, _, parsed = built
    policies = [dict(a).get("content", "") for t, a in parsed.elements
                if t == "meta" and (dict(a).get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(policies) == 1
    policy = policies[0]
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    assert "img-src data:" in policy and "connect-src 'none'" in policy


def test_the_pdf_shows_the_hostile_words_as_text(built):
    from pypdf import PdfReader

    _, report, _, _ = built
    reader = PdfReader(report / "briefing.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", "", text)
    for word in ("<script>alert(1)</script>", "onerror=alert(1)", "javascript:alert(1)",
                 'href="javascript:alert(2)"', "<!--comment-->", "{{7*7}}", "{%raw%}", "**bold**",
                 "#heading", "$\\frac{1}{2}$", "EvilOutlet"):
        assert word in flat, f"{word!r} is not in the PDF text"
    assert "Template49here" not in flat
    # nothing in the PDF is a link or a script
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            assert "/JS" not in action and "javascript" not in str(action.get("/URI", "")).lower()
    assert "/JavaScript" not in reader.trailer["/Root"].get("/Names", {})


def test_nothing_is_left_in_the_temporary_folder(built):
    root, _, _, _ = built
    assert list((root / "tmp").iterdir()) == []
