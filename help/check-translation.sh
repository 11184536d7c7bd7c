#!/bin/sh
# Checks one translation of the help:
#   check-translation.sh HELPDIR LANG PAGE...
# The LANG/LANG.po file must translate every string of the pages (nothing
# untranslated or fuzzy), pass msgfmt's checks, and give pages that are
# valid Mallard.
set -eu

helpdir=$1
lang=$2
shift 2
po="$helpdir/$lang/$lang.po"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

itstool -o "$tmp/help.pot" "$@"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/help.pot"

status=0
for kind in untranslated only-fuzzy; do
  msgattrib --"$kind" --no-obsolete -o "$tmp/$kind.po" "$tmp/merged.po"
  if [ -s "$tmp/$kind.po" ]; then
    echo "$po: strings that are $kind (regenerate with 'ninja help-klantreis-$lang-update-po' and translate them):" >&2
    msgattrib --no-wrap --no-location -o - "$tmp/$kind.po" | grep '^msgid ' | grep -v '^msgid ""$' >&2 || true
    status=1
  fi
done

msgfmt --check --check-format --statistics -o "$tmp/$lang.mo" "$po"

mkdir "$tmp/pages"
itstool --strict -m "$tmp/$lang.mo" --lang "$lang" -o "$tmp/pages/" "$@"
yelp-check validate "$tmp"/pages/*.page || status=1
yelp-check links "$tmp/pages" || status=1

exit $status
