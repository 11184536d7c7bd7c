/* kr-journey-reader.c: reading the .klantreis format
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A load succeeds whole or fails whole. The bytes are checked for size and
 * encoding, parsed strictly (kr-json-parser.c), then read into the model.
 * Every error names its place: a line and column for syntax, a path such as
 * notes[3].phase for anything else.
 */
#define G_LOG_DOMAIN "kr-journey-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kr-emotion.h"
#include "kr-journey-io.h"
#include "kr-journey-reader-private.h"

G_DEFINE_QUARK (kr-journey-error-quark, kr_journey_error)

/* Persona */

enum {
  PERSONA_ID,
  PERSONA_FIRST_FIELD,
  N_PERSONA_KEYS = PERSONA_FIRST_FIELD + KR_PERSONA_N_FIELDS
};

static const char *const persona_keys[N_PERSONA_KEYS] = {
  "id", "name", "description", "thinks_feels", "hears", "sees", "says_does", "wants_needs",
};

static KrPersona *
read_persona (Reader     *reader,
              const Path *path,
              KrJsonRef    node,
              GHashTable *ids)
{
  KrJsonRef slots[N_PERSONA_KEYS];
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(KrPersona) persona = NULL;
  const char *id;

  if (!kr_reader_expect_object (reader, path, node) ||
      !kr_reader_sort_members (reader, path, node, persona_keys, N_PERSONA_KEYS, slots, &extra) ||
      !kr_reader_require (reader, path, "id", slots[PERSONA_ID]))
    return NULL;

  {
    Path id_path = PATH_KEY (path, "id");
    if (!kr_reader_read_string (reader, &id_path, slots[PERSONA_ID], &id) ||
        !kr_reader_check_unique (reader, ids, path, id))
      return NULL;
  }

  persona = kr_persona_new (id);
  for (guint i = 0; i < KR_PERSONA_N_FIELDS; i++)
    {
      const char *value;

      if (!kr_reader_read_optional_string (reader, path, persona_keys[PERSONA_FIRST_FIELD + i],
                                 slots[PERSONA_FIRST_FIELD + i], &value))
        return NULL;
      kr_persona_set_field (persona, i, value);
    }
  kr_persona_set_extra (persona, extra);

  return g_steal_pointer (&persona);
}

/* Phase */

enum {
  PHASE_ID,
  PHASE_TITLE,
  PHASE_EMOTIONS,
  PHASE_FEELING,
  PHASE_CURVE,
  PHASE_MOMENT_OF_TRUTH,
  PHASE_METRICS,
  N_PHASE_KEYS
};

static const char *const phase_keys[N_PHASE_KEYS] = {
  "id", "title", "emotions", "feeling", "curve", "moment_of_truth", "metrics",
};

static const char *const metric_keys[KR_N_METRICS] = { "ces", "csat", "nps" };

static gboolean
read_phase_emotions (Reader     *reader,
                     const Path *path,
                     KrJsonRef    node,
                     KrPhase    *phase)
{
  const char *ids[2] = { NULL, NULL };
  guint n_ids = 0;
  KrJsonRef element;
  guint n;

  if (!kr_reader_expect_array (reader, path, node))
    return FALSE;

  n = kr_json_get_size (reader->doc, node);
  if (n > 2)
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, path,
                 _("a phase has at most two emotions (from and to), found %u"), n);

  element = n > 0 ? kr_json_first_child (reader->doc, node) : node;
  for (guint i = 0; i < n; i++, element = kr_json_next_sibling (reader->doc, element))
    {
      Path item = PATH_INDEX (path, i);
      const char *id = kr_reader_read_emotion_id (reader, &item, element);

      if (id == NULL)
        return FALSE;
      if (*id != '\0')
        ids[n_ids++] = id;
    }

  kr_phase_set_emotion_from (phase, ids[0]);
  kr_phase_set_emotion_to (phase, ids[1]);
  return TRUE;
}

static gboolean
read_metrics (Reader     *reader,
              const Path *path,
              KrJsonRef    node,
              KrPhase    *phase)
{
  KrJsonRef slots[KR_N_METRICS];
  g_autoptr(JsonObject) extra = NULL;

  if (!kr_reader_expect_object (reader, path, node) ||
      !kr_reader_sort_members (reader, path, node, metric_keys, KR_N_METRICS, slots, &extra))
    return FALSE;

  for (guint i = 0; i < KR_N_METRICS; i++)
    {
      Path item = PATH_KEY (path, metric_keys[i]);
      double min, max, value;

      if (slots[i] == NONE)
        continue;
      kr_metric_get_range (i, &min, &max);
      if (!kr_reader_read_clamped (reader, &item, slots[i], min, max, &value))
        return FALSE;
      kr_phase_set_metric (phase, i, value);
    }
  kr_phase_set_metrics_extra (phase, extra);

  return TRUE;
}

static KrPhase *
read_phase (Reader     *reader,
            const Path *path,
            KrJsonRef    node,
            GHashTable *ids)
{
  KrJsonRef slots[N_PHASE_KEYS];
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(KrPhase) phase = NULL;
  const char *id, *title, *feeling;
  Path p_id = PATH_KEY (path, "id");
  Path p_title = PATH_KEY (path, "title");

  if (!kr_reader_expect_object (reader, path, node) ||
      !kr_reader_sort_members (reader, path, node, phase_keys, N_PHASE_KEYS, slots, &extra) ||
      !kr_reader_require (reader, path, "id", slots[PHASE_ID]) ||
      !kr_reader_read_string (reader, &p_id, slots[PHASE_ID], &id) ||
      !kr_reader_check_unique (reader, ids, path, id) ||
      !kr_reader_require (reader, path, "title", slots[PHASE_TITLE]) ||
      !kr_reader_read_string (reader, &p_title, slots[PHASE_TITLE], &title))
    return NULL;

  phase = kr_phase_new (id, title);

  if (slots[PHASE_EMOTIONS] != NONE)
    {
      Path p = PATH_KEY (path, "emotions");
      if (!read_phase_emotions (reader, &p, slots[PHASE_EMOTIONS], phase))
        return NULL;
    }

  if (!kr_reader_read_optional_string (reader, path, "feeling", slots[PHASE_FEELING], &feeling))
    return NULL;
  kr_phase_set_feeling (phase, feeling);

  if (slots[PHASE_CURVE] != NONE)
    {
      Path p = PATH_KEY (path, "curve");
      double curve;

      if (!kr_reader_read_clamped (reader, &p, slots[PHASE_CURVE], KR_CURVE_MIN, KR_CURVE_MAX, &curve))
        return NULL;
      kr_phase_set_curve (phase, curve);
      kr_phase_set_has_curve (phase, TRUE);
    }

  if (slots[PHASE_MOMENT_OF_TRUTH] != NONE)
    {
      Path p = PATH_KEY (path, "moment_of_truth");
      gboolean value;

      if (!kr_reader_read_boolean (reader, &p, slots[PHASE_MOMENT_OF_TRUTH], &value))
        return NULL;
      kr_phase_set_moment_of_truth (phase, value);
    }

  if (slots[PHASE_METRICS] != NONE)
    {
      Path p = PATH_KEY (path, "metrics");
      if (!read_metrics (reader, &p, slots[PHASE_METRICS], phase))
        return NULL;
    }

  kr_phase_set_extra (phase, extra);
  return g_steal_pointer (&phase);
}

/* Note */

enum {
  NOTE_ID,
  NOTE_PHASE,
  NOTE_KIND,
  NOTE_TEXT,
  NOTE_ORDER,
  NOTE_VALENCE,
  NOTE_CHANNEL,
  NOTE_MOMENT_OF_TRUTH,
  NOTE_RED_THREAD,
  NOTE_EMOTION,
  NOTE_COLOUR,
  NOTE_OWNER,
  NOTE_STATUS,
  N_NOTE_KEYS
};

static const char *const note_keys[N_NOTE_KEYS] = {
  "id", "phase", "kind", "text", "order", "valence", "channel", "moment_of_truth",
  "red_thread", "emotion", "colour", "owner", "status",
};

/* An unknown status is dropped with a warning, as an unknown emotion is:
 * the journey still opens, and the rest of the note is kept. */
static gboolean
read_note_status (Reader     *reader,
                  const Path *path,
                  KrJsonRef   node,
                  KrNote     *note)
{
  const char *name;
  KrNoteStatus status;

  if (!kr_reader_read_string (reader, path, node, &name))
    return FALSE;
  if (!kr_note_status_from_string (name, &status))
    {
      kr_reader_warn (reader, path,
                      _("“%s” is not a status (idea, planned or done) and was left out"), name);
      return TRUE;
    }
  kr_note_set_status (note, status);
  return TRUE;
}

static KrNote *
read_note (Reader     *reader,
           const Path *path,
           KrJsonRef    node,
           GHashTable *ids,
           GHashTable *phase_ids)
{
  KrJsonRef slots[N_NOTE_KEYS];
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(KrNote) note = NULL;
  const char *id, *phase, *kind_name, *text, *channel, *owner;
  KrNoteKind kind;
  guint order = 0;
  Path p_id = PATH_KEY (path, "id");
  Path p_phase = PATH_KEY (path, "phase");
  Path p_kind = PATH_KEY (path, "kind");
  Path p_text = PATH_KEY (path, "text");
  Path p_order = PATH_KEY (path, "order");

  if (!kr_reader_expect_object (reader, path, node) ||
      !kr_reader_sort_members (reader, path, node, note_keys, N_NOTE_KEYS, slots, &extra))
    return NULL;

  for (guint k = NOTE_ID; k <= NOTE_ORDER; k++)
    if (!kr_reader_require (reader, path, note_keys[k], slots[k]))
      return NULL;

  if (!kr_reader_read_string (reader, &p_id, slots[NOTE_ID], &id) ||
      !kr_reader_check_unique (reader, ids, path, id) ||
      !kr_reader_read_string (reader, &p_phase, slots[NOTE_PHASE], &phase) ||
      !kr_reader_read_string (reader, &p_kind, slots[NOTE_KIND], &kind_name) ||
      !kr_reader_read_string (reader, &p_text, slots[NOTE_TEXT], &text) ||
      !kr_reader_read_order (reader, &p_order, slots[NOTE_ORDER], &order))
    return NULL;

  if (!g_hash_table_contains (phase_ids, phase))
    {
      kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p_phase, _("no phase has the id “%s”"), phase);
      return NULL;
    }

  if (!kr_note_kind_from_string (kind_name, &kind))
    {
      kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p_kind,
            _("“%s” is not a kind of note (activity, pain, gain or improvement)"), kind_name);
      return NULL;
    }

  note = kr_note_new (id, phase, kind, text);
  kr_note_set_order (note, order);

  if (slots[NOTE_VALENCE] != NONE)
    {
      Path p = PATH_KEY (path, "valence");
      double valence;

      if (!kr_reader_read_clamped (reader, &p, slots[NOTE_VALENCE], KR_VALENCE_MIN, KR_VALENCE_MAX,
                         &valence))
        return NULL;
      kr_note_set_valence (note, valence);
      kr_note_set_has_valence (note, TRUE);
    }
  else if (kind == KR_NOTE_KIND_ACTIVITY)
    {
      Path p = PATH_KEY (path, "valence");
      kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p,
            _("an activity needs a valence, its height above or below the neutral line"));
      return NULL;
    }

  if (!kr_reader_read_optional_string (reader, path, "channel", slots[NOTE_CHANNEL], &channel))
    return NULL;
  kr_note_set_channel (note, channel);

  if (slots[NOTE_MOMENT_OF_TRUTH] != NONE)
    {
      Path p = PATH_KEY (path, "moment_of_truth");
      gboolean value;

      if (!kr_reader_read_boolean (reader, &p, slots[NOTE_MOMENT_OF_TRUTH], &value))
        return NULL;
      kr_note_set_moment_of_truth (note, value);
    }

  if (slots[NOTE_RED_THREAD] != NONE)
    {
      Path p = PATH_KEY (path, "red_thread");
      gboolean value;

      if (!kr_reader_read_boolean (reader, &p, slots[NOTE_RED_THREAD], &value))
        return NULL;
      kr_note_set_red_thread (note, value);
    }

  if (slots[NOTE_EMOTION] != NONE)
    {
      Path p = PATH_KEY (path, "emotion");
      const char *emotion = kr_reader_read_emotion_id (reader, &p, slots[NOTE_EMOTION]);

      if (emotion == NULL)
        return NULL;
      if (*emotion != '\0')
        kr_note_set_emotion (note, emotion);
    }

  if (slots[NOTE_COLOUR] != NONE)
    {
      Path p = PATH_KEY (path, "colour");
      const char *colour;

      if (!kr_reader_read_string (reader, &p, slots[NOTE_COLOUR], &colour))
        return NULL;
      if (!kr_colour_is_valid (colour))
        {
          kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p,
                _("“%s” is not a colour of the form #RRGGBB"), colour);
          return NULL;
        }
      kr_note_set_colour (note, colour);
    }

  if (!kr_reader_read_optional_string (reader, path, "owner", slots[NOTE_OWNER], &owner))
    return NULL;
  kr_note_set_owner (note, owner);

  if (slots[NOTE_STATUS] != NONE)
    {
      Path p = PATH_KEY (path, "status");

      if (!read_note_status (reader, &p, slots[NOTE_STATUS], note))
        return NULL;
    }

  kr_note_set_extra (note, extra);
  return g_steal_pointer (&note);
}

/* Journey */

enum {
  TOP_FORMAT,
  TOP_VERSION,
  TOP_TITLE,
  TOP_LANGUAGE,
  TOP_STATE,
  TOP_VALIDATION,
  TOP_REASON,
  TOP_SCOPE,
  TOP_PERSONAS,
  TOP_PERSONA,
  TOP_PHASES,
  TOP_NOTES,
  TOP_CREATED,
  TOP_MODIFIED,
  N_TOP_KEYS
};

static const char *const top_keys[N_TOP_KEYS] = {
  "format", "version", "title", "language", "state", "validation", "reason", "scope",
  "personas", "persona", "phases", "notes", "created", "modified",
};

static const char *const scope_keys[KR_SCOPE_N_FIELDS] = {
  "customer", "goal", "start", "end", "out_of_scope", "known",
};

static gboolean
read_format_and_version (Reader     *reader,
                         KrJsonRef  *slots)
{
  Path p_format = PATH_KEY (NULL, "format");
  Path p_version = PATH_KEY (NULL, "version");
  const char *format;
  KrJsonRef version = slots[TOP_VERSION];
  gint64 number;
  char text[32];

  if (slots[TOP_FORMAT] == NONE)
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p_format,
                 _("this required key is missing, so this is not a Klantreis journey"));
  if (!kr_reader_read_string (reader, &p_format, slots[TOP_FORMAT], &format))
    return FALSE;
  if (strcmp (format, "klantreis") != 0)
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p_format,
                 _("“%s” is not “klantreis”, so this is not a Klantreis journey"), format);

  if (!kr_reader_require (reader, NULL, "version", version))
    return FALSE;
  if (kr_json_type (reader->doc, version) != KR_JSON_INT)
    return kr_reader_fail_type (reader, &p_version, _("a whole number"), version);

  number = kr_json_get_int (reader->doc, version);
  /* gettext cannot see through G_GINT64_FORMAT, so the number goes in as text. */
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, number);
  if (number > KR_FORMAT_VERSION)
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_TOO_NEW, &p_version,
                           _("the journey was made by a newer version of Klantreis (format "
                             "version %s); update Klantreis to open it"),
                           text);
  if (number < KR_FORMAT_VERSION)
    return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &p_version,
                           _("%s is not a format version"), text);

  return TRUE;
}

static gboolean
read_enum (Reader     *reader,
           const char *key,
           KrJsonRef   slot,
           GType       type,
           int        *out)
{
  Path path = PATH_KEY (NULL, key);
  g_autoptr(GEnumClass) klass = NULL;
  const char *name;
  GEnumValue *value;

  if (slot == NONE)
    return TRUE;
  if (!kr_reader_read_string (reader, &path, slot, &name))
    return FALSE;

  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    {
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "",
                                klass->values[i].value_nick);
      /* TRANSLATORS: the second %s is a list of allowed words */
      return kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, &path, _("“%s” is not one of %s"),
                   name, allowed->str);
    }
  *out = value->value;
  return TRUE;
}

static gboolean
read_scope (Reader     *reader,
            KrJsonRef    node,
            KrJourney  *journey)
{
  Path path = PATH_KEY (NULL, "scope");
  KrJsonRef slots[KR_SCOPE_N_FIELDS];
  g_autoptr(JsonObject) extra = NULL;

  if (!kr_reader_expect_object (reader, &path, node) ||
      !kr_reader_sort_members (reader, &path, node, scope_keys, KR_SCOPE_N_FIELDS, slots, &extra))
    return FALSE;

  for (guint i = 0; i < KR_SCOPE_N_FIELDS; i++)
    {
      const char *value;

      if (!kr_reader_read_optional_string (reader, &path, scope_keys[i], slots[i], &value))
        return FALSE;
      kr_journey_set_scope (journey, i, value);
    }
  kr_journey_set_scope_extra (journey, extra);
  return TRUE;
}

typedef gpointer (*ReadItemFunc) (Reader *, const Path *, KrJsonRef, GHashTable *, gpointer);

/* Reads a list of items into a new array; the lists are spliced into the
 * journey in one go at the end, so that building a large document emits a
 * single items-changed per list. */
static GPtrArray *
read_list (Reader       *reader,
           const char   *key,
           KrJsonRef      node,
           ReadItemFunc  read_item,
           GHashTable   *ids,
           gpointer      data)
{
  Path path = PATH_KEY (NULL, key);
  g_autoptr(GPtrArray) items = NULL;
  KrJsonRef element;
  guint n;

  if (!kr_reader_expect_array (reader, &path, node))
    return NULL;

  n = kr_json_get_size (reader->doc, node);
  items = g_ptr_array_new_full (n, g_object_unref);
  element = n > 0 ? kr_json_first_child (reader->doc, node) : node;
  for (guint i = 0; i < n; i++, element = kr_json_next_sibling (reader->doc, element))
    {
      Path item_path = PATH_INDEX (&path, i);
      gpointer item = read_item (reader, &item_path, element, ids, data);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

static gpointer
read_persona_item (Reader *reader, const Path *path, KrJsonRef  node, GHashTable *ids, gpointer data)
{
  return read_persona (reader, path, node, ids);
}

static gpointer
read_phase_item (Reader *reader, const Path *path, KrJsonRef  node, GHashTable *ids, gpointer data)
{
  return read_phase (reader, path, node, ids);
}

static gpointer
read_note_item (Reader *reader, const Path *path, KrJsonRef  node, GHashTable *ids, gpointer data)
{
  return read_note (reader, path, node, ids, data);
}

static void
splice_all (GListModel *model,
            GPtrArray  *items)
{
  if (items != NULL && items->len > 0)
    g_list_store_splice (G_LIST_STORE (model), 0, 0, items->pdata, items->len);
}

static KrJourney *
read_journey (Reader    *reader,
              KrJsonRef  root)
{
  KrJsonRef slots[N_TOP_KEYS];
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GHashTable) persona_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) phase_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) note_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GPtrArray) phases = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  Path p_title = PATH_KEY (NULL, "title");
  const char *title, *value;
  int state = KR_JOURNEY_STATE_CURRENT, validation = KR_JOURNEY_VALIDATION_LIGHT;

  if (kr_json_type (reader->doc, root) != KR_JSON_OBJECT)
    {
      kr_reader_fail (reader, KR_JOURNEY_ERROR_INVALID, NULL,
            _("expected a journey object, found %s"), kr_reader_describe_node (reader, root));
      return NULL;
    }

  if (!kr_reader_sort_members (reader, NULL, root, top_keys, N_TOP_KEYS, slots, &extra) ||
      !read_format_and_version (reader, slots) ||
      !kr_reader_require (reader, NULL, "title", slots[TOP_TITLE]) ||
      !kr_reader_read_string (reader, &p_title, slots[TOP_TITLE], &title) ||
      !kr_reader_require (reader, NULL, "phases", slots[TOP_PHASES]) ||
      !kr_reader_require (reader, NULL, "notes", slots[TOP_NOTES]))
    return NULL;

  journey = kr_journey_new ();
  kr_journey_set_title (journey, title);

  if (!kr_reader_read_optional_string (reader, NULL, "language", slots[TOP_LANGUAGE], &value))
    return NULL;
  kr_journey_set_language (journey, value);

  if (!read_enum (reader, "state", slots[TOP_STATE], KR_TYPE_JOURNEY_STATE, &state) ||
      !read_enum (reader, "validation", slots[TOP_VALIDATION], KR_TYPE_JOURNEY_VALIDATION,
                  &validation))
    return NULL;
  kr_journey_set_state (journey, state);
  kr_journey_set_validation (journey, validation);

  if (!kr_reader_read_optional_string (reader, NULL, "reason", slots[TOP_REASON], &value))
    return NULL;
  kr_journey_set_reason (journey, value);

  if (slots[TOP_SCOPE] != NONE && !read_scope (reader, slots[TOP_SCOPE], journey))
    return NULL;

  if (slots[TOP_PERSONAS] != NONE &&
      (personas = read_list (reader, "personas", slots[TOP_PERSONAS], read_persona_item,
                             persona_ids, NULL)) == NULL)
    return NULL;

  if (!kr_reader_read_optional_string (reader, NULL, "persona", slots[TOP_PERSONA], &value))
    return NULL;
  /* A journey for a persona that is not in the file is still a journey:
   * the reference goes, with a warning. */
  if (value != NULL && !g_hash_table_contains (persona_ids, value))
    {
      Path p_persona = PATH_KEY (NULL, "persona");

      kr_reader_warn (reader, &p_persona, _("no persona has the id “%s”; it was left out"),
                      value);
      value = NULL;
    }
  kr_journey_set_persona (journey, value);

  if ((phases = read_list (reader, "phases", slots[TOP_PHASES], read_phase_item,
                           phase_ids, NULL)) == NULL ||
      (notes = read_list (reader, "notes", slots[TOP_NOTES], read_note_item,
                          note_ids, phase_ids)) == NULL)
    return NULL;

  if (!kr_reader_read_optional_string (reader, NULL, "created", slots[TOP_CREATED], &value))
    return NULL;
  kr_journey_set_created (journey, value);
  if (!kr_reader_read_optional_string (reader, NULL, "modified", slots[TOP_MODIFIED], &value))
    return NULL;
  kr_journey_set_modified (journey, value);

  splice_all (kr_journey_get_personas (journey), personas);
  splice_all (kr_journey_get_phases (journey), phases);
  splice_all (kr_journey_get_notes (journey), notes);
  kr_journey_set_extra (journey, extra);

  return g_steal_pointer (&journey);
}

/* Byte checks before parsing */

/* Line and column (in characters) of @offset, for bytes that are valid
 * UTF-8 up to @offset. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = g_utf8_strlen (data + line_start, offset - line_start) + 1;
}

static gboolean
check_encoding (const char  *data,
                gsize        length,
                GError     **error)
{
  const char *end;
  guint line, column;
  GString *bytes;

  /* GLib counts a zero byte as invalid UTF-8 too: a text file never has one. */
  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  position_of (data, end - data, &line, &column);
  bytes = g_string_new (NULL);
  for (gsize i = end - data; i < length && i < (gsize)(end - data) + 4; i++)
    {
      g_string_append_printf (bytes, "%s%02X", bytes->len > 0 ? " " : "", (guchar)data[i]);
      /* Stop at the next byte that could start a character. */
      if (i + 1 < length && ((guchar)data[i + 1] & 0xC0) != 0x80)
        break;
    }

  g_set_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_ENCODING,
               /* TRANSLATORS: the last %s lists bytes in hexadecimal, like "C3 28" */
               _("Line %u, column %u: the file is not valid UTF-8 text (bytes %s)"),
               line, column, bytes->str);
  g_string_free (bytes, TRUE);
  return FALSE;
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

KrJourney *
kr_journey_load_bytes (GBytes     *bytes,
                       GPtrArray **warnings,
                       GError    **error)
{
  g_autoptr(KrJsonDoc) doc = NULL;
  Reader reader = { 0 };
  gboolean bom = FALSE;
  KrJourney *journey;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (length > KR_FORMAT_MAX_BYTES)
    {
      g_set_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB, too large to be a journey"),
                   KR_FORMAT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* A byte-order mark is legal in UTF-8 text but not in JSON. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      bom = TRUE;
    }

  if (is_blank (data, length))
    {
      const char *message;

      if (length > 0)
        message = _("Line 1: the file holds only white space, no journey");
      else if (bom)
        message = _("Line 1: the file holds only a byte-order mark, no journey");
      else
        message = _("Line 1: the file is empty");
      g_set_error_literal (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_SYNTAX, message);
      return NULL;
    }

  if (!check_encoding (data, length, error))
    return NULL;

  if ((doc = kr_json_parse (data, length, KR_FORMAT_MAX_DEPTH, error)) == NULL)
    return NULL;
  reader.doc = doc;

  if (warnings != NULL)
    reader.warnings = g_ptr_array_new_with_free_func (g_free);

  journey = read_journey (&reader, 0);
  if (journey == NULL)
    {
      g_propagate_error (error, reader.error);
      g_clear_pointer (&reader.warnings, g_ptr_array_unref);
      return NULL;
    }

  if (warnings != NULL)
    *warnings = reader.warnings;
  return journey;
}

KrJourney *
kr_journey_load_file (GFile         *file,
                      char         **etag,
                      GPtrArray    **warnings,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Refuse a huge file before reading a byte of it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("This is a folder, not a journey"));
      return NULL;
    }
  if (g_file_info_get_size (info) > KR_FORMAT_MAX_BYTES)
    {
      g_set_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB, too large to be a journey"),
                   KR_FORMAT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, etag, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return kr_journey_load_bytes (bytes, warnings, error);
}
