#!/usr/bin/env python3
"""Generates dict/actors/countries.txt: one actor entry per ISO 3166-1 country.

Sources:
  - Debian's iso-codes data (/usr/share/iso-codes/json/iso_3166-1.json, package iso-codes):
    the list of codes and the common_name / name / official_name of each;
  - tools/country_variants.txt, the project's hand-written overlay: the common names news
    uses, variants, adjectives and demonyms (its format is described at its top).

Usage:
  python3 tools/gen_countries.py            # writes dict/actors/countries.txt
  python3 tools/gen_countries.py --check    # exits 1 when the file is out of date
Options --iso-json, --overlay and --output override the default paths.

Output is deterministic: entries sorted by alpha-3 code, names in overlay order. The
generator stops (exit 2) on an unknown code in the overlay, a name given to two countries,
or a name containing '|' or '#'; it warns about countries without an adjective or demonym.
Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OVERLAY = os.path.join(ROOT, "tools", "country_variants.txt")
DEFAULT_OUTPUT = os.path.join(ROOT, "dict", "actors", "countries.txt")

KEYS = ("var", "adj", "dem", "drop", "note")


class OverlayError(Exception):
    pass


def fold(name):
    """The key dyad compares names under: case- and accent-folded (see src/text/case_fold.cc)."""
    decomposed = unicodedata.normalize("NFD", name)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold().replace("\u2019", "'")


def split_names(text):
    return [n.strip() for n in text.split("|") if n.strip()]


def parse_overlay(path):
    """Returns {code: {"names": [...], "var": [...], ..., "line": n}}."""
    blocks = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            where = "%s:%d" % (path, number)
            if not line[0].isspace():
                code, colon, rest = line.partition(":")
                code = code.strip()
                if not colon or len(code) != 3 or not code.isalpha() or not code.isupper():
                    raise OverlayError("%s: expected 'XXX: names' (an alpha-3 code)" % where)
                if code in blocks:
                    raise OverlayError("%s: %s already has a block (line %d)"
                                       % (where, code, blocks[code]["line"]))
                current = {"names": split_names(rest), "line": number}
                for key in KEYS:
                    current[key] = []
                blocks[code] = current
                continue
            if current is None:
                raise OverlayError("%s: indented line before any 'XXX:' line" % where)
            key, colon, rest = line.strip().partition(":")
            key = key.strip()
            if not colon or key not in KEYS:
                raise OverlayError("%s: expected one of %s followed by ':'"
                                   % (where, ", ".join(KEYS)))
            if key == "note":
                current["note"].append(rest.strip())
            else:
                current[key].extend(split_names(rest))
    return blocks


def iso_names(record):
    """iso-codes' names for a country, minus inverted and parenthesised forms."""
    out = []
    for field in ("common_name", "name", "official_name"):
        name = record.get(field, "").strip()
        if not name or "," in name or "(" in name:
            continue
        if name.startswith("the "):
            name = name[4:]
        out.append(name)
    return out


def iso_codes_version():
    try:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                                capture_output=True, text=True, check=False)
    except OSError:
        return "unknown"
    version = result.stdout.strip()
    return version if result.returncode == 0 and version else "unknown"


def build_entries(records, overlay, warnings):
    """Returns [(code, names, notes)] sorted by code."""
    errors = []
    iso_by_code = {r["alpha_3"]: r for r in records}
    for code in sorted(overlay):
        if code not in iso_by_code:
            errors.append("overlay line %d: %s is not an ISO 3166-1 alpha-3 code in iso-codes"
                          % (overlay[code]["line"], code))
    owner = {}  # folded name -> code
    entries = []
    for code in sorted(iso_by_code):
        record = iso_by_code[code]
        block = overlay.get(code)
        if block is None:
            warnings.append("%s (%s): no block in the overlay" % (code, record["name"]))
            block = {"names": [], "line": 0}
            for key in KEYS:
                block[key] = []
        dropped = {fold(n) for n in block["drop"]}
        candidates = list(block["names"])
        candidates += [n for n in iso_names(record) if fold(n) not in dropped]
        candidates += block["var"] + block["adj"] + block["dem"]
        names, seen = [], set()
        for name in candidates:
            if name == "-":
                continue
            if "|" in name or "#" in name:
                errors.append("%s: name %r contains '|' or '#'" % (code, name))
                continue
            key = fold(name)
            if key in seen:
                continue
            seen.add(key)
            if key in owner:
                errors.append("name %r is given to both %s and %s" % (name, owner[key], code))
                continue
            owner[key] = code
            names.append(name)
        if not names:
            errors.append("%s: no names" % code)
        for key, what in (("adj", "adjective"), ("dem", "demonym")):
            if not block[key]:
                warnings.append("%s (%s): no %s (write '%s: -' if there is none)"
                                % (code, names[0] if names else "?", what, key))
        entries.append((code, names, block["note"]))
    if errors:
        raise OverlayError("\n".join(errors))
    return entries


def render(entries, version, iso_json):
    lines = [
        "# dict/actors/countries.txt: every ISO 3166-1 country and territory, one entry each.",
        "# GENERATED by tools/gen_countries.py; do not edit by hand.",
        "# Sources: Debian iso-codes %s (%s)" % (version, iso_json),
        "# and the project's overlay tools/country_variants.txt (common names, variants,",
        "# adjectives, demonyms). To change this file, edit tools/country_variants.txt and rerun",
        "#     python3 tools/gen_countries.py",
        "# %d entries, sorted by ISO 3166-1 alpha-3 code." % len(entries),
        "",
    ]
    for code, names, notes in entries:
        lines.append(" | ".join(names))
        lines.append("    " + code)
        lines.append("    @type country")
        for note in notes:
            lines.append("    @note " + note)
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iso-json", default=DEFAULT_ISO_JSON)
    parser.add_argument("--overlay", default=DEFAULT_OVERLAY)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file differs")
    args = parser.parse_args(argv)

    try:
        with open(args.iso_json, encoding="utf-8") as f:
            records = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        print("gen_countries: cannot read %s: %s (install the iso-codes package)"
              % (args.iso_json, e), file=sys.stderr)
        return 2
    warnings = []
    try:
        overlay = parse_overlay(args.overlay)
        entries = build_entries(records, overlay, warnings)
    except OSError as e:
        print("gen_countries: %s" % e, file=sys.stderr)
        return 2
    except OverlayError as e:
        print("gen_countries: %s" % e, file=sys.stderr)
        return 2
    for warning in warnings:
        print("gen_countries: warning: %s" % warning, file=sys.stderr)
    text = render(entries, iso_codes_version(), args.iso_json)

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print("gen_countries: %s is out of date; run python3 tools/gen_countries.py"
                  % args.output, file=sys.stderr)
            return 1
        return 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("gen_countries: wrote %s: %d countries, %d names"
          % (args.output, len(entries), sum(len(n) for _, n, _ in entries)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
