"""The dossier: several articles on one story, compared source by source.

Pure functions over the articles' tables (see DESIGN.md, "How data flows"):

- :mod:`.inputs`: the articles in story order (:func:`read_articles` is the only edge
  that reads files), the articles table;
- :mod:`.sources`: one canonical name per source, who relays whom;
- :mod:`.claims`: copies, the same fact, corroboration, contradiction, credibility, reprints;
- :mod:`.figures`: figure groups, latest and most conservative values, conflicts, revisions;
- :mod:`.timeline`: events and places across articles;
- :mod:`.changes`: what each article adds to those before it;
- :mod:`.blocking`: which pairs are compared (linear in the number of statements);
- :mod:`.compare`: :func:`compare`, all of it at once, as a :class:`Dossier`.

Each module's docstring states its rules; they are the dossier's appendix.
"""

from .compare import TABLES, Dossier, compare
from .inputs import DossierArticle, articles_frame, dossier_article, read_articles, story_order

__all__ = ["TABLES", "Dossier", "DossierArticle", "articles_frame", "compare", "dossier_article", "read_articles",
           "story_order"]
