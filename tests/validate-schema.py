#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates .klantreis journey files against the JSON Schema of the file format.
#
# Usage: validate-schema.py SCHEMA FILE-OR-DIRECTORY...
#
# Directories are searched recursively for *.klantreis files. Prints "ok FILE" for
# every valid file and the errors of every invalid one, then a summary line. The exit
# status is 0 when every file is valid, 1 when one is not, and 2 on a usage error.

import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.stderr.write("validate-schema.py: the Python module jsonschema is missing "
                     "(Debian: python3-jsonschema)\n")
    sys.exit(77)  # meson's exit code for a skipped test


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs.sort()
                found += [os.path.join(root, n) for n in sorted(names)
                          if n.endswith(".klantreis")]
            if not found:
                sys.stderr.write("warning: no .klantreis files in %s\n" % path)
            files += found
        else:
            files.append(path)
    return files


def where(error):
    path = ""
    for part in error.absolute_path:
        path += "[%d]" % part if isinstance(part, int) else (".%s" % part if path else part)
    return path or "(top level)"


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: %s SCHEMA FILE-OR-DIRECTORY...\n" % argv[0])
        return 2

    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    passed = failed = 0
    for path in collect(argv[2:]):
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, UnicodeDecodeError, ValueError) as e:
            print("FAIL %s: %s" % (path, e))
            failed += 1
            continue

        errors = sorted(validator.iter_errors(document),
                        key=lambda e: list(map(str, e.absolute_path)))
        if errors:
            print("FAIL %s" % path)
            for error in errors:
                print("  %s: %s" % (where(error), error.message))
            failed += 1
        else:
            print("ok %s" % path)
            passed += 1

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
