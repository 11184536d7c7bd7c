#!/usr/bin/env bash
# Fails when a translation lags behind the source: a message in the code that
# the catalogue lacks, or an entry that is untranslated or fuzzy.
#
#   po/check-translation.sh SOURCE_ROOT LANG
set -euo pipefail
root=$1
lang=$2
po="$root/po/$lang.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same keywords as meson's 'glib' preset for i18n.gettext ().
(cd "$root" && grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files")
(cd "$root" && xgettext --from-code=UTF-8 --add-comments=TRANSLATORS \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from="$tmp/files" --output="$tmp/current.pot")

status=0
if ! msgcmp "$po" "$tmp/current.pot" 2> "$tmp/msgcmp"; then
  echo "$lang.po lacks messages that are in the source:"
  cat "$tmp/msgcmp"
  status=1
fi

untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid' || true)
# The header counts as one untranslated entry.
if ((untranslated > 1 || fuzzy > 0)); then
  echo "$lang.po has $((untranslated - 1)) untranslated and $fuzzy fuzzy messages"
  msgattrib --untranslated --only-fuzzy --no-obsolete "$po" | head -40
  status=1
fi

msgfmt --check --check-format --output-file=/dev/null "$po"
exit $status
