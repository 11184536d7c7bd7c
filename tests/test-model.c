/* test-model.c: the journey model, its change signals and its history
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libglib-testing/signal-logger.h>
#include <math.h>

#include "kr-model.h"

typedef struct
{
  KrJourney      *journey;
  KrHistory      *history;
  KrPhase        *phase;
  KrNote         *note;
  GtSignalLogger *logger;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->journey = kr_journey_new ();
  f->history = kr_history_new ();
  f->phase = kr_phase_new ("p1", "Ik zoek informatie");
  f->note = kr_note_new ("n1", "p1", KR_NOTE_KIND_ACTIVITY, "Ik bel de gemeente");
  kr_note_set_has_valence (f->note, TRUE);
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (f->journey)), f->phase);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (f->journey)), f->note);

  f->logger = gt_signal_logger_new ();
  gt_signal_logger_connect (f->logger, f->journey, "changed");
  gt_signal_logger_connect (f->logger, f->journey, "notify");
  gt_signal_logger_connect (f->logger, f->phase, "notify");
  gt_signal_logger_connect (f->logger, f->note, "notify");
  gt_signal_logger_connect (f->logger, kr_journey_get_notes (f->journey), "items-changed");
  gt_signal_logger_connect (f->logger, kr_journey_get_phases (f->journey), "items-changed");
  gt_signal_logger_connect (f->logger, f->history, "notify");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gt_signal_logger_assert_no_emissions (f->logger);
  g_clear_pointer (&f->logger, gt_signal_logger_free);
  g_clear_object (&f->history);
  g_clear_object (&f->note);
  g_clear_object (&f->phase);
  g_assert_finalize_object (f->journey);
}

/* The history's own notifications of a first step: undo becomes possible,
 * its label appears and the document becomes modified. */
static void
assert_first_step_notifies (Fixture *f)
{
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "can-undo");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "undo-label");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "modified");
}

static void
test_signals_note_text (Fixture       *f,
                        gconstpointer  data)
{
  kr_history_push (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik mail", NULL));

  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->note, "text");
  assert_first_step_notifies (f);
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik mail");

  kr_history_undo (f->history);
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->note, "text");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "can-undo");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "can-redo");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "undo-label");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "redo-label");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "modified");
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel de gemeente");
}

/* A drag across the line changes valence and order together: one step,
 * and the notifications arrive once both are set (GLib sends the queued
 * notifications of a frozen object last-queued first). */
static void
test_signals_note_move (Fixture       *f,
                        gconstpointer  data)
{
  kr_history_push (f->history, kr_set_command_new (f->note, "Move", "valence", -3.0,
                                                   "order", 2u, NULL));

  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->note, "order");
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->note, "valence");
  assert_first_step_notifies (f);
  g_assert_cmpfloat (kr_note_get_valence (f->note), ==, -3.0);
  g_assert_cmpuint (kr_note_get_order (f->note), ==, 2);
}

static void
test_signals_phase_fields (Fixture       *f,
                           gconstpointer  data)
{
  kr_history_begin_group (f->history, "Feeling");
  kr_history_push (f->history, kr_set_command_new (f->phase, NULL, "emotion-from", "apprehension",
                                                   "emotion-to", "serenity", NULL));
  kr_history_push (f->history, kr_set_command_new (f->phase, NULL, "has-curve", TRUE,
                                                   "curve", -2.0, NULL));
  kr_history_end_group (f->history);

  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->phase, "emotion-to");
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->phase, "emotion-from");
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->phase, "curve");
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->phase, "has-curve");
  assert_first_step_notifies (f);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Feeling");

  kr_history_undo (f->history);
  g_assert_false (kr_phase_get_has_curve (f->phase));
  g_assert_null (kr_phase_get_emotion_from (f->phase));
  g_assert_null (kr_phase_get_emotion_to (f->phase));
  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

static void
test_signals_journey_title (Fixture       *f,
                            gconstpointer  data)
{
  kr_history_push (f->history, kr_set_command_new (f->journey, "Title", "title", "Ik verhuis",
                                                   NULL));
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->journey, "title");
  assert_first_step_notifies (f);

  kr_history_push (f->history, kr_set_command_new (f->journey, "Scope", "scope-customer",
                                                   "Inwoners", NULL));
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->journey, "scope-customer");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "undo-label");
  g_assert_cmpstr (kr_journey_get_scope (f->journey, KR_SCOPE_CUSTOMER), ==, "Inwoners");
}

static void
test_signals_insert_remove_note (Fixture       *f,
                                 gconstpointer  data)
{
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (f->journey));
  g_autoptr(KrNote) extra = kr_note_new ("n2", "p1", KR_NOTE_KIND_PAIN, "Wachten");
  guint position, removed, added;

  kr_history_push (f->history, kr_insert_command_new (notes, 1, extra, "Add"));
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_emission_pop (f->logger, notes, "items-changed",
                                        &position, &removed, &added);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  assert_first_step_notifies (f);

  /* The new note reports its changes through the journey. */
  gt_signal_logger_connect (f->logger, extra, "notify");
  kr_history_push (f->history, kr_set_command_new (extra, "Edit", "text", "Lang wachten", NULL));
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, extra, "text");
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "undo-label");

  kr_history_push (f->history, kr_remove_command_new (notes, 1, "Delete"));
  gt_signal_logger_assert_emission_pop (f->logger, f->journey, "changed", NULL);
  gt_signal_logger_assert_emission_pop (f->logger, notes, "items-changed",
                                        &position, &removed, &added);
  g_assert_cmpuint (removed, ==, 1);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->history, "undo-label");

  /* Once removed, the note no longer speaks for the document. */
  kr_note_set_text (extra, "los");
  gt_signal_logger_assert_notify_emission_pop (f->logger, extra, "text");
  gt_signal_logger_assert_no_emissions (f->logger);

  kr_history_undo (f->history);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 2);
  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

static void
test_move_phase (Fixture       *f,
                 gconstpointer  data)
{
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (f->journey));
  g_autoptr(KrPhase) p2 = kr_phase_new ("p2", "Twee");
  g_autoptr(KrPhase) p3 = kr_phase_new ("p3", "Drie");
  g_autoptr(KrPhase) first = NULL;
  g_autoptr(KrPhase) last = NULL;

  g_list_store_append (phases, p2);
  g_list_store_append (phases, p3);
  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);

  kr_history_push (f->history, kr_move_command_new (phases, 0, 2, "Move phase"));
  first = g_list_model_get_item (G_LIST_MODEL (phases), 0);
  last = g_list_model_get_item (G_LIST_MODEL (phases), 2);
  g_assert_true (first == p2);
  g_assert_true (last == f->phase);
  g_clear_object (&first);
  g_clear_object (&last);

  kr_history_undo (f->history);
  first = g_list_model_get_item (G_LIST_MODEL (phases), 0);
  last = g_list_model_get_item (G_LIST_MODEL (phases), 2);
  g_assert_true (first == f->phase);
  g_assert_true (last == p3);
  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

static void
drain (Fixture *f)
{
  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

/* Undo and redo across a save point: modified follows the marker. */
static void
test_history_saved_point (Fixture       *f,
                          gconstpointer  data)
{
  KrHistory *h = f->history;

  g_assert_false (kr_history_get_modified (h));
  kr_history_push (h, kr_set_command_new (f->note, "1", "text", "een", NULL));
  kr_history_push (h, kr_set_command_new (f->note, "2", "text", "twee", NULL));
  g_assert_true (kr_history_get_modified (h));

  kr_history_mark_saved (h);
  g_assert_false (kr_history_get_modified (h));

  kr_history_undo (h);
  g_assert_true (kr_history_get_modified (h));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "een");
  kr_history_redo (h);
  g_assert_false (kr_history_get_modified (h));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "twee");

  kr_history_push (h, kr_set_command_new (f->note, "3", "text", "drie", NULL));
  g_assert_true (kr_history_get_modified (h));
  kr_history_undo (h);
  g_assert_false (kr_history_get_modified (h));

  /* Undo past the save, then a new edit: the saved state is gone for good. */
  kr_history_undo (h);
  g_assert_true (kr_history_get_modified (h));
  kr_history_push (h, kr_set_command_new (f->note, "4", "text", "vier", NULL));
  g_assert_false (kr_history_get_can_redo (h));
  g_assert_true (kr_history_get_modified (h));
  kr_history_undo (h);
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "een");
  g_assert_true (kr_history_get_modified (h));
  kr_history_redo (h);
  g_assert_true (kr_history_get_modified (h));
  drain (f);
}

static void
test_history_redo_cleared (Fixture       *f,
                           gconstpointer  data)
{
  KrHistory *h = f->history;

  kr_history_push (h, kr_set_command_new (f->note, "a", "text", "a", NULL));
  kr_history_push (h, kr_set_command_new (f->note, "b", "text", "b", NULL));
  kr_history_undo (h);
  g_assert_true (kr_history_get_can_redo (h));
  g_assert_cmpstr (kr_history_get_redo_label (h), ==, "b");

  kr_history_push (h, kr_set_command_new (f->note, "c", "text", "c", NULL));
  g_assert_false (kr_history_get_can_redo (h));
  g_assert_false (kr_history_redo (h));
  g_assert_cmpstr (kr_history_get_undo_label (h), ==, "c");

  g_assert_true (kr_history_undo (h));
  g_assert_true (kr_history_undo (h));
  g_assert_false (kr_history_undo (h));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel de gemeente");
  drain (f);
}

/* A gesture of many commands is one step; nested groups join the outer one;
 * an empty group leaves no step behind. */
static void
test_history_groups (Fixture       *f,
                     gconstpointer  data)
{
  KrHistory *h = f->history;
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (f->journey));

  kr_history_begin_group (h, "Paste");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = kr_journey_make_id (f->journey, "n");
      g_autoptr(KrNote) note = kr_note_new (id, "p1", KR_NOTE_KIND_ACTIVITY, id);

      kr_history_begin_group (h, "inner");
      kr_history_push (h, kr_insert_command_new (notes, g_list_model_get_n_items (G_LIST_MODEL (notes)),
                                                 note, "Add"));
      kr_history_end_group (h);
    }
  kr_history_end_group (h);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 4);
  g_assert_cmpstr (kr_history_get_undo_label (h), ==, "Paste");

  kr_history_undo (h);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 1);
  g_assert_false (kr_history_get_can_undo (h));
  kr_history_redo (h);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 4);

  kr_history_begin_group (h, "nothing");
  kr_history_end_group (h);
  g_assert_cmpstr (kr_history_get_undo_label (h), ==, "Paste");
  drain (f);
}

static void
test_make_id (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *id = kr_journey_make_id (f->journey, "n");
  g_autofree char *pid = kr_journey_make_id (f->journey, "p");

  g_assert_cmpstr (id, ==, "n2");
  g_assert_cmpstr (pid, ==, "p2");
  g_assert_true (kr_journey_find_note (f->journey, "n1", NULL) == f->note);
  g_assert_true (kr_journey_find_phase (f->journey, "p1", NULL) == f->phase);
  g_assert_null (kr_journey_find_note (f->journey, "n2", NULL));
}

static void
test_collect_notes (Fixture       *f,
                    gconstpointer  data)
{
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (f->journey));
  g_autoptr(KrNote) b = kr_note_new ("b", "p1", KR_NOTE_KIND_ACTIVITY, "b");
  g_autoptr(KrNote) c = kr_note_new ("c", "p1", KR_NOTE_KIND_GAIN, "c");
  g_autoptr(GPtrArray) activities = NULL;

  kr_note_set_order (f->note, 3);
  kr_note_set_order (b, 1);
  g_list_store_append (notes, b);
  g_list_store_append (notes, c);
  drain (f);

  activities = kr_journey_collect_notes (f->journey, "p1", KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpuint (activities->len, ==, 2);
  g_assert_true (activities->pdata[0] == b);
  g_assert_true (activities->pdata[1] == f->note);
}

static void
test_emotions (void)
{
  guint n;
  const KrEmotion *all = kr_emotion_get_all (&n);
  guint dyads = 0;

  g_assert_cmpuint (n, ==, KR_N_EMOTIONS);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (kr_emotion_lookup (all[i].id) == &all[i]);
      g_assert_cmpint (all[i].valence, >=, -5);
      g_assert_cmpint (all[i].valence, <=, 5);
      g_assert_nonnull (kr_emotion_get_name (&all[i]));
      dyads += kr_emotion_is_dyad (&all[i]);
    }
  g_assert_cmpuint (dyads, ==, 8);
  for (guint p = 0; p < KR_N_PETALS; p++)
    for (guint r = KR_RING_MILD; r <= KR_RING_INTENSE; r++)
      g_assert_nonnull (kr_emotion_at (p, r));
  g_assert_cmpstr (kr_emotion_at (KR_PETAL_FEAR, KR_RING_MILD)->id, ==, "apprehension");
  g_assert_null (kr_emotion_lookup ("Joy"));
}

static void
test_metrics_clamp (void)
{
  g_autoptr(KrPhase) phase = kr_phase_new ("p", "t");

  g_assert_false (kr_phase_get_has_metric (phase, KR_METRIC_NPS));
  g_assert_true (isnan (kr_phase_get_metric (phase, KR_METRIC_NPS)));
  kr_phase_set_metric (phase, KR_METRIC_NPS, 250);
  g_assert_cmpfloat (kr_phase_get_metric (phase, KR_METRIC_NPS), ==, 100);
  kr_phase_set_metric (phase, KR_METRIC_NPS, NAN);
  g_assert_false (kr_phase_get_has_metric (phase, KR_METRIC_NPS));
}

/* A note added and then written is one step: one undo takes both, and the
 * step keeps the name of the first. */
static void
test_history_push_onto_last (Fixture       *f,
                             gconstpointer  data)
{
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (f->journey));
  g_autoptr(KrNote) added = kr_note_new ("n2", "p1", KR_NOTE_KIND_ACTIVITY, "");
  guint before = g_list_model_get_n_items (G_LIST_MODEL (notes));

  /* Nothing to join: an ordinary step. */
  kr_history_push_onto_last (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik bel",
                                                             NULL));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Edit");
  kr_history_mark_saved (f->history);

  kr_history_push (f->history, kr_insert_command_new (notes, before, added, "Add Note"));
  kr_history_push_onto_last (f->history, kr_set_command_new (added, "Edit Note", "text",
                                                             "Ik mail de gemeente", NULL));
  g_assert_cmpstr (kr_note_get_text (added), ==, "Ik mail de gemeente");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Add Note");
  g_assert_true (kr_history_get_modified (f->history));

  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, before);
  g_assert_cmpstr (kr_note_get_text (added), ==, "");
  g_assert_false (kr_history_get_modified (f->history));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Edit");

  g_assert_true (kr_history_redo (f->history));
  g_assert_cmpstr (kr_note_get_text (added), ==, "Ik mail de gemeente");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, before + 1);

  /* With something to redo, nothing is joined to what stands before it. */
  g_assert_true (kr_history_undo (f->history));
  kr_history_push_onto_last (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik mail",
                                                             NULL));
  g_assert_false (kr_history_get_can_redo (f->history));
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel");

  /* Saved between the two halves: the saved state is gone once they join. */
  kr_history_push (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik kijk", NULL));
  kr_history_mark_saved (f->history);
  kr_history_push_onto_last (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik kijk rond",
                                                             NULL));
  g_assert_true (kr_history_get_modified (f->history));
  g_assert_true (kr_history_undo (f->history));
  g_assert_true (kr_history_get_modified (f->history));

  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

/* Typing in one field is one step: each key changes the document, and one
 * undo takes back all of them. */
static void
test_history_merging (Fixture       *f,
                      gconstpointer  data)
{
  const char *typed[] = { "I", "Ik", "Ik b", "Ik bel" };
  int field, other_field;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", typed[i],
                                                             NULL), &field);
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel");
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel de gemeente");
  g_assert_false (kr_history_get_can_undo (f->history));
  g_assert_true (kr_history_redo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel");

  /* After a redo, the same field starts a step of its own. */
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "Ik mail",
                                                           NULL), &field);
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "Ik bel");

  /* Another field, a stop, a save or another push each end the step. */
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "a", NULL),
                           &field);
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Channel", "channel", "web",
                                                           NULL), &other_field);
  g_assert_true (kr_history_undo (f->history));
  g_assert_null (kr_note_get_channel (f->note));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "a");

  kr_history_stop_merging (f->history);
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "ab", NULL),
                           &field);
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "a");

  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "abc", NULL),
                           &field);
  kr_history_mark_saved (f->history);
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "abcd", NULL),
                           &field);
  g_assert_true (kr_history_get_modified (f->history));
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "abc");
  g_assert_false (kr_history_get_modified (f->history));

  /* The same key for another property cannot be one step: two. */
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "x", NULL),
                           &field);
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Channel", "channel", "web",
                                                           NULL), &field);
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_note_get_text (f->note), ==, "x");

  /* Inside a group, merging joins the group instead. */
  kr_history_begin_group (f->history, "Group");
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "y", NULL),
                           &field);
  kr_history_end_group (f->history);
  kr_history_push_merging (f->history, kr_set_command_new (f->note, "Edit", "text", "yz", NULL),
                           &field);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Edit");
  g_assert_true (kr_history_undo (f->history));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Group");

  while (gt_signal_logger_get_n_emissions (f->logger) > 0)
    gt_signal_logger_pop_emission (f->logger, NULL, NULL, NULL, NULL);
}

/* An idea's owner and status are properties like any other. */
static void
test_note_owner_status (void)
{
  g_autoptr(KrNote) note = kr_note_new ("n1", "p1", KR_NOTE_KIND_IMPROVEMENT, "Idee");
  g_autoptr(KrNote) copy = NULL;
  KrNoteStatus status;

  g_assert_cmpint (kr_note_get_status (note), ==, KR_NOTE_STATUS_NONE);
  g_object_set (note, "owner", "Team", "status", KR_NOTE_STATUS_DONE, NULL);
  copy = kr_note_copy (note);
  g_assert_cmpstr (kr_note_get_owner (copy), ==, "Team");
  g_assert_cmpint (kr_note_get_status (copy), ==, KR_NOTE_STATUS_DONE);

  g_assert_null (kr_note_status_to_string (KR_NOTE_STATUS_NONE));
  g_assert_cmpstr (kr_note_status_to_string (KR_NOTE_STATUS_PLANNED), ==, "planned");
  g_assert_true (kr_note_status_from_string ("idea", &status));
  g_assert_cmpint (status, ==, KR_NOTE_STATUS_IDEA);
  g_assert_false (kr_note_status_from_string ("none", &status));
  g_assert_false (kr_note_status_from_string ("Done", &status));
  g_assert_false (kr_note_status_from_string (NULL, &status));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/model/signals/note-text", test_signals_note_text);
  ADD ("/model/signals/note-move", test_signals_note_move);
  ADD ("/model/signals/phase-fields", test_signals_phase_fields);
  ADD ("/model/signals/journey-title", test_signals_journey_title);
  ADD ("/model/signals/insert-remove-note", test_signals_insert_remove_note);
  ADD ("/model/list/move-phase", test_move_phase);
  ADD ("/model/history/saved-point", test_history_saved_point);
  ADD ("/model/history/redo-cleared", test_history_redo_cleared);
  ADD ("/model/history/groups", test_history_groups);
  ADD ("/model/history/push-onto-last", test_history_push_onto_last);
  ADD ("/model/history/merging", test_history_merging);
  ADD ("/model/journey/make-id", test_make_id);
  ADD ("/model/journey/collect-notes", test_collect_notes);
  g_test_add_func ("/model/emotions/table", test_emotions);
  g_test_add_func ("/model/phase/metrics-clamp", test_metrics_clamp);
  g_test_add_func ("/model/note/owner-status", test_note_owner_status);

  return g_test_run ();
}
