#!/usr/bin/env python3
"""Load for a request that can be made only once per row: `hey` repeats one URL, but a state transition repeated on
one work order is refused (409). This driver sends each request of a list once, from CONCURRENCY threads, each with
its own keep-alive connection, until DURATION has passed or the list is used up.

usage: transition.py URL_TEMPLATE [BODY_TEMPLATE] < ROWS

URL_TEMPLATE and BODY_TEMPLATE name the fields of a row as {1}, {2}, ... (ROWS: one request a line, fields separated
by whitespace, e.g. "<work order id> <version>"). Without BODY_TEMPLATE the request is a GET; with ROWS empty, the one
URL is repeated until DURATION (the yardstick against `hey`, see README.md).

Environment: TOKEN (bearer token), DURATION (seconds, "15s" accepted), CONCURRENCY (threads).
Prints "<requests/s> <p50 ms> <p99 ms> <non-2xx answers>"; on stderr the status counts, and a note when the list ran
out before DURATION (the rate is then over the time the list lasted).
"""
import collections
import http.client
import os
import re
import sys
import threading
import time
import urllib.parse


def percentile(sorted_ms, share):
    # The same rank as bench.sh's percentiles(): the int(N * share)-th value, counted from 1.
    if not sorted_ms:
        return None
    return sorted_ms[max(1, int(len(sorted_ms) * share)) - 1]


def fill(template, row):
    """The template with {n} replaced by the row's n-th field (a JSON body's own braces stay)."""
    return re.sub(r"\{(\d+)\}", lambda m: row[int(m.group(1)) - 1], template)


def main():
    url_template = sys.argv[1]
    body_template = sys.argv[2] if len(sys.argv) > 2 else None
    token = os.environ["TOKEN"]
    duration = float(os.environ.get("DURATION", "15").rstrip("s"))
    concurrency = int(os.environ.get("CONCURRENCY", "8"))
    rows = [line.split() for line in sys.stdin if line.strip()]
    endless = not rows
    url = urllib.parse.urlsplit(url_template)
    lock = threading.Lock()
    next_row = iter(rows)
    latencies, statuses = [], collections.Counter()
    start = time.monotonic()
    deadline = start + duration
    finished = []

    def take():
        with lock:
            return [] if endless else next(next_row, None)

    def worker():
        connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        if body_template is not None:
            headers["Content-Type"] = "application/json"
        mine, codes = [], collections.Counter()
        while time.monotonic() < deadline:
            row = take()
            if row is None:
                break
            path = fill(url_template, row)[len(url.scheme) + 3 + len(url.netloc):]
            body = fill(body_template, row).encode() if body_template is not None else None
            t0 = time.monotonic()
            try:
                connection.request("POST" if body is not None else "GET", path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
                connection.close()
            mine.append((time.monotonic() - t0) * 1000)
            codes[status] += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            statuses.update(codes)
            finished.append(time.monotonic())

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = min(max(finished), deadline) - start if finished else duration
    if not endless and len(latencies) == len(rows):
        print("transition.py: the %d rows ran out after %.1f s of %.0f s" % (len(rows), elapsed, duration), file=sys.stderr)
    print(", ".join("%s x%d" % (status, count) for status, count in sorted(statuses.items(), key=str)), file=sys.stderr)
    ordered = sorted(latencies)
    p50, p99 = percentile(ordered, 0.50), percentile(ordered, 0.99)
    non_2xx = sum(count for status, count in statuses.items() if not (isinstance(status, int) and 200 <= status < 300))
    print("%.0f %s %s %d" % (len(latencies) / elapsed if elapsed > 0 else 0,
                             "-" if p50 is None else "%.1f" % p50, "-" if p99 is None else "%.1f" % p99, non_2xx))


if __name__ == "__main__":
    main()
