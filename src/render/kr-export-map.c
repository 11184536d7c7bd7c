/* kr-export-map.c: the journey map on paper, at a size people can read
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scaling the screen map down to a page sets its words at 2 or 3 points.
 * Instead the map is laid out again for the page (kr_layout_compute_in_frame
 * ()): its columns share the page's width and its words have a size chosen
 * for print. A handout keeps that size and, where the journey is too wide
 * for one page, shows it in parts, whole phases a page, each with the lane
 * names. A poster is one page: the largest size at which the whole journey
 * fits it, across and down.
 */
#define G_LOG_DOMAIN "kr-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kr-export-private.h"

/* The words of a handout's notes: printed text is read at arm's length
 * from about 7 points up. Pages are saved at a little less; only a phase
 * too full for a page of its own gets smaller words still, down to. */
#define HANDOUT_NOTE_SIZE  7.0
#define HANDOUT_NOTE_FULL  6.5
#define HANDOUT_NOTE_MIN   6.0
/* A poster fits the page: as large as it can, no smaller than. */
#define POSTER_NOTE_MAX   14.0
#define POSTER_NOTE_MIN   4.0
#define NOTE_SIZE_STEP    0.1
/* Lane names, a note's channel, the scale labels: never smaller than. */
#define HANDOUT_TEXT_MIN  6.25
#define POSTER_TEXT_MIN   5.5

#define SUBTITLE_GAP      3.0
#define MAP_GAP           10.0   /* between the heading and the map */

/* The heading of a map page: the journey's title, wrapped rather than cut,
 * and under it what kind of journey it is. */
PangoLayout *
kr_handout_map_title (KrHandout *self)
{
  PangoLayout *layout = kr_handout_new_layout (self, H1_SIZE, PANGO_WEIGHT_BOLD,
                                               self->width - 2 * MARGIN);

  kr_render_set_text (layout, self->title, -1);
  /* A title of many lines would leave no room for the map: at a smaller
   * size, and at most three lines. */
  if (pango_layout_get_line_count (layout) > 2)
    {
      g_autoptr(PangoLayout) smaller = kr_handout_new_layout (self, H2_SIZE, PANGO_WEIGHT_BOLD,
                                                              self->width - 2 * MARGIN);

      kr_render_set_text (smaller, self->title, -1);
      pango_layout_set_height (smaller, -3);
      pango_layout_set_ellipsize (smaller, PANGO_ELLIPSIZE_END);
      g_object_unref (layout);
      layout = g_steal_pointer (&smaller);
    }
  return layout;
}

/* "Current journey · Journey light": the method's two questions about any
 * journey, answered on its first page. */
char *
kr_handout_kind_line (KrJourney *journey)
{
  const char *state, *validation;

  if (kr_journey_get_state (journey) == KR_JOURNEY_STATE_DESIRED)
    /* TRANSLATORS: a journey as it should become (SOLL); "gewenste klantreis" */
    state = kr_handout_tr (N_("Desired journey"));
  else
    /* TRANSLATORS: a journey as it is today (IST); "huidige klantreis" */
    state = kr_handout_tr (N_("Current journey"));

  if (kr_journey_get_validation (journey) == KR_JOURNEY_VALIDATION_VALIDATED)
    /* TRANSLATORS: checked with customers and data; "gevalideerde klantreis" */
    validation = kr_handout_tr (N_("Validated journey"));
  else
    /* TRANSLATORS: made from data and signals, not yet checked; "klantreis light" */
    validation = kr_handout_tr (N_("Journey light"));

  return g_strdup_printf ("%s  ·  %s", state, validation);
}

char *
kr_handout_part_marker (KrHandout *self,
                        guint      map)
{
  const KrLayout *layout = g_ptr_array_index (self->maps, map);
  guint first = kr_layout_get_first_phase (layout) + 1;
  guint n = kr_layout_get_n_phases (layout);
  guint total = g_list_model_get_n_items (kr_journey_get_phases (self->journey));

  if (self->maps->len < 2 || n == 0)
    return NULL;
  if (n == 1)
    /* TRANSLATORS: on a page of the map in parts: this page's phase, and how many there are */
    return g_strdup_printf (kr_handout_tr (N_("Phase %u of %u")), first, total);
  /* TRANSLATORS: on a page of the map in parts: its first and last phase, and how many there are */
  return g_strdup_printf (kr_handout_tr (N_("Phases %u–%u of %u")), first, first + n - 1, total);
}

static double
text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static double
map_top (KrHandout *self)
{
  g_autoptr(PangoLayout) title = kr_handout_map_title (self);
  g_autoptr(PangoLayout) subtitle = kr_handout_new_layout (self, SUBTITLE_SIZE,
                                                           PANGO_WEIGHT_NORMAL, -1);

  pango_layout_set_text (subtitle, "Ag", -1);
  return MARGIN + text_height (title) + SUBTITLE_GAP + text_height (subtitle) + MAP_GAP;
}

static KrLayout *
lay_out_part (KrHandout           *self,
              const KrLayoutFrame *frame,
              guint                first,
              guint                n,
              double               size)
{
  KrLayoutFrame part = *frame;

  part.first_phase = first;
  part.n_phases = n;
  part.note_size = size;
  return kr_layout_compute_in_frame (self->journey, self->style, &part);
}

/* The handout's map: whole phases a page, on as few pages as hold them at
 * a little less than the size a handout prefers, and of those ways the
 * one whose pages hold the most even numbers of phases; then at the size
 * it prefers if every page still fits. A phase that does not fit a page
 * on its own gets smaller words, and if not even that is enough, the page
 * scales it (see kr_handout_map_placement ()), so that nothing is cut. */
static void
build_handout_map (KrHandout           *self,
                   const KrLayoutFrame *frame,
                   guint                n_phases)
{
  /* parts[i * (n_phases + 1) + n]: phases i .. i + n - 1 laid out for a
   * page, once asked for. */
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) larger = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_layout_free);
  /* The best way to lay out phases i and on: how many pages, how uneven,
   * and how many phases on its first page. */
  g_autofree guint *pages = g_new0 (guint, n_phases + 1);
  g_autofree guint *uneven = g_new0 (guint, n_phases + 1);
  g_autofree guint *first_page = g_new0 (guint, n_phases + 1);

  if (n_phases == 0)
    {
      g_ptr_array_add (self->maps, lay_out_part (self, frame, 0, 0, HANDOUT_NOTE_SIZE));
      return;
    }

  parts = g_ptr_array_new_full ((n_phases + 1) * (n_phases + 1),
                                (GDestroyNotify) kr_layout_free);
  g_ptr_array_set_size (parts, (n_phases + 1) * (n_phases + 1));
  for (guint i = n_phases; i-- > 0;)
    {
      pages[i] = G_MAXUINT;
      for (guint n = 1; i + n <= n_phases; n++)
        {
          KrLayout **part = (KrLayout **) &g_ptr_array_index (parts, i * (n_phases + 1) + n);
          guint total, spread;

          *part = lay_out_part (self, frame, i, n, HANDOUT_NOTE_FULL);
          /* More phases than fit will not fit either; one always goes. */
          if (!kr_layout_fits (*part) && n > 1)
            break;
          total = pages[i + n] + 1;
          spread = uneven[i + n] + n * n;
          if (total < pages[i] || (total == pages[i] && spread < uneven[i]))
            {
              pages[i] = total;
              uneven[i] = spread;
              first_page[i] = n;
            }
        }
    }

  for (guint i = 0; i < n_phases; i += first_page[i])
    {
      KrLayout *part = lay_out_part (self, frame, i, first_page[i], HANDOUT_NOTE_SIZE);

      g_ptr_array_add (larger, part);
      if (!kr_layout_fits (part))
        break;
    }
  if (larger->len == pages[0] &&
      kr_layout_fits (g_ptr_array_index (larger, larger->len - 1)))
    {
      g_ptr_array_extend_and_steal (self->maps, g_steal_pointer (&larger));
      return;
    }

  for (guint i = 0; i < n_phases; i += first_page[i])
    {
      KrLayout *part = g_steal_pointer (&g_ptr_array_index (parts, i * (n_phases + 1) +
                                                            first_page[i]));

      /* A phase too full for a page of its own. */
      if (!kr_layout_fits (part))
        {
          KrLayoutFrame alone = *frame;

          kr_layout_free (part);
          alone.first_phase = i;
          alone.n_phases = 1;
          part = kr_layout_fit (self->journey, self->style, &alone, HANDOUT_NOTE_MIN,
                                HANDOUT_NOTE_FULL, NOTE_SIZE_STEP);
        }
      g_ptr_array_add (self->maps, part);
    }
}

void
kr_handout_build_map (KrHandout *self)
{
  guint n_phases = g_list_model_get_n_items (kr_journey_get_phases (self->journey));
  KrLayoutFrame frame = KR_LAYOUT_FRAME_INIT;

  self->map_top = map_top (self);
  frame.width = self->width - 2 * MARGIN;
  frame.height = self->height - MARGIN - FOOTER_HEIGHT - LEGEND_HEIGHT - self->map_top;

  if (self->layout_kind == KR_EXPORT_POSTER)
    {
      /* A poster stands on its own: the scope under the page's title. */
      frame.flags = KR_LAYOUT_FRAME_NO_TITLE;
      frame.min_text_size = POSTER_TEXT_MIN;
      g_ptr_array_add (self->maps, kr_layout_fit (self->journey, self->style, &frame,
                                                  POSTER_NOTE_MIN, POSTER_NOTE_MAX,
                                                  NOTE_SIZE_STEP));
      return;
    }

  /* The handout has the scope on a page of its own. */
  frame.flags = KR_LAYOUT_FRAME_NO_HEADER;
  frame.min_text_size = HANDOUT_TEXT_MIN;
  build_handout_map (self, &frame, n_phases);
}
