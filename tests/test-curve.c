/* test-curve.c: the emotion curve's maths, without a display
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "kr-curve.h"
#include "kr-test-sample.h"

static KrJourney *
journey_with_phase (KrPhase **phase)
{
  KrJourney *journey = kr_journey_new ();

  *phase = kr_phase_new ("p1", "Ik wacht");
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), *phase);
  g_object_unref (*phase);
  return journey;
}

static void
add_activity (KrJourney  *journey,
              const char *id,
              double      valence,
              gboolean    moment_of_truth)
{
  g_autoptr(KrNote) note = kr_note_new (id, "p1", KR_NOTE_KIND_ACTIVITY, id);

  kr_note_set_has_valence (note, TRUE);
  kr_note_set_valence (note, valence);
  kr_note_set_moment_of_truth (note, moment_of_truth);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), note);
}

static void
test_derived (void)
{
  KrPhase *phase;
  g_autoptr(KrJourney) journey = journey_with_phase (&phase);
  g_autoptr(KrNote) pain = kr_note_new ("x", "p1", KR_NOTE_KIND_PAIN, "pijn");
  double value = 99;

  /* No activities and no value: a gap, and the value is left alone. */
  g_assert_cmpint (kr_curve_point_for_phase (journey, phase, &value), ==, KR_CURVE_POINT_NONE);
  g_assert_cmpfloat (value, ==, 99);

  /* Pains and gains do not count; activities do, stars double. */
  kr_note_set_has_valence (pain, TRUE);
  kr_note_set_valence (pain, -5);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), pain);
  g_assert_cmpint (kr_curve_point_for_phase (journey, phase, &value), ==, KR_CURVE_POINT_NONE);

  add_activity (journey, "a", 3, FALSE);
  add_activity (journey, "b", -1, FALSE);
  g_assert_cmpint (kr_curve_point_for_phase (journey, phase, &value), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat_with_epsilon (value, 1.0, 1e-9);

  add_activity (journey, "c", -4, TRUE);
  /* (3 - 1 - 4 - 4) / 4 */
  g_assert_cmpint (kr_curve_point_for_phase (journey, phase, &value), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat_with_epsilon (value, -1.5, 1e-9);

  /* The phase's own value wins. */
  kr_phase_set_curve (phase, 4);
  kr_phase_set_has_curve (phase, TRUE);
  g_assert_cmpint (kr_curve_point_for_phase (journey, phase, &value), ==, KR_CURVE_POINT_EXPLICIT);
  g_assert_cmpfloat (value, ==, 4);
}

static void
test_suggestions (void)
{
  KrPhase *phase;
  g_autoptr(KrJourney) journey = journey_with_phase (&phase);
  g_autoptr(KrHistory) history = kr_history_new ();
  g_autoptr(KrPhase) empty = kr_phase_new ("p2", "Zonder gevoel");
  double value;

  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), empty);
  g_assert_false (kr_curve_suggest_from_emotions (phase, &value));
  g_assert_null (kr_curve_apply_suggestions (journey));

  /* Apprehension (-1) to serenity (+2): +0.5 rounds to a whole step. */
  kr_phase_set_emotion_from (phase, "apprehension");
  kr_phase_set_emotion_to (phase, "serenity");
  g_assert_true (kr_curve_suggest_from_emotions (phase, &value));
  g_assert_cmpfloat (value, ==, 1);

  kr_phase_set_emotion_to (phase, NULL);
  g_assert_true (kr_curve_suggest_from_emotions (phase, &value));
  g_assert_cmpfloat (value, ==, -1);

  /* Accepting is one step, and undo takes it all back. */
  kr_history_push (history, kr_curve_apply_suggestions (journey));
  g_assert_true (kr_phase_get_has_curve (phase));
  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, -1);
  g_assert_false (kr_phase_get_has_curve (empty));
  g_assert_null (kr_curve_apply_suggestions (journey));
  kr_history_undo (history);
  g_assert_false (kr_phase_get_has_curve (phase));
}

static void
test_face_bands (void)
{
  g_assert_cmpuint (kr_curve_face_band (-5), ==, 0);
  g_assert_cmpuint (kr_curve_face_band (-3), ==, 0);
  g_assert_cmpuint (kr_curve_face_band (-2), ==, 1);
  g_assert_cmpuint (kr_curve_face_band (0), ==, 2);
  g_assert_cmpuint (kr_curve_face_band (1), ==, 2);
  g_assert_cmpuint (kr_curve_face_band (2.5), ==, 3);
  g_assert_cmpuint (kr_curve_face_band (5), ==, 4);
}

/* Between two points the line stays between their values, at every x:
 * the curve never shows a feeling no phase has. */
static void
assert_no_overshoot (const KrCurvePoint *points,
                     guint               n)
{
  g_autofree double *tangents = g_new (double, n);

  kr_curve_monotone_tangents (points, n, tangents);
  for (guint i = 0; i + 1 < n; i++)
    {
      double lo = MIN (points[i].y, points[i + 1].y);
      double hi = MAX (points[i].y, points[i + 1].y);

      for (guint k = 0; k <= 100; k++)
        {
          double x = points[i].x + (points[i + 1].x - points[i].x) * k / 100.0;
          double y = kr_curve_evaluate (points, tangents, n, x);

          g_assert_cmpfloat (y, >=, lo - 1e-9);
          g_assert_cmpfloat (y, <=, hi + 1e-9);
        }
      /* It passes through the points themselves. */
      g_assert_cmpfloat_with_epsilon (kr_curve_evaluate (points, tangents, n, points[i].x),
                                      points[i].y, 1e-9);
    }
}

static void
test_monotone (void)
{
  const KrCurvePoint steep[] = { { 0, 0 }, { 1, 0 }, { 2, 5 }, { 3, 5 }, { 4, -5 }, { 5, -4 } };
  const KrCurvePoint uneven[] = { { 0, -5 }, { 10, -4.9 }, { 11, 5 }, { 50, 4.8 }, { 51, -5 } };
  const KrCurvePoint rising[] = { { 0, -5 }, { 1, -3 }, { 2, 0 }, { 3, 4 }, { 4, 5 } };
  g_autofree double *tangents = g_new (double, G_N_ELEMENTS (steep));

  assert_no_overshoot (steep, G_N_ELEMENTS (steep));
  assert_no_overshoot (uneven, G_N_ELEMENTS (uneven));
  assert_no_overshoot (rising, G_N_ELEMENTS (rising));

  /* Rising data gives a rising line: never a dip on the way up. */
  kr_curve_monotone_tangents (rising, G_N_ELEMENTS (rising), tangents);
  for (double x = 0, last = -10; x <= 4; x += 0.01)
    {
      double y = kr_curve_evaluate (rising, tangents, G_N_ELEMENTS (rising), x);

      g_assert_cmpfloat (y, >=, last - 1e-9);
      last = y;
    }

  /* A flat stretch stays flat, and a peak has a level tangent. */
  kr_curve_monotone_tangents (steep, G_N_ELEMENTS (steep), tangents);
  g_assert_cmpfloat (tangents[0], ==, 0);
  g_assert_cmpfloat (tangents[2], ==, 0);
}

static void
test_bezier_matches_hermite (void)
{
  const KrCurvePoint points[] = { { 0, 1 }, { 2, 4 }, { 5, -2 } };
  double tangents[3];

  kr_curve_monotone_tangents (points, 3, tangents);
  for (guint i = 0; i < 2; i++)
    {
      KrCurvePoint c1, c2;
      const KrCurvePoint *a = &points[i], *b = &points[i + 1];

      kr_curve_segment_controls (points, tangents, i, &c1, &c2);
      for (double t = 0; t <= 1; t += 0.125)
        {
          double u = 1 - t;
          double bx = u * u * u * a->x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * b->x;
          double by = u * u * u * a->y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * b->y;

          g_assert_cmpfloat_with_epsilon (by, kr_curve_evaluate (points, tangents, 3, bx), 1e-9);
        }
    }
}

static void
test_single_and_none (void)
{
  const KrCurvePoint one[] = { { 3, 2 } };
  double tangent = 7;

  kr_curve_monotone_tangents (one, 1, &tangent);
  g_assert_cmpfloat (tangent, ==, 0);
  g_assert_cmpfloat (kr_curve_evaluate (one, &tangent, 1, 10), ==, 2);
  kr_curve_monotone_tangents (NULL, 0, NULL);
}

/* The method coach, in the model, knows no curve maths: its "curve"
 * advice must fall on exactly the phases that have no point here. */
static void
test_coach_agrees (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  GListModel *phases = kr_journey_get_phases (journey);
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(KrPhase) bare = kr_phase_new ("bare", "Ik wacht");
  g_autoptr(KrPhase) set = kr_phase_new ("set", "Ik wacht weer");
  g_autoptr(KrPhase) pains = kr_phase_new ("pains", "Ik baal");
  g_autoptr(KrNote) pain = kr_note_new ("pain", "pains", KR_NOTE_KIND_PAIN, "Lang wachten");
  g_autoptr(GPtrArray) findings = NULL;
  guint n_none = 0;

  kr_phase_set_has_curve (set, TRUE);
  g_list_store_append (G_LIST_STORE (phases), bare);
  g_list_store_append (G_LIST_STORE (phases), set);
  g_list_store_append (G_LIST_STORE (phases), pains);
  g_list_store_append (notes, pain);

  findings = kr_coach_check (journey);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      gboolean advised = FALSE;
      double value;

      for (guint k = 0; k < findings->len; k++)
        {
          KrFinding *finding = findings->pdata[k];

          advised |= g_str_equal (finding->id, KR_FINDING_CURVE) &&
                     g_strcmp0 (finding->object_id, kr_phase_get_id (phase)) == 0;
        }
      g_test_message ("%s: %s", kr_phase_get_id (phase), advised ? "advised" : "fine");
      g_assert_cmpint (advised, ==,
                       kr_curve_point_for_phase (journey, phase, &value) == KR_CURVE_POINT_NONE);
      n_none += advised;
    }
  g_assert_cmpuint (n_none, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/curve/derived", test_derived);
  g_test_add_func ("/curve/suggestions", test_suggestions);
  g_test_add_func ("/curve/face-bands", test_face_bands);
  g_test_add_func ("/curve/monotone", test_monotone);
  g_test_add_func ("/curve/bezier-matches-hermite", test_bezier_matches_hermite);
  g_test_add_func ("/curve/single-and-none", test_single_and_none);
  g_test_add_func ("/curve/coach-agrees", test_coach_agrees);

  return g_test_run ();
}
