import datetime as dt

import pytest

from claimbrief.article import MAX_ARTICLE_BYTES, parse_metadata, read_article
from claimbrief.errors import ArticleError, MetadataError

from conftest import SEED, write_article


def test_seed_reads_with_its_metadata():
    article = read_article(SEED)
    assert article.meta.published == dt.date(2024, 12, 1)
    assert article.meta.outlet is None
    assert article.meta.source_grade == "F6"
    assert len(article.sha256) == 64
    assert article.text.startswith(article.meta.title)


def test_bom_and_crlf_are_normalised(tmp_path):
    path = write_article(tmp_path, "a", "\ufeffHeadline\r\n\r\nBody text here.\r\n".encode("utf-8"))
    article = read_article(path)
    assert article.text == "Headline\n\nBody text here.\n"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"   \n\n\t ", "empty"),
    ("caf\u00e9 na\u00efve".encode("latin-1"), "not UTF-8"),
    (b"abc\x00def", "binary"),
])
def test_unusable_text_is_one_clear_error(tmp_path, data, words):
    path = write_article(tmp_path, "bad", data)
    with pytest.raises(ArticleError, match=words):
        read_article(path)


def test_missing_article_and_missing_metadata(tmp_path):
    with pytest.raises(ArticleError, match="does not exist"):
        read_article(tmp_path / "nope.txt")
    path = write_article(tmp_path, "nometa", "Some text.", meta=None)
    with pytest.raises(MetadataError, match="nometa.yaml is missing"):
        read_article(path)


def test_oversized_article_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    (tmp_path / "big.yaml").write_text("title: Big\n")
    with pytest.raises(ArticleError, match="refused"):
        read_article(path)


@pytest.mark.parametrize("meta, words", [
    ("title: [unclosed", "not valid YAML"),
    ("- a list", "mapping"),
    ("title: T\ncolour: red\n", "unknown key 'colour'"),
    ("title: 42\n", "key 'title'"),
    ("title: T\npublished: 2024-02-30\n", "not a real date"),
    ("title: T\npublished: 2999-01-01\n", "in the future"),
    ("title: T\npublished: yesterday\n", "expected a date"),
    ("title: T\nsource_reliability: Z\n", "A to F"),
    ("title: T\ninformation_credibility: 9\n", "1 to 6"),
    ("title: !!python/object/apply:os.system ['true']\n", "not allowed"),
    ("outlet: X\n", "'title' is missing"),
])
def test_bad_metadata_names_file_key_and_expectation(tmp_path, meta, words):
    with pytest.raises(MetadataError, match=words):
        parse_metadata(meta, "x.yaml", today=dt.date(2026, 1, 1))


def test_published_parameter_overrides_metadata():
    article = read_article(SEED, published="2024-12-05")
    assert article.meta.published == dt.date(2024, 12, 5)
    with pytest.raises(MetadataError):
        read_article(SEED, published="2024-13-01")
