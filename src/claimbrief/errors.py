"""Named exceptions.  Every failure a user can cause is one of these, and the command
line turns each into one sentence on stderr and exit code 2."""


class ClaimbriefError(Exception):
    """Base class: the message is one sentence meant for the user."""

    exit_code = 2


class ArticleError(ClaimbriefError):
    """The article text cannot be used (missing, empty, not UTF-8, too large)."""


class MetadataError(ClaimbriefError):
    """The article's metadata file is missing, malformed or has wrong values."""


class TableError(ClaimbriefError):
    """A table broke its schema at a stage boundary."""


class GoldError(ClaimbriefError):
    """A gold annotation file cannot be read."""


class BuildError(ClaimbriefError):
    """A notebook or the assembly failed during a build."""


class ReviewError(ClaimbriefError):
    """A review file, or a decision given to the review commands, cannot be used."""


class RegisterError(ClaimbriefError):
    """The team's source register (sources.yaml) is malformed or has wrong values."""


class DossierError(ClaimbriefError):
    """The articles given to a dossier cannot be compared (two with one name, none at all)."""
