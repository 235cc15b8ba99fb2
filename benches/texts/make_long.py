#!/usr/bin/env python3
"""Rebuild long.txt: the self-written articles of this folder, date markers removed,
joined by blank lines and repeated in rotating order until the text reaches 1 MiB.
The first line is a date marker, as in a real article."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["article.txt", "budget.txt", "wildfire.txt", "summit.txt", "short.txt"]


def body(name):
    text = open(os.path.join(HERE, name), encoding="utf-8").read().strip()
    if text.startswith("date "):
        text = text[len("date 2000-01-01 "):]
    return text


def main():
    bodies = [body(n) for n in NAMES]
    parts, size, k = [], 0, 0
    while size < 1 << 20:
        b = bodies[k % len(bodies)]
        parts.append(b)
        size += len(b.encode("utf-8")) + 2
        k += 1
    text = "date 2024-03-14 " + "\n\n".join(parts) + "\n"
    with open(os.path.join(HERE, "long.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
