#!/usr/bin/env python3
"""Turns what PostgreSQL logged for one API request into a pgbench script: the same SQL, in the same order.

Usage: capture.py LOGFILE OFFSET USER@DATABASE > script.sql

Reads the server log from byte OFFSET (the log's size just before the request), keeps the entries of
USER@DATABASE that log_min_duration_statement = 0 wrote for executed statements ("execute <name>: ..." or
"statement: ..."), substitutes the bound parameters from the DETAIL line that follows ("parameters: $1 = '...'")
as literals, and prints one statement per line, each ending in a semicolon. pgbench runs the whole script as
one of its transactions, so the BEGIN/COMMIT the driver sent stay where they were.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING|NOTICE|FATAL):\s+(.*)$")
EXECUTED = re.compile(r"^duration: [\d.]+ ms\s+(?:execute [^:]+|statement): (.*)$", re.S)
# With a fetch size the driver reads a long result in batches; each batch is logged as "execute fetch from
# S_n/C_m: <the same query>". It is one query: pgbench's fetch of the whole result stands for all of them.
FETCH_MORE = re.compile(r"^duration: [\d.]+ ms\s+execute fetch from ")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def entries(text):
    """(pid, who, level, message) per log entry; continuation lines belong to the entry above."""
    current = None
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            current = [match.group(1), match.group(2), match.group(3), match.group(4)]
        elif current:
            current[3] += "\n" + line
    if current:
        yield current


UUID = re.compile(r"^'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'$")
SETTING = re.compile(r"set_config\(\s*('[^']*'|\$\d+)\s*,\s*$")


def literal(value, before):
    """The bound value as SQL. The driver sent uuids typed; as literals they need the type back, except where the
    value is text (the tenant id handed to set_config)."""
    if UUID.match(value) and not SETTING.search(before):
        return value + "::uuid"
    return value


def substitute(sql, detail):
    values = {int(n): v for n, v in PARAMETER.findall(detail)}
    # $10 before $1, so that "$10" is not read as "$1" followed by "0".
    for number in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % number, lambda m, v=values[number]: literal(v, m.string[:m.start()]), sql)
    return sql


def main():
    path, offset, who = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "rb") as log:
        log.seek(offset)
        text = log.read().decode("utf-8", "replace")
    statements = []
    pending = None
    for _pid, entry_who, level, message in entries(text):
        if entry_who != who:
            continue
        if level == "LOG":
            if FETCH_MORE.match(message):
                continue
            executed = EXECUTED.match(message)
            if pending is not None:
                statements.append(pending)
            pending = executed.group(1).strip() if executed else None
        elif level == "DETAIL" and pending is not None and message.startswith("parameters:"):
            statements.append(substitute(pending, message))
            pending = None
    if pending is not None:
        statements.append(pending)
    if not statements:
        sys.exit("no statements of %s were logged after byte %d of %s" % (who, offset, path))
    for sql in statements:
        # pgbench reads one statement per line (a line ending in a backslash continues it).
        line = sql.replace("\r", " ").replace("\n", " ").strip().rstrip(";").strip()
        # An entry that logged no statement text (a protocol-level step) is no query to repeat.
        if line:
            print(line + ";")


if __name__ == "__main__":
    main()
