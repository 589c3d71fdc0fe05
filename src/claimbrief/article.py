"""The article loader: reads ``<name>.txt`` and its metadata ``<name>.yaml``.

This is the edge where bytes become an :class:`Article`; everything after it is pure.
Text is decoded as UTF-8 (a byte-order mark is dropped), line endings are folded to
``\\n`` and every span in every table indexes into that normalised text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ArticleError, MetadataError

#: Articles above this size are refused before any work starts (documented in README).  A
#: news article is tens of kilobytes; the rule-based extraction grows faster than linearly
#: with length (a 1 MiB text takes about half a minute), so larger inputs are refused.
MAX_ARTICLE_BYTES = 1024 * 1024

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
PRECISIONS = ("day", "month", "year")

# key -> (expected type(s), what to say when it is wrong)
_METADATA_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "title": ((str,), "a non-empty string"),
    "outlet": ((str, type(None)), "a string"),
    "url": ((str, type(None)), "a string"),
    "author": ((str, type(None)), "a string"),
    # int: YAML reads a bare year (published: 2024) as a number
    "published": ((dt.date, str, int, type(None)), "a date written YYYY-MM-DD, YYYY-MM or YYYY"),
    "published_precision": ((str, type(None)), "one of day, month, year"),
    "published_basis": ((str, type(None)), "a string"),
    "source_reliability": ((str, type(None)), "one letter from A to F"),
    "information_credibility": ((int, type(None)), "a whole number from 1 to 6"),
    "language": ((str, type(None)), "a language code such as en"),
    "photo_credit": ((str, type(None)), "a string"),
    "notes": ((str, type(None)), "a string"),
}


@dataclass(frozen=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    published_basis: str | None = None
    source_reliability: str = "F"
    information_credibility: int = 6
    language: str | None = None  # None: not stated; identified from the text (see language.py)
    photo_credit: str | None = None
    notes: str | None = None

    @property
    def source_grade(self) -> str:
        """The NATO/Admiralty grade, e.g. ``F6``."""
        return f"{self.source_reliability}{self.information_credibility}"


@dataclass(frozen=True)
class Article:
    """One article: its name, normalised text, metadata and the hash of its bytes."""

    name: str
    path: Path
    text: str
    meta: Metadata
    sha256: str
    meta_sha256: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def published(self) -> dt.date | None:
        return self.meta.published

    @property
    def language(self) -> tuple[str, str]:
        """(ISO 639-1 code, ``metadata`` or ``identified``): the metadata's word, else the text's."""
        from .language import article_language

        return article_language(self.meta.language, self.text)


def metadata_path(article_path: Path) -> Path:
    """The metadata file of an article: the same path with ``.yaml``."""
    return Path(article_path).with_suffix(".yaml")


def decode_text(data: bytes, source: str) -> str:
    """Decode article bytes to normalised text, or raise :class:`ArticleError`."""
    if b"\x00" in data:
        raise ArticleError(f"{source} is a binary file (it contains NUL bytes), not a UTF-8 text article.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{source} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{source} is empty: there is no article text to brief.")
    return text


def parse_published(value: object, source: str, today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """Turn a metadata ``published`` value into (date, precision), checking it is real and past."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        date, precision = value, "day"
    else:
        text = str(value).strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
        if not m:
            raise MetadataError(
                f"{source}: key 'published' is {text!r}; expected a date written YYYY-MM-DD, YYYY-MM or YYYY."
            )
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            raise MetadataError(f"{source}: key 'published' is {text!r}, which is not a real date.") from None
        precision = "day" if m[3] else "month" if m[2] else "year"
    today = today or dt.date.today()
    if date > today:
        raise MetadataError(
            f"{source}: key 'published' is {date.isoformat()}, which is in the future (today is {today.isoformat()})."
        )
    return date, precision


def parse_metadata(raw: str, source: str, today: dt.date | None = None) -> Metadata:
    """Validate the text of a metadata file and return :class:`Metadata`."""
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.constructor.ConstructorError as exc:
        raise MetadataError(
            f"{source}: YAML tag {getattr(exc, 'problem', '') or 'that constructs objects'} is not allowed; "
            "use plain strings, numbers and dates."
        ) from None
    except ValueError as exc:  # e.g. 2024-02-30 parsed as a timestamp
        raise MetadataError(f"{source}: a value is not a real date ({exc}).") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "it cannot be parsed"
        raise MetadataError(f"{source} is not valid YAML{where}: {problem}.") from None
    if not isinstance(data, dict):
        raise MetadataError(f"{source} must be a YAML mapping of keys to values (at least 'title').")
    unknown = sorted(str(k) for k in data if k not in _METADATA_KEYS)
    if unknown:
        raise MetadataError(
            f"{source}: unknown key {unknown[0]!r}; expected one of {', '.join(_METADATA_KEYS)}."
        )
    for key, value in data.items():
        types, expected = _METADATA_KEYS[key]
        if isinstance(value, bool) or not isinstance(value, types):
            raise MetadataError(f"{source}: key {key!r} is {value!r}; expected {expected}.")
    title = (data.get("title") or "").strip()
    if not title:
        raise MetadataError(f"{source}: key 'title' is missing or empty; expected a non-empty string.")
    published, precision = parse_published(data.get("published"), source, today)
    stated_precision = data.get("published_precision")
    if stated_precision is not None:
        if stated_precision not in PRECISIONS:
            raise MetadataError(
                f"{source}: key 'published_precision' is {stated_precision!r}; expected one of day, month, year."
            )
        precision = stated_precision
    reliability = (data.get("source_reliability") or "F").strip().upper()
    if reliability not in RELIABILITY:
        raise MetadataError(
            f"{source}: key 'source_reliability' is {data['source_reliability']!r}; expected one letter from A to F."
        )
    credibility = data.get("information_credibility")
    if credibility is None:
        credibility = 6  # a single uncorroborated article cannot be judged
    if credibility not in CREDIBILITY:
        raise MetadataError(
            f"{source}: key 'information_credibility' is {credibility!r}; expected a whole number from 1 to 6."
        )
    return Metadata(
        title=title,
        outlet=data.get("outlet"),
        url=data.get("url"),
        author=data.get("author"),
        published=published,
        published_precision=precision,
        published_basis=data.get("published_basis"),
        source_reliability=reliability,
        information_credibility=credibility,
        language=(data.get("language") or "").strip() or None,
        photo_credit=data.get("photo_credit"),
        notes=data.get("notes"),
    )


def read_article(path: str | Path, published: str | dt.date | None = None) -> Article:
    """Read an article and its metadata from disk; ``published`` overrides the metadata's date."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path} does not exist or is not a file.")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{path} is {size / 2**20:.1f} MiB; articles above {MAX_ARTICLE_BYTES // 2**20} MiB are refused."
        )
    data = path.read_bytes()
    text = decode_text(data, str(path))
    meta_file = metadata_path(path)
    if not meta_file.is_file():
        raise MetadataError(
            f"{meta_file} is missing: every article needs a metadata file beside it with at least a 'title'."
        )
    meta_bytes = meta_file.read_bytes()
    try:
        meta_text = meta_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MetadataError(f"{meta_file} is not UTF-8 text.") from None
    meta = parse_metadata(meta_text, str(meta_file))
    if published not in (None, ""):
        date, precision = parse_published(published, "the 'published' parameter")
        meta = replace(meta, published=date, published_precision=precision, published_basis="set by parameter")
    return Article(
        name=path.stem,
        path=path,
        text=text,
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
        meta_sha256=hashlib.sha256(meta_bytes).hexdigest(),
    )


def make_article(text: str, title: str = "Untitled", published: dt.date | None = None, name: str = "article") -> Article:
    """Build an in-memory article (tests, benchmarks) without touching the disk."""
    text = decode_text(text.encode("utf-8"), name)
    meta = Metadata(title=title, published=published, published_precision="day" if published else None)
    return Article(name=name, path=Path(f"{name}.txt"), text=text, meta=meta,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
