#!/usr/bin/env python3
"""Makes a captured write repeatable by pgbench: every row the request inserted gets a new id (and a new number,
where the row has one) on each pgbench transaction, the rest of the SQL unchanged.

usage: replayable.py CAPTURED.sql [ID TABLE ROWS CLIENTS] > REPLAYABLE.sql

With ID (an existing row the request changed, e.g. the work order of a state transition), each pgbench transaction
acts on a row of its own instead: TABLE (n = 1..ROWS, id, version) lists rows the request is allowed on, ROWS a
multiple of CLIENTS. ID, and the version in the WHERE and SET of that row's optimistic-lock UPDATE, become pgbench
variables read from TABLE. pgbench must run with CLIENTS clients and -D k=0 (a counter each client carries from one
transaction to the next).

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


def acting_on(lines, row_id, table, rows, clients):
    """The script acting on the next row of TABLE per transaction. Client c takes rows c, c + CLIENTS, ... (mod ROWS),
    so no two clients ever update one row, and a client's transactions wait on no other's row lock: that is how the
    application meets the orders, one request per order. Drawing at random would let clients update the same row and
    queue behind each other's locks; a shared sequence would add a statement and a hot spot the application does
    not have. When the list is used up a client starts over on its own rows, at the version it left them: the row
    is then already in the target status, but the statements and the rows they write are the same."""
    if rows % clients:
        sys.exit("replayable.py: ROWS (%d) must be a multiple of CLIENTS (%d)" % (rows, clients))
    literal = "'%s'" % row_id
    update = re.compile(r"^update \S+ set (.*) where (.*)$", re.I | re.S)
    version = re.compile(r"\bversion\s*=\s*('?)(\d+)\1")
    out = ["\\set slot :client_id + %d * :k" % clients,
           "\\set k :k + 1",
           "select id as row_id, version + :slot / %d as row_version, version + :slot / %d + 1 as row_next_version from %s where n = :slot %% %d + 1 \\gset"
           % (rows, rows, table, rows)]
    changed = False
    for line in lines:
        match = update.match(line)
        if match and literal in match.group(2) and version.search(match.group(2)):
            line = line[:match.start(1)] + version.sub("version = :row_next_version", match.group(1)) + " where " \
                + version.sub("version = :row_version", match.group(2))
            changed = True
        out.append(line.replace(literal + "::uuid", ":row_id::uuid").replace(literal, ":row_id"))
    if not changed:
        sys.exit("replayable.py: no optimistic-lock UPDATE (... where id = %s and version = N) in the script" % literal)
    return out


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    if len(sys.argv) > 2:
        lines = acting_on(lines, sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
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
