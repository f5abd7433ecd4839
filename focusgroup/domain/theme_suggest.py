"""Suggest a theme for an unthemed note from the words of the notes already in each theme.

Simple, explainable and local: notes become TF-IDF vectors of lightly normalised words (Danish
and English stop words left out); a note is compared with each theme as a whole (the centroid of
its notes and its name) and with the theme's two most similar notes. The answer names the theme,
a score in 0…1 and the shared words that explain it ("shares: rota, informed"). Below a
threshold there is no suggestion.

Pure Python; an inverted index keeps it fast (2,000 notes × 30 themes well under a second).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.15

STOP_WORDS_EN = frozenset("""
a about above after again against all almost also although always am an and another any anyone
anything are aren't around as at away back be because been before being below between both but
by can can't cannot could couldn't did didn't do does doesn't doing don't done down during each
either else enough even ever every first everyone everything few for from further get gets
getting got had hadn't has hasn't have haven't having he her here hers herself him himself his
how however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let like
likely lot lots made make makes many may me might more most much must my myself need needs never
no nobody none nor not nothing now of off often on once one only or other others our ours
ourselves out over own per quite rather really same say said says see seem seems she should
shouldn't since so some someone something still such than that that's the their theirs them
themselves then there there's these they they'd they're thing things this those though through
time times to too under until up upon us very want new was wasn't we we'd we'll we're we've well
were weren't what what's when where whether which while who whom whose why will with within
without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
""".split())

STOP_WORDS_DA = frozenset("""
ad af aldrig alle alt altid andet andre at bare begge blev blive bliver da de dem den denne der
deres det dette dig din dine disse dit dog du efter eller en end ene eneste enhver er et fem
fire flere fleste for fordi forrige fra få får første før gang god godt ham han hans har havde
have hej helt hende hendes her hos hun hvad hvem hver hvilken hvis hvor hvordan hvorfor hvornår
i igen ikke ind ingen intet ja jeg jer jeres jo kan kom komme kommer kun kunne lad lidt lige man
mange med mellem meget men mere mig min mine mit mod måske ned nej noget nogen nogle nok nu ny
nye nyt når og også om op os otte over på rigtig sagde se selv sig sin sine sit skal skulle som
stadig store så sådan tag til tit to tre ud under var ved vi vil ville vore vores være været
""".split())

STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_DA

# Longest first; a suffix is only removed when at least MIN_STEM letters stay. English and Danish
# inflections both end up on the same stem for each language's own words ("changes", "change" →
# "chang"; "vagtplanen", "vagtplaner" → "vagtplan").
_SUFFIXES = ("ations", "ation", "erne", "ende", "ede", "ing", "ies", "ene", "er", "en", "et",
             "es", "ed", "ly", "e", "s")
MIN_STEM = 3

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def normalise(word: str) -> str:
    """A light stem: lower case, possessive and one common inflection removed."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            stem = word[: -len(suffix)]
            return stem + "y" if suffix == "ies" else stem
    return word


def words(text: str) -> list[tuple[str, str]]:
    """(stem, word as written) for every meaningful word of ``text``, in order."""
    result = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        folded = word.casefold().replace("’", "'")
        if folded in STOP_WORDS or len(folded) < 2 or folded.isdigit():
            continue
        stem = normalise(word)
        if stem not in STOP_WORDS:
            result.append((stem, word.casefold()))
    return result


def stems(text: str) -> list[str]:
    return [stem for stem, _ in words(text)]


@dataclass(frozen=True)
class Suggestion:
    theme: str
    score: float  # 0…1: how much the note reads like the theme's notes
    shared: tuple[str, ...]  # the note's own words that the theme's notes use too, strongest first


Vector = dict[str, float]


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


class ThemeSuggester:
    """Built once from the themed notes; then :meth:`suggest` for each unthemed note.

    ``notes_by_theme`` maps a theme name to the texts of its notes (a note with two themes is
    listed under both). Themes without notes are still matched by the words of their name.

    A theme's score is the mean of two cosine similarities over TF-IDF vectors: with the theme as
    a whole (the centroid of its notes) and with its two most similar notes (so a small theme
    with one note just like this one counts, and a big theme is not diluted away).
    """

    def __init__(self, notes_by_theme: Mapping[str, Iterable[str]],
                 threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        self.themes = tuple(notes_by_theme)
        # Each distinct text is one document; its themes are the ones it is listed under. The
        # theme's name is a document of that theme too.
        documents: dict[str, set[str]] = {}
        for theme, texts in notes_by_theme.items():
            documents.setdefault(theme, set()).add(theme)
            for text in texts:
                documents.setdefault(text, set()).add(theme)
        bags = [(Counter(stems(text)), themes) for text, themes in documents.items()]
        frequency: Counter[str] = Counter()
        for terms, _ in bags:
            frequency.update(terms.keys())
        count = len(bags)
        self.idf = {term: math.log((1 + count) / (1 + df)) + 1.0 for term, df in frequency.items()}
        self.unknown_idf = math.log(1 + count) + 1.0  # a word no theme uses
        self.doc_themes: list[tuple[str, ...]] = []
        self.doc_index: dict[str, list[tuple[int, float]]] = {}  # term -> [(document, weight)]
        centroids: dict[str, Counter[str]] = {theme: Counter() for theme in self.themes}
        for number, (terms, themes) in enumerate(bags):
            vector = self._vector(terms, 0.0)
            self.doc_themes.append(tuple(themes))
            for term, weight in vector.items():
                self.doc_index.setdefault(term, []).append((number, weight))
                for theme in themes:
                    centroids[theme][term] += weight
        self.centroid_index: dict[str, list[tuple[str, float]]] = {}  # term -> [(theme, weight)]
        for theme, centroid in centroids.items():
            for term, weight in _unit(dict(centroid)).items():
                self.centroid_index.setdefault(term, []).append((theme, weight))

    def _vector(self, terms: Counter[str], unknown: float) -> Vector:
        """Sub-linear term frequency × IDF, normalised to length 1."""
        return _unit({t: (1.0 + math.log(n)) * self.idf.get(t, unknown)
                      for t, n in terms.items()})

    def rank(self, text: str, limit: int = 3, exclude: Iterable[str] = ()) -> list[Suggestion]:
        """The best themes for ``text`` (at or above the threshold), best first."""
        found = words(text)
        surface: dict[str, str] = {}
        for stem, word in found:
            surface.setdefault(stem, word)
        query = self._vector(Counter(stem for stem, _ in found), self.unknown_idf)
        whole: dict[str, float] = {}
        evidence: dict[str, dict[str, float]] = {}
        for term, weight in query.items():
            for theme, theme_weight in self.centroid_index.get(term, ()):
                whole[theme] = whole.get(theme, 0.0) + weight * theme_weight
                evidence.setdefault(theme, {})[term] = weight * theme_weight
        per_doc: dict[int, float] = {}
        for term, weight in query.items():
            for number, doc_weight in self.doc_index.get(term, ()):
                per_doc[number] = per_doc.get(number, 0.0) + weight * doc_weight
        nearest: dict[str, list[float]] = {}
        for number, similarity in per_doc.items():
            for theme in self.doc_themes[number]:
                nearest.setdefault(theme, []).append(similarity)
        skip = {name.casefold() for name in exclude}
        result = []
        for theme, similarity in whole.items():
            if theme.casefold() in skip:
                continue
            top = sorted(nearest.get(theme, ()), reverse=True)[:2]
            score = (similarity + sum(top) / 2) / 2
            if score < self.threshold:
                continue
            shared = sorted(evidence[theme].items(), key=lambda p: (-p[1], p[0]))
            result.append(Suggestion(theme, round(min(score, 1.0), 3),
                                     tuple(surface[term] for term, _ in shared[:4])))
        result.sort(key=lambda s: (-s.score, s.theme.casefold()))
        return result[:limit]

    def suggest(self, text: str, exclude: Iterable[str] = ()) -> Suggestion | None:
        """The best theme for ``text``, or ``None`` when nothing is similar enough."""
        best = self.rank(text, 1, exclude)
        return best[0] if best else None
