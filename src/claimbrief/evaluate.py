"""Evaluation: score the extraction against hand-made gold files.

Scoring follows ``shared/gold/README.md`` exactly: each list is a set of distinct items
per article; figures match on value (vague ones on unit, "people" and "person" one unit)
with overlapping mentions;
dates on overlapping mentions and the resolved value at the gold precision; places on
(mention, country) pairs; claims sentence by sentence, in order.  Scores are given per
article and micro-averaged (counts summed over articles).

A gold figure found by the extraction also scores what it measures, where the gold gives
it: ``class`` exactly, ``measure`` after normalising both sides (lower case, a parenthesised
qualifier such as "(forecast)" dropped, each phrase mapped to its canonical measure through
the lexicon's ``figure_measures`` synonyms and each change word to its kind, every word
reduced to one form by the figures stage's ``verb_lemma`` ("took part" = "take part",
"working" = "worked", "cases" = "case"), function words dropped);
two measures agree when one's words contain the other's ("age" and "age of the accused",
"cases" and "confirmed cases", "deployed" and "sent").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article, Metadata, decode_text, metadata_path, read_article
from .errors import GoldError, MetadataError
from .extract.gazetteer import distance_km
from .paths import seeds_dir

CHECK_WORTHY = {"claim", "headline"}
SAME_VOICE = {"article", "unattributed reports", "unattributed"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Score:
    article: str
    figures: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    checkworthy: Counts = field(default_factory=Counts)
    kind: Accuracy = field(default_factory=Accuracy)
    claimant: Accuracy = field(default_factory=Accuracy)
    certainty: Accuracy = field(default_factory=Accuracy)
    not_places_reported: list[str] = field(default_factory=list)
    not_figures_reported: list[str] = field(default_factory=list)
    measure: Accuracy = field(default_factory=Accuracy)
    figure_class: Accuracy = field(default_factory=Accuracy)
    canonical: Accuracy = field(default_factory=Accuracy)
    distances_km: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("figures", "dates", "places", "checkworthy", "kind", "claimant", "certainty", "canonical",
                     "measure", "figure_class"):
            getattr(self, name).add(getattr(other, name))
        self.not_places_reported += other.not_places_reported
        self.not_figures_reported += other.not_figures_reported
        self.distances_km += other.distances_km
        self.misses += other.misses

    def as_dict(self) -> dict:
        return {
            "article": self.article,
            "figures": self.figures.as_dict(), "dates": self.dates.as_dict(), "places": self.places.as_dict(),
            "not_places_reported": self.not_places_reported, "not_figures_reported": self.not_figures_reported,
            "figure_measure_accuracy": round(self.measure.value, 4), "figure_class_accuracy": round(self.figure_class.value, 4),
            "figures_with_measure": self.measure.total,
            "place_canonical_accuracy": round(self.canonical.value, 4),
            "place_median_distance_km": round(_median(self.distances_km), 1) if self.distances_km else None,
            "claims": {"kind_accuracy": round(self.kind.value, 4), "claimant_accuracy": round(self.claimant.value, 4),
                       "certainty_accuracy": round(self.certainty.value, 4), "sentences": self.kind.total,
                       "checkworthy": self.checkworthy.as_dict()},
            "misses": self.misses,
        }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def read_gold(path: Path) -> dict:
    """Parse a gold file, with a clear error when it cannot be used."""
    import yaml

    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path} does not exist.") from None
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{path} is not a readable YAML gold file ({exc.__class__.__name__}).") from None
    if not isinstance(gold, dict) or not gold.get("article"):
        raise GoldError(f"{path} has no 'article' key naming the article it annotates.")
    for section, rows in gold.items():
        for row in rows if isinstance(rows, list) else ():
            if isinstance(row, dict) and "mention" in row:
                row["mention"] = _mention_text(path, section, row["mention"])
            # YAML 1.1 reads an unquoted ``country: NO`` (Norway) as false
            if isinstance(row, dict) and row.get("country") is False:
                row["country"] = "NO"
    return gold


def _mention_text(path: Path, section: str, mention) -> str:
    """A mention is text as the article writes it; YAML reads an unquoted ``2026-03-05`` as
    a date and ``45`` as a number, which are given back as the text they were written as."""
    if isinstance(mention, str) and mention:
        return mention
    if isinstance(mention, (dt.date, int, float)) and not isinstance(mention, bool):
        return mention.isoformat() if isinstance(mention, dt.date) else str(mention)
    raise GoldError(f"{path}: a mention in '{section}' is {mention!r}, not the text of the article; "
                    "write it as the article does, in quotes.")


def gold_article(path: Path, gold: dict) -> Article:
    """The article a gold file annotates: beside the gold file, else in seeds/."""
    path = Path(path)
    for folder in (path.parent, seeds_dir()):
        candidate = folder / gold["article"]
        if candidate.is_file():
            if metadata_path(candidate).is_file():
                return read_article(candidate)
            # no metadata file: take what the gold file states
            published = gold.get("published")
            if isinstance(published, str):
                published = dt.date.fromisoformat(published)
            text = decode_text(candidate.read_bytes(), str(candidate))
            meta = Metadata(title=gold.get("title") or candidate.stem, published=published,
                            published_precision=gold.get("published_precision"))
            import hashlib
            return Article(name=candidate.stem, path=candidate, text=text, meta=meta,
                           sha256=hashlib.sha256(candidate.read_bytes()).hexdigest())
    raise GoldError(f"{path}: the article {gold['article']!r} is neither beside the gold file nor in {seeds_dir()}.")


def _spans(text: str, mention: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(mention), text)]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in spans)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().lower()


# a list item's marker: "* ", "• ", "- " (a gold row may give a bulleted line's first words
# with its marker or without it; the marker is no word of the sentence)
_LIST_MARKER = re.compile(r"^[*•▪►●‣◦\-–—]\s+")


def _unlisted(text: str) -> str:
    """A normalised sentence without the marker of the list item it opens."""
    return _LIST_MARKER.sub("", text, count=1)


_MEASURE_STOP = frozenset("of the a an in on at by to for from per with and or its their his her".split())


def _measure_words(measure) -> frozenset[str]:
    """The content words of a measure, each mapped to its canonical measure where the
    lexicon's synonym list knows it ("deployed" -> sent, "treated in hospital" -> hospitalised)."""
    from .lexicon import lexicon

    from .extract.figures import verb_lemma

    surface = {f.lower(): m.lower() for m, forms in lexicon()["figure_measures"].items() for f in forms}
    # a change is named by its kind whatever word says it ("pension cut" = "pensions reduction")
    surface.update({f.lower(): k for k, forms in lexicon()["figure_change_words"].items() for f in forms})
    phrase = re.sub(r"\([^)]*\)", " ", _norm(measure)).strip()
    phrase = surface.get(phrase, phrase)
    found: set[str] = set()
    for word in re.findall(r"[\w'-]+", phrase):
        if word in _MEASURE_STOP:
            continue
        word = surface.get(word, word)
        for part in word.split():
            # one form per word: the verb's lemma or stem ("worked"/"working", "took"/"take")
            found.add(verb_lemma(part) if len(part) > 3 else part)
    return frozenset(found)


def measures_agree(gold_measure, extracted) -> bool:
    """Whether an extracted measure is the gold one (see the module docstring)."""
    if extracted is None or extracted != extracted or not str(extracted).strip():
        return False
    a, b = _measure_words(gold_measure), _measure_words(extracted)
    return bool(a and b) and (a <= b or b <= a)


# a share named by a word ("half", "a third", "one in five"), however its value is written
_WORD_SHARE = re.compile(r"\b(?:halfs?|halves|thirds?|quarters?|fifths?|tenths?|one\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b",
                         re.IGNORECASE)


# one unit written two ways: an irregular plural, an abbreviation, an American spelling
_UNIT_SPELLINGS = {"men": "man", "women": "woman", "children": "child", "km": "kilometre", "kilometer": "kilometre",
                   "kilometers": "kilometre", "m": "metre", "meter": "metre", "meters": "metre", "mi": "mile"}


def _unit_word(unit) -> str:
    """A unit word for comparison, in the singular: "people" and "person", "casualties" and
    "casualty", "men" and "man", "km" and "kilometre" are one unit (gold files write either)."""
    word = _norm(unit)
    word = _UNIT_SPELLINGS.get(word, word)
    if word in ("people", "persons"):
        return "person"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


def _on_percent_scale(value, unit) -> float:
    """A figure's value, a share given as a fraction (0.5, unit "fraction") on the percent scale
    (50) that a share given in percent uses, and a sum in a currency's cents (68, unit "AUD
    cent") in the currency (0.68): gold files and extraction write both either way."""
    norm = _norm(unit)
    if norm == "fraction":
        return float(value) * 100
    return float(value) / 100 if norm == "cent" or norm.endswith((" cent", " cents")) else float(value)


def score_figures(text: str, gold: dict, figures) -> tuple[Counts, list[str], list[str], Accuracy, Accuracy]:
    counts, misses = Counts(), []
    measure, figure_class = Accuracy(), Accuracy()
    rows = figures.to_dict("records")

    def key(row) -> tuple:
        if row["value"] is None or (isinstance(row["value"], float) and math.isnan(row["value"])) or row.get("vague") is True:
            return ("vague", _unit_word(row.get("unit")))
        return ("value", round(_on_percent_scale(row["value"], row.get("unit")), 4))

    for row in rows:
        row["value"] = None if row["value"] is None or row["value"] != row["value"] else row["value"]
    extracted = {key(r) for r in rows}
    matched_keys, found_rows = set(), set()
    gold_figures = gold.get("figures") or []
    for item in gold_figures:
        gold_key = ("vague", _unit_word(item.get("unit"))) if item.get("value") is None else \
            ("value", round(_on_percent_scale(item["value"], item.get("unit")), 4))
        spans = _spans(text, item["mention"])
        # (a share in words is as exact as its word: "a third" is 33.3% or 33%)
        same = (lambda k: k == gold_key or k[0] == "value" == gold_key[0] and round(k[1]) == round(gold_key[1])) \
            if gold_key[0] == "value" and _WORD_SHARE.search(item["mention"]) else gold_key.__eq__
        hit = [r for r in rows if same(key(r)) and _overlaps(spans, r["start"], r["end"])]
        if hit:
            counts.tp += 1
            matched_keys.update(key(r) for r in hit)
            found_rows.update(id(r) for r in hit)
            got = hit[0]
            if item.get("class"):
                figure_class.total += 1
                figure_class.correct += got.get("class") == item["class"]
                if got.get("class") != item["class"]:
                    misses.append(f"figure {item['mention']!r}: class {got.get('class')}/{item['class']}")
            if item.get("measure"):
                measure.total += 1
                ok = measures_agree(item["measure"], got.get("measure"))
                measure.correct += ok
                if not ok:
                    misses.append(f"figure {item['mention']!r}: measure {got.get('measure')}/{item['measure']}")
        else:
            counts.fn += 1
            misses.append(f"figure missed: {item['mention']!r}")
    counts.fp = len(extracted - matched_keys)
    not_figures = []
    for item in gold.get("not_figures") or []:
        spans = _spans(text, item["mention"])
        for r in rows:
            # a row that is a gold figure is no false positive, even where a not-figure's
            # words touch it ("nearly a third" beside "third-quarter", "one of dozens of X")
            if _overlaps(spans, r["start"], r["end"]) and id(r) not in found_rows:
                not_figures.append(item["mention"])
    for r in rows:
        if key(r) not in matched_keys:
            misses.append(f"figure extra: {r['mention']!r}")
    return counts, sorted(set(not_figures)), misses, measure, figure_class


def score_dates(text: str, gold: dict, dates) -> tuple[Counts, list[str]]:
    counts, misses = Counts(), []
    rows = dates.to_dict("records")
    for r in rows:
        r["resolved"] = None if r["resolved"] is None or r["resolved"] != r["resolved"] else str(r["resolved"])
    matched = set()
    for item in gold.get("dates") or []:
        resolved = item.get("resolved")
        resolved = None if resolved is None else str(resolved)
        spans = _spans(text, item["mention"])
        hits = [i for i, r in enumerate(rows) if _overlaps(spans, r["start"], r["end"]) and (
            resolved is None and r["resolved"] is None or
            resolved is not None and r["resolved"] is not None and r["resolved"][:len(resolved)] == resolved)]
        # (of the rows that match, the one written as the gold writes it, else one no gold item
        # has taken: "on Monday" is matched by the extracted "on Monday", not by "on Monday
        # morning" that a gold item of its own matches)
        hit = next((i for i in hits if _norm(rows[i]["mention"]) == _norm(item["mention"])),
                   next((i for i in hits if (_norm(rows[i]["mention"]), rows[i]["resolved"]) not in matched),
                        hits[0] if hits else None))
        if hit is None:
            counts.fn += 1
            misses.append(f"date missed: {item['mention']!r} -> {resolved}")
        else:
            counts.tp += 1
            matched.add((_norm(rows[hit]["mention"]), rows[hit]["resolved"]))
    extracted = {(_norm(r["mention"]), r["resolved"]) for r in rows}
    extra = extracted - matched
    counts.fp = len(extra)
    misses += [f"date extra: {m!r} -> {v}" for m, v in sorted(extra, key=str)]
    return counts, misses


def _contains(longer: str, shorter: str) -> bool:
    """Whether a mention holds another as whole words ("the portville border area" holds "portville")."""
    return bool(shorter) and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def score_places(gold: dict, places) -> tuple[Counts, list[str], Accuracy, list[float], list[str]]:
    counts, misses = Counts(), []
    gold_pairs = {(_norm(p["mention"]), str(p["country"]).upper()): p for p in gold.get("places") or []}
    rows = places.to_dict("records")
    extracted = {}
    for r in rows:
        extracted.setdefault((_norm(r["mention"]), str(r["country"]).upper()), r)
    # one to one: exact (mention, country) pairs first, then a mention that contains the other
    # in the same country ("Portville" for the gold "the Portville border area")
    matched = {pair: pair for pair in set(gold_pairs) & set(extracted)}
    left = sorted(set(extracted) - set(matched.values()))
    for pair in sorted(set(gold_pairs) - set(matched)):
        for other in left:
            if other[1] == pair[1] and (_contains(pair[0], other[0]) or _contains(other[0], pair[0])):
                matched[pair] = other
                left.remove(other)
                break
    counts.tp = len(matched)
    counts.fp = len(set(extracted) - set(matched.values()))
    counts.fn = len(set(gold_pairs) - set(matched))
    misses += [f"place missed: {m} ({c})" for m, c in sorted(set(gold_pairs) - set(matched))]
    misses += [f"place extra: {m} ({c})" for m, c in sorted(set(extracted) - set(matched.values()))]
    not_places_mentions = {_norm(p["mention"]) for p in gold.get("not_places") or []}
    reported = sorted({m for m, _ in extracted if m in not_places_mentions})
    canonical, distances = Accuracy(), []
    for pair, found in matched.items():
        g, r = gold_pairs[pair], extracted[found]
        canonical.total += 1
        canonical.correct += _norm(g.get("canonical")) == _norm(r.get("canonical"))
        real = _gold_point(g)
        if real and r.get("lat") == r.get("lat") and r.get("lat") is not None:
            distances.append(distance_km(real, (float(r["lat"]), float(r["lon"]))))
    return counts, reported, canonical, distances, misses


def _gold_point(place: dict) -> tuple[float, float] | None:
    """Where the gold place really is, looked up in the gazetteer by canonical name."""
    from .extract import gazetteer as gz

    code = str(place.get("country") or "").upper()
    if place.get("kind") == "city":
        by_name, by_alias = gz.cities()
        key = gz.fold(str(place.get("canonical") or place["mention"]))
        for city in by_name.get(key, []) + by_alias.get(key, []):
            if city.country == code:
                return city.lat, city.lon
    if place.get("kind") == "country":
        lat, lon = gz.country_point(code)
        return (lat, lon) if lat is not None else None
    return None


def _name(text) -> str:
    """A source's name for comparison: "the ministry" and "Ministry" are one name."""
    return re.sub(r"^the\s+", "", _norm(text))


def _claimant_ok(gold: dict, expected, got, actor_names: dict[str, set[str]] | None = None) -> bool:
    """Whether an extracted claimant is the gold one: the gold name, one of its aliases, or
    another name the extraction's own actors table gives for the same actor."""
    if expected is None or got is None:
        return expected is None and got is None
    if _norm(expected) in SAME_VOICE or _norm(got) in SAME_VOICE:
        return _norm(expected) in SAME_VOICE and _norm(got) in SAME_VOICE
    if _name(expected) == _name(got):
        return True
    got_names = (actor_names or {}).get(_name(got), set()) | {_name(got)}
    names = {_name(expected)}
    for person in gold.get("claimants") or []:
        if _name(person.get("name")) == _name(expected):
            names |= {_name(a) for a in person.get("aliases") or []}
            break
    # (the gold name's acronym is the gold name too: "NDRRMC" for the National Disaster Risk
    # Reduction and Management Council, "U.N." for the United Nations)
    undotted = ({n.replace(".", "") for n in got_names}, {n.replace(".", "") for n in names})
    return bool(got_names & names or undotted[0] & {_acronym(n) for n in names} - {""}
                or undotted[1] & {_acronym(n) for n in got_names} - {""})


_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def _acronym(name: str) -> str:
    """The initials of a name's words, function words left out ("national disaster risk
    reduction and management council" -> "ndrrmc"); "" for a name of one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _actor_names(actors) -> dict[str, set[str]]:
    """Each extracted actor's name -> all its names (the name and its aliases)."""
    names: dict[str, set[str]] = {}
    for row in actors.to_dict("records"):
        aliases = row.get("aliases")
        every = {_name(row["name"])} | {_name(a) for a in str(aliases).split(";") if aliases == aliases and aliases and a.strip()}
        names[_name(row["name"])] = every
    return names


def score_claims(gold: dict, sentences, claims, actors=None) -> tuple[Accuracy, Accuracy, Accuracy, Counts, list[str]]:
    kind, claimant, certainty, worthy, misses = Accuracy(), Accuracy(), Accuracy(), Counts(), []
    by_sentence = {int(c["sentence_id"]): c for c in claims.to_dict("records")}
    actor_names = _actor_names(actors) if actors is not None else {}
    extracted = [(int(s["id"]), _unlisted(_norm(s["text"]))) for s in sentences.to_dict("records")]
    pointer = 0
    matched_ids = set()
    for row in gold.get("claims") or []:
        prefix = _unlisted(_norm(row["sentence_starts_with"]))
        found = None
        for j in range(pointer, len(extracted)):
            if extracted[j][1].startswith(prefix):
                found = j
                break
        if found is None and pointer and extracted[pointer - 1][1].startswith(prefix):
            # a second gold row for the sentence just matched (one sentence, two claims: the
            # gold README's rule); looked for after the sentences ahead, so two sentences
            # that start alike still take one row each
            found = pointer - 1
        kind.total += 1
        claimant.total += 1
        certainty.total += 1
        gold_worthy = row.get("kind") in CHECK_WORTHY
        if found is None:
            misses.append(f"sentence not found: {row['sentence_starts_with']!r}")
            worthy.fn += gold_worthy
            continue
        pointer = found + 1
        sid = extracted[found][0]
        matched_ids.add(sid)
        got = by_sentence.get(sid, {})
        got = {k: (None if v != v else v) for k, v in got.items()}  # NA -> None
        ok_kind = got.get("kind") == row.get("kind")
        ok_claimant = _claimant_ok(gold, row.get("claimant"), got.get("claimant"), actor_names)
        ok_certainty = got.get("certainty") == row.get("certainty")
        kind.correct += ok_kind
        claimant.correct += ok_claimant
        certainty.correct += ok_certainty
        if not (ok_kind and ok_claimant and ok_certainty):
            misses.append(
                f"claim {row['sentence_starts_with'][:40]!r}: kind {got.get('kind')}/{row.get('kind')}, "
                f"claimant {got.get('claimant')}/{row.get('claimant')}, certainty {got.get('certainty')}/{row.get('certainty')}")
        got_worthy = got.get("kind") in CHECK_WORTHY
        worthy.tp += gold_worthy and got_worthy
        worthy.fp += got_worthy and not gold_worthy
        worthy.fn += gold_worthy and not got_worthy
    return kind, claimant, certainty, worthy, misses


def score_article(gold_path: Path) -> Score:
    """Extract the article a gold file annotates and score it."""
    from .extract import extract

    gold = read_gold(gold_path)
    try:
        article = gold_article(Path(gold_path), gold)
    except MetadataError:
        raise
    tables = extract(article)
    score = Score(article=gold["article"])
    score.figures, score.not_figures_reported, fig_misses, score.measure, score.figure_class = \
        score_figures(article.text, gold, tables.figures)
    score.dates, date_misses = score_dates(article.text, gold, tables.dates)
    score.places, score.not_places_reported, score.canonical, score.distances_km, place_misses = score_places(gold, tables.places)
    score.kind, score.claimant, score.certainty, score.checkworthy, claim_misses = score_claims(gold, tables.sentences, tables.claims, tables.actors)
    score.misses = fig_misses + date_misses + place_misses + claim_misses
    return score


def evaluate(gold_paths: list[Path]) -> tuple[list[Score], Score]:
    """Per-article scores and their micro-average."""
    scores = [score_article(Path(p)) for p in gold_paths]
    total = Score(article="micro-average")
    for score in scores:
        total.add(score)
    return scores, total


def format_report(scores: list[Score], total: Score, show_misses: bool = False) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'article':32} {'figures P/R/F1':>18} {'dates P/R/F1':>18} {'places P/R/F1':>18} "
             f"{'kind':>6} {'claimant':>8} {'certainty':>9} {'check P/R':>11} {'measure':>7} {'class':>5}"]
    for score in [*scores, total]:
        def prf(c: Counts) -> str:
            return f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}"
        lines.append(
            f"{score.article[:32]:32} {prf(score.figures):>18} {prf(score.dates):>18} {prf(score.places):>18} "
            f"{score.kind.value:6.2f} {score.claimant.value:8.2f} {score.certainty.value:9.2f} "
            f"{score.checkworthy.precision:5.2f}/{score.checkworthy.recall:4.2f} "
            f"{score.measure.value:7.2f} {score.figure_class.value:5.2f}")
        if score.not_figures_reported:
            lines.append(f"    not_figures reported as figures: {', '.join(score.not_figures_reported)}")
        if score.not_places_reported:
            lines.append(f"    not_places reported as places: {', '.join(score.not_places_reported)}")
        if show_misses and score is not total:
            lines += [f"    - {m}" for m in score.misses]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- dossier gold
#
# A dossier gold file (tests/fixtures/dossier/dossier.gold.yaml) names several articles and
# what comparing them must find: figure groups, conflicts, revisions, corroborated and
# contradicted claims, relayed sources and reprints.  It is recognised by its keys.  Gold
# sentences are found by the words they start with; gold figures by article and mention.

DOSSIER_KEYS = ("figure_groups", "conflicts", "corroborated", "contradicted", "relayed", "reprints")


def is_dossier_gold(path: Path) -> bool:
    """Whether a gold file describes a dossier (several articles) rather than one article."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and "articles" in data and any(k in data for k in DOSSIER_KEYS)


@dataclass
class DossierScore:
    """What comparing a gold dossier's articles found, against its gold."""

    name: str
    conflicts: Counts = field(default_factory=Counts)
    revisions: Accuracy = field(default_factory=Accuracy)
    corroborated: Accuracy = field(default_factory=Accuracy)
    corroborated_complete: Accuracy = field(default_factory=Accuracy)
    credibility: Accuracy = field(default_factory=Accuracy)
    contradicted: Accuracy = field(default_factory=Accuracy)
    relayed: Accuracy = field(default_factory=Accuracy)
    reprints: Counts = field(default_factory=Counts)
    figure_groups_merging: int = 0      # output groups holding members of two gold groups
    not_merged_joined: int = 0          # gold not_merged figures found in their gold group's output group
    figure_groups_split: int = 0        # gold groups whose members are in more than one output group
    figure_members_found: Accuracy = field(default_factory=Accuracy)
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        def acc(a: Accuracy) -> dict:
            return {"found": a.correct, "total": a.total}
        return {"dossier": self.name, "conflicts": self.conflicts.as_dict(), "revisions": acc(self.revisions),
                "corroborated": acc(self.corroborated), "corroborated_complete": acc(self.corroborated_complete),
                "credibility": acc(self.credibility), "contradicted": acc(self.contradicted),
                "relayed_as_one_source": acc(self.relayed), "reprints": self.reprints.as_dict(),
                "figure_groups_merging_two_gold_groups": self.figure_groups_merging,
                "not_merged_figures_joined": self.not_merged_joined,
                "figure_groups_split": self.figure_groups_split,
                "figure_members_found": acc(self.figure_members_found), "misses": self.misses}


def _fold_words(text) -> str:
    text = str(text or "").replace("’", "'").replace("“", '"').replace("”", '"').replace("—", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _stem_of(name) -> str:
    return Path(str(name)).stem


def _statement_ids(statements, article: str, starts: str) -> set[int]:
    want = _fold_words(starts)
    rows = statements[statements["article"] == _stem_of(article)]
    return {int(s) for s, t in zip(rows["statement"], rows["text"]) if want and want in _fold_words(t)}


def _figure_ids(figures, member: dict) -> set[int]:
    want = _fold_words(member.get("mention"))
    rows = figures[figures["article"] == _stem_of(member.get("article"))]
    found = set()
    value = member.get("value")
    for i, mention, text in zip(rows["figure"], rows["mention"], rows["text"]):
        got = _fold_words(mention)
        # the figure's words hold the gold mention's, or lie inside them in a sentence that has them
        if want and got and (want in got or (got in want and want in _fold_words(text))):
            found.add(int(i))
    if len(found) > 1 and value is not None:
        same = {i for i in found if _close(figures.loc[figures["figure"] == i, "value"].iloc[0], value)}
        found = same or found
    return found


def _close(got, want) -> bool:
    try:
        return got is not None and got is not pd_na() and abs(float(got) - float(want)) <= 1e-6 * max(1.0, abs(float(want)))
    except (TypeError, ValueError):
        return False


def pd_na():
    import pandas as pd

    return pd.NA


def score_dossier(gold_path: Path, dossier=None) -> DossierScore:
    """Compare the articles a dossier gold file names (beside it) and score what is found."""
    import yaml

    from .dossier import compare, read_articles

    path = Path(gold_path)
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path} does not exist.") from None
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{path} is not a readable YAML gold file ({exc.__class__.__name__}).") from None
    articles = [path.parent / str(a) for a in gold.get("articles") or []]
    missing = [a for a in articles if not a.is_file()]
    if missing:
        raise GoldError(f"{path}: the article {missing[0].name!r} is not beside the gold file.")
    if dossier is None:
        dossier = compare(read_articles(articles))
    return score_dossier_tables(gold, dossier)


def score_dossier_tables(gold: dict, dossier) -> DossierScore:
    """Score a compared :class:`~claimbrief.dossier.Dossier` against a parsed dossier gold."""
    score = DossierScore(name=str(gold.get("name") or "dossier"))
    st, figs = dossier.statements, dossier.figures
    claim_of = dict(zip(st["statement"].astype(int), st["claim"].astype(int)))
    source_of = dict(zip(st["statement"].astype(int), st["source"]))
    group_of = dict(zip(figs["figure"].astype(int), figs["group"].astype(int)))
    claims = dossier.claims.set_index("claim")

    # figure groups: never two gold groups in one output group
    gold_group_of: dict[int, int] = {}
    for g, group in enumerate(gold.get("figure_groups") or []):
        outputs = set()
        for member in group.get("members") or []:
            ids = _figure_ids(figs, member)
            score.figure_members_found.total += 1
            score.figure_members_found.correct += bool(ids)
            if not ids:
                score.misses.append(f"figure {member.get('mention')!r} ({_stem_of(member.get('article'))}, "
                                    f"{group.get('measure')}) not found")
            for i in ids:
                gold_group_of.setdefault(i, g)
                outputs.add(group_of[i])
        if len(outputs) > 1:
            score.figure_groups_split += 1
            score.misses.append(f"figure group {group.get('measure')!r} split over {len(outputs)} groups")
    by_output: dict[int, set[int]] = {}
    for i, g in gold_group_of.items():
        by_output.setdefault(group_of[i], set()).add(g)
    for output, golds in by_output.items():
        if len(golds) > 1:
            score.figure_groups_merging += 1
            names = sorted(str((gold["figure_groups"][g]).get("measure")) for g in golds)
            score.misses.append(f"figure group {output} merges gold groups {', '.join(names)}")
    measures = {str(g.get("measure")): g for g in gold.get("figure_groups") or []}
    for item in gold.get("not_merged") or []:
        ids = _figure_ids(figs, item)
        group = measures.get(str(item.get("group")))
        members = {i for m in (group or {}).get("members") or [] for i in _figure_ids(figs, m)}
        if any(group_of[i] in {group_of[m] for m in members} for i in ids):
            score.not_merged_joined += 1
            score.misses.append(f"figure {item.get('mention')!r} ({_stem_of(item.get('article'))}) joined "
                                f"group {item.get('group')!r}: {item.get('reason')}")

    # conflicts: the two gold values found as a conflict of the group holding gold a
    found_conflicts = set()
    for item in gold.get("conflicts") or []:
        a, b = item.get("a") or {}, item.get("b") or {}
        groups = {group_of[i] for i in _figure_ids(figs, a) | _figure_ids(figs, b)}
        values = {float(a.get("value")), float(b.get("value"))}
        hit = [k for k, r in enumerate(dossier.conflicts.itertuples())
               if int(r.group) in groups and {float(r.a_value), float(r.b_value)} == values]
        if hit:
            score.conflicts.tp += 1
            found_conflicts.update(hit)
        else:
            score.conflicts.fn += 1
            score.misses.append(f"conflict {item.get('measure')}: {a.get('value')} ({a.get('claimant')}) vs "
                                f"{b.get('value')} ({b.get('claimant')}) not found")
    extra = [r for k, r in enumerate(dossier.conflicts.itertuples()) if k not in found_conflicts]
    score.conflicts.fp += len(extra)
    score.misses += [f"conflict not in gold: {r.measure} {r.a_number} ({r.a_source}, {r.a_article}) vs {r.b_number} "
                     f"({r.b_source}, {r.b_article})" for r in extra]

    for item in gold.get("revisions") or []:
        score.revisions.total += 1
        want = [float(v) for v in item.get("values") or []]
        ok = False
        for r in dossier.revisions.itertuples():
            got = [float(v.replace(",", "")) for v in str(r.values).split(" → ")]
            if got == want or (len(want) <= len(got) and all(v in got for v in want)
                               and [v for v in got if v in want] == want):
                ok = True
        score.revisions.correct += ok
        if not ok:
            score.misses.append(f"revision {item.get('measure')} {want} ({item.get('claimant')}) not found")

    for item in gold.get("corroborated") or []:
        score.corroborated.total += 1
        score.corroborated_complete.total += 1
        sentences = item.get("sentences") or []
        ids = [(s.get("claimant"), _statement_ids(st, s.get("article"), s.get("sentence_starts_with")))
               for s in sentences]
        claims_by_claimant: dict[str, set[int]] = {}
        for claimant, found in ids:
            claims_by_claimant.setdefault(str(claimant), set()).update(claim_of[i] for i in found)
        common = set.intersection(*claims_by_claimant.values()) if claims_by_claimant else set()
        corroborated = [c for c in common if bool(claims.loc[c, "corroborated"])]
        if corroborated:
            score.corroborated.correct += 1
            every = set.union(*(set(claim_of[i] for i in found) for _, found in ids if found))
            score.corroborated_complete.correct += every <= set(corroborated) and all(found for _, found in ids)
            grades = {int(claims.loc[c, "credibility"]) for c in corroborated}
            score.credibility.total += 1
            if item.get("credibility") in grades:
                score.credibility.correct += 1
            else:
                score.misses.append(f"corroborated {item.get('claim')!r}: credibility {sorted(grades)}, gold "
                                    f"{item.get('credibility')}")
        else:
            score.misses.append(f"corroborated {item.get('claim')!r} not found (claims by claimant: "
                                f"{ {k: sorted(v) for k, v in claims_by_claimant.items()} })")

    for item in gold.get("contradicted") or []:
        score.contradicted.total += 1
        confirms, denies = item.get("confirms") or {}, item.get("denies") or {}
        a_ids = _statement_ids(st, confirms.get("article"), confirms.get("sentence_starts_with"))
        d_ids = _statement_ids(st, denies.get("article"), denies.get("sentence_starts_with"))
        a_claims, d_claims = {claim_of[i] for i in a_ids}, {claim_of[i] for i in d_ids}
        rows = dossier.contradictions
        ok = any(int(r.affirms_claim) in a_claims and int(r.denies_claim) in d_claims for r in rows.itertuples())
        score.contradicted.correct += ok
        if not ok:
            score.misses.append(f"contradicted {item.get('claim')!r} not found (confirming claims {sorted(a_claims)}, "
                                f"denying {sorted(d_claims)})")

    for item in gold.get("relayed") or []:
        score.relayed.total += 1
        ids = [_statement_ids(st, s.get("article"), s.get("sentence_starts_with")) for s in item.get("sentences") or []]
        found = set().union(*ids) if ids else set()
        in_claims = {claim_of[i] for i in found}
        sources = {source_of[i] for i in found}
        ok = all(ids) and len(in_claims) == 1 and len(sources) == 1
        score.relayed.correct += ok
        if not ok:
            score.misses.append(f"relayed {item.get('claimant')!r}: in claims {sorted(in_claims)}, counted as "
                                f"{sorted(sources)}" + ("" if all(ids) else " (a sentence not found)"))

    got = {(r.original, r.reprint) for r in dossier.reprints.itertuples()}
    want = {(_stem_of(r.get("original")), _stem_of(r.get("reprint"))) for r in gold.get("reprints") or []}
    score.reprints = Counts(tp=len(got & want), fp=len(got - want), fn=len(want - got))
    score.misses += [f"reprint {o} -> {r} not found" for o, r in want - got]
    score.misses += [f"reprint not in gold: {o} -> {r}" for o, r in got - want]
    return score


def format_dossier_report(score: DossierScore, show_misses: bool = False) -> str:
    """A plain-text summary of a dossier's score."""
    def of(a: Accuracy) -> str:
        return f"{a.correct}/{a.total}"
    c = score.conflicts
    lines = [f"dossier {score.name}",
             f"  conflicts found                  {c.tp}/{c.tp + c.fn} (recall {c.recall:.2f}, {c.fp} not in gold)",
             f"  revisions found                  {of(score.revisions)}",
             f"  corroborated claims found        {of(score.corroborated)} (all sentences grouped: "
             f"{of(score.corroborated_complete)}; credibility as gold: {of(score.credibility)})",
             f"  contradictions found             {of(score.contradicted)}",
             f"  relays counted as one source     {of(score.relayed)}",
             f"  reprints grouped                 {score.reprints.tp}/{score.reprints.tp + score.reprints.fn} "
             f"({score.reprints.fp} not in gold)",
             f"  figure groups merging two gold groups' measures: {score.figure_groups_merging}"
             f" (not_merged figures joined: {score.not_merged_joined}; gold groups split: {score.figure_groups_split};"
             f" gold figures found {of(score.figure_members_found)})"]
    if show_misses:
        lines += [f"    - {m}" for m in score.misses]
    return "\n".join(lines)
