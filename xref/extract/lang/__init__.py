"""One pattern table per language."""

from ..table import LangTable
from . import en, zh

__all__ = ["TABLES"]

TABLES: dict[str, LangTable] = {"zh": zh.TABLE, "en": en.TABLE}
