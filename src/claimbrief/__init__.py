"""claimbrief: turn a news article into an analyst's briefing."""

__version__ = "0.1.0"
