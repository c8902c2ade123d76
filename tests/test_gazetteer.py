"""The shipped instrument gazetteer, xref/data/instruments.csv.

Fast, offline checks of its shape and consistency, and that every instrument a
reader found in the seed documents (tests/golden/seeds/*.instruments.tsv) has a
row whose title or aliases carry both the English and the Chinese title.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CSV_PATH = ROOT / "xref" / "data" / "instruments.csv"
GOLDEN_DIR = ROOT / "tests" / "golden" / "seeds"

HEADER = [
    "key",
    "kind",
    "title_en",
    "title_zh",
    "title_fr",
    "title_es",
    "title_ru",
    "title_ar",
    "aliases_en",
    "aliases_zh",
    "aliases_other",
    "adopted",
    "adopted_by",
    "unts_no",
    "unts_vols",
    "parent",
]
KINDS = {
    "convention",
    "protocol",
    "declaration",
    "rules",
    "strategy",
    "programme",
    "plan",
    "principles",
    "guidelines",
    "agreement",
    "charter",
    "statute",
    "outcome",
}
LIST_FIELDS = ("aliases_en", "aliases_zh", "aliases_other", "unts_vols")
SEP = " | "

KEY_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
GA_NEW_RE = re.compile(r"^A/RES/(\d+)/\d+[A-Z]?$")  # session >= 31 (1976 on)
ADOPTED_BY_RES = [
    re.compile(r"^A/RES/\d+\((?:S-)?[IVXLC]+\)$"),  # GA before 1976: A/RES/217(III), A/RES/3201(S-VI)
    re.compile(r"^A/RES/S-\d+/\d+$"),  # GA special session
    re.compile(r"^E/RES/\d{4}/\d+$"),  # ECOSOC
    re.compile(r"^A/HRC/RES/\d+/\d+$"),  # Human Rights Council
]
# Words that alone name no particular instrument.
GENERIC = {
    "convention",
    "protocol",
    "declaration",
    "charter",
    "statute",
    "treaty",
    "agreement",
    "covenant",
    "rules",
    "principles",
    "guidelines",
    "strategy",
    "plan of action",
    "programme of action",
    "optional protocol",
    "the convention",
    "the protocol",
    "公约",
    "议定书",
    "宣言",
    "宪章",
    "规约",
    "条约",
    "协定",
    "规则",
    "原则",
    "准则",
    "战略",
    "行动计划",
    "行动纲领",
    "任择议定书",
    "文书",
}


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(SEP)] if cell.strip() else []


def norm_en(text: str) -> str:
    return " ".join(text.split()).casefold()


def norm_zh(text: str) -> str:
    return "".join(text.split()).casefold()


@pytest.fixture(scope="module")
def table() -> tuple[list[str], list[dict[str, str]]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, rec, strict=True)) for rec in reader]
    return header, rows


@pytest.fixture(scope="module")
def rows(table) -> list[dict[str, str]]:
    return table[1]


def names_en(row: dict[str, str]) -> list[str]:
    return [row["title_en"], *split_list(row["aliases_en"])]


def names_zh(row: dict[str, str]) -> list[str]:
    return [row["title_zh"], *split_list(row["aliases_zh"])]


def golden_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for path in sorted(GOLDEN_DIR.glob("*.instruments.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            en, zh = (part.strip() for part in line.split("\t")[:2])
            pairs.append((path.name, en, zh))
    return pairs


def test_file_is_utf8_without_bom():
    data = CSV_PATH.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")


def test_exact_header(table):
    header, _ = table
    assert header == HEADER


def test_has_rows(rows):
    assert len(rows) >= 60


def test_every_row_has_the_same_number_of_cells():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        widths = {len(rec) for rec in csv.reader(fh)}
    assert widths == {len(HEADER)}


def test_required_fields(rows):
    for row in rows:
        for field in ("key", "kind", "title_en", "title_zh"):
            assert row[field].strip(), (row["key"], field)


def test_no_stray_whitespace(rows):
    for row in rows:
        for field, value in row.items():
            assert value == value.strip(), (row["key"], field)


def test_keys_unique_and_well_formed(rows):
    keys = [row["key"] for row in rows]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    for key in keys:
        assert KEY_RE.match(key), key
        assert "--" not in key and not key.endswith("-"), key


def test_kind_in_allowed_list(rows):
    for row in rows:
        assert row["kind"] in KINDS, (row["key"], row["kind"])


def test_lists_are_well_formed(rows):
    for row in rows:
        for field in LIST_FIELDS:
            items = split_list(row[field])
            for item in items:
                assert item, (row["key"], field, row[field])
                assert "|" not in item, (row["key"], field, item)
            assert len(items) == len(set(items)), (row["key"], field)


def test_chinese_titles_carry_no_outer_book_marks(rows):
    for row in rows:
        for name in names_zh(row):
            assert not (name.startswith("《") and name.endswith("》")), (row["key"], name)


def test_no_generic_alias(rows):
    for row in rows:
        for name in names_en(row) + split_list(row["aliases_other"]):
            assert norm_en(name) not in GENERIC, (row["key"], name)
        for name in names_zh(row):
            assert norm_zh(name) not in GENERIC, (row["key"], name)


def test_no_name_claimed_by_two_instruments(rows):
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        key = row["key"]
        others = [row[f"title_{lang}"] for lang in ("fr", "es", "ru", "ar")]
        others += split_list(row["aliases_other"])
        names = {norm_en(n) for n in names_en(row) + [o for o in others if o]}
        names |= {norm_zh(n) for n in names_zh(row)}
        for name in names:
            if owner.setdefault(name, key) != key:
                clashes.append((name, owner[name], key))
    assert not clashes, clashes


def test_adopted_is_an_iso_date(rows):
    for row in rows:
        value = row["adopted"]
        if not value:
            continue
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (row["key"], value)
        day = dt.date.fromisoformat(value)
        assert dt.date(1945, 1, 1) <= day <= dt.date.today(), (row["key"], value)


def test_adopted_by_is_a_canonical_resolution_id(rows):
    for row in rows:
        value = row["adopted_by"]
        if not value:
            continue
        m = GA_NEW_RE.match(value)
        if m:
            assert int(m.group(1)) >= 31, (row["key"], value)
            continue
        assert any(rx.match(value) for rx in ADOPTED_BY_RES), (row["key"], value)


def test_parent_is_an_existing_other_key(rows):
    keys = {row["key"] for row in rows}
    for row in rows:
        parent = row["parent"]
        if parent:
            assert parent in keys, (row["key"], parent)
            assert parent != row["key"], row["key"]


def test_parent_chains_end(rows):
    parent = {row["key"]: row["parent"] for row in rows}
    for start, up in parent.items():
        seen = {start}
        while up:
            assert up not in seen, f"cycle through {up}"
            seen.add(up)
            up = parent[up]


def test_unts_numbers(rows):
    numbers = [row["unts_no"] for row in rows if row["unts_no"]]
    for number in numbers:
        assert number.isdigit() and number.isascii(), number
    assert len(numbers) == len(set(numbers)), sorted(n for n in numbers if numbers.count(n) > 1)


def test_unts_volumes_are_numbers(rows):
    for row in rows:
        for vol in split_list(row["unts_vols"]):
            assert vol.isdigit() and vol.isascii(), (row["key"], vol)


def test_seed_treaty_series_references(rows):
    """The Treaty Series references printed in the seed footnotes resolve."""
    # (volume, number) pairs as printed in the sample documents' footnotes.
    printed = {
        ("2225", "39574"): "UNTOC",
        ("2349", "42146"): "UNCAC",
        ("1577", "27531"): "CRC",
        ("1582", "27627"): "DRUGS-1988",
    }
    by_key = {row["key"]: row for row in rows}
    for (vol, number), key in printed.items():
        row = by_key[key]
        assert row["unts_no"] == number, key
        assert vol in split_list(row["unts_vols"]), key


GOLDEN = golden_pairs()


def test_golden_files_found():
    assert GOLDEN, f"no *.instruments.tsv under {GOLDEN_DIR}"


@pytest.mark.parametrize(
    ("source", "title_en", "title_zh"), GOLDEN, ids=[f"{s}:{en[:40]}" for s, en, _ in GOLDEN]
)
def test_golden_instrument_has_a_row(rows, source, title_en, title_zh):
    by_zh = [row for row in rows if norm_zh(title_zh) in {norm_zh(n) for n in names_zh(row)}]
    assert by_zh, f"{source}: no row has the Chinese title or alias {title_zh!r}"
    assert len(by_zh) == 1
    row = by_zh[0]
    assert norm_en(title_en) in {norm_en(n) for n in names_en(row)}, (
        f"{source}: row {row['key']} lacks the English title or alias {title_en!r}"
    )
