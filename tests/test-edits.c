/* test-edits.c: the edits a user makes, each one undo step
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-model.h"

typedef struct
{
  KrJourney *journey;
  KrHistory *history;
  GBytes    *before;
} Fixture;

/* Two phases; p1 has activities a0 (+2), a1 (-1), a2 (+3) and a pain;
 * p2 has activities b0 (0) and b1 (-4) and an improvement. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const struct {
    const char *id, *phase;
    KrNoteKind kind;
    guint order;
    double valence;
  } notes[] = {
    { "a0", "p1", KR_NOTE_KIND_ACTIVITY, 0, 2 },
    { "a1", "p1", KR_NOTE_KIND_ACTIVITY, 1, -1 },
    { "a2", "p1", KR_NOTE_KIND_ACTIVITY, 2, 3 },
    { "x0", "p1", KR_NOTE_KIND_PAIN, 0, NAN },
    { "b0", "p2", KR_NOTE_KIND_ACTIVITY, 0, 0 },
    { "b1", "p2", KR_NOTE_KIND_ACTIVITY, 1, -4 },
    { "i0", "p2", KR_NOTE_KIND_IMPROVEMENT, 0, NAN },
  };

  f->journey = kr_journey_new ();
  f->history = kr_history_new ();
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autoptr(KrPhase) phase = kr_phase_new (id, id);
      g_list_store_append (G_LIST_STORE (kr_journey_get_phases (f->journey)), phase);
    }
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(KrNote) note = kr_note_new (notes[i].id, notes[i].phase, notes[i].kind, notes[i].id);

      kr_note_set_order (note, notes[i].order);
      if (!isnan (notes[i].valence))
        {
          kr_note_set_has_valence (note, TRUE);
          kr_note_set_valence (note, notes[i].valence);
        }
      g_list_store_append (G_LIST_STORE (kr_journey_get_notes (f->journey)), note);
    }
  f->before = kr_journey_to_bytes (f->journey);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->before, g_bytes_unref);
  g_clear_object (&f->history);
  g_assert_finalize_object (f->journey);
}

static KrNote *
note (Fixture    *f,
      const char *id)
{
  KrNote *n = kr_journey_find_note (f->journey, id, NULL);
  g_assert_nonnull (n);
  return n;
}

/* The ids of a lane, in order: "a0 a2". Also checks orders are 0, 1, 2 …. */
static char *
lane (Fixture    *f,
      const char *phase,
      KrNoteKind  kind)
{
  g_autoptr(GPtrArray) notes = kr_journey_collect_notes (f->journey, phase, kind);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      g_assert_cmpuint (kr_note_get_order (notes->pdata[i]), ==, i);
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", kr_note_get_id (notes->pdata[i]));
    }
  return g_string_free (ids, FALSE);
}

#define assert_lane(f, phase, kind, expected) \
  G_STMT_START { g_autofree char *l_ = lane (f, phase, kind); g_assert_cmpstr (l_, ==, expected); } G_STMT_END

/* Undo gives back exactly the document from before, redo the one after. */
static void
assert_undo_redo (Fixture *f)
{
  g_autoptr(GBytes) after = kr_journey_to_bytes (f->journey);
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;

  g_assert_true (kr_history_undo (f->history));
  undone = kr_journey_to_bytes (f->journey);
  g_assert_true (g_bytes_equal (undone, f->before));
  g_assert_true (kr_history_redo (f->history));
  redone = kr_journey_to_bytes (f->journey);
  g_assert_true (g_bytes_equal (redone, after));
}

static void
push (Fixture   *f,
      KrCommand *command)
{
  g_assert_nonnull (command);
  kr_history_push (f->history, command);
}

static GPtrArray *
notes_of (Fixture    *f,
          const char *first,
          ...)
{
  GPtrArray *notes = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (notes, note (f, id));
  va_end (args);
  return notes;
}

static void
test_move_across_phases (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a1", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p2", KR_NOTE_KIND_ACTIVITY, 1, NAN));
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a0 a2");
  assert_lane (f, "p2", KR_NOTE_KIND_ACTIVITY, "b0 a1 b1");
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a1")), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_journey_get_notes (f->journey))), ==, 7);
  assert_undo_redo (f);
}

/* Dropped below the line, a note above it gets a negative valence. */
static void
test_move_across_line (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a2", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p1", KR_NOTE_KIND_ACTIVITY, 2, -2));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a2")), ==, -2);
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a0 a1 a2");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Move Note");
  assert_undo_redo (f);
}

static void
test_move_within_phase (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a2", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p1", KR_NOTE_KIND_ACTIVITY, 0, NAN));
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a2 a0 a1");
  assert_undo_redo (f);
}

/* Several notes move together, keep their order and their distance in
 * valence, and come back with one undo. */
static void
test_move_several (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a2", "a0", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p2", KR_NOTE_KIND_ACTIVITY, 2, 1));
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a1");
  assert_lane (f, "p2", KR_NOTE_KIND_ACTIVITY, "b0 b1 a0 a2");
  /* a0 is first in time order and lands at +1; a2 stays one higher. */
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a0")), ==, 1);
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a2")), ==, 2);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Move Notes");
  assert_undo_redo (f);
}

static void
test_move_clamps_valence (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a0", "a2", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p1", KR_NOTE_KIND_ACTIVITY, 0, 5));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a0")), ==, 5);
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a2")), ==, 5);
  assert_undo_redo (f);
}

/* Dragged into the red thread, an activity becomes a pain there. */
static void
test_move_changes_kind (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) moving = notes_of (f, "a1", NULL);

  push (f, kr_edit_move_notes (f->journey, moving, "p1", KR_NOTE_KIND_PAIN, 0, NAN));
  g_assert_cmpint (kr_note_get_kind (note (f, "a1")), ==, KR_NOTE_KIND_PAIN);
  assert_lane (f, "p1", KR_NOTE_KIND_PAIN, "a1 x0");
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a0 a2");
  assert_undo_redo (f);
}

static void
test_set_kind_to_activity (Fixture *f, gconstpointer data)
{
  push (f, kr_edit_set_note_kind (f->journey, note (f, "i0"), KR_NOTE_KIND_ACTIVITY));
  g_assert_cmpint (kr_note_get_kind (note (f, "i0")), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_true (kr_note_get_has_valence (note (f, "i0")));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "i0")), ==, 0);
  assert_lane (f, "p2", KR_NOTE_KIND_ACTIVITY, "b0 b1 i0");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Change Kind");
  assert_undo_redo (f);
  g_assert_null (kr_edit_set_note_kind (f->journey, note (f, "i0"), KR_NOTE_KIND_ACTIVITY));
}

static void
test_nudge (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) notes = notes_of (f, "a2", "x0", NULL);

  push (f, kr_edit_nudge_valence (f->journey, notes, 1));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a2")), ==, 4);
  g_assert_false (kr_note_get_has_valence (note (f, "x0")));
  assert_undo_redo (f);

  push (f, kr_edit_nudge_valence (f->journey, notes, 1));
  /* At +5 there is nowhere higher to go: no step at all. */
  g_assert_null (kr_edit_nudge_valence (f->journey, notes, 1));
}

/* A height typed as a number: every activity picked gets it, clamped; the
 * pain has none to set; no change is no step. */
static void
test_set_valence (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) notes = notes_of (f, "a1", "b0", "x0", NULL);

  push (f, kr_edit_set_valence (f->journey, notes, -3));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a1")), ==, -3);
  g_assert_cmpfloat (kr_note_get_valence (note (f, "b0")), ==, -3);
  g_assert_false (kr_note_get_has_valence (note (f, "x0")));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Set Experience");
  assert_undo_redo (f);

  g_assert_null (kr_edit_set_valence (f->journey, notes, -3));
  push (f, kr_edit_set_valence (f->journey, notes, 12));
  g_assert_cmpfloat (kr_note_get_valence (note (f, "a1")), ==, 5);
}

static void
test_add_note (Fixture *f, gconstpointer data)
{
  KrNote *added = NULL;

  push (f, kr_edit_add_note (f->journey, "p1", KR_NOTE_KIND_ACTIVITY, 1, -3.4,
                             "Ik bel de gemeente", &added));
  g_assert_nonnull (added);
  g_assert_cmpstr (kr_note_get_id (added), ==, "n1");
  g_assert_cmpfloat (kr_note_get_valence (added), ==, -3);
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a0 n1 a1 a2");
  assert_undo_redo (f);
}

static void
test_delete_notes (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) notes = notes_of (f, "a0", "b1", "i0", NULL);

  push (f, kr_edit_delete_notes (f->journey, notes));
  assert_lane (f, "p1", KR_NOTE_KIND_ACTIVITY, "a1 a2");
  assert_lane (f, "p2", KR_NOTE_KIND_ACTIVITY, "b0");
  assert_lane (f, "p2", KR_NOTE_KIND_IMPROVEMENT, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_journey_get_notes (f->journey))), ==, 4);
  assert_undo_redo (f);
}

static void
test_phases (Fixture *f, gconstpointer data)
{
  GListModel *phases = kr_journey_get_phases (f->journey);
  KrPhase *added = NULL;
  g_autoptr(KrPhase) first = NULL;

  push (f, kr_edit_add_phase (f->journey, 0, "Ik oriënteer me", &added));
  g_assert_cmpstr (kr_phase_get_id (added), ==, "p3");
  first = g_list_model_get_item (phases, 0);
  g_assert_true (first == added);
  assert_undo_redo (f);
  g_clear_object (&first);

  g_clear_pointer (&f->before, g_bytes_unref);
  f->before = kr_journey_to_bytes (f->journey);
  push (f, kr_edit_move_phase (f->journey, added, 2));
  first = g_list_model_get_item (phases, 2);
  g_assert_true (first == added);
  assert_undo_redo (f);
  g_assert_null (kr_edit_move_phase (f->journey, added, 2));
}

/* A phase goes with all its notes, and comes back with them. */
static void
test_delete_phase (Fixture *f, gconstpointer data)
{
  KrPhase *p1 = kr_journey_find_phase (f->journey, "p1", NULL);

  push (f, kr_edit_delete_phase (f->journey, p1));
  g_assert_null (kr_journey_find_phase (f->journey, "p1", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kr_journey_get_notes (f->journey))), ==, 3);
  g_assert_null (kr_journey_find_note (f->journey, "a0", NULL));
  assert_undo_redo (f);
}

static void
test_paste_text (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) pasted = NULL;
  const char *text = "Ik zoek op internet\r\n\n  • Ik bel de gemeente  \n- Ik wacht op antwoord\n";

  push (f, kr_edit_paste_text (f->journey, text, "p2", KR_NOTE_KIND_ACTIVITY, 1, -2, &pasted));
  g_assert_cmpuint (pasted->len, ==, 3);
  g_assert_cmpstr (kr_note_get_text (pasted->pdata[0]), ==, "Ik zoek op internet");
  g_assert_cmpstr (kr_note_get_text (pasted->pdata[1]), ==, "Ik bel de gemeente");
  g_assert_cmpstr (kr_note_get_text (pasted->pdata[2]), ==, "Ik wacht op antwoord");
  g_assert_cmpfloat (kr_note_get_valence (pasted->pdata[2]), ==, -2);
  assert_lane (f, "p2", KR_NOTE_KIND_ACTIVITY, "b0 n1 n2 n3 b1");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Paste Notes");
  assert_undo_redo (f);

  g_assert_null (kr_edit_paste_text (f->journey, " \n\n", "p2", KR_NOTE_KIND_ACTIVITY, 0, 0, NULL));
}

static void
add_note_with_id (Fixture    *f,
                  const char *id)
{
  g_autoptr(KrNote) n = kr_note_new (id, "p1", KR_NOTE_KIND_PAIN, id);

  kr_note_set_order (n, 10);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (f->journey)), n);
}

/* Ids a file brings may be any number, up to the largest there is: new
 * notes still get ids of their own, so that the file opens again. */
static void
test_fresh_ids (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KrJourney) again = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *notes = kr_journey_get_notes (f->journey);
  KrNote *added = NULL;

  add_note_with_id (f, "n4294967295");
  add_note_with_id (f, "n4294967296");
  add_note_with_id (f, "n18446744073709551615");
  add_note_with_id (f, "n1");
  add_note_with_id (f, "n3");

  push (f, kr_edit_add_note (f->journey, "p2", KR_NOTE_KIND_ACTIVITY, 0, 1, "Eén", &added));
  g_assert_cmpstr (kr_note_get_id (added), ==, "n2");
  push (f, kr_edit_paste_text (f->journey, "Twee\nDrie\nVier", "p2", KR_NOTE_KIND_ACTIVITY,
                               0, 0, &pasted));
  g_assert_cmpuint (pasted->len, ==, 3);
  g_assert_cmpstr (kr_note_get_id (pasted->pdata[0]), ==, "n4");

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) n = g_list_model_get_item (notes, i);

      g_assert_true (g_hash_table_add (seen, (gpointer) kr_note_get_id (n)));
    }

  bytes = kr_journey_to_bytes (f->journey);
  again = kr_journey_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* Notes copied from one journey paste into another with their kinds,
 * stars and channels, under fresh ids. */
static void
test_copy_paste_json (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) copied = notes_of (f, "a2", "x0", NULL);
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(KrJourney) other = kr_journey_new ();
  g_autoptr(KrPhase) phase = kr_phase_new ("q1", "Elders");
  g_autoptr(KrHistory) history = kr_history_new ();
  g_autoptr(GPtrArray) pasted = NULL;
  KrCommand *command;

  kr_note_set_moment_of_truth (note (f, "x0"), TRUE);
  kr_note_set_channel (note (f, "a2"), "telefoon");
  json = kr_notes_to_json (copied);
  text = kr_notes_to_text (copied);
  g_assert_cmpstr (text, ==, "a2\nx0\n");

  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (other)), phase);
  command = kr_edit_paste_json (other, json, "q1", 0, &pasted);
  g_assert_nonnull (command);
  kr_history_push (history, command);
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpint (kr_note_get_kind (pasted->pdata[0]), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (kr_note_get_valence (pasted->pdata[0]), ==, 3);
  g_assert_cmpstr (kr_note_get_channel (pasted->pdata[0]), ==, "telefoon");
  g_assert_cmpint (kr_note_get_kind (pasted->pdata[1]), ==, KR_NOTE_KIND_PAIN);
  g_assert_true (kr_note_get_moment_of_truth (pasted->pdata[1]));
  g_assert_cmpstr (kr_note_get_phase (pasted->pdata[1]), ==, "q1");
  g_assert_cmpstr (kr_note_get_id (pasted->pdata[0]), ==, "n1");

  kr_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_notes (other)), ==, 0);

  /* Not a journey: nothing to paste, and no crash. */
  g_assert_null (kr_edit_paste_json (other, "{\"notes\": [", "q1", 0, NULL));
  g_assert_null (kr_edit_paste_json (other, "plain words", "q1", 0, NULL));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/edits/move/across-phases", test_move_across_phases);
  ADD ("/edits/move/across-line", test_move_across_line);
  ADD ("/edits/move/within-phase", test_move_within_phase);
  ADD ("/edits/move/several", test_move_several);
  ADD ("/edits/move/clamps-valence", test_move_clamps_valence);
  ADD ("/edits/move/changes-kind", test_move_changes_kind);
  ADD ("/edits/kind/to-activity", test_set_kind_to_activity);
  ADD ("/edits/nudge", test_nudge);
  ADD ("/edits/set-valence", test_set_valence);
  ADD ("/edits/add-note", test_add_note);
  ADD ("/edits/delete-notes", test_delete_notes);
  ADD ("/edits/phases", test_phases);
  ADD ("/edits/delete-phase", test_delete_phase);
  ADD ("/edits/paste/text", test_paste_text);
  ADD ("/edits/fresh-ids", test_fresh_ids);
  ADD ("/edits/paste/json", test_copy_paste_json);

  return g_test_run ();
}
