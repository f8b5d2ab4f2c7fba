#!/usr/bin/env python3
"""Build gold JSON files from mention specs: locate every occurrence of each surface in an article.

Usage:
  python3 tools/find_offsets.py tools/specs/ja/p01-ukraine-talks.spec [...]   # writes gold/ja/p01-....json
  python3 tools/find_offsets.py --all            # every spec under tools/specs/
  add --kwic to print each mention in context, --uncovered to list likely names left unannotated,
  --check to compare instead of write (exit 1 if a gold file is not what its spec produces).

Spec format (UTF-8, one directive per line, '#' starts a comment line):
  @topics medtop:16000000 medtop:11000000      IPTC top-level codes, first = primary
  SURFACE | TARGET [| OPTIONS]
SURFACE is the literal text to find. It may carry context around the span, with the span itself
marked by [[ and ]]: "[[日]]米" annotates the 日 of every 日米 only. Latin-script surfaces only
match at word boundaries (no letter or digit on either side of the whole context).
TARGET is an entity id from tools/entities.tsv (type and subtype come from there), or a value
mention: DATE:2022-01-21, MONEY:JPY 150000000000, PERCENT:0.25.
OPTIONS: only=1,3 keeps just those occurrences (1-based, counted over all matches of the context
in text order); skip=2 drops those occurrences.
Longer contexts claim their spans first; a later (shorter) match overlapping an already claimed
span is dropped silently (so list トヨタ自動車 and トヨタ and the longer one wins). A line that ends
up with no mention at all is an error.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tools" / "entities.tsv"
VALUE_TYPES = ("DATE", "MONEY", "PERCENT")


def load_registry() -> dict[str, dict]:
    entities = {}
    for n, line in enumerate(REGISTRY.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            sys.exit(f"{REGISTRY}:{n}: expected 6 tab-separated columns, got {len(cols)}")
        eid, etype, subtype, name, name_ja, fictional = cols
        if eid in entities:
            sys.exit(f"{REGISTRY}:{n}: duplicate id {eid}")
        entities[eid] = {
            "id": eid,
            "type": etype,
            "subtype": None if subtype == "-" else subtype,
            "name": name,
            "name_ja": None if name_ja == "-" else name_ja,
            "fictional": fictional == "fictional",
        }
    return entities


def is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def occurrences(text: str, context: str) -> list[tuple[int, int]]:
    """All (start, end) spans of the marked part of context in text, in text order."""
    if "[[" in context:
        pre, rest = context.split("[[", 1)
        span, post = rest.split("]]", 1)
    else:
        pre, span, post = "", context, ""
    full = pre + span + post
    latin_edges = is_latin(full[0]) or is_latin(full[-1])
    found = []
    for m in re.finditer(re.escape(full), text):
        s, e = m.start(), m.end()
        if latin_edges:
            if is_latin(full[0]) and s > 0 and is_latin(text[s - 1]):
                continue
            if is_latin(full[-1]) and e < len(text) and is_latin(text[e]):
                continue
        found.append((s + len(pre), s + len(pre) + len(span)))
    return found


def parse_spec(path: Path):
    topics, lines = [], []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@topics"):
            topics = line.split()[1:]
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) not in (2, 3):
            sys.exit(f"{path}:{n}: expected 'SURFACE | TARGET [| OPTIONS]'")
        opts = {}
        if len(parts) == 3:
            for opt in parts[2].split():
                key, _, val = opt.partition("=")
                opts[key] = {int(x) for x in val.split(",")}
        lines.append((n, parts[0], parts[1], opts))
    return topics, lines


def build(spec: Path, registry: dict, kwic: bool, uncovered: bool, check: bool = False) -> bool:
    lang = spec.parent.name
    stem = spec.stem
    article = ROOT / "articles" / lang / f"{stem}.txt"
    text = article.read_text(encoding="utf-8")
    topics, lines = parse_spec(spec)
    if not topics:
        sys.exit(f"{spec}: missing @topics")
    claimed: list[tuple[int, int]] = []
    mentions = []
    used_lines = set()
    ordered = sorted(lines, key=lambda l: -len(l[1].replace("[[", "").replace("]]", "")))
    for n, surface, target, opts in ordered:
        for i, (s, e) in enumerate(occurrences(text, surface), 1):
            if "only" in opts and i not in opts["only"]:
                continue
            if i in opts.get("skip", set()):
                continue
            if any(s < ce and cs < e for cs, ce in claimed):
                continue
            claimed.append((s, e))
            used_lines.add(n)
            m = {"start": s, "end": e, "text": text[s:e]}
            kind = target.split(":", 1)[0]
            if kind in VALUE_TYPES:
                m.update({"type": kind, "value": target.split(":", 1)[1]})
            else:
                if target not in registry:
                    sys.exit(f"{spec}:{n}: unknown entity {target}")
                ent = registry[target]
                m.update({"type": ent["type"], "subtype": ent["subtype"], "entity": target})
            mentions.append(m)
    missing = [(n, s) for n, s, _, _ in lines if n not in used_lines]
    if missing:
        sys.exit(f"{spec}: no occurrence for " + ", ".join(f"line {n} '{s}'" for n, s in missing))
    mentions.sort(key=lambda m: m["start"])
    ids = []
    for m in mentions:
        if "entity" in m and m["entity"] not in ids:
            ids.append(m["entity"])
    gold = {
        "article": f"articles/{lang}/{stem}.txt",
        "lang": lang,
        "pair": stem.split("-", 1)[0] if stem[:1] in ("p", "d") else None,
        "topics": topics,
        "entities": [registry[i] for i in ids],
        "mentions": mentions,
    }
    out = ROOT / "gold" / lang / f"{stem}.json"
    rendered = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == rendered
        print(f"{out.relative_to(ROOT)}: {'up to date' if same else 'DIFFERS from its spec'}")
        return same
    out.write_text(rendered, encoding="utf-8")
    if kwic:
        for m in mentions:
            left = text[max(0, m["start"] - 8):m["start"]].replace("\n", "⏎")
            right = text[m["end"]:m["end"] + 8].replace("\n", "⏎")
            print(f"  {m['start']:5d} {left:>8}【{m['text']}】{right:<8} {m['type']} {m.get('entity', m.get('value'))}")
    if uncovered:
        report_uncovered(text, claimed, lang)
    print(f"{out.relative_to(ROOT)}: {len(mentions)} mentions, {len(ids)} entities")
    return True


CANDIDATES = {
    "ja": r"[ァ-ヴー・]{2,}|[A-Za-zＡ-Ｚ][A-Za-z0-9Ａ-Ｚ\-]+|[一-龥ぁ-ん々]{1,6}(?:県|市|町|村|区|省|庁|党|社|大学|銀行|機構|協会|連合|空港|駅|センター|研究所|裁|署)",
    "en": r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z\-]+)*",
}


def report_uncovered(text: str, claimed, lang: str) -> None:
    seen = set()
    for m in re.finditer(CANDIDATES[lang], text, flags=re.M):
        s, e = m.span()
        if any(s < ce and cs < e for cs, ce in claimed):
            continue
        if m.group() not in seen:
            seen.add(m.group())
            print(f"    uncovered? {m.group()}")


def main(argv: list[str]) -> None:
    kwic = "--kwic" in argv
    uncovered = "--uncovered" in argv
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    specs = sorted((ROOT / "tools" / "specs").glob("*/*.spec")) if "--all" in argv else [Path(a) for a in args]
    registry = load_registry()
    ok = all([build(spec.resolve(), registry, kwic, uncovered, check) for spec in specs])
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
