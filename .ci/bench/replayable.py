#!/usr/bin/env python3
"""Makes a captured write repeatable by pgbench: every row the request inserted gets a new id (and a new number,
where the row has one) on each pgbench transaction, the rest of the SQL unchanged.

usage: replayable.py CAPTURED.sql > REPLAYABLE.sql

A new row is recognised by its INSERT: the value of its "id" column, and of its "number" column (numbers are unique
per tenant). Each such value, wherever it appears in the script (references from other rows included), becomes a
pgbench variable that a first line draws per transaction: time-ordered ids like the application's (UUID version 7),
numbers as a random token. Values inside text (a JSON document mentioning the id) stay as captured: they are unique
nowhere.
"""
import re
import sys

INSERT = re.compile(r"^insert into \S+ \(([^)]*)\) values \((.*)\)(?: on conflict .*| returning .*)?;$", re.I | re.S)
UUID_LITERAL = r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'"


def split_values(text):
    """The top-level comma-separated items of a VALUES list (quotes and parentheses respected)."""
    items, depth, quoted, start = [], 0, False, 0
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "'":
                if i + 1 < len(text) and text[i + 1] == "'":
                    i += 1
                else:
                    quoted = False
        elif c == "'":
            quoted = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    items.append(text[start:].strip())
    return items


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    ids, numbers = [], []
    for line in lines:
        match = INSERT.match(line.strip())
        if not match:
            continue
        columns = [c.strip() for c in match.group(1).split(",")]
        values = split_values(match.group(2))
        if len(columns) != len(values):
            continue
        row = dict(zip(columns, values))
        value = re.match(r"^(" + UUID_LITERAL + r")(?:::uuid)?$", row.get("id", ""))
        if value and value.group(1) not in ids:
            ids.append(value.group(1))
        number = re.match(r"^('(?:[^']|'')*')$", row.get("number", ""))
        if number and number.group(1) not in numbers:
            numbers.append(number.group(1))
    draws = []
    for n, _ in enumerate(ids, 1):
        # A UUID version 7: 48 bits of milliseconds, then random bits, as the application makes them.
        draws.append("(substr(h.v, 1, 8) || '-' || substr(h.v, 9, 4) || '-7' || substr(r%d.v, 16, 3) || substr(r%d.v, 19))::uuid as id%d"
                     % (n, n, n))
    for n, _ in enumerate(numbers, 1):
        draws.append("'B' || substr(md5(random()::text || clock_timestamp()::text), 1, 15) as number%d" % n)
    out = []
    if draws:
        sources = ["(select lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') as v) h"]
        sources += ["(select gen_random_uuid()::text as v) r%d" % n for n in range(1, len(ids) + 1)]
        out.append("select " + ", ".join(draws) + " from " + ", ".join(sources) + " \\gset")
    for line in lines:
        for n, literal in enumerate(ids, 1):
            line = line.replace(literal + "::uuid", ":id%d::uuid" % n).replace(literal, ":id%d" % n)
        for n, literal in enumerate(numbers, 1):
            line = line.replace(literal, ":number%d" % n)
        out.append(line)
    print("\n".join(out))


if __name__ == "__main__":
    main()
