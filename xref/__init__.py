"""xref: find the references UN documents make and build their citation graph."""

from .api import ExtractResult, extract_paths
from .extract import extract_document, extract_text
from .ingest import read_document
from .models import DocMeta, DocResult, Document, FileError, Mention
from .normalise import normalise

__all__ = [
    "DocMeta",
    "DocResult",
    "Document",
    "ExtractResult",
    "FileError",
    "Mention",
    "extract_document",
    "extract_paths",
    "extract_text",
    "normalise",
    "read_document",
]

__version__ = "0.1.0"
