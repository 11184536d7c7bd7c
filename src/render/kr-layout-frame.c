/* kr-layout-frame.c: a journey map laid out for a page or a screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The screen map grows as wide as its phases ask and is scrolled; paper
 * and a projector have a fixed frame that the whole map (or a part of it)
 * must fill. Here are the differences: distances that suit print, columns
 * that share the frame's width, activities placed in a column of a few
 * notes side by side instead of a row as long as the phase needs, the
 * frame's height filled, and the size found at which a journey fits.
 */
#define G_LOG_DOMAIN "kr-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kr-layout-private.h"

/* The screen map's note width at scale 1 (kr_metrics_init ()). */
#define NOMINAL_NOTE_WIDTH 184.0

/* The scale labels of the emotion curve, as the painter writes them. */
static const char *const curve_ticks[] = { "+5", "0", "−5" };

/* The lane names must fit the gutter word by word: a caption is never
 * broken inside a word, so the painter would shrink it below the size the
 * frame asks for. The gutter grows to the widest instead. The distances
 * are those of paint_gutter (). */
static double
gutter_width (KrLayout  *layout,
              KrMeasure *ms)
{
  const KrMetrics *m = &layout->m;
  double s = m->scale;
  double gutter = 110 * s;
  double ticks = 0;
  const char *rows[] = {
    /* TRANSLATORS: the row of the red thread with positive experiences ("fijn") */
    _("Gains"),
    /* TRANSLATORS: the row of the red thread with negative experiences ("pijn") */
    _("Pains"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (curve_ticks); i++)
    ticks = MAX (ticks, kr_measure_width (ms, KR_STYLE_TEXT_SMALL, curve_ticks[i], -1, -1));

  for (guint l = KR_LANE_PHASES; l < KR_N_LANES; l++)
    {
      double run = ceil (kr_measure_caption_run (ms, kr_lane_caption (l))) + 1;

      gutter = MAX (gutter, run + 28 * s);
      if (l == KR_LANE_CURVE)
        gutter = MAX (gutter, run + 32 * s + ticks);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gutter = MAX (gutter, ceil (kr_measure_width (ms, KR_STYLE_TEXT_SMALL, rows[i], -1, -1)) +
                          m->icon_size + m->icon_gap + 28 * s + 1);

  return gutter;
}

guint
kr_layout_frame_metrics (KrLayout  *layout,
                         KrMeasure *ms,
                         guint      n_phases,
                         guint      useful_slots)
{
  KrMetrics *m = &layout->m;
  const KrLayoutFrame *frame = &layout->frame;
  double s = m->scale;
  double room;
  guint n = MAX (n_phases, 1), slots;

  /* The frame is the area to fill: a page has margins of its own. Paper
   * is read closer than a screen and has no pointer to aim, so the map
   * can be denser. */
  m->margin = 0;
  m->lane_pad = 8 * s;
  m->col_pad = 12 * s;
  m->note_pad_x = 9 * s;
  m->note_pad_y = 5 * s;
  m->note_gap = 10 * s;
  m->footer_gap = 4 * s;
  m->row_gap = 16 * s;
  m->curve_step = 7 * s;
  m->curve_pad = 18 * s;
  /* The least step; a frame with room to spare widens it. */
  m->valence_step = 6 * s;
  m->note_min_height = 2 * m->note_pad_y + 2 * m->note_line_height;
  m->note_max_height = 2 * m->note_pad_y + 12 * m->note_line_height + m->footer_gap +
                       m->footer_height;
  /* Columns are narrow, and a phase's title is printed whole. */
  m->phase_max_height = m->phase_max_height * 2;
  m->gutter = gutter_width (layout, ms);
  m->title_max_width = MIN (m->title_max_width, frame->width - 2 * m->lane_pad);

  /* A column of k notes side by side is k (note + gap) - gap + 2 pad
   * wide, and the columns fill what the gutter leaves: as many notes as
   * fit at their usual width and are of use (a column needs no more than
   * its fullest lane has notes), widened to fill it, since wider notes are
   * shorter; but no wider than twice, where lines grow too long to read.
   * A column then has room to spare on either side. */
  room = MAX (frame->width - m->gutter - n * (2 * m->col_pad - m->note_gap), 0);
  slots = (guint) floor ((room + 0.001) / (NOMINAL_NOTE_WIDTH * s + m->note_gap));
  slots = MAX (n, MIN (slots, useful_slots));
  m->note_width = CLAMP (room / slots - m->note_gap, 1, 2 * NOMINAL_NOTE_WIDTH * s);
  m->col_spare = MAX (room - slots * (m->note_width + m->note_gap), 0) / n;
  m->note_step = 0.4 * m->note_width;
  m->col_min_width = m->note_width + 2 * m->col_pad;

  kr_measure_update (ms);
  return slots;
}

guint
kr_layout_useful_slots (GArray *const kinds[KR_NOTE_N_KINDS])
{
  guint most = 1;

  for (guint k = 0; k < KR_NOTE_N_KINDS; k++)
    most = MAX (most, kinds[k]->len);
  return most;
}

/* How tall a column's lanes are with @slots notes side by side: its
 * title, its feeling, and its notes. */
typedef struct
{
  double title;
  double feeling;
  double up, down;                 /* activities, from the neutral line */
  double rows[KR_NOTE_N_KINDS];    /* pains, gains, improvements */
} Need;

typedef struct
{
  const KrMetrics *m;
  KrMeasure       *ms;
  KrPhaseWork     *work;
  KrPhase        **phases;
} Share;

static void
need_at (const Share *share,
         guint        p,
         guint        slots,
         Need        *need)
{
  const KrMetrics *m = share->m;
  KrPhaseWork *w = &share->work[p];
  KrPhase *phase = share->phases[p];
  double width = slots * (m->note_width + m->note_gap) - m->note_gap;
  const char *feeling = kr_phase_get_feeling (phase);

  /* As kr_layout_compute () measures them; a long title in a narrow
   * column makes the phase lane tall for all. */
  need->title = kr_measure_text (share->ms, KR_STYLE_TEXT_PHASE, kr_phase_get_title (phase) ?: "",
                                 width - m->badge_size - 10 * m->scale -
                                 (kr_phase_get_moment_of_truth (phase) ? m->star_size + 8 * m->scale
                                                                       : 0),
                                 m->phase_max_height);
  need->feeling = feeling != NULL && *feeling != '\0'
                  ? kr_measure_text (share->ms, KR_STYLE_TEXT_FEELING, feeling, width,
                                     m->feeling_max_height)
                  : 0;
  kr_layout_place_in_slots (m, w->kinds[KR_NOTE_KIND_ACTIVITY], slots, &need->up, &need->down);
  for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
    need->rows[k] = kr_layout_place_row (m, w->kinds[k], width);
}

/* The lanes are as tall as their tallest column: the height of the map's
 * notes, with column @p's needs replaced by @instead. */
static double
total_height (const KrMetrics *m,
              const Need      *needs,
              guint            n_phases,
              guint            p,
              const Need      *instead)
{
  Need most = { 0, 0, 5 * m->valence_step, 5 * m->valence_step, { 0 } };
  double total;

  for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
    most.rows[k] = m->note_min_height;
  for (guint i = 0; i < n_phases; i++)
    {
      const Need *need = i == p ? instead : &needs[i];

      most.title = MAX (most.title, need->title);
      most.feeling = MAX (most.feeling, need->feeling);
      most.up = MAX (most.up, need->up);
      most.down = MAX (most.down, need->down);
      for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
        most.rows[k] = MAX (most.rows[k], need->rows[k]);
    }

  total = most.title + most.feeling + most.up + most.down;
  for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
    total += most.rows[k];
  return total;
}

static double
own_height (const Need *need)
{
  return need->title + need->feeling + need->up + need->down + need->rows[KR_NOTE_KIND_PAIN] +
         need->rows[KR_NOTE_KIND_GAIN] + need->rows[KR_NOTE_KIND_IMPROVEMENT];
}

/* One slot at a time, to the column where it lowers the map most; where
 * no column does (it is not the tallest in any lane), to the column that
 * is tallest on its own, so that crowded phases get room. */
void
kr_layout_frame_share (KrLayout    *layout,
                       KrMeasure   *ms,
                       KrPhaseWork *work,
                       guint        n_phases,
                       guint        n_slots)
{
  const KrMetrics *m = &layout->m;
  g_autofree Need *now = NULL;
  g_autofree Need *wider = NULL;
  g_autofree KrPhase **phases = NULL;
  Share share;

  if (n_phases == 0)
    return;
  now = g_new0 (Need, n_phases);
  wider = g_new0 (Need, n_phases);
  phases = g_new (KrPhase *, n_phases);
  for (guint p = 0; p < n_phases; p++)
    phases[p] = g_array_index (layout->phases, KrLayoutPhase, p).phase;
  share = (Share) { m, ms, work, phases };

  for (guint p = 0; p < n_phases; p++)
    {
      work[p].slots = 1;
      need_at (&share, p, 1, &now[p]);
      need_at (&share, p, 2, &wider[p]);
    }

  for (guint extra = n_slots > n_phases ? n_slots - n_phases : 0; extra > 0; extra--)
    {
      double current = total_height (m, now, n_phases, G_MAXUINT, NULL);
      double best_gain = 1e-6;
      gboolean lowers = FALSE;
      guint best = 0;

      gboolean found = FALSE;

      for (guint p = 0; p < n_phases; p++)
        {
          double gain = current - total_height (m, now, n_phases, p, &wider[p]);

          if (work[p].slots < kr_layout_useful_slots (work[p].kinds) && gain > best_gain)
            {
              best = p;
              best_gain = gain;
              lowers = TRUE;
            }
        }
      for (guint p = 0; !lowers && p < n_phases; p++)
        if (work[p].slots < kr_layout_useful_slots (work[p].kinds) &&
            (!found || own_height (&now[p]) > own_height (&now[best])))
          {
            best = p;
            found = TRUE;
          }
      if (!lowers && !found)
        break;

      work[best].slots++;
      now[best] = wider[best];
      need_at (&share, best, work[best].slots + 1, &wider[best]);
    }

  for (guint p = 0; p < n_phases; p++)
    work[p].content_width = work[p].slots * (m->note_width + m->note_gap) - m->note_gap;
}

/* The top nearest @want, within @low..@high, where a note of @height
 * meets none of the notes placed before it in the same slot. The places
 * to try are @want itself and just above or just below each of them. */
static double
nearest_free (GArray *placed,
              guint   count,
              double  dx,
              double  want,
              double  height,
              double  low,
              double  high,
              double  gap,
              double *cost)
{
  double best = want;
  gboolean found = FALSE;

  *cost = G_MAXDOUBLE;
  for (guint c = 0; c <= 2 * count; c++)
    {
      double top;
      gboolean clear = TRUE;

      if (c == 0)
        top = want;
      else
        {
          const KrPlaced *q = &g_array_index (placed, KrPlaced, (c - 1) / 2);

          if (q->dx != dx)
            continue;
          top = c % 2 == 1 ? q->dy - gap - height : q->dy + q->height + gap;
        }
      if (top < low - 1e-6 || top > high + 1e-6 || (found && fabs (top - want) >= *cost))
        continue;

      for (guint j = 0; j < count && clear; j++)
        {
          const KrPlaced *q = &g_array_index (placed, KrPlaced, j);

          clear = q->dx != dx || top + height + gap <= q->dy + 1e-6 ||
                  q->dy + q->height + gap <= top + 1e-6;
        }
      if (clear)
        {
          best = top;
          *cost = fabs (top - want);
          found = TRUE;
        }
    }

  return best;
}

/* In time order, each activity goes to the slot after the one before it,
 * so that time still runs left to right, unless another slot lets it sit
 * nearer its own height. A positive activity stays wholly above the
 * neutral line and a negative one below it; where notes would meet, the
 * later one moves aside, which for notes at the line means away from it. */
void
kr_layout_place_in_slots (const KrMetrics *m,
                          GArray          *placed,
                          guint            n_slots,
                          double          *up,
                          double          *down)
{
  double gap = m->note_gap / 2;
  guint previous = n_slots - 1;

  *up = *down = 0;
  for (guint i = 0; i < placed->len; i++)
    {
      KrPlaced *p = &g_array_index (placed, KrPlaced, i);
      double valence = CLAMP (kr_note_get_valence (p->note), KR_VALENCE_MIN, KR_VALENCE_MAX);
      double want = -valence * m->valence_step - p->height / 2;
      double low = -G_MAXDOUBLE, high = G_MAXDOUBLE;
      double best_cost = G_MAXDOUBLE, best_top = want;
      guint best_slot = 0;

      if (valence > 0)
        {
          high = -gap - p->height;
          want = MIN (want, high);
        }
      else if (valence < 0)
        {
          low = gap;
          want = MAX (want, low);
        }

      for (guint j = 0; j < n_slots; j++)
        {
          guint slot = (previous + 1 + j) % n_slots;
          double cost;
          double top = nearest_free (placed, i, slot * (m->note_width + m->note_gap), want,
                                     p->height, low, high, gap, &cost);

          if (cost < best_cost - 1e-6)
            {
              best_cost = cost;
              best_top = top;
              best_slot = slot;
            }
        }

      p->dx = best_slot * (m->note_width + m->note_gap);
      p->dy = best_top;
      previous = best_slot;
      *up = MAX (*up, -p->dy);
      *down = MAX (*down, p->dy + p->height);
    }
}

/* The activities of every phase of a framed layout, at the current
 * valence step; returns the height of the lane. */
double
kr_layout_place_framed_activities (const KrMetrics *m,
                                   KrPhaseWork     *work,
                                   guint            n_phases,
                                   double          *up)
{
  double most_up = 5 * m->valence_step, most_down = 5 * m->valence_step;

  for (guint p = 0; p < n_phases; p++)
    {
      double u, d;

      kr_layout_place_in_slots (m, work[p].kinds[KR_NOTE_KIND_ACTIVITY], work[p].slots, &u, &d);
      most_up = MAX (most_up, u);
      most_down = MAX (most_down, d);
    }

  *up = most_up + m->lane_pad;
  return most_up + most_down + 2 * m->lane_pad;
}

/* A framed layout fills the frame's height by widening the valence steps:
 * activities then sit nearer their own heights, and fewer move aside. The
 * widest step whose lane still fits @room, found by halving. */
void
kr_layout_grow_valence_step (KrMetrics   *m,
                             KrPhaseWork *work,
                             guint        n_phases,
                             double       room)
{
  double low = m->valence_step, high = 40 * m->scale, up;

  m->valence_step = high;
  if (kr_layout_place_framed_activities (m, work, n_phases, &up) <= room)
    return;
  for (guint i = 0; i < 12 && high - low > 0.05 * m->scale; i++)
    {
      m->valence_step = (low + high) / 2;
      if (kr_layout_place_framed_activities (m, work, n_phases, &up) <= room)
        low = m->valence_step;
      else
        high = m->valence_step;
    }
  m->valence_step = low;
}

gboolean
kr_layout_fits (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return layout->fits;
}

/* Sizes from @max_size down in steps: each is laid out without filling
 * the height (that changes nothing about fitting), and the largest that
 * fits is laid out again, filling it. A smaller size is almost always
 * shorter, so the sizes are halved rather than walked. */
KrLayout *
kr_layout_fit (KrJourney           *journey,
               const KrStyle       *style,
               const KrLayoutFrame *frame,
               double               min_size,
               double               max_size,
               double               step)
{
  KrLayoutFrame at;
  guint low, high, n;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (min_size > 0 && max_size >= min_size && step > 0, NULL);

  at = *frame;
  n = (guint) floor ((max_size - min_size) / step + 1e-9);
  /* Index i is the size max_size - i * step; n is the smallest tried. */
  low = 0;
  high = n;
  at.note_size = max_size - high * step;
  {
    g_autoptr(KrLayout) smallest = kr_layout_compute_full (journey, style, &at, FALSE);

    if (!smallest->fits)
      return kr_layout_compute_full (journey, style, &at, TRUE);
  }
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      g_autoptr(KrLayout) trial = NULL;

      at.note_size = max_size - mid * step;
      trial = kr_layout_compute_full (journey, style, &at, FALSE);
      if (trial->fits)
        high = mid;
      else
        low = mid + 1;
    }
  at.note_size = max_size - low * step;
  return kr_layout_compute_full (journey, style, &at, TRUE);
}
