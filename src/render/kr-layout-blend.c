/* kr-layout-blend.c: a layout on its way from one place to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When an edit makes room on the map, the notes and columns that have to
 * move slide to their new places instead of jumping there, so that the
 * people at the wall can see where everything went. A blend is the new
 * layout with every note, phase and lane that was there before put part
 * of the way back to where it was. It is painted like any other layout;
 * what is new simply stands at its place.
 */
#define G_LOG_DOMAIN "kr-layout"

#include "config.h"

#include "kr-layout-private.h"

static double
lerp (double from,
      double to,
      double t)
{
  return from + (to - from) * t;
}

static void
lerp_rect (KrRect       *rect,
           const KrRect *from,
           double        t)
{
  /* An empty rectangle (no star, no second chip) has no place to come
   * from. */
  if ((from->width == 0 && from->height == 0) || (rect->width == 0 && rect->height == 0))
    return;

  rect->x = lerp (from->x, rect->x, t);
  rect->y = lerp (from->y, rect->y, t);
  rect->width = lerp (from->width, rect->width, t);
  rect->height = lerp (from->height, rect->height, t);
}

static void
shift_rect (KrRect *rect,
            double  dx,
            double  dy)
{
  if (rect->width == 0 && rect->height == 0)
    return;

  rect->x += dx;
  rect->y += dy;
}

/* As kr_layout_compute () clears them. */
static void
field_clear (gpointer data)
{
  g_free (((KrLayoutField *) data)->value);
}

static void
phase_clear (gpointer data)
{
  g_clear_object (&((KrLayoutPhase *) data)->phase);
}

static void
note_clear (gpointer data)
{
  g_clear_object (&((KrLayoutNote *) data)->note);
}

/* Every array and string of its own, and references to the journey's
 * notes and phases, as kr_layout_compute () makes them: a member added to
 * KrLayout that owns memory must be copied here too. */
static KrLayout *
layout_copy (const KrLayout *layout)
{
  KrLayout *copy = g_memdup2 (layout, sizeof *layout);

  copy->title = g_strdup (layout->title);
  copy->style = kr_style_copy (layout->style);

  copy->fields = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutField), layout->fields->len);
  g_array_set_clear_func (copy->fields, field_clear);
  g_array_append_vals (copy->fields, layout->fields->data, layout->fields->len);
  for (guint i = 0; i < copy->fields->len; i++)
    {
      KrLayoutField *field = &g_array_index (copy->fields, KrLayoutField, i);

      field->value = g_strdup (field->value);
    }

  copy->phases = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutPhase), layout->phases->len);
  g_array_set_clear_func (copy->phases, phase_clear);
  g_array_append_vals (copy->phases, layout->phases->data, layout->phases->len);
  for (guint i = 0; i < copy->phases->len; i++)
    g_object_ref (g_array_index (copy->phases, KrLayoutPhase, i).phase);

  copy->extras = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutPhaseExtra), layout->extras->len);
  g_array_append_vals (copy->extras, layout->extras->data, layout->extras->len);

  copy->notes = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutNote), layout->notes->len);
  g_array_set_clear_func (copy->notes, note_clear);
  g_array_append_vals (copy->notes, layout->notes->data, layout->notes->len);
  for (guint i = 0; i < copy->notes->len; i++)
    g_object_ref (g_array_index (copy->notes, KrLayoutNote, i).note);

  copy->note_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < copy->notes->len; i++)
    g_hash_table_insert (copy->note_index, g_array_index (copy->notes, KrLayoutNote, i).note,
                         GUINT_TO_POINTER (i + 1));

  return copy;
}

static int
find_phase (const KrLayout *layout,
            KrPhase        *phase)
{
  for (guint i = 0; i < layout->phases->len; i++)
    if (g_array_index (layout->phases, KrLayoutPhase, i).phase == phase)
      return (int) i;
  return -1;
}

KrLayout *
kr_layout_blend (const KrLayout *from,
                 const KrLayout *to,
                 double          t)
{
  KrLayout *blend;

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  blend = layout_copy (to);
  t = CLAMP (t, 0.0, 1.0);

  blend->width = lerp (from->width, to->width, t);
  blend->height = lerp (from->height, to->height, t);
  for (guint l = 0; l < KR_N_LANES; l++)
    lerp_rect (&blend->lanes[l], &from->lanes[l], t);
  blend->neutral_y = lerp (from->neutral_y, to->neutral_y, t);
  blend->curve_zero_y = lerp (from->curve_zero_y, to->curve_zero_y, t);
  lerp_rect (&blend->gain_row, &from->gain_row, t);
  lerp_rect (&blend->pain_row, &from->pain_row, t);

  for (guint i = 0; i < blend->phases->len; i++)
    {
      KrLayoutPhase *lphase = &g_array_index (blend->phases, KrLayoutPhase, i);
      KrLayoutPhaseExtra *extra = &g_array_index (blend->extras, KrLayoutPhaseExtra, i);
      int old = find_phase (from, lphase->phase);
      const KrLayoutPhase *before;
      double dx, dy;

      if (old < 0)
        continue;

      before = &g_array_index (from->phases, KrLayoutPhase, old);
      /* The column's parts go with it; only its own frame changes size. */
      dx = lerp (before->column.x, lphase->column.x, t) - lphase->column.x;
      dy = lerp (before->column.y, lphase->column.y, t) - lphase->column.y;
      lerp_rect (&lphase->column, &before->column, t);
      lerp_rect (&lphase->title, &before->title, t);
      lerp_rect (&lphase->feeling, &before->feeling, t);
      lphase->curve_x = lerp (before->curve_x, lphase->curve_x, t);
      lphase->curve_y = lerp (before->curve_y, lphase->curve_y, t);
      lphase->curve_value = lerp (before->curve_value, lphase->curve_value, t);

      shift_rect (&extra->badge, dx, dy);
      shift_rect (&extra->title_text, dx, dy);
      shift_rect (&extra->star, dx, dy);
      for (guint c = 0; c < G_N_ELEMENTS (extra->chips); c++)
        shift_rect (&extra->chips[c], dx, dy);
      shift_rect (&extra->arrow, dx, dy);
      shift_rect (&extra->feeling_text, dx, dy);
    }

  for (guint i = 0; i < blend->notes->len; i++)
    {
      KrLayoutNote *lnote = &g_array_index (blend->notes, KrLayoutNote, i);
      const KrLayoutNote *before = kr_layout_find_note (from, lnote->note);

      if (before != NULL)
        lerp_rect (&lnote->rect, &before->rect, t);
    }

  return blend;
}

gboolean
kr_layout_moved (const KrLayout *from,
                 const KrLayout *to)
{
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);

  for (guint i = 0; i < to->notes->len; i++)
    {
      const KrLayoutNote *lnote = &g_array_index (to->notes, KrLayoutNote, i);
      const KrLayoutNote *before = kr_layout_find_note (from, lnote->note);

      if (before != NULL &&
          (before->rect.x != lnote->rect.x || before->rect.y != lnote->rect.y))
        return TRUE;
    }

  for (guint i = 0; i < to->phases->len; i++)
    {
      const KrLayoutPhase *lphase = &g_array_index (to->phases, KrLayoutPhase, i);
      int old = find_phase (from, lphase->phase);

      if (old >= 0 && g_array_index (from->phases, KrLayoutPhase, old).column.x != lphase->column.x)
        return TRUE;
    }

  return FALSE;
}
