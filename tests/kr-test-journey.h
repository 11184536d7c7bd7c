/* kr-test-journey.h: larger journeys made of the sample's own words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-test-sample.h"

G_BEGIN_DECLS

/* A journey of @n_phases phases and @n_notes notes, as a workshop that
 * went on longer than the sample's would make it: the sample's phases, in
 * turn, and its notes, each going to a phase like its own, with their
 * kinds, texts, channels, valences and marks. So the phases are as
 * crowded as the sample's are, and the words as long. A desired,
 * validated journey, unlike the sample. */
static inline KrJourney *
kr_test_generate_journey (guint   n_phases,
                          guint   n_notes,
                          guint32 seed)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GListModel *sample_phases = kr_journey_get_phases (sample);
  GListModel *sample_notes = kr_journey_get_notes (sample);
  guint n_sample_phases = g_list_model_get_n_items (sample_phases);
  guint n_sample_notes = g_list_model_get_n_items (sample_notes);
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autofree guint *orders = g_new0 (guint, MAX (n_phases, 1) * KR_NOTE_N_KINDS);

  kr_journey_set_title (journey, "Ik wil mijn huis verduurzamen en daarna mijn buren op weg helpen");
  kr_journey_set_state (journey, KR_JOURNEY_STATE_DESIRED);
  kr_journey_set_validation (journey, KR_JOURNEY_VALIDATION_VALIDATED);
  for (guint s = 0; s < KR_SCOPE_N_FIELDS; s++)
    kr_journey_set_scope (journey, s, kr_journey_get_scope (sample, s));

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(KrPhase) model = g_list_model_get_item (sample_phases, p % n_sample_phases);
      g_autofree char *id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *title = p < n_sample_phases
                               ? g_strdup (kr_phase_get_title (model))
                               : g_strdup_printf ("%s, voor de buren", kr_phase_get_title (model));
      g_autoptr(KrPhase) phase = kr_phase_new (id, title);

      kr_phase_set_feeling (phase, kr_phase_get_feeling (model));
      kr_phase_set_emotion_from (phase, kr_phase_get_emotion_from (model));
      kr_phase_set_emotion_to (phase, kr_phase_get_emotion_to (model));
      kr_phase_set_moment_of_truth (phase, kr_phase_get_moment_of_truth (model));
      g_list_store_append (phases, phase);
    }

  for (guint i = 0; i < n_notes && n_phases > 0; i++)
    {
      g_autoptr(KrNote) model = g_list_model_get_item (sample_notes, i % n_sample_notes);
      KrNoteKind kind = kr_note_get_kind (model);
      guint copies = (n_phases + n_sample_phases - 1) / n_sample_phases;
      guint p = 0;
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      g_autofree char *phase_id = NULL;
      g_autoptr(KrNote) note = NULL;

      /* The sample's phase of the note, in one of its copies. */
      kr_journey_find_phase (sample, kr_note_get_phase (model), &p);
      p += n_sample_phases * g_rand_int_range (rand, 0, copies);
      if (p >= n_phases)
        p %= n_sample_phases;
      phase_id = g_strdup_printf ("p%u", p + 1);
      note = kr_note_new (id, phase_id, kind, kr_note_get_text (model));
      kr_note_set_order (note, orders[p * KR_NOTE_N_KINDS + kind]++);
      kr_note_set_channel (note, kr_note_get_channel (model));
      kr_note_set_moment_of_truth (note, kr_note_get_moment_of_truth (model));
      kr_note_set_red_thread (note, kr_note_get_red_thread (model));
      kr_note_set_has_valence (note, kr_note_get_has_valence (model));
      kr_note_set_valence (note, kr_note_get_valence (model));
      g_list_store_append (notes, note);
    }

  return journey;
}

G_END_DECLS
