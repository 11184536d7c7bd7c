/* test-layout.c: the geometry of a journey map, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-curve.h"
#include "kr-layout.h"
#include "kr-layout-private.h"
#include "kr-model.h"
#include "kr-test-journey.h"
#include "kr-test-sample.h"

/* --- Helpers ------------------------------------------------------------ */

static KrPhase *
add_phase (KrJourney  *journey,
           const char *id,
           const char *title)
{
  g_autoptr(KrPhase) phase = kr_phase_new (id, title);

  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), phase);
  return phase;   /* the journey holds it */
}

static KrNote *
add_note (KrJourney  *journey,
          const char *phase_id,
          KrNoteKind  kind,
          guint       order,
          double      valence,
          const char *text)
{
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autofree char *id = g_strdup_printf ("n%u", g_list_model_get_n_items (G_LIST_MODEL (notes)) + 1);
  g_autoptr(KrNote) note = kr_note_new (id, phase_id, kind, text);

  kr_note_set_order (note, order);
  if (kind == KR_NOTE_KIND_ACTIVITY)
    {
      kr_note_set_has_valence (note, TRUE);
      kr_note_set_valence (note, valence);
    }
  g_list_store_append (notes, note);
  return note;
}

static const char *const words[] = {
  "Ik", "bel", "de", "gemeente", "om", "te", "vragen", "waar", "mijn", "paspoort",
  "blijft", "omdat", "ik", "morgen", "naar", "een", "land", "buiten", "Europa",
  "moet", "reizen", "verduurzamingsmaatregelen", "subsidieaanvraagformulier", "e-loket",
};

static char *
random_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 40);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  return g_string_free (text, FALSE);
}

/* A journey of @n_notes spread unevenly over @n_phases, with fractional
 * valences, orders with gaps and ties, and every kind. */
static KrJourney *
generate_journey (guint32 seed,
                  guint   n_phases,
                  guint   n_notes)
{
  KrJourney *journey = kr_journey_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  kr_journey_set_title (journey, "Ik vraag een nieuw paspoort aan");
  for (guint p = 0; p < n_phases; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *title = random_text (rand);

      add_phase (journey, id, title);
    }

  for (guint i = 0; i < n_notes && n_phases > 0; i++)
    {
      /* Squared, so that some phases are crowded and some nearly empty. */
      double r = g_rand_double (rand);
      g_autofree char *phase_id = g_strdup_printf ("p%u", (guint) (r * r * n_phases) + 1);
      g_autofree char *text = random_text (rand);
      KrNoteKind kind = g_rand_int_range (rand, 0, 10) < 6 ? KR_NOTE_KIND_ACTIVITY
                                                           : g_rand_int_range (rand, 1, 4);
      double valence = g_rand_int_range (rand, -10, 11) / 2.0;
      KrNote *note = add_note (journey, phase_id, kind, g_rand_int_range (rand, 0, n_notes),
                               valence, text);

      kr_note_set_moment_of_truth (note, g_rand_int_range (rand, 0, 8) == 0);
      if (g_rand_boolean (rand))
        kr_note_set_channel (note, "telefoon");
    }

  return journey;
}

static gboolean
rects_overlap (const KrRect *a,
               const KrRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static KrNoteKind
lane_kind_of (const KrLayoutNote *note)
{
  return kr_note_get_kind (note->note);
}

/* The properties every layout must have, whatever the journey. */
static void
check_layout (KrJourney      *journey,
              const KrLayout *layout)
{
  guint n = kr_layout_get_n_notes (layout);
  double neutral = kr_layout_get_neutral_y (layout);
  double step = kr_layout_get_valence_step (layout);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (kr_journey_get_notes (journey)));
  g_assert_cmpfloat (kr_layout_get_width (layout), >, 0);
  g_assert_cmpfloat (kr_layout_get_height (layout), >, 0);

  /* Columns touch and run left to right. */
  for (guint p = 1; p < kr_layout_get_n_phases (layout); p++)
    {
      const KrRect *a = &kr_layout_get_phase (layout, p - 1)->column;
      const KrRect *b = &kr_layout_get_phase (layout, p)->column;

      g_assert_cmpfloat (fabs (a->x + a->width - b->x), <, 1e-6);
    }

  for (guint i = 0; i < n; i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);
      const KrLayoutPhase *phase = kr_layout_get_phase (layout, note->phase);
      KrRect lane = kr_layout_get_lane (layout, note->lane);

      g_assert_true (kr_layout_find_note (layout, note->note) == note);
      g_assert_cmpstr (kr_note_get_phase (note->note), ==, kr_phase_get_id (phase->phase));

      /* Inside its column and its lane. */
      g_assert_cmpfloat (note->rect.x, >=, phase->column.x);
      g_assert_cmpfloat (note->rect.x + note->rect.width, <=, phase->column.x + phase->column.width);
      g_assert_cmpfloat (note->rect.y, >=, lane.y);
      g_assert_cmpfloat (note->rect.y + note->rect.height, <=, lane.y + lane.height);
      g_assert_cmpfloat (note->rect.height, >=, 48);

      if (note->lane == KR_LANE_ACTIVITIES)
        g_assert_cmpfloat (fabs (note->rect.y + note->rect.height / 2 -
                                 (neutral - kr_note_get_valence (note->note) * step)), <=, 0.5);

      /* No two notes overlap, in any lane or phase. */
      for (guint j = i + 1; j < n; j++)
        {
          const KrLayoutNote *other = kr_layout_get_note (layout, j);

          if (rects_overlap (&note->rect, &other->rect))
            g_error ("“%s” and “%s” overlap", kr_note_get_id (note->note),
                     kr_note_get_id (other->note));
        }

      /* Time order left to right within a phase and kind; rows of the red
       * thread and the improvements wrap, so a later note may start a
       * lower row. */
      for (guint j = 0; j < n; j++)
        {
          const KrLayoutNote *other = kr_layout_get_note (layout, j);

          if (other->phase != note->phase || lane_kind_of (other) != lane_kind_of (note) ||
              other->index != note->index + 1)
            continue;
          if (note->lane == KR_LANE_ACTIVITIES)
            g_assert_cmpfloat (other->rect.x, >, note->rect.x);
          else
            g_assert_true (other->rect.y > note->rect.y ||
                           (other->rect.y == note->rect.y && other->rect.x > note->rect.x));
        }
    }
}

static void
assert_layouts_equal (const KrLayout *a,
                      const KrLayout *b)
{
  g_assert_cmpfloat (kr_layout_get_width (a), ==, kr_layout_get_width (b));
  g_assert_cmpfloat (kr_layout_get_height (a), ==, kr_layout_get_height (b));
  g_assert_cmpuint (kr_layout_get_n_notes (a), ==, kr_layout_get_n_notes (b));
  g_assert_cmpuint (kr_layout_get_n_phases (a), ==, kr_layout_get_n_phases (b));
  for (guint l = 0; l < KR_N_LANES; l++)
    {
      KrRect la = kr_layout_get_lane (a, l), lb = kr_layout_get_lane (b, l);

      g_assert_cmpmem (&la, sizeof la, &lb, sizeof lb);
    }
  for (guint i = 0; i < kr_layout_get_n_notes (a); i++)
    {
      const KrLayoutNote *x = kr_layout_get_note (a, i), *y = kr_layout_get_note (b, i);

      g_assert_true (x->note == y->note);
      g_assert_cmpmem (&x->rect, sizeof x->rect, &y->rect, sizeof y->rect);
      g_assert_cmpint (x->ellipsized, ==, y->ellipsized);
      g_assert_cmpuint (x->index, ==, y->index);
    }
  for (guint p = 0; p < kr_layout_get_n_phases (a); p++)
    {
      const KrLayoutPhase *x = kr_layout_get_phase (a, p), *y = kr_layout_get_phase (b, p);

      g_assert_cmpmem (&x->column, sizeof x->column, &y->column, sizeof y->column);
      g_assert_cmpfloat (x->curve_y, ==, y->curve_y);
    }
}

/* --- Tests -------------------------------------------------------------- */

static void
test_sample (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);
  gboolean star_found = FALSE;

  g_assert_cmpuint (kr_layout_get_n_phases (layout), ==, 6);
  check_layout (journey, layout);

  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);

      if (kr_note_get_moment_of_truth (note->note) && note->lane == KR_LANE_ACTIVITIES)
        {
          /* "Ik bezoek 'Mijn RVO' …" sits well below the line. */
          g_assert_cmpfloat (note->rect.y, >, kr_layout_get_neutral_y (layout));
          star_found = TRUE;
        }
      g_assert_false (note->ellipsized);
    }
  g_assert_true (star_found);

  /* Lanes run top to bottom without gaps. */
  for (guint l = 1; l < KR_N_LANES; l++)
    {
      KrRect a = kr_layout_get_lane (layout, l - 1), b = kr_layout_get_lane (layout, l);

      g_assert_cmpfloat (fabs (a.y + a.height - b.y), <, 1e-6);
      g_assert_cmpfloat (b.height, >, 0);
    }
}

static void
test_styles (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();

  for (KrStyleVariant v = KR_STYLE_LIGHT; v <= KR_STYLE_PRINT; v++)
    {
      g_autoptr(KrStyle) style = kr_style_new (v);
      g_autoptr(KrLayout) layout = NULL;

      layout = kr_layout_compute (journey, style);
      check_layout (journey, layout);

      /* Larger type makes a larger map, and it still holds together. */
      kr_style_set_font (style, NULL, 18);
      g_clear_pointer (&layout, kr_layout_free);
      layout = kr_layout_compute (journey, style);
      check_layout (journey, layout);
    }
}

static void
test_generated (void)
{
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);

  for (guint32 seed = 1; seed <= 12; seed++)
    {
      g_autoptr(KrJourney) journey = generate_journey (seed, 1 + seed % 7, 20 + seed * 17);
      g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);

      check_layout (journey, layout);
    }
}

static void
test_purity (void)
{
  g_autoptr(KrJourney) journey = generate_journey (99, 5, 300);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrStyle) copy = kr_style_copy (style);
  g_autoptr(KrLayout) first = kr_layout_compute (journey, style);
  g_autoptr(KrLayout) second = kr_layout_compute (journey, style);
  g_autoptr(KrLayout) third = kr_layout_compute (journey, copy);

  assert_layouts_equal (first, second);
  assert_layouts_equal (first, third);
}

static void
test_ellipsized (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *huge = NULL;
  KrNote *longer, *longest, *word, *small;
  const KrLayoutNote *a, *b, *c, *d;

  for (guint i = 0; i < 60; i++)
    g_string_append (long_text, "Ik wacht en wacht op een antwoord van de gemeente. ");
  huge = g_strnfill (100000, 'x');

  add_phase (journey, "p1", "Ik wacht");
  longer = add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 0, 0, long_text->str);
  longest = add_note (journey, "p1", KR_NOTE_KIND_PAIN, 0, 0, huge);
  word = add_note (journey, "p1", KR_NOTE_KIND_GAIN, 0, 0,
                   "Hottentottententententoonstellingsterreinbeheerdersvereniging");
  small = add_note (journey, "p1", KR_NOTE_KIND_IMPROVEMENT, 0, 0, "Bel terug");
  layout = kr_layout_compute (journey, style);
  check_layout (journey, layout);

  a = kr_layout_find_note (layout, longer);
  b = kr_layout_find_note (layout, longest);
  c = kr_layout_find_note (layout, word);
  d = kr_layout_find_note (layout, small);
  g_assert_true (a->ellipsized);
  g_assert_true (b->ellipsized);
  /* Both capped at the same, largest height. */
  g_assert_cmpfloat (a->rect.height, ==, b->rect.height);
  g_assert_cmpfloat (a->rect.height, <=, 200);
  /* A long word is broken, not cut off, and fits. */
  g_assert_false (c->ellipsized);
  g_assert_cmpfloat (c->rect.height, <, a->rect.height);
  g_assert_false (d->ellipsized);
  g_assert_cmpfloat (d->rect.height, <, c->rect.height);
  g_assert_cmpfloat (d->rect.height, >=, 48);
}

static void
test_phase_widens (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) before = NULL;
  g_autoptr(KrLayout) after = NULL;
  double width, other;

  add_phase (journey, "p1", "Ik zoek informatie");
  add_phase (journey, "p2", "Ik vraag aan");
  add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 0, 1, "Ik kijk op de website");
  before = kr_layout_compute (journey, style);
  width = kr_layout_get_phase (before, 0)->column.width;
  other = kr_layout_get_phase (before, 1)->column.width;
  /* An empty phase still has a column. */
  g_assert_cmpfloat (other, >, 100);

  for (guint i = 1; i < 8; i++)
    add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, i, 1, "Ik bel de gemeente");
  after = kr_layout_compute (journey, style);
  check_layout (journey, after);
  g_assert_cmpfloat (kr_layout_get_phase (after, 0)->column.width, >, width);
  g_assert_cmpfloat (kr_layout_get_phase (after, 1)->column.width, ==, other);
  g_assert_cmpfloat (kr_layout_get_width (after), >, kr_layout_get_width (before));
}

static void
test_empty (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);
  g_autoptr(KrLayout) with_phases = NULL;
  KrDropTarget target;
  double x;

  g_assert_cmpuint (kr_layout_get_n_phases (layout), ==, 0);
  g_assert_cmpuint (kr_layout_get_n_notes (layout), ==, 0);
  g_assert_cmpfloat (kr_layout_get_width (layout), >, 0);
  g_assert_cmpfloat (kr_layout_get_width (layout), <, 2000);
  for (guint l = 0; l < KR_N_LANES; l++)
    g_assert_cmpfloat (kr_layout_get_lane (layout, l).height, >, 0);
  g_assert_cmpint (kr_layout_phase_at (layout, 100), ==, -1);
  g_assert_null (kr_layout_note_at (layout, 100, 100));
  g_assert_false (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, 300,
                                         kr_layout_get_neutral_y (layout), &target));

  add_phase (journey, "p1", "");
  add_phase (journey, "p2", "Ik");
  add_phase (journey, "p3", "Ik doe iets");
  with_phases = kr_layout_compute (journey, style);
  check_layout (journey, with_phases);
  g_assert_cmpuint (kr_layout_get_n_phases (with_phases), ==, 3);
  for (guint p = 0; p < 3; p++)
    {
      const KrLayoutPhase *phase = kr_layout_get_phase (with_phases, p);

      g_assert_true (phase->curve_gap);
      g_assert_cmpint (kr_layout_phase_at (with_phases, phase->column.x + 1), ==, p);
      g_assert_cmpfloat (phase->column.width, ==, kr_layout_get_phase (with_phases, 0)->column.width);
    }
  x = kr_layout_get_phase (with_phases, 0)->column.x;
  g_assert_cmpint (kr_layout_phase_at (with_phases, x - 1), ==, -1);
  x = kr_layout_get_phase (with_phases, 2)->column.x + kr_layout_get_phase (with_phases, 2)->column.width;
  g_assert_cmpint (kr_layout_phase_at (with_phases, x + 1), ==, -1);
}

static void
test_curve (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = NULL;
  KrPhase *derived = add_phase (journey, "p1", "Ik zoek");
  KrPhase *explicit = add_phase (journey, "p2", "Ik vraag aan");
  KrPhase *gap = add_phase (journey, "p3", "Ik wacht");
  KrPhase *plain = add_phase (journey, "p4", "Ik krijg antwoord");
  const KrLayoutPhase *lp;
  double value = 99;

  add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 0, 2, "Ik kijk op de website");
  add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 1, 4, "Ik vind het formulier");
  kr_note_set_moment_of_truth (add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 2, -3,
                                         "Ik kan niet inloggen"), TRUE);
  /* Pains do not count: only activities make the curve. */
  add_note (journey, "p1", KR_NOTE_KIND_PAIN, 0, 0, "Inloggen lukt niet");
  add_note (journey, "p2", KR_NOTE_KIND_ACTIVITY, 0, -4, "Ik bel");
  kr_phase_set_has_curve (explicit, TRUE);
  kr_phase_set_curve (explicit, 3);
  add_note (journey, "p3", KR_NOTE_KIND_GAIN, 0, 0, "Fijn dat het kan");
  add_note (journey, "p4", KR_NOTE_KIND_ACTIVITY, 0, -1, "Ik lees de brief");
  add_note (journey, "p4", KR_NOTE_KIND_ACTIVITY, 1, -2, "Ik begrijp de brief niet");

  /* (2 + 4 + 2 × -3) / 4 = 0 */
  g_assert_cmpint (kr_curve_point_for_phase (journey, derived, &value), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat (value, ==, 0);
  g_assert_cmpint (kr_curve_point_for_phase (journey, plain, &value), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat (value, ==, -1.5);
  value = 99;
  g_assert_cmpint (kr_curve_point_for_phase (journey, gap, &value), ==, KR_CURVE_POINT_NONE);
  g_assert_cmpfloat (value, ==, 99);

  layout = kr_layout_compute (journey, style);
  check_layout (journey, layout);

  lp = kr_layout_get_phase (layout, 0);
  g_assert_true (lp->curve_derived);
  g_assert_false (lp->curve_gap);
  g_assert_cmpfloat (lp->curve_value, ==, 0);
  g_assert_cmpfloat (lp->curve_y, ==, kr_layout_get_curve_zero_y (layout));
  g_assert_cmpfloat (lp->curve_x, ==, lp->column.x + lp->column.width / 2);

  lp = kr_layout_get_phase (layout, 1);
  g_assert_false (lp->curve_derived);
  g_assert_false (lp->curve_gap);
  g_assert_cmpfloat (lp->curve_value, ==, 3);
  g_assert_cmpfloat (fabs (lp->curve_y - (kr_layout_get_curve_zero_y (layout) -
                                          3 * kr_layout_get_curve_step (layout))), <, 1e-9);
  g_assert_cmpfloat (kr_layout_curve_value_at (layout, lp->curve_y), ==, 3);

  lp = kr_layout_get_phase (layout, 2);
  g_assert_true (lp->curve_gap);
  g_assert_false (lp->curve_derived);

  lp = kr_layout_get_phase (layout, 3);
  g_assert_true (lp->curve_derived);
  g_assert_cmpfloat (lp->curve_value, ==, -1.5);

  /* Each point lies inside the curve lane; lower values lower down. */
  g_assert_cmpfloat (kr_layout_get_phase (layout, 3)->curve_y, >,
                     kr_layout_get_phase (layout, 0)->curve_y);
  g_assert_cmpint (kr_layout_lane_at (layout, kr_layout_get_phase (layout, 1)->curve_y), ==,
                   KR_LANE_CURVE);
}

static void
test_drop_target (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = NULL;
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  KrNote *first, *second, *gain;
  const KrLayoutNote *a, *b;
  KrRect lane;
  double neutral, step, x;
  KrDropTarget t;

  add_phase (journey, "p1", "Ik zoek");
  add_phase (journey, "p2", "Ik vraag aan");
  first = add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 0, 2, "Ik kijk op de website");
  second = add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 1, -1, "Ik bel de gemeente");
  add_note (journey, "p1", KR_NOTE_KIND_PAIN, 0, 0, "Niemand neemt op");
  gain = add_note (journey, "p1", KR_NOTE_KIND_GAIN, 0, 0, "Fijn gesprek");
  add_note (journey, "p1", KR_NOTE_KIND_GAIN, 1, 0, "Snel antwoord");
  layout = kr_layout_compute (journey, style);
  neutral = kr_layout_get_neutral_y (layout);
  step = kr_layout_get_valence_step (layout);
  a = kr_layout_find_note (layout, first);
  b = kr_layout_find_note (layout, second);

  /* Above the line is positive, below negative, snapped to whole steps. */
  x = a->rect.x + 1;
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_PAIN, NULL, x, neutral - 2.2 * step, &t));
  g_assert_cmpuint (t.phase, ==, 0);
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (t.valence, ==, 2);
  g_assert_cmpuint (t.index, ==, 0);
  g_assert_cmpfloat (t.indicator.width, >, 0);
  g_assert_cmpfloat (fabs (t.indicator.y + t.indicator.height / 2 - (neutral - 2 * step)), <, 1e-6);

  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, neutral + 3.6 * step, &t));
  g_assert_cmpfloat (t.valence, ==, -4);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, neutral + 0.2 * step, &t));
  g_assert_cmpfloat (t.valence, ==, 0);
  g_assert_false (signbit (t.valence));
  /* Far beyond the scale but still in the lane: clamped. */
  lane = kr_layout_get_lane (layout, KR_LANE_ACTIVITIES);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, lane.y + 1, &t));
  g_assert_cmpfloat (t.valence, ==, 5);

  /* The index counts the notes whose centre is left of the point. */
  x = b->rect.x + b->rect.width / 2 + 1;
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, neutral, &t));
  g_assert_cmpuint (t.index, ==, 2);
  x = (a->rect.x + a->rect.width / 2 + b->rect.x + b->rect.width / 2) / 2;
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, neutral, &t));
  g_assert_cmpuint (t.index, ==, 1);
  /* … but never the notes being moved. */
  g_ptr_array_add (moving, first);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, moving, x, neutral, &t));
  g_assert_cmpuint (t.index, ==, 0);

  /* The red thread: gains above, pains below. */
  lane = kr_layout_get_lane (layout, KR_LANE_RED_THREAD);
  a = kr_layout_find_note (layout, gain);
  x = a->rect.x + a->rect.width + 20;
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL, x, a->rect.y + 5, &t));
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_GAIN);
  g_assert_cmpuint (t.index, ==, 1);
  g_assert_cmpfloat (t.valence, ==, 0);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_GAIN, NULL, x,
                                        lane.y + lane.height - 2, &t));
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_PAIN);
  g_assert_cmpuint (t.index, ==, 1);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_GAIN, NULL, 0,
                                        lane.y + lane.height - 2, &t));
  g_assert_cmpuint (t.phase, ==, 0);
  g_assert_cmpuint (t.index, ==, 0);

  /* Improvements, in an empty second phase. */
  lane = kr_layout_get_lane (layout, KR_LANE_IMPROVEMENTS);
  x = kr_layout_get_phase (layout, 1)->column.x + 30;
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_PAIN, NULL, x, lane.y + 10, &t));
  g_assert_cmpuint (t.phase, ==, 1);
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_IMPROVEMENT);
  g_assert_cmpuint (t.index, ==, 0);
  g_assert_true (rects_overlap (&t.indicator, &kr_layout_get_phase (layout, 1)->column));

  /* Any other lane keeps the kind; past the last column is the last phase. */
  lane = kr_layout_get_lane (layout, KR_LANE_FEELING);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_PAIN, NULL,
                                        kr_layout_get_width (layout) + 100, lane.y + 5, &t));
  g_assert_cmpuint (t.phase, ==, 1);
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_PAIN);
  lane = kr_layout_get_lane (layout, KR_LANE_CURVE);
  g_assert_true (kr_layout_drop_target (layout, KR_NOTE_KIND_ACTIVITY, NULL,
                                        kr_layout_get_phase (layout, 0)->column.x + 5, lane.y + 5, &t));
  g_assert_cmpint (t.kind, ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (t.valence, ==, -5);
}

static void
test_hit (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);

  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);
      double cx = note->rect.x + note->rect.width / 2, cy = note->rect.y + note->rect.height / 2;

      g_assert_true (kr_layout_note_at (layout, cx, cy) == note);
      g_assert_true (kr_layout_note_at (layout, note->rect.x + 0.5, note->rect.y + 0.5) == note);
      g_assert_cmpint (kr_layout_phase_at (layout, cx), ==, note->phase);
      g_assert_cmpint (kr_layout_lane_at (layout, cy), ==, note->lane);
    }

  g_assert_null (kr_layout_note_at (layout, -10, -10));
  g_assert_cmpint (kr_layout_lane_at (layout, -100), ==, KR_LANE_HEADER);
  g_assert_cmpint (kr_layout_lane_at (layout, kr_layout_get_height (layout) + 100), ==,
                   KR_LANE_IMPROVEMENTS);
  g_assert_cmpint (kr_layout_lane_at (layout, kr_layout_get_neutral_y (layout)), ==,
                   KR_LANE_ACTIVITIES);
  g_assert_cmpint (kr_layout_phase_at (layout, -1), ==, -1);
  g_assert_cmpint (kr_layout_phase_at (layout, kr_layout_get_width (layout)), ==, -1);
}

static void
test_orphans (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = NULL;
  KrNote *note;

  add_phase (journey, "p1", "Ik zoek");
  add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 0, 1, "Ik zoek op internet");
  /* Mid-edit a note may point at a phase that is gone: it is left out
   * rather than drawn in the wrong place. */
  note = add_note (journey, "gone", KR_NOTE_KIND_ACTIVITY, 0, 1, "Ik bel");
  layout = kr_layout_compute (journey, style);
  g_assert_cmpuint (kr_layout_get_n_notes (layout), ==, 1);
  g_assert_null (kr_layout_find_note (layout, note));
}

/* Note heights come from an estimate for Latin text (kr-layout-measure.c).
 * Whatever Pango draws in a note that is not ellipsized must fit it: no
 * line may be cut, in the sample or in generated texts, on the screen map
 * and in a frame's narrower or wider notes. */
static guint
assert_layout_texts_fit (const KrLayout *layout)
{
  PangoContext *context = kr_render_create_context ();
  PangoLayout *text = pango_layout_new (context);
  PangoFontDescription *font = kr_style_create_font (layout->style, KR_STYLE_TEXT_NOTE);
  const KrMetrics *m = &layout->m;
  guint checked = 0;

  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *ln = kr_layout_get_note (layout, i);
      const char *words = kr_note_get_text (ln->note);
      KrNoteBox box;
      PangoRectangle logical;
      double room;

      if (ln->ellipsized)
        continue;
      kr_note_box (m, ln->note, &ln->rect, FALSE, &box);
      kr_render_setup_layout_text (text, font, box.width, box.indent, -1);
      pango_layout_set_text (text, words, -1);
      pango_layout_get_extents (text, NULL, &logical);
      room = (box.has_footer ? box.footer_y : ln->rect.y + ln->rect.height - m->note_pad_y) - box.y;
      if (logical.height / (double) PANGO_SCALE > room + 0.01)
        g_error ("“%s” needs %.1f units but its note has %.1f", words,
                 logical.height / (double) PANGO_SCALE, room);
      checked++;
    }

  pango_font_description_free (font);
  g_object_unref (text);
  g_object_unref (context);
  return checked;
}

static void
assert_texts_fit (KrJourney     *journey,
                  const KrStyle *style)
{
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);

  g_assert_cmpuint (assert_layout_texts_fit (layout), >, 0);
}

static void
test_texts_fit (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);

  assert_texts_fit (sample, style);
  for (guint32 seed = 1; seed <= 40; seed++)
    {
      g_autoptr(KrJourney) generated = generate_journey (seed, 5, 300);
      assert_texts_fit (generated, style);
    }
  kr_style_set_font (style, "Sans", 19);
  assert_texts_fit (sample, style);
}

/* --- Frames -------------------------------------------------------------- */

/* What every framed layout must be, whatever the journey and the frame. */
static void
check_framed (KrJourney           *journey,
              const KrLayoutFrame *frame,
              const KrLayout      *layout)
{
  GListModel *all = kr_journey_get_phases (journey);
  guint n_all = g_list_model_get_n_items (all);
  guint first = MIN (frame->first_phase, n_all);
  guint n_phases = frame->n_phases > 0 ? MIN (frame->n_phases, n_all - first) : n_all - first;
  double neutral = kr_layout_get_neutral_y (layout);
  KrRect gutter = kr_layout_get_gutter_rect (layout);
  guint expected_notes = 0;

  /* As wide as the frame (or as the lane names, in a frame too narrow for
   * any map), the phases it asked for, and no taller than its height when
   * it says it fits. */
  if (kr_layout_fits (layout))
    g_assert_cmpfloat (fabs (kr_layout_get_width (layout) - frame->width), <, 0.01);
  else
    g_assert_cmpfloat (kr_layout_get_width (layout), >=, frame->width - 0.01);
  g_assert_cmpuint (kr_layout_get_n_phases (layout), ==, n_phases);
  g_assert_cmpuint (kr_layout_get_first_phase (layout), ==, first);
  if (frame->height > 0 && kr_layout_fits (layout))
    g_assert_cmpfloat (kr_layout_get_height (layout), <=, frame->height + 0.01);
  if (frame->min_text_size > 0)
    for (guint t = 0; t < KR_STYLE_N_TEXTS; t++)
      g_assert_cmpfloat (kr_layout_get_text_size (layout, t), >=,
                         MIN (frame->min_text_size,
                              kr_layout_get_text_size (layout, KR_STYLE_TEXT_NOTE)) - 0.001);
  if (frame->note_size > 0)
    g_assert_cmpfloat (fabs (kr_layout_get_text_size (layout, KR_STYLE_TEXT_NOTE) -
                             frame->note_size), <, 0.001);
  if (frame->flags & KR_LAYOUT_FRAME_NO_HEADER)
    g_assert_cmpfloat (kr_layout_get_lane (layout, KR_LANE_HEADER).height, ==, 0);

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (all, first + p);
      const KrLayoutPhase *lp = kr_layout_get_phase (layout, p);
      double left = p == 0 ? gutter.x + gutter.width
                           : kr_layout_get_phase (layout, p - 1)->column.x +
                             kr_layout_get_phase (layout, p - 1)->column.width;

      g_assert_true (lp->phase == phase);
      g_assert_cmpfloat (fabs (lp->column.x - left), <, 1e-6);
      for (KrNoteKind kind = 0; kind < KR_NOTE_N_KINDS; kind++)
        {
          g_autoptr(GPtrArray) notes = kr_journey_collect_notes (journey, kr_phase_get_id (phase),
                                                                 kind);
          expected_notes += notes->len;
        }
    }
  if (n_phases > 0)
    {
      const KrRect *last = &kr_layout_get_phase (layout, n_phases - 1)->column;

      g_assert_cmpfloat (fabs (last->x + last->width - kr_layout_get_width (layout)), <, 0.01);
    }
  g_assert_cmpuint (kr_layout_get_n_notes (layout), ==, expected_notes);

  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);
      const KrLayoutPhase *phase = kr_layout_get_phase (layout, note->phase);
      KrRect lane = kr_layout_get_lane (layout, note->lane);
      double valence = kr_note_get_valence (note->note);

      g_assert_true (kr_layout_find_note (layout, note->note) == note);
      g_assert_cmpstr (kr_note_get_phase (note->note), ==, kr_phase_get_id (phase->phase));
      g_assert_cmpfloat (note->rect.x, >=, phase->column.x);
      g_assert_cmpfloat (note->rect.x + note->rect.width, <=,
                         phase->column.x + phase->column.width + 1e-6);
      g_assert_cmpfloat (note->rect.y, >=, lane.y - 1e-6);
      g_assert_cmpfloat (note->rect.y + note->rect.height, <=, lane.y + lane.height + 1e-6);

      /* An activity keeps its side of the neutral line. */
      if (note->lane == KR_LANE_ACTIVITIES && valence > 0)
        g_assert_cmpfloat (note->rect.y + note->rect.height, <, neutral);
      else if (note->lane == KR_LANE_ACTIVITIES && valence < 0)
        g_assert_cmpfloat (note->rect.y, >, neutral);

      for (guint j = i + 1; j < kr_layout_get_n_notes (layout); j++)
        {
          const KrLayoutNote *other = kr_layout_get_note (layout, j);

          if (rects_overlap (&note->rect, &other->rect))
            g_error ("“%s” and “%s” overlap", kr_note_get_id (note->note),
                     kr_note_get_id (other->note));
        }
    }

  /* Where the notes have the room they need, their words are there. */
  if (kr_layout_fits (layout) && kr_layout_get_n_notes (layout) > 0)
    g_assert_cmpuint (assert_layout_texts_fit (layout), >, 0);
  else
    assert_layout_texts_fit (layout);
}

/* The screen map is what it was: no frame and an empty frame lay it out
 * exactly as kr_layout_compute () does. */
static void
test_frame_screen (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  KrLayoutFrame empty = KR_LAYOUT_FRAME_INIT;
  g_autoptr(KrLayout) screen = kr_layout_compute (journey, style);
  g_autoptr(KrLayout) none = kr_layout_compute_in_frame (journey, style, NULL);
  g_autoptr(KrLayout) zero = kr_layout_compute_in_frame (journey, style, &empty);

  assert_layouts_equal (screen, none);
  assert_layouts_equal (screen, zero);
  g_assert_cmpfloat (kr_layout_get_text_size (screen, KR_STYLE_TEXT_NOTE), ==, 15);
  g_assert_cmpuint (kr_layout_get_first_phase (screen), ==, 0);
  g_assert_true (kr_layout_fits (screen));
}

/* Frames of many shapes and sizes, for the sample and a journey twice as
 * large: the map always fills the width and nothing is out of place. */
static void
test_frame_reflow (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrJourney) large = kr_test_generate_journey (12, 150, 7);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  KrJourney *journeys[] = { sample, large };
  static const double widths[] = { 300, 770, 1118, 1280, 2400 };
  static const double sizes[] = { 5.5, 7, 10, 22 };

  for (guint j = 0; j < G_N_ELEMENTS (journeys); j++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          KrLayoutFrame frame = KR_LAYOUT_FRAME_INIT;
          g_autoptr(KrLayout) layout = NULL;

          frame.width = widths[w];
          frame.note_size = sizes[z];
          frame.flags = z % 2 == 0 ? KR_LAYOUT_FRAME_NO_HEADER : KR_LAYOUT_FRAME_NO_TITLE;
          layout = kr_layout_compute_in_frame (journeys[j], style, &frame);
          g_test_message ("journey %u, %.0f wide, notes of %.1f", j, frame.width, frame.note_size);
          check_framed (journeys[j], &frame, layout);
        }
}

/* The map in parts: a frame shows the phases it names, numbered as in the
 * whole journey, with all their notes and nobody else's. */
static void
test_frame_parts (void)
{
  g_autoptr(KrJourney) journey = kr_test_generate_journey (12, 150, 3);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  guint seen = 0;

  for (guint first = 0; first < 12; first += 3)
    {
      KrLayoutFrame frame = { .width = 770, .height = 420, .note_size = 7,
                              .min_text_size = 6.25, .first_phase = first, .n_phases = 3,
                              .flags = KR_LAYOUT_FRAME_NO_HEADER };
      g_autoptr(KrLayout) layout = kr_layout_compute_in_frame (journey, style, &frame);

      check_framed (journey, &frame, layout);
      seen += kr_layout_get_n_notes (layout);
    }
  g_assert_cmpuint (seen, ==, 150);

  /* Past the end: what there is, or nothing. */
  {
    KrLayoutFrame frame = { .width = 770, .first_phase = 10, .n_phases = 5 };
    g_autoptr(KrLayout) tail = kr_layout_compute_in_frame (journey, style, &frame);
    KrLayoutFrame beyond = { .width = 770, .first_phase = 40 };
    g_autoptr(KrLayout) nothing = kr_layout_compute_in_frame (journey, style, &beyond);

    check_framed (journey, &frame, tail);
    g_assert_cmpuint (kr_layout_get_n_phases (tail), ==, 2);
    g_assert_cmpuint (kr_layout_get_n_phases (nothing), ==, 0);
    g_assert_cmpuint (kr_layout_get_n_notes (nothing), ==, 0);
    g_assert_cmpfloat (fabs (kr_layout_get_width (nothing) - 770), <, 0.01);
  }
}

/* A frame's height is filled: what the other lanes leave goes to the
 * activities, whose valence steps widen, so activities sit nearer their
 * own heights. A height that cannot be met is reported, not faked. */
static void
test_frame_height (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  KrLayoutFrame open = { .width = 1118, .note_size = 6 };
  KrLayoutFrame low = open, tall = open, cramped = open, huge = open;
  g_autoptr(KrLayout) natural = kr_layout_compute_in_frame (journey, style, &open);
  g_autoptr(KrLayout) at_low = NULL, at_tall = NULL, at_cramped = NULL, at_huge = NULL;
  double least, most;

  /* With no height, the least: activities as close as their sides allow.
   * With far too much, the most: the steps widen no further than on the
   * screen map, and the rest is left. */
  check_framed (journey, &open, natural);
  huge.height = 5000;
  at_huge = kr_layout_compute_in_frame (journey, style, &huge);
  check_framed (journey, &huge, at_huge);
  g_assert_true (kr_layout_fits (at_huge));
  g_assert_cmpfloat_with_epsilon (kr_layout_get_valence_step (at_huge), 40 * 6.0 / 15, 1e-9);
  least = kr_layout_get_height (natural);
  most = kr_layout_get_height (at_huge);
  g_assert_cmpfloat (most, >, least + 20);

  /* In between, the height is filled. */
  low.height = least + (most - least) / 3;
  tall.height = least + 2 * (most - least) / 3;
  cramped.height = least - 20;
  at_low = kr_layout_compute_in_frame (journey, style, &low);
  at_tall = kr_layout_compute_in_frame (journey, style, &tall);
  at_cramped = kr_layout_compute_in_frame (journey, style, &cramped);
  check_framed (journey, &low, at_low);
  check_framed (journey, &tall, at_tall);
  g_assert_true (kr_layout_fits (at_low));
  g_assert_true (kr_layout_fits (at_tall));
  g_assert_cmpfloat (kr_layout_get_height (at_low), >, low.height - 2);
  g_assert_cmpfloat (kr_layout_get_height (at_tall), >, tall.height - 2);
  g_assert_cmpfloat (kr_layout_get_valence_step (at_tall), >, kr_layout_get_valence_step (at_low));
  g_assert_cmpfloat (kr_layout_get_valence_step (at_low), >, kr_layout_get_valence_step (natural));
  /* Only the activities grew. */
  for (guint l = 0; l < KR_N_LANES; l++)
    if (l != KR_LANE_ACTIVITIES)
      g_assert_cmpfloat (kr_layout_get_lane (at_tall, l).height, ==,
                         kr_layout_get_lane (natural, l).height);

  /* A height that cannot be met is reported, not faked. */
  g_assert_false (kr_layout_fits (at_cramped));
  g_assert_cmpfloat (kr_layout_get_height (at_cramped), ==, least);
}

/* kr_layout_fit () finds the largest size that fits, to the step. */
static void
test_frame_fit (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrJourney) large = kr_test_generate_journey (12, 150, 5);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  KrJourney *journeys[] = { sample, large };
  static const struct { double width, height; } frames[] = {
    { 1118, 667 }, { 770, 420 }, { 1280, 720 }, { 1920, 1080 },
  };

  for (guint j = 0; j < G_N_ELEMENTS (journeys); j++)
    for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
      {
        KrLayoutFrame frame = { .width = frames[f].width, .height = frames[f].height };
        g_autoptr(KrLayout) fitted = kr_layout_fit (journeys[j], style, &frame, 2, 40, 0.25);
        double size = kr_layout_get_text_size (fitted, KR_STYLE_TEXT_NOTE);
        KrLayoutFrame larger = frame;
        g_autoptr(KrLayout) too_large = NULL;

        check_framed (journeys[j], &frame, fitted);
        g_assert_true (kr_layout_fits (fitted));
        g_assert_cmpfloat (size, >, 2);
        g_assert_cmpfloat (size, <, 40);
        /* A quarter point larger does not fit. */
        larger.note_size = size + 0.25;
        too_large = kr_layout_compute_in_frame (journeys[j], style, &larger);
        g_assert_false (kr_layout_fits (too_large));
      }

  /* Nothing fits: the smallest, saying so. */
  {
    KrLayoutFrame frame = { .width = 300, .height = 100 };
    g_autoptr(KrLayout) smallest = kr_layout_fit (large, style, &frame, 5, 12, 0.5);

    g_assert_false (kr_layout_fits (smallest));
    g_assert_cmpfloat (kr_layout_get_text_size (smallest, KR_STYLE_TEXT_NOTE), ==, 5);
  }
}

/* The notes come in reading order, which the canvas's keyboard and screen
 * reader order rely on: by phase, activities, gains, pains, improvements,
 * each left to right. */
static void
test_reading_order (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);
  static const guint rank[KR_NOTE_N_KINDS] = {
    [KR_NOTE_KIND_ACTIVITY] = 0, [KR_NOTE_KIND_GAIN] = 1,
    [KR_NOTE_KIND_PAIN] = 2, [KR_NOTE_KIND_IMPROVEMENT] = 3,
  };

  g_assert_cmpuint (kr_layout_get_n_notes (layout), >, 10);
  for (guint i = 1; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *a = kr_layout_get_note (layout, i - 1);
      const KrLayoutNote *b = kr_layout_get_note (layout, i);
      guint ka = rank[kr_note_get_kind (a->note)], kb = rank[kr_note_get_kind (b->note)];

      g_assert_true (a->phase < b->phase ||
                     (a->phase == b->phase &&
                      (ka < kb || (ka == kb && a->index + 1 == b->index))));
    }
}

/* A blend is where things were at 0, where they go at 1, and half way at
 * a half; what is new stands at its place all along. */
static void
test_blend (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) before = kr_layout_compute (journey, style);
  g_autoptr(KrLayout) after = NULL;
  g_autoptr(KrLayout) start = NULL;
  g_autoptr(KrLayout) half = NULL;
  g_autoptr(KrLayout) end = NULL;
  KrNote *last = kr_journey_find_note (journey, "n59", NULL);
  KrNote *added;
  const KrLayoutNote *a, *b, *h;

  g_assert_nonnull (last);
  g_assert_false (kr_layout_moved (before, before));

  /* Four more activities in phase 1 widen it: everything after moves. */
  for (guint i = 0; i < 4; i++)
    add_note (journey, "p1", KR_NOTE_KIND_ACTIVITY, 10 + i, 0, "Ik lees de folder van de gemeente");
  added = kr_journey_find_note (journey, "n63", NULL);
  after = kr_layout_compute (journey, style);
  g_assert_true (kr_layout_moved (before, after));

  start = kr_layout_blend (before, after, 0);
  half = kr_layout_blend (before, after, 0.5);
  end = kr_layout_blend (before, after, 1);

  a = kr_layout_find_note (before, last);
  b = kr_layout_find_note (after, last);
  g_assert_cmpfloat (b->rect.x, >, a->rect.x);
  g_assert_cmpfloat (kr_layout_find_note (start, last)->rect.x, ==, a->rect.x);
  g_assert_cmpfloat (kr_layout_find_note (end, last)->rect.x, ==, b->rect.x);
  h = kr_layout_find_note (half, last);
  g_assert_cmpfloat_with_epsilon (h->rect.x, (a->rect.x + b->rect.x) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_layout_get_phase (half, 5)->column.x,
                                  (kr_layout_get_phase (before, 5)->column.x +
                                   kr_layout_get_phase (after, 5)->column.x) / 2, 1e-9);

  /* The new note is where it goes, from the first frame. */
  g_assert_nonnull (added);
  g_assert_cmpfloat (kr_layout_find_note (start, added)->rect.x, ==,
                     kr_layout_find_note (after, added)->rect.x);
  g_assert_cmpuint (kr_layout_get_n_notes (half), ==, kr_layout_get_n_notes (after));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/layout/reading-order", test_reading_order);
  g_test_add_func ("/render/layout/sample", test_sample);
  g_test_add_func ("/render/layout/styles", test_styles);
  g_test_add_func ("/render/layout/generated", test_generated);
  g_test_add_func ("/render/layout/purity", test_purity);
  g_test_add_func ("/render/layout/ellipsized", test_ellipsized);
  g_test_add_func ("/render/layout/phase-widens", test_phase_widens);
  g_test_add_func ("/render/layout/empty", test_empty);
  g_test_add_func ("/render/layout/curve", test_curve);
  g_test_add_func ("/render/layout/drop-target", test_drop_target);
  g_test_add_func ("/render/layout/hit", test_hit);
  g_test_add_func ("/render/layout/orphans", test_orphans);
  g_test_add_func ("/render/layout/texts-fit", test_texts_fit);
  g_test_add_func ("/render/layout/blend", test_blend);
  g_test_add_func ("/render/layout/frame/screen", test_frame_screen);
  g_test_add_func ("/render/layout/frame/reflow", test_frame_reflow);
  g_test_add_func ("/render/layout/frame/parts", test_frame_parts);
  g_test_add_func ("/render/layout/frame/height", test_frame_height);
  g_test_add_func ("/render/layout/frame/fit", test_frame_fit);

  return g_test_run ();
}
