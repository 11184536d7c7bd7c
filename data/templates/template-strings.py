#!/usr/bin/env python3
# Lists the placeholder texts of the journey templates for xgettext, which
# cannot read JSON: writes kr-template-strings.h, a C file of NC_() calls
# that po/POTFILES.in names. The keys read here are the ones
# src/model/kr-template.c translates.
#
#   template-strings.py [--check] OUTPUT TEMPLATE...
#
# With --check, nothing is written: it fails when OUTPUT is not what it
# would write, so that the translators never miss a text.
import json
import sys

CONTEXT = 'journey template'
JOURNEY_KEYS = ['title', 'reason']
SCOPE_KEYS = ['customer', 'goal', 'start', 'end', 'out_of_scope', 'known']
PERSONA_KEYS = ['name', 'description', 'thinks_feels', 'hears', 'sees', 'says_does',
                'wants_needs']
PHASE_KEYS = ['title', 'feeling']
NOTE_KEYS = ['text', 'channel', 'owner']


def texts(journey):
    yield from (journey.get(k) for k in JOURNEY_KEYS)
    yield from (journey.get('scope', {}).get(k) for k in SCOPE_KEYS)
    for items, keys in (('personas', PERSONA_KEYS), ('phases', PHASE_KEYS),
                        ('notes', NOTE_KEYS)):
        for item in journey.get(items, []):
            yield from (item.get(k) for k in keys)


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def main():
    args = sys.argv[1:]
    check = args[:1] == ['--check']
    if check:
        args = args[1:]
    output, templates = args[0], sorted(args[1:], key=lambda p: p.rsplit('/', 1)[-1])
    lines = [
        '/* kr-template-strings.h: the placeholder texts of the journey templates',
        ' *',
        ' * Written by template-strings.py from the templates beside it; do not edit.',
        ' * Only xgettext reads this file; nothing compiles it.',
        ' */',
    ]
    seen = set()
    for path in templates:
        name = path.rsplit('/', 1)[-1]
        with open(path, encoding='utf-8') as f:
            journey = json.load(f)
        for text in texts(journey):
            if not text or text in seen:
                continue
            seen.add(text)
            lines.append('/* TRANSLATORS: a placeholder text of the journey template '
                         f'{name}; phases are written by the customer, “I …” */')
            lines.append(f'NC_("{CONTEXT}", {c_string(text)});')
    text = '\n'.join(lines) + '\n'
    if check:
        try:
            with open(output, encoding='utf-8') as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f'{output} is out of date with the templates: run '
                  '"ninja update-template-strings" and update the translations',
                  file=sys.stderr)
            sys.exit(1)
        return
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)


main()
