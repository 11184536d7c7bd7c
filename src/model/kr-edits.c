/* kr-edits.c: the edits a user makes, as undoable commands
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function builds commands and applies nothing: the caller pushes the
 * result on a KrHistory. A gesture that changes several objects becomes one
 * group, so one undo step takes all of it back.
 */
#define G_LOG_DOMAIN "kr-edits"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kr-edits.h"
#include "kr-journey-io.h"

/* Property changes for one object, gathered and then made one command. */
typedef struct
{
  GPtrArray *names;
  GArray    *values;
} Changes;

static void
changes_init (Changes *c)
{
  c->names = g_ptr_array_new ();
  c->values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_array_set_clear_func (c->values, (GDestroyNotify)g_value_unset);
}

static void
changes_clear (Changes *c)
{
  g_clear_pointer (&c->names, g_ptr_array_unref);
  g_clear_pointer (&c->values, g_array_unref);
}

static GValue *
changes_add (Changes    *c,
             const char *name,
             GType       type)
{
  GValue value = G_VALUE_INIT;

  g_ptr_array_add (c->names, (gpointer)name);
  g_array_append_val (c->values, value);
  return g_value_init (&g_array_index (c->values, GValue, c->values->len - 1), type);
}

/* Adds the command to @group unless nothing changes. */
static void
changes_commit (Changes   *c,
                gpointer   object,
                GPtrArray *group)
{
  if (c->names->len > 0)
    g_ptr_array_add (group, kr_set_command_newv (object, NULL, c->names->len,
                                                 (const char **)c->names->pdata,
                                                 (const GValue *)c->values->data));
  changes_clear (c);
}

static GPtrArray *
new_group (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static KrCommand *
finish_group (GPtrArray  *group,
              const char *label)
{
  if (group->len == 0)
    {
      g_ptr_array_unref (group);
      return NULL;
    }
  {
    KrCommand *command = kr_group_command_new (label, group);
    g_ptr_array_unref (group);
    return command;
  }
}

/* Sets "order" to the position in @lane wherever it differs. */
static void
renumber (GPtrArray *lane,
          GPtrArray *group)
{
  for (guint i = 0; i < lane->len; i++)
    {
      KrNote *note = lane->pdata[i];

      if (kr_note_get_order (note) != i)
        g_ptr_array_add (group, kr_set_command_new (note, NULL, "order", i, NULL));
    }
}

static guint
phase_position (KrJourney  *journey,
                const char *phase_id)
{
  guint position = G_MAXUINT;

  kr_journey_find_phase (journey, phase_id, &position);
  return position;
}

/* Moved notes keep the order they had: by phase, lane and place in it. */
static int
compare_in_journey (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  KrJourney *journey = user_data;
  KrNote *na = *(KrNote **)a, *nb = *(KrNote **)b;
  guint pa = phase_position (journey, kr_note_get_phase (na));
  guint pb = phase_position (journey, kr_note_get_phase (nb));

  if (pa != pb)
    return pa < pb ? -1 : 1;
  if (kr_note_get_kind (na) != kr_note_get_kind (nb))
    return kr_note_get_kind (na) < kr_note_get_kind (nb) ? -1 : 1;
  if (kr_note_get_order (na) != kr_note_get_order (nb))
    return kr_note_get_order (na) < kr_note_get_order (nb) ? -1 : 1;
  return 0;
}

/* The notes of a lane less those in @without, in order. */
static GPtrArray *
lane_without (KrJourney  *journey,
              const char *phase_id,
              KrNoteKind  kind,
              GHashTable *without)
{
  GPtrArray *lane = kr_journey_collect_notes (journey, phase_id, kind);

  for (guint i = lane->len; i > 0; i--)
    if (without != NULL && g_hash_table_contains (without, lane->pdata[i - 1]))
      g_ptr_array_remove_index (lane, i - 1);
  return lane;
}

static double
clamp_valence (double valence)
{
  return CLAMP (round (valence), KR_VALENCE_MIN, KR_VALENCE_MAX);
}

KrCommand *
kr_edit_move_notes (KrJourney  *journey,
                    GPtrArray  *notes,
                    const char *phase_id,
                    KrNoteKind  kind,
                    guint       index,
                    double      valence)
{
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) target = NULL;
  GPtrArray *group;
  GHashTableIter iter;
  gpointer key;
  double delta = 0;
  gboolean have_delta = FALSE;
  double fallback_valence = 0;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (notes != NULL && notes->len > 0, NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, phase_id, NULL) != NULL, NULL);

  /* A plain copy: the caller's array may own its notes. */
  sorted = g_ptr_array_sized_new (notes->len);
  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (sorted, notes->pdata[i]);
  g_ptr_array_sort_with_data (sorted, compare_in_journey, journey);
  for (guint i = 0; i < sorted->len; i++)
    {
      KrNote *note = sorted->pdata[i];

      g_hash_table_add (moving, note);
      /* Every lane a note leaves is renumbered; the key is "kind:phase". */
      g_hash_table_add (sources, g_strdup_printf ("%u:%s", kr_note_get_kind (note),
                                                  kr_note_get_phase (note)));
    }

  if (kind == KR_NOTE_KIND_ACTIVITY)
    {
      KrNote *first = sorted->pdata[0];

      if (kr_note_get_has_valence (first))
        fallback_valence = kr_note_get_valence (first);
      if (!isnan (valence))
        fallback_valence = clamp_valence (valence);
      if (!isnan (valence) && kr_note_get_has_valence (first))
        {
          delta = clamp_valence (valence) - kr_note_get_valence (first);
          have_delta = TRUE;
        }
    }

  group = new_group ();

  /* The moved notes themselves: lane, phase and valence. */
  target = lane_without (journey, phase_id, kind, moving);
  index = MIN (index, target->len);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_insert (target, index + i, sorted->pdata[i]);

  for (guint i = 0; i < target->len; i++)
    {
      KrNote *note = target->pdata[i];
      Changes c;

      changes_init (&c);
      if (g_hash_table_contains (moving, note))
        {
          if (g_strcmp0 (kr_note_get_phase (note), phase_id) != 0)
            g_value_set_string (changes_add (&c, "phase", G_TYPE_STRING), phase_id);
          if (kr_note_get_kind (note) != kind)
            g_value_set_enum (changes_add (&c, "kind", KR_TYPE_NOTE_KIND), kind);
          if (kind == KR_NOTE_KIND_ACTIVITY)
            {
              double new_valence = fallback_valence;

              if (kr_note_get_has_valence (note))
                new_valence = have_delta ? clamp_valence (kr_note_get_valence (note) + delta)
                                         : kr_note_get_valence (note);
              if (!kr_note_get_has_valence (note))
                g_value_set_boolean (changes_add (&c, "has-valence", G_TYPE_BOOLEAN), TRUE);
              if (kr_note_get_valence (note) != new_valence)
                g_value_set_double (changes_add (&c, "valence", G_TYPE_DOUBLE), new_valence);
            }
        }
      if (kr_note_get_order (note) != i)
        g_value_set_uint (changes_add (&c, "order", G_TYPE_UINT), i);
      changes_commit (&c, note, group);
    }

  /* The lanes they left close their gaps. */
  g_hash_table_iter_init (&iter, sources);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *colon = strchr (key, ':');
      KrNoteKind source_kind = (KrNoteKind)g_ascii_strtoull (key, NULL, 10);
      const char *source_phase = colon + 1;
      g_autoptr(GPtrArray) lane = NULL;

      if (source_kind == kind && strcmp (source_phase, phase_id) == 0)
        continue;
      lane = lane_without (journey, source_phase, source_kind, moving);
      renumber (lane, group);
    }

  return finish_group (group, g_dngettext (GETTEXT_PACKAGE, "Move Note", "Move Notes",
                                           notes->len));
}

KrCommand *
kr_edit_nudge_valence (KrJourney *journey,
                       GPtrArray *notes,
                       double     delta)
{
  GPtrArray *group;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (notes != NULL, NULL);

  group = new_group ();
  for (guint i = 0; i < notes->len; i++)
    {
      KrNote *note = notes->pdata[i];
      double valence;

      if (kr_note_get_kind (note) != KR_NOTE_KIND_ACTIVITY)
        continue;
      valence = clamp_valence (kr_note_get_valence (note) + delta);
      if (valence != kr_note_get_valence (note) || !kr_note_get_has_valence (note))
        g_ptr_array_add (group, kr_set_command_new (note, NULL, "has-valence", TRUE,
                                                    "valence", valence, NULL));
    }

  return finish_group (group, delta > 0 ? _("Raise Note") : _("Lower Note"));
}

KrCommand *
kr_edit_set_valence (KrJourney *journey,
                     GPtrArray *notes,
                     double     valence)
{
  GPtrArray *group;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (notes != NULL, NULL);
  g_return_val_if_fail (isfinite (valence), NULL);

  valence = clamp_valence (valence);
  group = new_group ();
  for (guint i = 0; i < notes->len; i++)
    {
      KrNote *note = notes->pdata[i];

      if (kr_note_get_kind (note) != KR_NOTE_KIND_ACTIVITY)
        continue;
      if (valence != kr_note_get_valence (note) || !kr_note_get_has_valence (note))
        g_ptr_array_add (group, kr_set_command_new (note, NULL, "has-valence", TRUE,
                                                    "valence", valence, NULL));
    }

  /* TRANSLATORS: an undo step: a note's height against the neutral line
   * (its beleving) set by typing a number */
  return finish_group (group, _("Set Experience"));
}

/* The number behind the next fresh id with @prefix, less one: ids made in
 * one edit count up from it with kr_journey_make_id_after (), since none of
 * them is in the journey yet. */
static guint64
id_number_before_next (KrJourney  *journey,
                       const char *prefix)
{
  g_autofree char *id = kr_journey_make_id (journey, prefix);

  return g_ascii_strtoull (id + strlen (prefix), NULL, 10) - 1;
}

static KrNote *
new_note (const char *id,
          const char *phase_id,
          KrNoteKind  kind,
          double      valence,
          const char *text)
{
  KrNote *note = kr_note_new (id, phase_id, kind, text);

  /* A new note is not in the document yet, so it is set up directly. */
  if (kind == KR_NOTE_KIND_ACTIVITY)
    {
      kr_note_set_has_valence (note, TRUE);
      kr_note_set_valence (note, isnan (valence) ? 0 : clamp_valence (valence));
    }
  return note;
}

/* Inserts @added into the lane at @index and renumbers it, and adds the
 * notes to the end of the document's list, which is at *@store_end once
 * the commands before these have been applied. */
static void
insert_notes (KrJourney  *journey,
              GPtrArray  *added,
              const char *phase_id,
              KrNoteKind  kind,
              guint       index,
              guint      *store_end,
              GPtrArray  *group)
{
  GListStore *store = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(GPtrArray) lane = kr_journey_collect_notes (journey, phase_id, kind);

  index = MIN (index, lane->len);
  for (guint i = 0; i < added->len; i++)
    {
      g_ptr_array_insert (lane, index + i, added->pdata[i]);
      kr_note_set_order (added->pdata[i], index + i);
    }
  /* The renumbering of the old notes comes first: undo removes the new
   * notes last, with the document as it was when they were inserted. */
  for (guint i = 0; i < lane->len; i++)
    {
      KrNote *note = lane->pdata[i];
      gboolean is_new = FALSE;

      for (guint k = 0; k < added->len && !is_new; k++)
        is_new = added->pdata[k] == note;
      if (!is_new && kr_note_get_order (note) != i)
        g_ptr_array_add (group, kr_set_command_new (note, NULL, "order", i, NULL));
    }
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (group, kr_insert_command_new (store, (*store_end)++, added->pdata[i], NULL));
}

KrCommand *
kr_edit_add_note (KrJourney  *journey,
                  const char *phase_id,
                  KrNoteKind  kind,
                  guint       index,
                  double      valence,
                  const char *text,
                  KrNote    **note)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = NULL;
  GPtrArray *group;
  guint end;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, phase_id, NULL) != NULL, NULL);

  end = g_list_model_get_n_items (kr_journey_get_notes (journey));
  id = kr_journey_make_id (journey, "n");
  g_ptr_array_add (added, new_note (id, phase_id, kind, valence, text));
  if (note != NULL)
    *note = added->pdata[0];

  group = new_group ();
  insert_notes (journey, added, phase_id, kind, index, &end, group);
  return finish_group (group, _("Add Note"));
}

static int
compare_positions_descending (gconstpointer a,
                              gconstpointer b)
{
  guint pa = GPOINTER_TO_UINT (*(gpointer *)a), pb = GPOINTER_TO_UINT (*(gpointer *)b);

  return pa < pb ? 1 : (pa > pb ? -1 : 0);
}

/* Removes notes from the store, highest position first so that the
 * positions recorded stay valid, and renumbers the lanes they leave. */
static void
remove_notes (KrJourney  *journey,
              GPtrArray  *notes,
              gboolean    renumber_lanes,
              GPtrArray  *group)
{
  GListStore *store = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(GPtrArray) positions = g_ptr_array_new ();
  g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < notes->len; i++)
    {
      KrNote *note = notes->pdata[i];
      guint position;

      if (g_hash_table_contains (removed, note) ||
          kr_journey_find_note (journey, kr_note_get_id (note), &position) != note)
        continue;
      g_hash_table_add (removed, note);
      g_ptr_array_add (positions, GUINT_TO_POINTER (position));
      g_hash_table_add (lanes, g_strdup_printf ("%u:%s", kr_note_get_kind (note),
                                                kr_note_get_phase (note)));
    }

  if (renumber_lanes)
    {
      g_hash_table_iter_init (&iter, lanes);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const char *colon = strchr (key, ':');
          g_autoptr(GPtrArray) lane =
            lane_without (journey, colon + 1, (KrNoteKind)g_ascii_strtoull (key, NULL, 10), removed);
          renumber (lane, group);
        }
    }

  g_ptr_array_sort (positions, compare_positions_descending);
  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (group, kr_remove_command_new (store, GPOINTER_TO_UINT (positions->pdata[i]),
                                                   NULL));
}

KrCommand *
kr_edit_delete_notes (KrJourney *journey,
                      GPtrArray *notes)
{
  GPtrArray *group;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (notes != NULL, NULL);

  group = new_group ();
  remove_notes (journey, notes, TRUE, group);
  return finish_group (group, g_dngettext (GETTEXT_PACKAGE, "Delete Note", "Delete Notes",
                                           notes->len));
}

KrCommand *
kr_edit_set_note_kind (KrJourney  *journey,
                       KrNote     *note,
                       KrNoteKind  kind)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  KrCommand *command;

  g_return_val_if_fail (KR_IS_NOTE (note), NULL);

  if (kr_note_get_kind (note) == kind)
    return NULL;

  g_ptr_array_add (notes, note);
  command = kr_edit_move_notes (journey, notes, kr_note_get_phase (note), kind, G_MAXUINT,
                                kind == KR_NOTE_KIND_ACTIVITY && !kr_note_get_has_valence (note)
                                  ? 0 : NAN);
  if (command != NULL)
    kr_command_set_label (command, _("Change Kind"));
  return command;
}

KrCommand *
kr_edit_add_phase (KrJourney  *journey,
                   guint       position,
                   const char *title,
                   KrPhase   **phase)
{
  GListStore *store;
  g_autofree char *id = NULL;
  g_autoptr(KrPhase) new_phase = NULL;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  store = G_LIST_STORE (kr_journey_get_phases (journey));
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));
  id = kr_journey_make_id (journey, "p");
  new_phase = kr_phase_new (id, title);
  if (phase != NULL)
    *phase = new_phase;

  return kr_insert_command_new (store, position, new_phase, _("Add Phase"));
}

KrCommand *
kr_edit_delete_phase (KrJourney *journey,
                      KrPhase   *phase)
{
  GListModel *notes;
  g_autoptr(GPtrArray) in_phase = g_ptr_array_new ();
  GPtrArray *group;
  guint position, n;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, kr_phase_get_id (phase), &position) == phase,
                        NULL);

  notes = kr_journey_get_notes (journey);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);

      if (g_strcmp0 (kr_note_get_phase (note), kr_phase_get_id (phase)) == 0)
        g_ptr_array_add (in_phase, note);
    }

  /* The notes go first, so that undo brings the phase back before them. */
  group = new_group ();
  remove_notes (journey, in_phase, FALSE, group);
  g_ptr_array_add (group, kr_remove_command_new (G_LIST_STORE (kr_journey_get_phases (journey)),
                                                 position, NULL));
  return finish_group (group, _("Delete Phase"));
}

KrCommand *
kr_edit_move_phase (KrJourney *journey,
                    KrPhase   *phase,
                    guint      position)
{
  GListStore *store;
  guint from, n;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, kr_phase_get_id (phase), &from) == phase,
                        NULL);

  store = G_LIST_STORE (kr_journey_get_phases (journey));
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  position = MIN (position, n - 1);
  if (position == from)
    return NULL;

  return kr_move_command_new (store, from, position, _("Move Phase"));
}

/* The clipboard */

char *
kr_notes_to_json (GPtrArray *notes)
{
  g_autoptr(KrJourney) carrier = kr_journey_new ();
  g_autoptr(GHashTable) phases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) bytes = NULL;
  GListStore *phase_store = G_LIST_STORE (kr_journey_get_phases (carrier));
  GListStore *note_store = G_LIST_STORE (kr_journey_get_notes (carrier));

  g_return_val_if_fail (notes != NULL, NULL);

  /* A small journey of its own, so that the clipboard holds a valid
   * .klantreis document that any reader of the format understands. The
   * notes' phases come along by id only, to keep the notes valid. */
  for (guint i = 0; i < notes->len; i++)
    {
      KrNote *note = notes->pdata[i];
      g_autoptr(KrNote) copy = kr_note_copy (note);

      if (!g_hash_table_contains (phases, kr_note_get_phase (note)))
        {
          g_autoptr(KrPhase) phase = kr_phase_new (kr_note_get_phase (note), "");

          g_hash_table_add (phases, (gpointer)kr_note_get_phase (note));
          g_list_store_append (phase_store, phase);
        }
      g_list_store_append (note_store, copy);
    }

  bytes = kr_journey_to_bytes (carrier);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

char *
kr_notes_to_text (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (notes != NULL, NULL);

  /* One note per line: a line break inside a note becomes a space. */
  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *line = g_strdup (kr_note_get_text (notes->pdata[i]));

      g_strdelimit (line, "\r\n", ' ');
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static KrCommand *
paste_notes (KrJourney  *journey,
             GPtrArray  *sources,
             const char *phase_id,
             guint       index,
             GPtrArray **pasted)
{
  guint64 number = id_number_before_next (journey, "n");
  guint end = g_list_model_get_n_items (kr_journey_get_notes (journey));
  GPtrArray *group = new_group ();
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  /* Each kind goes into its own lane, in the order the notes came. */
  for (guint kind = 0; kind < KR_NOTE_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new ();

      for (guint i = 0; i < sources->len; i++)
        {
          KrNote *source = sources->pdata[i];
          g_autofree char *id = NULL;
          KrNote *note;

          if (kr_note_get_kind (source) != kind)
            continue;
          id = kr_journey_make_id_after (journey, "n", &number);
          note = new_note (id, phase_id, kind,
                           kr_note_get_has_valence (source) ? kr_note_get_valence (source) : NAN,
                           kr_note_get_text (source));
          kr_note_set_channel (note, kr_note_get_channel (source));
          kr_note_set_moment_of_truth (note, kr_note_get_moment_of_truth (source));
          kr_note_set_red_thread (note, kr_note_get_red_thread (source));
          kr_note_set_emotion (note, kr_note_get_emotion (source));
          kr_note_set_colour (note, kr_note_get_colour (source));
          kr_note_set_owner (note, kr_note_get_owner (source));
          kr_note_set_status (note, kr_note_get_status (source));
          g_ptr_array_add (added, note);
          g_ptr_array_add (all, note);
        }
      if (added->len > 0)
        insert_notes (journey, added, phase_id, kind, index, &end, group);
    }

  if (pasted != NULL)
    *pasted = g_ptr_array_ref (all);
  return finish_group (group, g_dngettext (GETTEXT_PACKAGE, "Paste Note", "Paste Notes",
                                           all->len));
}

KrCommand *
kr_edit_paste_json (KrJourney  *journey,
                    const char *json,
                    const char *phase_id,
                    guint       index,
                    GPtrArray **pasted)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KrJourney) carrier = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *notes;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, phase_id, NULL) != NULL, NULL);

  if (json == NULL)
    return NULL;
  bytes = g_bytes_new (json, strlen (json));
  /* Whatever is on the clipboard is checked like any file. */
  carrier = kr_journey_load_bytes (bytes, NULL, NULL);
  if (carrier == NULL)
    return NULL;

  notes = kr_journey_get_notes (carrier);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    g_ptr_array_add (sources, g_list_model_get_item (notes, i));
  if (sources->len == 0)
    return NULL;

  return paste_notes (journey, sources, phase_id, index, pasted);
}

KrCommand *
kr_edit_paste_text (KrJourney  *journey,
                    const char *text,
                    const char *phase_id,
                    KrNoteKind  kind,
                    guint       index,
                    double      valence,
                    GPtrArray **pasted)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (kr_journey_find_phase (journey, phase_id, NULL) != NULL, NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  /* A typed list from a workshop: one note per line, bullets and
   * numbering of the list left out. */
  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "• ") || g_str_has_prefix (line, "- ") ||
          g_str_has_prefix (line, "* "))
        line = g_strstrip (line + (g_str_has_prefix (line, "• ") ? strlen ("• ") : 2));
      if (*line == '\0')
        continue;
      g_ptr_array_add (sources, new_note ("source", phase_id, kind, valence, line));
    }
  if (sources->len == 0)
    return NULL;

  return paste_notes (journey, sources, phase_id, index, pasted);
}
