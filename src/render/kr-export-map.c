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
 * journey, answered at the top of the map. */
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

/* Phases @first and on, in parts of @counts phases each, at @size: NULL
 * unless every part fits its page. */
static GPtrArray *
lay_out_counts (KrHandout           *self,
                const KrLayoutFrame *frame,
                const GArray        *counts,
                double               size)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_layout_free);
  guint first = 0;

  for (guint i = 0; i < counts->len; i++)
    {
      guint n = g_array_index (counts, guint, i);
      KrLayout *part = lay_out_part (self, frame, first, n, size);

      g_ptr_array_add (parts, part);
      if (!kr_layout_fits (part))
        return NULL;
      first += n;
    }
  return g_steal_pointer (&parts);
}

/* The handout's map: whole phases a page, on as few pages as hold them at
 * a little less than the size a handout prefers. Taking on each page as
 * many phases as fit finds that number (a part of a part that fits fits
 * too); where its pages hold uneven numbers of phases, the same number of
 * even pages is tried. Then, if every page still fits at the size a
 * handout prefers, that size. A phase that does not fit a page on its own
 * gets smaller words, and if not even that is enough, the page scales it
 * (see kr_handout_map_placement ()), so that nothing is cut. */
static void
build_handout_map (KrHandout           *self,
                   const KrLayoutFrame *frame,
                   guint                n_phases)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_layout_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) larger = NULL;
  guint fewest = G_MAXUINT, most = 0;

  if (n_phases == 0)
    {
      g_ptr_array_add (self->maps, lay_out_part (self, frame, 0, 0, HANDOUT_NOTE_SIZE));
      return;
    }

  for (guint first = 0; first < n_phases;)
    {
      KrLayout *part = lay_out_part (self, frame, first, 1, HANDOUT_NOTE_FULL);
      guint n = 1;

      while (kr_layout_fits (part) && first + n < n_phases)
        {
          KrLayout *wider = lay_out_part (self, frame, first, n + 1, HANDOUT_NOTE_FULL);

          if (!kr_layout_fits (wider))
            {
              kr_layout_free (wider);
              break;
            }
          kr_layout_free (part);
          part = wider;
          n++;
        }
      g_ptr_array_add (parts, part);
      g_array_append_val (counts, n);
      fewest = MIN (fewest, n);
      most = MAX (most, n);
      first += n;
    }

  if (most > fewest + 1)
    {
      g_autoptr(GArray) even = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) balanced = NULL;

      for (guint i = 0; i < counts->len; i++)
        {
          guint n = n_phases / counts->len + (i < n_phases % counts->len ? 1 : 0);

          g_array_append_val (even, n);
        }
      balanced = lay_out_counts (self, frame, even, HANDOUT_NOTE_FULL);
      if (balanced != NULL)
        {
          g_ptr_array_unref (parts);
          parts = g_steal_pointer (&balanced);
          g_array_unref (counts);
          counts = g_steal_pointer (&even);
        }
    }

  larger = lay_out_counts (self, frame, counts, HANDOUT_NOTE_SIZE);
  if (larger != NULL)
    {
      g_ptr_array_extend_and_steal (self->maps, g_steal_pointer (&larger));
      return;
    }

  for (guint i = 0, first = 0; i < parts->len; first += g_array_index (counts, guint, i++))
    {
      KrLayout *part = g_steal_pointer (&g_ptr_array_index (parts, i));

      /* A phase too full for a page of its own. */
      if (!kr_layout_fits (part))
        {
          KrLayoutFrame alone = *frame;

          kr_layout_free (part);
          alone.first_phase = first;
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
