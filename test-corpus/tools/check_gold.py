#!/usr/bin/env python3
"""Verify every gold file under test-corpus/gold/ against its article and print corpus counts.

Usage: python3 test-corpus/tools/check_gold.py        (exit status 1 if anything is wrong)

Checks: article files are UTF-8 without BOM or CR, with a headline, a blank line and a body;
every mention's text equals text[start:end] (code points, as Python str indexing); mentions are
sorted and do not overlap; types/subtypes/values are valid; every mention.entity is listed in
entities and every listed entity is mentioned; the same entity id has the same record in every
file; ids follow the wd:/kb:/nil: scheme and nil: <=> fictional; both articles of a pair exist.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMED = {"PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "PRODUCT", "EVENT"}
VALUED = {"DATE": re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"),
          "MONEY": re.compile(r"^[A-Z]{3} \d+(\.\d+)?$"),
          "PERCENT": re.compile(r"^-?\d+(\.\d+)?$")}
SUBTYPES = {"COMPANY", "POLITICAL", "OTHER"}
TOPIC = re.compile(r"^medtop:(0[1-9]|1[0-7])000000$")
ID = re.compile(r"^(wd:Q[1-9]\d*|(kb|nil):(person|organization|location|facility|product|event):[a-z0-9_]+"
                r"|kb:(org|loc|country|fac):[a-z0-9_]+)$")
# id kind -> entity type; the short kinds are the default KB's own ids (models/kb/kb.jsonl)
KINDS = {"person": "PERSON", "organization": "ORGANIZATION", "location": "LOCATION", "facility": "FACILITY",
         "product": "PRODUCT", "event": "EVENT", "org": "ORGANIZATION", "loc": "LOCATION", "country": "LOCATION",
         "fac": "FACILITY"}
GOLD_KEYS = {"article", "lang", "pair", "topics", "entities", "mentions"}
ENTITY_KEYS = {"id", "type", "subtype", "name", "name_ja", "fictional"}


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def article(self, path: Path) -> str | None:
        raw = path.read_bytes()
        where = str(path.relative_to(ROOT))
        if raw.startswith(b"\xef\xbb\xbf"):
            self.err(where, "starts with a BOM")
        if b"\r" in raw:
            self.err(where, "contains CR")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(where, f"not UTF-8: {e}")
            return None
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
            self.err(where, "expected headline, blank line, body")
        return text

    def gold(self, path: Path, registry: dict, stats: dict) -> None:
        where = str(path.relative_to(ROOT))
        g = json.loads(path.read_text(encoding="utf-8"))
        if set(g) != GOLD_KEYS:
            self.err(where, f"keys {sorted(g)} != {sorted(GOLD_KEYS)}")
            return
        art = ROOT / g["article"]
        expected = Path("articles") / path.relative_to(ROOT / "gold").with_suffix(".txt")
        if Path(g["article"]) != expected:
            self.err(where, f"article {g['article']} should be {expected}")
        if not art.is_file():
            self.err(where, f"missing article {g['article']}")
            return
        text = self.article(art)
        if text is None:
            return
        if g["lang"] not in ("ja", "en") or g["lang"] != path.parent.name:
            self.err(where, f"bad lang {g['lang']}")
        pair = path.stem.split("-", 1)[0] if path.stem[:1] in ("p", "d") else None
        if g["pair"] != pair:
            self.err(where, f"pair {g['pair']} != {pair}")
        if not g["topics"] or any(not TOPIC.match(t) for t in g["topics"]) or len(set(g["topics"])) != len(g["topics"]):
            self.err(where, f"bad topics {g['topics']}")
        ents = {}
        for e in g["entities"]:
            if set(e) != ENTITY_KEYS:
                self.err(where, f"entity keys {sorted(e)}")
                continue
            self.entity(where, e, registry)
            if e["id"] in ents:
                self.err(where, f"duplicate entity {e['id']}")
            ents[e["id"]] = e
        used = set()
        prev_end = -1
        for m in g["mentions"]:
            self.mention(where, text, m, ents)
            if m["start"] < prev_end:
                self.err(where, f"mention at {m['start']} overlaps or is out of order")
            prev_end = m["end"]
            if "entity" in m:
                used.add(m["entity"])
            stats["mentions"][(g["lang"], m["type"])] += 1
        for eid in set(ents) - used:
            self.err(where, f"entity {eid} listed but never mentioned")
        for eid, e in ents.items():
            stats["entities"][eid] = e
        stats["articles"][g["lang"]] += 1
        stats["chars"][g["lang"]].append(len(text))
        if pair:
            stats["pairs"][pair].append((g["lang"], set(ents)))

    def entity(self, where: str, e: dict, registry: dict) -> None:
        if not ID.match(e["id"]):
            self.err(where, f"bad id {e['id']}")
        if e["type"] not in NAMED:
            self.err(where, f"entity {e['id']} has type {e['type']}")
        if (e["subtype"] in SUBTYPES) != (e["type"] == "ORGANIZATION"):
            self.err(where, f"entity {e['id']} subtype {e['subtype']} for {e['type']}")
        if e["fictional"] != e["id"].startswith("nil:"):
            self.err(where, f"entity {e['id']}: fictional must be true exactly for nil: ids")
        kind = e["id"].split(":")[1] if not e["id"].startswith("wd:") else None
        if kind and KINDS.get(kind) != e["type"]:
            self.err(where, f"entity {e['id']} id kind does not match type {e['type']}")
        if e["id"] in registry and registry[e["id"]] != e:
            self.err(where, f"entity {e['id']} differs from its record in another file")
        registry.setdefault(e["id"], e)

    def mention(self, where: str, text: str, m: dict, ents: dict) -> None:
        s, e, t = m.get("start"), m.get("end"), m.get("type")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            self.err(where, f"bad span {s}-{e}")
            return
        if text[s:e] != m.get("text"):
            self.err(where, f"text[{s}:{e}]={text[s:e]!r} != {m.get('text')!r}")
        if m["text"] != m["text"].strip():
            self.err(where, f"mention {m['text']!r} has surrounding whitespace")
        if t in NAMED:
            if set(m) != {"start", "end", "text", "type", "subtype", "entity"}:
                self.err(where, f"named mention keys {sorted(m)}")
            ent = ents.get(m.get("entity"))
            if ent is None:
                self.err(where, f"mention {m['text']!r} -> unknown entity {m.get('entity')}")
            elif (ent["type"], ent["subtype"]) != (t, m.get("subtype")):
                self.err(where, f"mention {m['text']!r} type/subtype differs from entity {ent['id']}")
        elif t in VALUED:
            if set(m) != {"start", "end", "text", "type", "value"}:
                self.err(where, f"value mention keys {sorted(m)}")
            if not VALUED[t].match(str(m.get("value"))):
                self.err(where, f"{t} value {m.get('value')!r} malformed")
        else:
            self.err(where, f"unknown type {t}")


def check_formats(c: Checker) -> int:
    """The gold-less smoke-test samples: HTML pages and JSON Lines files."""
    n = 0
    for f in sorted((ROOT / "articles" / "formats").glob("*")):
        where = str(f.relative_to(ROOT))
        if f.suffix == ".html":
            html = f.read_text(encoding="utf-8")
            for needle in ("<article", "<h1", 'property="article:published_time"', "<nav", "<footer"):
                if needle not in html:
                    c.err(where, f"missing {needle}")
            n += 1
        elif f.suffix == ".jsonl":
            for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                rec = json.loads(line)
                if set(rec) != {"id", "title", "text", "published", "url", "lang"}:
                    c.err(f"{where}:{i}", f"fields {sorted(rec)}")
                n += 1
    return n


def main() -> int:
    c = Checker()
    stats = {"mentions": Counter(), "entities": {}, "articles": Counter(),
             "chars": defaultdict(list), "pairs": defaultdict(list)}
    registry: dict = {}
    files = sorted((ROOT / "gold").glob("*/*.json"))
    for f in files:
        c.gold(f, registry, stats)
    n_formats = check_formats(c)
    for pair, sides in sorted(stats["pairs"].items()):
        langs = sorted(l for l, _ in sides)
        if langs != ["en", "ja"]:
            c.err(f"pair {pair}", f"has {langs}, expected en and ja")
    for e in c.errors:
        print("ERROR", e)
    print(f"gold files: {len(files)}  articles: " + ", ".join(f"{k}={v}" for k, v in sorted(stats["articles"].items())))
    for lang, lens in sorted(stats["chars"].items()):
        print(f"  {lang}: length {min(lens)}..{max(lens)} code points")
    types = sorted({t for _, t in stats["mentions"]})
    print("mentions by type:")
    for t in types:
        ja, en = stats["mentions"][("ja", t)], stats["mentions"][("en", t)]
        print(f"  {t:<13} ja={ja:<5} en={en:<5} total={ja + en}")
    print(f"  {'ALL':<13} total={sum(stats['mentions'].values())}")
    ents = stats["entities"].values()
    print(f"distinct entities: {len(stats['entities'])}  fictional: {sum(e['fictional'] for e in ents)}  "
          f"wikidata: {sum(e['id'].startswith('wd:') for e in ents)}")
    by_type = Counter(e["type"] for e in ents)
    print("  by type: " + ", ".join(f"{k}={v}" for k, v in sorted(by_type.items())))
    shared = [len(a & b) for (_, a), (_, b) in (s for s in stats["pairs"].values() if len(s) == 2)]
    print(f"pairs: {len(stats['pairs'])}  entities shared within pairs: {sum(shared)}")
    print(f"format samples (no gold): {n_formats} articles")
    print("OK" if not c.errors else f"{len(c.errors)} error(s)")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
