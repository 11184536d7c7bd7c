/* kr-journey-reader-values.c: reading single values, with paths in messages
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The building blocks of the format reader: typed access to values on the
 * tape, clamping with warnings, unknown keys gathered for writing back, and
 * errors that name the place of the problem as a path.
 */
#define G_LOG_DOMAIN "kr-journey-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kr-emotion.h"
#include "kr-journey-io.h"
#include "kr-journey-reader-private.h"

static void
append_path (GString    *out,
             const Path *path)
{
  if (path == NULL)
    return;
  append_path (out, path->parent);
  if (path->key != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, path->key);
    }
  else
    g_string_append_printf (out, "[%u]", path->index);
}

char *
kr_reader_path_to_string (const Path *path)
{
  GString *out = g_string_new (NULL);

  append_path (out, path);
  if (out->len == 0)
    /* TRANSLATORS: the place of an error that concerns the whole file */
    g_string_append (out, _("the document"));
  return g_string_free (out, FALSE);
}

gboolean G_GNUC_PRINTF (4, 5)
kr_reader_fail (Reader     *reader,
                int         code,
                const Path *path,
                const char *format,
                ...)
{
  g_autofree char *where = kr_reader_path_to_string (path);
  g_autofree char *what = NULL;
  va_list args;

  if (reader->error != NULL)
    return FALSE;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: %s is a place in the file, like notes[3].phase, then the problem */
  g_set_error (&reader->error, KR_JOURNEY_ERROR, code, _("%s: %s"), where, what);
  return FALSE;
}

void G_GNUC_PRINTF (3, 4)
kr_reader_warn (Reader     *reader,
                const Path *path,
                const char *format,
                ...)
{
  g_autofree char *where = kr_reader_path_to_string (path);
  g_autofree char *what = NULL;
  va_list args;

  if (reader->warnings == NULL)
    return;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->warnings, g_strdup_printf (_("%s: %s"), where, what));
}

const char *
kr_reader_describe_node (Reader    *reader,
                         KrJsonRef  ref)
{
  switch (kr_json_type (reader->doc, ref))
    {
    case KR_JSON_OBJECT:
      return _("an object");
    case KR_JSON_ARRAY:
      return _("a list");
    case KR_JSON_NULL:
      return _("null");
    case KR_JSON_STRING:
      return _("text");
    case KR_JSON_TRUE:
    case KR_JSON_FALSE:
      return _("true or false");
    case KR_JSON_DOUBLE:
      {
        double value = kr_json_get_number (reader->doc, ref);

        /* Whole numbers beyond 64 bits are read as doubles. */
        if (isfinite (value) && value == floor (value) && fabs (value) > 1e15)
          return _("a number too large to be exact");
        return _("a number with a fraction");
      }
    case KR_JSON_INT:
    default:
      return _("a whole number");
    }
}

gboolean
kr_reader_fail_type (Reader     *reader,
                     const Path *path,
                     const char *expected,
                     KrJsonRef   ref)
{
  /* TRANSLATORS: "expected text, found a list" and the like */
  return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, path, _("expected %s, found %s"),
               expected, kr_reader_describe_node (reader, ref));
}

gboolean
kr_reader_is_number (Reader    *reader,
                     KrJsonRef  ref)
{
  KrJsonType type = kr_json_type (reader->doc, ref);
  return type == KR_JSON_INT || type == KR_JSON_DOUBLE;
}

gboolean
kr_reader_read_string (Reader      *reader,
                       const Path  *path,
                       KrJsonRef    ref,
                       const char **out)
{
  if (kr_json_type (reader->doc, ref) != KR_JSON_STRING)
    return kr_reader_fail_type (reader, path, _("text"), ref);
  *out = kr_json_get_string (reader->doc, ref);
  return TRUE;
}

gboolean
kr_reader_read_boolean (Reader     *reader,
                        const Path *path,
                        KrJsonRef   ref,
                        gboolean   *out)
{
  KrJsonType type = kr_json_type (reader->doc, ref);

  if (type != KR_JSON_TRUE && type != KR_JSON_FALSE)
    return kr_reader_fail_type (reader, path, _("true or false"), ref);
  *out = type == KR_JSON_TRUE;
  return TRUE;
}

gboolean
kr_reader_read_number (Reader     *reader,
                       const Path *path,
                       KrJsonRef   ref,
                       double     *out)
{
  double value;

  if (!kr_reader_is_number (reader, ref))
    return kr_reader_fail_type (reader, path, _("a number"), ref);
  value = kr_json_get_number (reader->doc, ref);
  if (!isfinite (value))
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, path,
                 _("the number is too large to be read"));
  *out = value;
  return TRUE;
}

/* Reads a number and clamps it into [@min, @max] with a warning. */
gboolean
kr_reader_read_clamped (Reader     *reader,
                        const Path *path,
                        KrJsonRef   node,
                        double      min,
                        double      max,
                        double     *out)
{
  double value;

  if (!kr_reader_read_number (reader, path, node, &value))
    return FALSE;
  if (value < min || value > max)
    {
      double clamped = CLAMP (value, min, max);
      char was[G_ASCII_DTOSTR_BUF_SIZE], now[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (was, sizeof was, "%g", value);
      g_ascii_formatd (now, sizeof now, "%g", clamped);
      kr_reader_warn (reader, path, _("%s is out of range (%g to %g) and was changed to %s"),
            was, min, max, now);
      value = clamped;
    }
  *out = value;
  return TRUE;
}

gboolean
kr_reader_read_order (Reader     *reader,
                      const Path *path,
                      KrJsonRef   node,
                      guint      *out)
{
  double value;

  if (!kr_reader_read_number (reader, path, node, &value))
    return FALSE;
  if (value != floor (value))
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, path,
                 _("expected a whole number, found a number with a fraction"));
  if (value < 0)
    {
      kr_reader_warn (reader, path, _("a negative order was changed to 0"));
      value = 0;
    }
  if (value > G_MAXUINT)
    {
      kr_reader_warn (reader, path, _("an order above %u was changed to %u"), G_MAXUINT, G_MAXUINT);
      value = G_MAXUINT;
    }
  *out = (guint)value;
  return TRUE;
}

/* Unknown values are written back as they came, so they must be writable:
 * a number that overflowed to infinity has no JSON form. */
gboolean
kr_reader_check_unknown_value (Reader     *reader,
                               const Path *path,
                               KrJsonRef   ref)
{
  const KrJsonDoc *doc = reader->doc;
  KrJsonType type = kr_json_type (doc, ref);

  if (type == KR_JSON_OBJECT || type == KR_JSON_ARRAY)
    {
      guint n = kr_json_get_size (doc, ref);
      KrJsonRef child = n > 0 ? kr_json_first_child (doc, ref) : ref;

      for (guint i = 0; i < n; i++, child = kr_json_next_sibling (doc, child))
        {
          Path child_path = type == KR_JSON_OBJECT ? PATH_KEY (path, kr_json_key (doc, child))
                                                   : PATH_INDEX (path, i);
          if (!kr_reader_check_unknown_value (reader, &child_path, child))
            return FALSE;
        }
      return TRUE;
    }

  if (type == KR_JSON_DOUBLE && !isfinite (kr_json_get_number (doc, ref)))
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, path, _("the number is too large to be read"));

  return TRUE;
}

/* Sorts an object's members into the slots of its known keys, in the
 * order of @keys, and gathers the rest, in file order, as unknown keys to
 * keep. A slot of a missing key is NONE. */
gboolean
kr_reader_sort_members (Reader            *reader,
                        const Path        *path,
                        KrJsonRef          object,
                        const char *const *keys,
                        guint              n_keys,
                        KrJsonRef         *slots,
                        JsonObject       **extra)
{
  const KrJsonDoc *doc = reader->doc;
  guint n = kr_json_get_size (doc, object);
  KrJsonRef member = n > 0 ? kr_json_first_child (doc, object) : object;

  for (guint k = 0; k < n_keys; k++)
    slots[k] = NONE;
  *extra = NULL;

  for (guint i = 0; i < n; i++, member = kr_json_next_sibling (doc, member))
    {
      const char *name = kr_json_key (doc, member);
      guint k;

      for (k = 0; k < n_keys; k++)
        if (strcmp (name, keys[k]) == 0)
          break;

      if (k < n_keys)
        {
          slots[k] = member;
          continue;
        }

      {
        Path child = PATH_KEY (path, name);

        if (!kr_reader_check_unknown_value (reader, &child, member))
          {
            g_clear_pointer (extra, json_object_unref);
            return FALSE;
          }
      }
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_member (*extra, name, kr_json_to_node (doc, member));
    }

  return TRUE;
}

gboolean
kr_reader_require (Reader     *reader,
                   const Path *parent,
                   const char *key,
                   KrJsonRef   slot)
{
  Path path = PATH_KEY (parent, key);

  if (slot != NONE)
    return TRUE;
  return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &path, _("this required key is missing"));
}

gboolean
kr_reader_expect_object (Reader     *reader,
                         const Path *path,
                         KrJsonRef   ref)
{
  if (kr_json_type (reader->doc, ref) != KR_JSON_OBJECT)
    return kr_reader_fail_type (reader, path, _("an object"), ref);
  return TRUE;
}

gboolean
kr_reader_expect_array (Reader     *reader,
                        const Path *path,
                        KrJsonRef   ref)
{
  if (kr_json_type (reader->doc, ref) != KR_JSON_ARRAY)
    return kr_reader_fail_type (reader, path, _("a list"), ref);
  return TRUE;
}

/* Optional string members all read the same way. */
gboolean
kr_reader_read_optional_string (Reader      *reader,
                                const Path  *parent,
                                const char  *key,
                                KrJsonRef    slot,
                                const char **out)
{
  Path path = PATH_KEY (parent, key);

  *out = NULL;
  if (slot == NONE)
    return TRUE;
  return kr_reader_read_string (reader, &path, slot, out);
}

gboolean
kr_reader_check_unique (Reader     *reader,
                        GHashTable *seen,
                        const Path *item_path,
                        const char *id)
{
  Path path = PATH_KEY (item_path, "id");

  if (!g_hash_table_add (seen, (gpointer)id))
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &path,
                 _("the id “%s” is used twice"), id);
  return TRUE;
}

const char *
kr_reader_read_emotion_id (Reader     *reader,
                           const Path *path,
                           KrJsonRef    node)
{
  const char *id;

  if (!kr_reader_read_string (reader, path, node, &id))
    return NULL;
  if (kr_emotion_lookup (id) == NULL)
    {
      kr_reader_warn (reader, path, _("unknown emotion “%s” was left out"), id);
      return "";
    }
  return id;
}
