"""Entity corrections an analyst keeps in a small TOML file: merge two entities, or split a wrong merge.

The file (default: beside the database, ``derek.db`` → ``derek.aliases.toml``) is applied by
``derek alias ...`` at once and again after every ``derek ingest``, so a correction survives re-ingesting
and rebuilding the database::

    [[merge]]
    name = "Ерлан Тынымбайұлы"   # this entity...
    into = "Ерлан Қарин"          # ...is this one

    [[split]]
    name = "Айгүл Бекова"         # the articles that write this name get an entity of their own
    from = "Айгүл Серікқызы"      # (optional) the entity it was wrongly merged into

Names are matched like search matches them (case, script and inflection folded), against each entity's
name and every spelling it was seen under; a knowledge-base id (``"12"``) works too. Applying is
idempotent: a merge already done or a split with nothing left to move changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from derek.errors import InputError, StoreError
from derek.kb.resolve import PERSON_TYPES, NameParts, lemma_key, name_key, person_parts
from derek.kb.terms import romanized
from derek.kb.validate import Refused


@dataclass(frozen=True)
class Merge:
    name: str
    into: str


@dataclass(frozen=True)
class Split:
    name: str
    source: str | None = None  # the entity it was merged into ("from" in the file)


@dataclass
class Corrections:
    merges: list[Merge] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits)


def default_file(db: str | Path) -> Path:
    """``derek.db`` → ``derek.aliases.toml`` (beside the database)."""
    path = Path(db)
    return path.with_name(path.stem + ".aliases.toml")


def _text(entry: dict[str, object], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(where, f"needs {key} = \"...\" (a name or an id)")
    return value.strip()


def read_corrections(path: Path) -> Corrections:
    """The corrections in ``path`` (none when it does not exist); InputError naming the file for a bad one."""
    if not path.exists():
        return Corrections()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"not a readable TOML corrections file: {exc}") from None
    out = Corrections()
    for i, entry in enumerate(data.get("merge", []), 1):
        where = f"{path} [[merge]] #{i}"
        if not isinstance(entry, dict):
            raise InputError(where, "must be a table with name and into")
        out.merges.append(Merge(_text(entry, "name", where), _text(entry, "into", where)))
    for i, entry in enumerate(data.get("split", []), 1):
        where = f"{path} [[split]] #{i}"
        if not isinstance(entry, dict):
            raise InputError(where, "must be a table with name (and from)")
        source = _text(entry, "from", where) if "from" in entry else None
        out.splits.append(Split(_text(entry, "name", where), source))
    return out


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_corrections(path: Path, corrections: Corrections) -> None:
    lines = ["# derek entity corrections: applied by `derek alias` and after every `derek ingest`.", ""]
    for m in corrections.merges:
        lines += ["[[merge]]", f"name = {_quoted(m.name)}", f"into = {_quoted(m.into)}", ""]
    for s in corrections.splits:
        lines += ["[[split]]", f"name = {_quoted(s.name)}"] + ([f"from = {_quoted(s.source)}"] if s.source else [])
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


# --- finding entities --------------------------------------------------------------------


def find_entities(conn: sqlite3.Connection, name: str) -> list[int]:
    """Entities called ``name`` (their name or a spelling they were seen under), or with that id."""
    if name.isdigit():
        return [int(name)] if conn.execute("SELECT 1 FROM entities WHERE id = ?", (int(name),)).fetchone() else []
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute(
        "SELECT id FROM entities WHERE name_key = ? UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?",
        (key, key),
    ).fetchall()
    return sorted(int(r[0]) for r in rows)


def _one(conn: sqlite3.Connection, name: str) -> int | None:
    found = find_entities(conn, name)
    if len(found) > 1:
        listed = ", ".join(f"{i} ({_name(conn, i)})" for i in found)
        raise Refused(f"{name!r} names {len(found)} entities ({listed}); give the id instead")
    return found[0] if found else None


def _name(conn: sqlite3.Connection, entity_id: int) -> str:
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return str(row[0]) if row else "?"


# --- changing the database ---------------------------------------------------------------


def _recount(conn: sqlite3.Connection, entity_id: int) -> None:
    conn.execute(
        "UPDATE entities SET article_count = (SELECT COUNT(DISTINCT article) FROM doc_entities WHERE entity_id = ?), "
        "mention_count = (SELECT COUNT(*) FROM mentions WHERE entity_id = ?) WHERE id = ?",
        (entity_id, entity_id, entity_id),
    )


def merge_entities(conn: sqlite3.Connection, keep: int, drop: int) -> None:
    """Every fact about ``drop`` becomes a fact about ``keep``; ``drop`` is deleted (inside the caller's
    transaction)."""
    for table, column in (("doc_entities", "entity_id"), ("mentions", "entity_id"), ("roles", "entity_id"),
                          ("roles", "of_entity_id"), ("quotes", "speaker_id"), ("events", "location_id"),
                          ("event_participants", "entity_id")):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep, drop))
    conn.execute(
        "DELETE FROM event_participants WHERE entity_id = ? AND rowid NOT IN "
        "(SELECT MIN(rowid) FROM event_participants WHERE entity_id = ? GROUP BY event_id)", (keep, keep),
    )
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) "
        "SELECT ?, alias, alias_key FROM entity_aliases WHERE entity_id = ?", (keep, drop),
    )
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (drop,))
    conn.execute("DELETE FROM entities WHERE id = ?", (drop,))
    _recount(conn, keep)


def _articles_writing(conn: sqlite3.Connection, entity_id: int, key: str) -> list[tuple[int, str]]:
    """(article, local id) of each article where ``entity_id`` stands for a local entity named ``key``."""
    out = []
    rows = conn.execute(
        "SELECT d.article, d.local_id, j.doc_json FROM doc_entities d JOIN article_docs j ON j.article = d.article "
        "WHERE d.entity_id = ? ORDER BY d.article", (entity_id,),
    ).fetchall()
    for article, local, doc_json in rows:
        for ent in json.loads(doc_json).get("entities", []):
            names = (str(ent.get("name") or ""), str(ent.get("latin") or ""))
            if ent.get("id") == local and key in (name_key(n) for n in names if n):
                out.append((int(article), str(local)))
    return out


def _new_entity(conn: sqlite3.Connection, like: int, name: str) -> int:
    etype = str(conn.execute("SELECT type FROM entities WHERE id = ?", (like,)).fetchone()[0])
    parts = person_parts(name) if etype in PERSON_TYPES else NameParts(name_key(name), "")
    cur = conn.execute(
        "INSERT INTO entities (type, name, latin, name_key, surname_key, given_key, lemma_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (etype, name, romanized(name), parts.key, parts.surname, parts.given,
         "" if etype in PERSON_TYPES else lemma_key(name)),
    )
    return int(cur.lastrowid or 0)


def split_entity(conn: sqlite3.Connection, entity_id: int, name: str) -> int | None:
    """Move the articles where ``entity_id`` was written ``name`` to a new entity; its id (None: nothing to move)."""
    key = name_key(name)
    moving = _articles_writing(conn, entity_id, key)
    total = int(conn.execute("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?", (entity_id,)).fetchone()[0])
    if not moving or len(moving) == total:
        return None  # nothing written that way, or every article is: nothing was merged into it
    new = _new_entity(conn, entity_id, name)
    for article, local in moving:
        conn.execute("UPDATE doc_entities SET entity_id = ? WHERE article = ? AND local_id = ?", (new, article, local))
        for table, column in (("mentions", "entity_id"), ("roles", "entity_id"), ("roles", "of_entity_id"),
                              ("quotes", "speaker_id"), ("events", "location_id")):
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND article = ?",
                         (new, entity_id, article))
        conn.execute(
            "UPDATE event_participants SET entity_id = ? WHERE entity_id = ? AND event_id IN "
            "(SELECT id FROM events WHERE article = ?)", (new, entity_id, article),
        )
    conn.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ? AND alias_key = ?", (new, entity_id, key))
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)", (new, name, key)
    )
    _recount(conn, entity_id)
    _recount(conn, new)
    return new


@dataclass
class Applied:
    merged: list[tuple[int, int]] = field(default_factory=list)  # (dropped, kept)
    split: list[tuple[int, int]] = field(default_factory=list)  # (from, new)
    notes: list[str] = field(default_factory=list)


def _apply_split(conn: sqlite3.Connection, s: Split, done: Applied) -> None:
    sources = [x for x in ([_one(conn, s.source)] if s.source else find_entities(conn, s.name)) if x is not None]
    for source in sources:
        new = split_entity(conn, source, s.name)
        if new is not None:
            done.split.append((source, new))


def _apply_merge(conn: sqlite3.Connection, m: Merge, done: Applied) -> None:
    keep = _one(conn, m.into)
    if keep is None:
        done.notes.append(f"merge {m.name!r} into {m.into!r}: no entity is called {m.into!r} yet")
        return
    for drop in find_entities(conn, m.name):
        if drop != keep:
            merge_entities(conn, keep, drop)
            done.merged.append((drop, keep))


def apply_corrections(conn: sqlite3.Connection, corrections: Corrections) -> Applied:
    """Apply every split, then every merge, in one transaction."""
    done = Applied()
    if not corrections:
        return done
    conn.execute("BEGIN IMMEDIATE")
    try:
        for s in corrections.splits:
            _apply_split(conn, s, done)
        for m in corrections.merges:
            _apply_merge(conn, m, done)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise StoreError(f"cannot apply the entity corrections: {exc}") from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return done
