/* kr-layout-hit.c: what lies under a point of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-layout"

#include "config.h"

#include <math.h>

#include "kr-layout-private.h"

int
kr_layout_phase_at (const KrLayout *layout,
                    double          x)
{
  guint low = 0, high;

  g_return_val_if_fail (layout != NULL, -1);

  /* Columns are sorted and touch each other. */
  high = layout->phases->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      const KrRect *column = &g_array_index (layout->phases, KrLayoutPhase, mid).column;

      if (x < column->x)
        high = mid;
      else if (x >= column->x + column->width)
        low = mid + 1;
      else
        return (int) mid;
    }

  return -1;
}

/* Above the map counts as the header and below it as the last lane, so a
 * drag that overshoots still lands somewhere sensible. */
KrLane
kr_layout_lane_at (const KrLayout *layout,
                   double          y)
{
  g_return_val_if_fail (layout != NULL, KR_LANE_HEADER);

  for (guint l = 0; l < KR_N_LANES; l++)
    if (y < layout->lanes[l].y + layout->lanes[l].height)
      return l;

  return KR_LANE_IMPROVEMENTS;
}

const KrLayoutNote *
kr_layout_note_at (const KrLayout *layout,
                   double          x,
                   double          y)
{
  const KrLayoutPhaseExtra *extra;
  int phase;

  g_return_val_if_fail (layout != NULL, NULL);

  phase = kr_layout_phase_at (layout, x);
  if (phase < 0)
    return NULL;

  /* Painted last is on top. */
  extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, phase);
  for (guint i = extra->n_notes; i-- > 0;)
    {
      const KrLayoutNote *note = &g_array_index (layout->notes, KrLayoutNote, extra->first_note + i);

      if (kr_rect_contains (&note->rect, x, y))
        return note;
    }

  return NULL;
}

static gboolean
is_moving (GPtrArray *moving,
           KrNote    *note)
{
  return moving != NULL && g_ptr_array_find (moving, note, NULL);
}

static double
row_top (const KrLayout *layout,
         KrNoteKind      kind)
{
  switch (kind)
    {
    case KR_NOTE_KIND_GAIN:
      return layout->lanes[KR_LANE_RED_THREAD].y + layout->m.lane_pad;
    case KR_NOTE_KIND_PAIN:
      return layout->pain_row.y + layout->m.row_gap / 2;
    case KR_NOTE_KIND_IMPROVEMENT:
    case KR_NOTE_KIND_ACTIVITY:
    default:
      return layout->lanes[KR_LANE_IMPROVEMENTS].y + layout->m.lane_pad;
    }
}

static const KrLayoutNote *
note_at_index (const KrLayout           *layout,
               const KrLayoutPhaseExtra *extra,
               guint                     i)
{
  return &g_array_index (layout->notes, KrLayoutNote, extra->first_note + i);
}

static double
centre_x (const KrLayoutNote *note)
{
  return note->rect.x + note->rect.width / 2;
}

gboolean
kr_layout_drop_target (const KrLayout *layout,
                       KrNoteKind      kind,
                       GPtrArray      *moving,
                       double          x,
                       double          y,
                       KrDropTarget   *target)
{
  const KrMetrics *m;
  const KrLayoutPhaseExtra *extra;
  const KrLayoutPhase *phase;
  const KrLayoutNote *prev = NULL, *next = NULL;
  double bar = 6 * layout->m.scale;
  double drop_row = -G_MAXDOUBLE;
  guint index = 0;
  int p;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (layout->phases->len == 0)
    return FALSE;

  m = &layout->m;
  p = kr_layout_phase_at (layout, x);
  if (p < 0)
    p = x < g_array_index (layout->phases, KrLayoutPhase, 0).column.x ? 0
                                                                      : (int) layout->phases->len - 1;
  phase = &g_array_index (layout->phases, KrLayoutPhase, p);
  extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, p);

  switch (kr_layout_lane_at (layout, y))
    {
    case KR_LANE_ACTIVITIES:
      kind = KR_NOTE_KIND_ACTIVITY;
      break;
    case KR_LANE_RED_THREAD:
      kind = y < layout->pain_row.y ? KR_NOTE_KIND_GAIN : KR_NOTE_KIND_PAIN;
      break;
    case KR_LANE_IMPROVEMENTS:
      kind = KR_NOTE_KIND_IMPROVEMENT;
      break;
    case KR_LANE_HEADER:
    case KR_LANE_PHASES:
    case KR_LANE_CURVE:
    case KR_LANE_FEELING:
    default:
      break;
    }

  target->phase = p;
  target->kind = kind;
  target->valence = 0;

  if (kind == KR_NOTE_KIND_ACTIVITY)
    {
      double valence = round ((layout->neutral_y - y) / m->valence_step);
      double centre_y, bar_x;

      /* Adding 0 turns a -0 into 0, which reads better in a file. */
      target->valence = CLAMP (valence, KR_VALENCE_MIN, KR_VALENCE_MAX) + 0.0;
      centre_y = layout->neutral_y - target->valence * m->valence_step;

      /* Time order is left to right, whatever the heights. */
      for (guint i = 0; i < extra->n_notes; i++)
        {
          const KrLayoutNote *note = note_at_index (layout, extra, i);

          if (kr_note_get_kind (note->note) != kind || is_moving (moving, note->note))
            continue;
          if (centre_x (note) < x)
            {
              index++;
              if (prev == NULL || centre_x (note) >= centre_x (prev))
                prev = note;
            }
          else if (next == NULL || centre_x (note) < centre_x (next))
            next = note;
        }

      if (prev != NULL && next != NULL)
        bar_x = (centre_x (prev) + centre_x (next)) / 2;
      else if (prev != NULL)
        bar_x = prev->rect.x + prev->rect.width + m->note_gap / 2;
      else if (next != NULL)
        bar_x = next->rect.x - m->note_gap / 2;
      else
        bar_x = phase->column.x + m->col_pad;
      bar_x = CLAMP (bar_x, phase->column.x + bar / 2, phase->column.x + phase->column.width - bar / 2);

      target->index = index;
      target->indicator = (KrRect) { bar_x - bar / 2, centre_y - m->note_min_height / 2,
                                     bar, m->note_min_height };
      return TRUE;
    }

  /* Rows wrap, so "left of the point" means an earlier row, or the row
   * under the point and further left. */
  for (guint i = 0; i < extra->n_notes; i++)
    {
      const KrLayoutNote *note = note_at_index (layout, extra, i);

      if (kr_note_get_kind (note->note) != kind || is_moving (moving, note->note))
        continue;
      if (note->rect.y <= y || drop_row == -G_MAXDOUBLE)
        drop_row = MAX (drop_row, note->rect.y);
    }

  for (guint i = 0; i < extra->n_notes; i++)
    {
      const KrLayoutNote *note = note_at_index (layout, extra, i);

      if (kr_note_get_kind (note->note) != kind || is_moving (moving, note->note))
        continue;
      if (note->rect.y < drop_row || (note->rect.y == drop_row && centre_x (note) < x))
        {
          index++;
          prev = note;
        }
      else if (next == NULL)
        next = note;
    }

  target->index = index;
  if (prev != NULL &&
      (next == NULL || (prev->rect.y == drop_row && next->rect.y != drop_row)))
    target->indicator = (KrRect) { prev->rect.x + prev->rect.width + m->note_gap / 2 - bar / 2,
                                   prev->rect.y, bar, prev->rect.height };
  else if (next != NULL)
    target->indicator = (KrRect) { next->rect.x - m->note_gap / 2 - bar / 2,
                                   next->rect.y, bar, next->rect.height };
  else
    target->indicator = (KrRect) { phase->column.x + m->col_pad - bar / 2, row_top (layout, kind),
                                   bar, m->note_min_height };

  return TRUE;
}
