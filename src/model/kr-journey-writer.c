/* kr-journey-writer.c: writing the .klantreis format
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is canonical: keys in the order of the format's tables, unknown
 * keys after them, notes grouped by phase, lane and order, two-space
 * indentation and a final newline. The same document always gives the same
 * bytes, so a journey kept in version control diffs line by line.
 */
#define G_LOG_DOMAIN "kr-journey-writer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kr-journey-io.h"
#include "kr-model-private.h"

typedef struct
{
  GString *out;
  guint    indent;
  gboolean first;   /* nothing written yet in the open object or list */
} Writer;

static void
newline (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->indent; i++)
    g_string_append (w->out, "  ");
}

static void
open_block (Writer *w,
            char    c)
{
  g_string_append_c (w->out, c);
  w->indent++;
  w->first = TRUE;
}

static void
close_block (Writer *w,
             char    c)
{
  w->indent--;
  if (!w->first)
    newline (w);
  g_string_append_c (w->out, c);
  w->first = FALSE;
}

static void
next_item (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  newline (w);
  w->first = FALSE;
}

static void
write_string (Writer     *w,
              const char *str)
{
  GString *out = w->out;
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *c = str; *c != '\0'; c++)
    {
      const char *escape = NULL;
      char buf[8];

      switch (*c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          if ((guchar)*c < 0x20)
            {
              g_snprintf (buf, sizeof buf, "\\u%04x", (guchar)*c);
              escape = buf;
            }
        }

      if (escape != NULL)
        {
          g_string_append_len (out, run, c - run);
          g_string_append (out, escape);
          run = c + 1;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

static void
write_key (Writer     *w,
           const char *key)
{
  next_item (w);
  write_string (w, key);
  g_string_append (w->out, ": ");
}

/* The shortest text that reads back as the same double. */
static void
format_double (char   *buf,
               gsize   size,
               double  value)
{
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, size, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

/* Known numbers: whole values are written without a fraction. */
static void
write_number (Writer *w,
              double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (w->out, "%" G_GINT64_FORMAT, (gint64)value);
  else
    {
      format_double (buf, sizeof buf, value);
      g_string_append (w->out, buf);
    }
}

static void write_node (Writer *w, JsonNode *node);

static void
write_extra_members (Writer     *w,
                     JsonObject *extra)
{
  g_autoptr(GList) names = NULL;

  if (extra == NULL)
    return;

  /* json-glib 1.6 iterates members in hash order; this list is in the
   * order they were added, which is the order of the file. */
  names = json_object_get_members (extra);
  for (GList *l = names; l != NULL; l = l->next)
    {
      write_key (w, l->data);
      write_node (w, json_object_get_member (extra, l->data));
    }
}

/* Unknown values go back as they came; a double keeps a fraction so that it
 * stays a double for the next reader. */
static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      open_block (w, '{');
      write_extra_members (w, json_node_get_object (node));
      close_block (w, '}');
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        open_block (w, '[');
        for (guint i = 0; i < n; i++)
          {
            next_item (w);
            write_node (w, json_array_get_element (array, i));
          }
        close_block (w, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            format_double (buf, sizeof buf, json_node_get_double (node));
            g_string_append (w->out, buf);
            if (strpbrk (buf, ".eEni") == NULL)
              g_string_append (w->out, ".0");
          }
          break;
        default:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        }
    }
}

static void
write_string_member (Writer     *w,
                     const char *key,
                     const char *value)
{
  if (value == NULL)
    return;
  write_key (w, key);
  write_string (w, value);
}

static void
write_true_member (Writer     *w,
                   const char *key,
                   gboolean    value)
{
  /* false is the default and is left out */
  if (!value)
    return;
  write_key (w, key);
  g_string_append (w->out, "true");
}

static void
write_scope (Writer    *w,
             KrJourney *journey)
{
  JsonObject *extra = kr_journey_get_scope_extra (journey);
  gboolean any = extra != NULL;

  for (guint i = 0; i < KR_SCOPE_N_FIELDS && !any; i++)
    any = kr_journey_get_scope (journey, i) != NULL;
  if (!any)
    return;

  write_key (w, "scope");
  open_block (w, '{');
  for (guint i = 0; i < KR_SCOPE_N_FIELDS; i++)
    write_string_member (w, kr_scope_field_to_key (i), kr_journey_get_scope (journey, i));
  write_extra_members (w, extra);
  close_block (w, '}');
}

static void
write_persona (Writer    *w,
               KrPersona *persona)
{
  open_block (w, '{');
  write_string_member (w, "id", kr_persona_get_id (persona));
  for (guint i = 0; i < KR_PERSONA_N_FIELDS; i++)
    write_string_member (w, kr_persona_field_to_key (i), kr_persona_get_field (persona, i));
  write_extra_members (w, kr_persona_get_extra (persona));
  close_block (w, '}');
}

static void
write_phase (Writer  *w,
             KrPhase *phase)
{
  const char *from = kr_phase_get_emotion_from (phase);
  const char *to = kr_phase_get_emotion_to (phase);
  JsonObject *metrics_extra = kr_phase_get_metrics_extra (phase);
  gboolean any_metric = metrics_extra != NULL;

  open_block (w, '{');
  write_string_member (w, "id", kr_phase_get_id (phase));
  write_string_member (w, "title", kr_phase_get_title (phase));

  if (from != NULL || to != NULL)
    {
      write_key (w, "emotions");
      open_block (w, '[');
      if (from != NULL)
        {
          next_item (w);
          write_string (w, from);
        }
      if (to != NULL)
        {
          next_item (w);
          write_string (w, to);
        }
      close_block (w, ']');
    }

  write_string_member (w, "feeling", kr_phase_get_feeling (phase));
  if (kr_phase_get_has_curve (phase))
    {
      write_key (w, "curve");
      write_number (w, kr_phase_get_curve (phase));
    }
  write_true_member (w, "moment_of_truth", kr_phase_get_moment_of_truth (phase));

  for (guint i = 0; i < KR_N_METRICS; i++)
    any_metric |= kr_phase_get_has_metric (phase, i);
  if (any_metric)
    {
      write_key (w, "metrics");
      open_block (w, '{');
      for (guint i = 0; i < KR_N_METRICS; i++)
        if (kr_phase_get_has_metric (phase, i))
          {
            write_key (w, kr_metric_to_key (i));
            write_number (w, kr_phase_get_metric (phase, i));
          }
      write_extra_members (w, metrics_extra);
      close_block (w, '}');
    }

  write_extra_members (w, kr_phase_get_extra (phase));
  close_block (w, '}');
}

static void
write_note (Writer *w,
            KrNote *note)
{
  open_block (w, '{');
  write_string_member (w, "id", kr_note_get_id (note));
  write_string_member (w, "phase", kr_note_get_phase (note));
  write_string_member (w, "kind", kr_note_kind_to_string (kr_note_get_kind (note)));
  write_string_member (w, "text", kr_note_get_text (note));
  write_key (w, "order");
  g_string_append_printf (w->out, "%u", kr_note_get_order (note));
  if (kr_note_get_has_valence (note))
    {
      write_key (w, "valence");
      write_number (w, kr_note_get_valence (note));
    }
  write_string_member (w, "channel", kr_note_get_channel (note));
  write_true_member (w, "moment_of_truth", kr_note_get_moment_of_truth (note));
  write_true_member (w, "red_thread", kr_note_get_red_thread (note));
  write_string_member (w, "emotion", kr_note_get_emotion (note));
  write_string_member (w, "colour", kr_note_get_colour (note));
  write_string_member (w, "owner", kr_note_get_owner (note));
  write_string_member (w, "status", kr_note_status_to_string (kr_note_get_status (note)));
  write_extra_members (w, kr_note_get_extra (note));
  close_block (w, '}');
}

typedef struct
{
  KrNote *note;
  guint   phase;     /* index of its phase; notes of a missing phase go last */
  guint   position;  /* index in the notes list, to keep ties stable */
} NoteKey;

static int
compare_note_keys (gconstpointer a,
                   gconstpointer b)
{
  const NoteKey *ka = a, *kb = b;
  guint va, vb;

  if (ka->phase != kb->phase)
    return ka->phase < kb->phase ? -1 : 1;
  va = kr_note_get_kind (ka->note);
  vb = kr_note_get_kind (kb->note);
  if (va != vb)
    return va < vb ? -1 : 1;
  va = kr_note_get_order (ka->note);
  vb = kr_note_get_order (kb->note);
  if (va != vb)
    return va < vb ? -1 : 1;
  return ka->position < kb->position ? -1 : (ka->position > kb->position);
}

static void
write_notes (Writer    *w,
             KrJourney *journey)
{
  GListModel *phases = kr_journey_get_phases (journey);
  GListModel *notes = kr_journey_get_notes (journey);
  guint n_phases = g_list_model_get_n_items (phases);
  guint n_notes = g_list_model_get_n_items (notes);
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree NoteKey *keys = g_new (NoteKey, n_notes);

  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      g_hash_table_insert (phase_index, (gpointer)kr_phase_get_id (phase), GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < n_notes; i++)
    {
      KrNote *note = g_list_model_get_item (notes, i);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (phase_index, kr_note_get_phase (note)));

      g_object_unref (note);  /* the list keeps it alive */
      keys[i] = (NoteKey) { note, index > 0 ? index - 1 : G_MAXUINT, i };
    }
  if (n_notes > 0)
    qsort (keys, n_notes, sizeof (NoteKey), compare_note_keys);

  write_key (w, "notes");
  open_block (w, '[');
  for (guint i = 0; i < n_notes; i++)
    {
      next_item (w);
      write_note (w, keys[i].note);
    }
  close_block (w, ']');
}

GBytes *
kr_journey_to_bytes (KrJourney *journey)
{
  g_autoptr(GEnumClass) states = g_type_class_ref (KR_TYPE_JOURNEY_STATE);
  g_autoptr(GEnumClass) validations = g_type_class_ref (KR_TYPE_JOURNEY_VALIDATION);
  GListModel *personas, *phases;
  Writer w = { 0 };
  guint n;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  personas = kr_journey_get_personas (journey);
  phases = kr_journey_get_phases (journey);
  w.out = g_string_sized_new (4096 + 400 * g_list_model_get_n_items (kr_journey_get_notes (journey)));

  open_block (&w, '{');
  write_string_member (&w, "format", "klantreis");
  write_key (&w, "version");
  g_string_append_printf (w.out, "%d", KR_FORMAT_VERSION);
  write_string_member (&w, "title", kr_journey_get_title (journey));
  write_string_member (&w, "language", kr_journey_get_language (journey));
  /* Written even at their defaults: a reader sees at a glance whether this is
   * the current or the desired journey, and whether it was validated. */
  write_string_member (&w, "state",
                       g_enum_get_value (states, kr_journey_get_state (journey))->value_nick);
  write_string_member (&w, "validation",
                       g_enum_get_value (validations,
                                         kr_journey_get_validation (journey))->value_nick);
  write_string_member (&w, "reason", kr_journey_get_reason (journey));
  write_scope (&w, journey);

  n = g_list_model_get_n_items (personas);
  if (n > 0)
    {
      write_key (&w, "personas");
      open_block (&w, '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);
          next_item (&w);
          write_persona (&w, persona);
        }
      close_block (&w, ']');
    }
  write_string_member (&w, "persona", kr_journey_get_persona (journey));

  write_key (&w, "phases");
  open_block (&w, '[');
  n = g_list_model_get_n_items (phases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      next_item (&w);
      write_phase (&w, phase);
    }
  close_block (&w, ']');

  write_notes (&w, journey);
  write_string_member (&w, "created", kr_journey_get_created (journey));
  write_string_member (&w, "modified", kr_journey_get_modified (journey));
  write_extra_members (&w, kr_journey_get_extra (journey));
  close_block (&w, '}');
  g_string_append_c (w.out, '\n');

  return g_string_free_to_bytes (w.out);
}

/* Saving */

static gboolean
check_etag (GFile        *file,
            const char   *etag,
            gint64       *mode,
            gint64       *gid,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *current;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_MODE ","
                            G_FILE_ATTRIBUTE_UNIX_GID,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      /* A file that is not there yet is simply created. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    *mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777;
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_GID))
    *gid = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_GID);

  current = g_file_info_get_etag (info);
  if (etag != NULL && current != NULL && strcmp (etag, current) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                   _("The file was changed on disk by someone else since it was opened"));
      return FALSE;
    }

  return TRUE;
}

gboolean
kr_journey_save_file (KrJourney     *journey,
                      GFile         *file,
                      const char    *etag,
                      char         **new_etag,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  gint64 mode = -1;              /* of the file there was, if any */
  gint64 gid = -1;
  const char *data;
  const char *written;
  gsize length;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_etag (file, etag, &mode, &gid, cancellable, error))
    return FALSE;

  bytes = kr_journey_to_bytes (journey);
  data = g_bytes_get_data (bytes, &length);
  path = g_file_get_path (file);

  if (path == NULL)
    {
      /* Not a local file: GIO's own replace writes beside it and renames. */
      return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                      new_etag, cancellable, error);
    }

  /* Write through a symbolic link to the file it names, rather than
   * replacing the link with a plain file. */
  target = realpath (path, NULL);

  /* The new bytes go into a temporary file beside the old one, which is
   * renamed over it only once they are all on disk: a full disk, a missing
   * folder or a crash leaves the old file as it was. */
  written = target != NULL ? target : path;
  if (!g_file_set_contents_full (written, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode >= 0 ? (int) mode : 0666, error))
    return FALSE;

  /* The renamed file is a new one, made with the umask and the user's own
   * group: a journey shared through its group (0664, say) stays shared.
   * Only the owner or root may do this; for anyone else it stays as made. */
  if (gid >= 0 && chown (written, (uid_t) -1, (gid_t) gid) != 0)
    g_debug ("Could not give %s its group back: %s", written, g_strerror (errno));
  if (mode >= 0 && g_chmod (written, (int) mode) != 0)
    g_debug ("Could not give %s its mode back: %s", written, g_strerror (errno));

  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      *new_etag = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }

  return TRUE;
}
