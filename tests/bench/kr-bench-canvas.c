/* kr-bench-canvas.c: what the canvas costs on a large journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * canvas.layout  kr_layout_compute () of the whole journey
 * canvas.paint   a full repaint of a 1920 × 1080 view of the map's top
 *                left at zoom 1, onto an offscreen image surface
 * canvas.drag    one step of dragging an activity: its valence changes by
 *                one, the layout follows, and only the note's old and new
 *                places are repainted
 */
#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>

#include "kr-layout.h"
#include "kr-model.h"
#include "kr-painter.h"

#define CANVAS_RUNS 15
#define CANVAS_PHASES 7
#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080

/* Words of the method's writing guide: "Ik" + verb + place or channel +
 * reason, with optional clauses so that notes run from a few words to a
 * few lines, as they do on a real wall. */
static const char *const verbs[] = {
  "bel", "mail", "zoek op", "vraag bij", "bespreek met", "lees op", "kijk op",
  "wacht op antwoord van", "stuur een brief naar", "ontvang een brief van",
  "vul een formulier in bij", "luister naar",
};
static const char *const places[] = {
  "de gemeente", "de website", "een medewerker", "mijn buren", "een collega",
  "het gemeentehuis", "Mijn RVO", "de klantenservice", "een installateur",
  "een vriend op een verjaardag", "social media", "de balie",
};
static const char *const reasons[] = {
  "om informatie te krijgen",
  "omdat ik een keuze moet maken",
  "omdat ik een klacht heb",
  "omdat ik hulp nodig heb bij de aanvraag",
  "over de betaling van de subsidie",
  "over mijn verhuizing",
  "op tip van een vriend",
  "omdat ik niet weet waar ik moet beginnen",
};
static const char *const clauses[] = {
  "maar ik krijg geen duidelijk antwoord",
  "en dat kost me een hele middag",
  "terwijl ik morgen al een besluit moet nemen",
  "en daarna weet ik eindelijk waar ik aan toe ben",
  "maar de informatie spreekt zichzelf tegen",
  "en ik moet mijn DigiD erbij pakken",
};
static const char *const channels[] = {
  "telefoon", "website", "e-mail", "balie", "brief", "Mijn RVO", NULL, NULL,
};
static const char *const emotions[] = {
  "apprehension", "interest", "annoyance", "trust", "joy", "anger", "serenity", "fear",
};

static char *
make_text (GRand *rand)
{
  GString *text = g_string_new ("Ik ");
  guint n_clauses = g_rand_int_range (rand, 0, 3);

  g_string_append_printf (text, "%s %s %s",
                          verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                          places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))],
                          reasons[g_rand_int_range (rand, 0, G_N_ELEMENTS (reasons))]);
  for (guint i = 0; i < n_clauses; i++)
    g_string_append_printf (text, ", %s",
                            clauses[g_rand_int_range (rand, 0, G_N_ELEMENTS (clauses))]);
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static KrJourney *
make_journey (guint n_notes)
{
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint order[CANVAS_PHASES][KR_NOTE_N_KINDS] = { { 0 } };

  kr_journey_set_title (journey, "Ik wil mijn huis verduurzamen en daarvoor subsidie krijgen");
  kr_journey_set_scope (journey, KR_SCOPE_CUSTOMER, "Huiseigenaren die hun woning willen verduurzamen");
  kr_journey_set_scope (journey, KR_SCOPE_GOAL, "Mijn huis laten isoleren en daarvoor subsidie krijgen");
  kr_journey_set_scope (journey, KR_SCOPE_START, "Ik merk dat mijn energierekening stijgt");
  kr_journey_set_scope (journey, KR_SCOPE_END, "Ik heb het besluit over de subsidie");

  for (guint p = 0; p < CANVAS_PHASES; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *title = g_strdup_printf ("Ik %s %s", verbs[p], places[p]);
      g_autoptr(KrPhase) phase = kr_phase_new (id, title);

      kr_phase_set_emotion_from (phase, emotions[p % G_N_ELEMENTS (emotions)]);
      kr_phase_set_emotion_to (phase, emotions[(p + 3) % G_N_ELEMENTS (emotions)]);
      kr_phase_set_feeling (phase, "Ik voel me onzeker, maar ook nieuwsgierig naar wat komt.");
      if (p % 3 == 1)
        {
          kr_phase_set_has_curve (phase, TRUE);
          kr_phase_set_curve (phase, (double) p - 3);
        }
      g_list_store_append (phases, phase);
    }

  for (guint i = 0; i < n_notes; i++)
    {
      guint p = g_rand_int_range (rand, 0, CANVAS_PHASES);
      guint roll = g_rand_int_range (rand, 0, 100);
      KrNoteKind kind = roll < 60 ? KR_NOTE_KIND_ACTIVITY
                      : roll < 73 ? KR_NOTE_KIND_PAIN
                      : roll < 86 ? KR_NOTE_KIND_GAIN
                                  : KR_NOTE_KIND_IMPROVEMENT;
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      g_autofree char *phase_id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *text = make_text (rand);
      KrNote *note = kr_note_new (id, phase_id, kind, text);

      kr_note_set_order (note, order[p][kind]++);
      kr_note_set_channel (note, channels[g_rand_int_range (rand, 0, G_N_ELEMENTS (channels))]);
      if (kind == KR_NOTE_KIND_ACTIVITY)
        {
          kr_note_set_has_valence (note, TRUE);
          kr_note_set_valence (note, g_rand_int_range (rand, -5, 6));
        }
      kr_note_set_red_thread (note, g_rand_int_range (rand, 0, 6) == 0);
      kr_note_set_moment_of_truth (note, g_rand_int_range (rand, 0, 40) == 0);
      g_ptr_array_add (items, note);
    }
  g_list_store_splice (notes, 0, 0, items->pdata, items->len);

  return journey;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (double *values,
           guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2] / 1000.0;
}

static KrRect
union_rect (const KrRect *a,
            const KrRect *b,
            double        margin)
{
  double x0 = MIN (a->x, b->x) - margin, y0 = MIN (a->y, b->y) - margin;
  double x1 = MAX (a->x + a->width, b->x + b->width) + margin;
  double y1 = MAX (a->y + a->height, b->y + b->height) + margin;

  return (KrRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* The activity nearest the middle of the view, so that the repaint is a
 * real one rather than clipped away. */
static KrNote *
pick_activity (const KrLayout *layout)
{
  KrNote *best = NULL;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);
      double dx = note->rect.x - VIEW_WIDTH / 2.0, dy = note->rect.y - VIEW_HEIGHT / 2.0;

      if (note->lane == KR_LANE_ACTIVITIES && dx * dx + dy * dy < best_distance)
        {
          best = note->note;
          best_distance = dx * dx + dy * dy;
        }
    }

  return best;
}

int
kr_bench_canvas (guint n_notes)
{
  g_autoptr(KrJourney) journey = make_journey (n_notes);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_LIGHT);
  g_autoptr(KrLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  KrRect view = { 0, 0, VIEW_WIDTH, VIEW_HEIGHT };
  double times[CANVAS_RUNS];
  double cold;
  gint64 start;
  KrNote *moving;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_WIDTH, VIEW_HEIGHT);
  cr = cairo_create (surface);

  /* The first layout loads fonts and fills the measuring cache: it is
   * what opening a document costs, reported on its own. */
  start = g_get_monotonic_time ();
  layout = kr_layout_compute (journey, style);
  cold = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 0; i < CANVAS_RUNS; i++)
    {
      KrLayout *again;

      start = g_get_monotonic_time ();
      again = kr_layout_compute (journey, style);
      times[i] = g_get_monotonic_time () - start;
      kr_layout_free (again);
    }
  printf ("canvas.layout %.2f ms\n", median_ms (times, CANVAS_RUNS));
  printf ("canvas.layout_first %.2f ms\n", cold);

  /* Warm the glyph caches as a canvas on screen would have them. */
  kr_painter_paint (cr, layout, style, &view);
  for (guint i = 0; i < CANVAS_RUNS; i++)
    {
      start = g_get_monotonic_time ();
      kr_painter_paint (cr, layout, style, &view);
      cairo_surface_flush (surface);
      times[i] = g_get_monotonic_time () - start;
    }
  printf ("canvas.paint %.2f ms\n", median_ms (times, CANVAS_RUNS));

  moving = pick_activity (layout);
  for (guint i = 0; moving != NULL && i < CANVAS_RUNS; i++)
    {
      KrRect before = kr_layout_find_note (layout, moving)->rect;
      double valence = kr_note_get_valence (moving);
      KrRect damage;

      start = g_get_monotonic_time ();
      /* Up and down in turn, so every step moves the note. */
      kr_note_set_valence (moving, valence >= KR_VALENCE_MAX ? valence - 1
                                 : valence <= KR_VALENCE_MIN ? valence + 1
                                 : i % 2 == 0 ? valence + 1 : valence - 1);
      g_clear_pointer (&layout, kr_layout_free);
      layout = kr_layout_compute (journey, style);
      damage = union_rect (&before, &kr_layout_find_note (layout, moving)->rect, 8);
      kr_painter_paint (cr, layout, style, &damage);
      cairo_surface_flush (surface);
      times[i] = g_get_monotonic_time () - start;
    }
  if (moving != NULL)
    printf ("canvas.drag %.2f ms\n", median_ms (times, CANVAS_RUNS));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return EXIT_SUCCESS;
}
