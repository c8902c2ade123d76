"""The ``xref`` command line: a thin layer over the library."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .api import extract_paths
from .models import FileError
from .tables import write_table

app = typer.Typer(
    help=(
        "Find the references UN documents make and build their citation graph.\n\n"
        "Example:  xref extract data/ -o edges.csv"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"xref: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def main() -> None:
    """Find the references UN documents make and build their citation graph.

    Example:  xref extract data/ -o edges.csv
    """


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md) to read.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Table format; default from the -o suffix, else csv."),
    ] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="One row per reference as printed, not per edge.")
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of every file (default: detect).")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="Keep only targets of this kind (resolution, decision, document)."),
    ] = None,
) -> None:
    """Extract references into an edge list (or the mentions table).

    Example:  xref extract data/seeds -o edges.csv
              xref extract report.txt --mentions --format jsonl
    """
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = Format(suffix) if suffix in Format.__members__ else Format.csv
    if fmt is Format.parquet and output is None and sys.stdout.isatty():
        _fail("parquet is binary: give -o FILE")
    if output is not None and output.parent and not output.parent.exists():
        _fail(f"{output.parent}: no such directory")
    progress = _Progress()
    result = extract_paths(
        paths, lang=lang.value if lang else None, kinds=kind, on_file=progress.step
    )
    progress.done()
    for err in result.errors:
        typer.echo(str(err), err=True)
    table = result.mentions if mentions else result.edges
    try:
        write_table(table, fmt.value, output)
    except OSError as exc:
        _fail(f"{output}: {exc.strerror or exc}")
    if output is not None:
        typer.echo(
            f"xref: {len(result.documents)} files read, {len(result.errors)} failed, "
            f"{len(result.mentions)} mentions, {len(result.edges)} edges -> {output}",
            err=True,
        )
    if result.errors:
        raise typer.Exit(1)


class _Progress:
    """A file counter on stderr, shown only on a terminal."""

    def __init__(self) -> None:
        self.n = 0
        self.live = sys.stderr.isatty()

    def step(self, item: Path | FileError) -> None:
        self.n += 1
        if self.live and self.n % 25 == 0:
            sys.stderr.write(f"\rxref: {self.n} files…")
            sys.stderr.flush()

    def done(self) -> None:
        if self.live and self.n >= 25:
            sys.stderr.write("\r" + " " * 30 + "\r")
