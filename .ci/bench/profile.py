#!/usr/bin/env python3
"""Where a scenario's server time went: the JFR execution samples of one recording, each counted once, as a markdown
table. A sample inside SQL generation or JSON column reading counts there; any other sample counts under the category
of its innermost frame that names one (a sample in the JDBC driver under a REST call is the driver's).

usage: profile.py RECORDING.txt   (the output of `jfr print --events jdk.ExecutionSample --stack-depth 300 R.jfr`)
"""
import collections
import re
import sys

# Counted wherever they sit on the stack: the work they stand for is spread over many small frames.
ENCLOSING = [
    ("SQL generation (Hibernate turns the query into SQL on every run)", "ConcreteSqmSelectQueryPlan.buildInterpretation"),
    ("SQL generation (Hibernate turns the query into SQL on every run)", "BaseSqmToSqlAstConverter"),
    ("reading JSON columns", "JsonFormatMapper"),
]
# (label, a substring of a frame's method), looked for from the innermost frame outwards.
CATEGORIES = [
    ("SQL generation (Hibernate turns the query into SQL on every run)", "ConcreteSqmSelectQueryPlan.buildInterpretation"),
    ("SQL generation (Hibernate turns the query into SQL on every run)", "BaseSqmToSqlAstConverter"),
    ("reading JSON columns", "JsonFormatMapper"),
    ("building entities and rows from results (Hibernate)", "org.hibernate.sql.results"),
    ("JDBC driver and pool", "org.postgresql"),
    ("JDBC driver and pool", "io.agroal"),
    ("commit, flush and transaction", "com.arjuna"),
    ("commit, flush and transaction", "flush"),
    ("other query work: parameters, plans (Hibernate)", "org.hibernate.query"),
    ("other Hibernate (sessions, persistence context)", "org.hibernate.engine"),
    ("other Hibernate (sessions, persistence context)", "org.hibernate.internal"),
    ("writing the JSON answer (Jackson)", "com.fasterxml.jackson"),
    ("verifying the bearer token", "io.smallrye.jwt"),
    ("verifying the bearer token", "org.jose4j"),
    ("request filters (rate limit, request ids, headers)", "io.aftercare.api"),
    ("application code", "io.aftercare"),
    ("validation", "org.hibernate.validator"),
    ("CDI and interceptors (ArC)", "io.quarkus.arc"),
    ("REST layer (Quarkus REST)", "resteasy"),
    ("HTTP and event loop (Vert.x, Netty)", "io.vertx"),
    ("HTTP and event loop (Vert.x, Netty)", "io.netty"),
]


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        joined = " ".join(frames)
        label = next((name for name, pattern in ENCLOSING if pattern in joined), None)
        if label is None:
            label = next((name for frame in frames for name, pattern in CATEGORIES if pattern in frame), "JVM and other")
        counts[label] += 1
    if total == 0:
        print("(no samples)")
        return
    print(f"| where ({total} samples) | share |")
    print("|---|---:|")
    for label, n in counts.most_common():
        print(f"| {label} | {100 * n / total:.0f} % |")


if __name__ == "__main__":
    main()
