#!/usr/bin/env python3
"""Rename gold placeholder ids of real entities that the default KB now holds.

Usage (from the repository root):
  python3 test-corpus/tools/kb_ids.py [--write] REGISTRY_DIR...   e.g. test-corpus test-corpus/heldout

A real entity outside the KB carries a placeholder id (kb:<type>:<snake_name>, absent from the KB). When
the KB later gains the entity, the gold must use the id kiji emits for it (wd:<QID> or the KB id), or
linking accuracy would count a right link as wrong. A KB id whose entry has a QID is renamed to wd:<QID>, the
id kiji emits for it. An entity is renamed only when exactly one KB entry
of the same type has the registry's English name or Japanese name as its label, or, when no label matches,
exactly one entry has as a label or alias every one of the names the registry gives that the KB knows at all
(compared after NFKC, case folding and dropping spaces, dots, hyphens and middle dots); nothing else is guessed. Without
--write the renamings are only printed. With --write, tools/entities.tsv and every spec under
tools/specs/ of each REGISTRY_DIR are rewritten; regenerate the gold afterwards with
`python3 tools/find_offsets.py --all` in that directory.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
KB = ROOT / "models" / "kb" / "kb.jsonl"


def key(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s.\-‐–・=＝'’,]", "", s)


def kb_index() -> tuple[set[str], dict[tuple[str, str], set[str]], dict[str, str]]:
    ids: set[str] = set()
    qid_of: dict[str, str] = {}
    by_label: dict[tuple[str, str], set[str]] = {}
    for line in KB.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        e = json.loads(line)
        emitted = "wd:" + e["wikidata"] if e.get("wikidata") else e["id"]
        ids.add(e["id"])
        ids.add(emitted)
        if emitted != e["id"]:
            qid_of[e["id"]] = emitted
        for label in (e["labels"].get("en"), e["labels"].get("ja")):
            if label:
                by_label.setdefault((e["type"], key(label)), set()).add(emitted)
        for alias in e["aliases"].get("en", []) + e["aliases"].get("ja", []):
            BY_ALIAS.setdefault((e["type"], key(alias)), set()).add(emitted)
    return ids, by_label, qid_of


# (type, key) -> ids of the entries having that name as an alias (filled by kb_index)
BY_ALIAS: dict[tuple[str, str], set[str]] = {}


def by_names(etype: str, name: str, name_ja: str, by_label: dict) -> set[str]:
    """Entries whose label is either name; failing that, entries every given name reaches as a label or alias."""
    found = by_label.get((etype, key(name)), set()) | by_label.get((etype, key(name_ja)), set())
    if found:
        return found
    sets = [by_label.get((etype, key(n)), set()) | BY_ALIAS.get((etype, key(n)), set()) for n in (name, name_ja) if n]
    hits = [s for s in sets if s]
    return set.intersection(*hits) if hits else set()


def renamings(registry: Path, ids: set[str], by_label: dict, qid_of: dict[str, str]) -> dict[str, str]:
    out = {}
    for line in registry.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        old, etype, name, name_ja, real = f[0], f[1], f[3], f[4], f[5].strip()
        if old in qid_of:  # a KB id kiji emits as the entry's QID
            out[old] = qid_of[old]
            continue
        if not old.startswith("kb:") or old in ids or real != "real":
            continue
        found = by_names(etype, name, name_ja, by_label)
        if len(found) == 1:
            out[old] = next(iter(found))
    return out


def rewrite(path: Path, ren: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"(?<![\w:])(kb:[a-z]+:[a-z0-9_]+)(?![\w])", lambda m: ren.get(m.group(1), m.group(1)), text)
    if new != text:
        path.write_text(new, encoding="utf-8")


def main(argv: list[str]) -> int:
    write = "--write" in argv
    dirs = [Path(a) for a in argv if a != "--write"]
    ids, by_label, qid_of = kb_index()
    for d in dirs:
        registry = d / "tools" / "entities.tsv"
        ren = renamings(registry, ids, by_label, qid_of)
        for old, new in sorted(ren.items()):
            print(f"{d}: {old} -> {new}")
        if write and ren:
            rewrite(registry, ren)
            for spec in sorted((d / "tools" / "specs").rglob("*.spec")):
                rewrite(spec, ren)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
