/* kr-canvas-feedback.c: what a drag looks like while it lasts
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dragged notes leave a faded place behind and follow the pointer as
 * ghosts, painted by the same painter as the map; a marker in the accent
 * colour shows where they will land, snapped to the lane and the time
 * order. A dragged phase takes its whole column along, and a bar marks the
 * gap it will fill. The model changes only on release (kr-canvas-dnd.c).
 */
#define G_LOG_DOMAIN "kr-canvas-feedback"

#include "config.h"

#include "kr-canvas-private.h"

gboolean
_kr_canvas_phase_index (KrCanvas *self,
                        KrPhase  *phase,
                        guint    *index)
{
  for (guint i = 0; i < kr_layout_get_n_phases (self->layout); i++)
    if (kr_layout_get_phase (self->layout, i)->phase == phase)
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

/* The x of the gap the dragged phase would fill, in map units. */
static double
phase_gap_x (KrCanvas *self,
             guint     position)
{
  const KrLayoutPhase *last = NULL;
  guint seen = 0;

  for (guint i = 0; i < kr_layout_get_n_phases (self->layout); i++)
    {
      const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, i);

      if (lphase->phase == self->drag_phase)
        continue;
      if (seen == position)
        return lphase->column.x;
      seen++;
      last = lphase;
    }

  return last != NULL ? last->column.x + last->column.width : 0;
}

static void
set_source_accent (KrCanvas *self,
                   cairo_t  *cr,
                   double    alpha)
{
  GdkRGBA accent;

  _kr_canvas_get_accent (self, &accent);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, alpha);
}

static void
draw_indicator (KrCanvas *self,
                cairo_t  *cr)
{
  graphene_rect_t r;

  if (!self->drop_valid)
    return;

  _kr_canvas_rect_to_widget (self, &self->drop.indicator, &r);
  /* Even a line-thin marker stays visible when zoomed out. */
  if (r.size.width < 4)
    {
      r.origin.x -= (4 - r.size.width) / 2;
      r.size.width = 4;
    }
  if (r.size.height < 4)
    {
      r.origin.y -= (4 - r.size.height) / 2;
      r.size.height = 4;
    }

  /* A light halo keeps the marker visible over notes of any colour. */
  _kr_canvas_rounded_rect (cr, r.origin.x - 1.5, r.origin.y - 1.5,
                           r.size.width + 3, r.size.height + 3, 3.5);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
  cairo_fill (cr);
  _kr_canvas_rounded_rect (cr, r.origin.x, r.origin.y, r.size.width, r.size.height, 2);
  set_source_accent (self, cr, 1.0);
  cairo_fill (cr);
}

static void
draw_note_drag (KrCanvas *self,
                cairo_t  *cr)
{
  const KrColour *background = kr_style_get_colour (self->style, KR_STYLE_COLOUR_BACKGROUND);

  /* The notes' old places fade, so the eye follows the ghosts. */
  for (guint i = 0; i < self->drag_notes->len; i++)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->drag_notes->pdata[i]);
      graphene_rect_t r;

      if (lnote == NULL)
        continue;
      _kr_canvas_rect_to_widget (self, &lnote->rect, &r);
      _kr_canvas_rounded_rect (cr, r.origin.x - 1, r.origin.y - 1,
                               r.size.width + 2, r.size.height + 2, 4 * self->zoom);
      cairo_set_source_rgba (cr, background->r, background->g, background->b, 0.6);
      cairo_fill (cr);
    }

  /* The ghosts follow the pointer freely; the indicator shows the snap. */
  cairo_save (cr);
  cairo_translate (cr, -self->drag_scroll_x + self->drag_dx, -self->drag_scroll_y + self->drag_dy);
  cairo_scale (cr, self->zoom, self->zoom);
  for (guint i = 0; i < self->drag_notes->len; i++)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->drag_notes->pdata[i]);

      if (lnote == NULL)
        continue;
      cairo_push_group (cr);
      kr_painter_paint_note (cr, lnote, self->style);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.9);
    }
  cairo_restore (cr);

  /* On top: where they land matters more than how they look on the way. */
  draw_indicator (self, cr);
}

static void
draw_phase_drag (KrCanvas *self,
                 cairo_t  *cr)
{
  const KrColour *background = kr_style_get_colour (self->style, KR_STYLE_COLOUR_BACKGROUND);
  const KrColour *lane = kr_style_get_colour (self->style, KR_STYLE_COLOUR_LANE);
  const KrLayoutPhase *lphase;
  graphene_rect_t column;
  KrRect clip;
  double gap_x, line_x;
  guint index;

  if (!_kr_canvas_phase_index (self, self->drag_phase, &index))
    return;

  lphase = kr_layout_get_phase (self->layout, index);
  _kr_canvas_rect_to_widget (self, &lphase->column, &column);

  /* The column's old place fades ... */
  cairo_rectangle (cr, column.origin.x, column.origin.y, column.size.width, column.size.height);
  cairo_set_source_rgba (cr, background->r, background->g, background->b, 0.6);
  cairo_fill (cr);

  /* ... and the column itself, notes and all, follows the pointer. */
  clip = lphase->column;
  cairo_save (cr);
  cairo_translate (cr, self->drag_dx, 0);
  for (int i = 1; i <= 4; i++)
    {
      /* A soft shadow: it is lifted off the wall. */
      cairo_rectangle (cr, column.origin.x - i * 2, column.origin.y - i + 4,
                       column.size.width + i * 4, column.size.height + i * 2);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.05);
      cairo_fill (cr);
    }
  _kr_canvas_rounded_rect (cr, column.origin.x - 3, column.origin.y - 3,
                           column.size.width + 6, column.size.height + 6, 6);
  set_source_accent (self, cr, 1.0);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_rectangle (cr, column.origin.x, column.origin.y, column.size.width, column.size.height);
  cairo_clip (cr);
  /* On paper of its own, so the columns it passes do not show through. */
  cairo_set_source_rgba (cr, lane->r, lane->g, lane->b, 1.0);
  cairo_paint (cr);
  cairo_translate (cr, -self->scroll_x, -self->scroll_y);
  cairo_scale (cr, self->zoom, self->zoom);
  kr_painter_paint (cr, self->layout, self->style, &clip);
  cairo_restore (cr);

  /* Where it will go: a bar between two columns. */
  gap_x = phase_gap_x (self, self->phase_drop_position);
  kr_canvas_map_to_widget (self, gap_x, 0, &line_x, NULL);
  cairo_rectangle (cr, line_x - 2, column.origin.y, 4, column.size.height);
  set_source_accent (self, cr, 1.0);
  cairo_fill (cr);
}

static void
draw_band (KrCanvas *self,
           cairo_t  *cr)
{
  cairo_rectangle (cr,
                   MIN (self->drag_start_x, self->drag_start_x + self->drag_dx) + 0.5,
                   MIN (self->drag_start_y, self->drag_start_y + self->drag_dy) + 0.5,
                   fabs (self->drag_dx), fabs (self->drag_dy));
  set_source_accent (self, cr, 0.15);
  cairo_fill_preserve (cr);
  set_source_accent (self, cr, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

void
_kr_canvas_snapshot_drag (KrCanvas *self,
                          cairo_t  *cr)
{
  if (self->text_drop)
    {
      draw_indicator (self, cr);
      return;
    }

  switch (self->drag_mode)
    {
    case KR_CANVAS_DRAG_NOTES:
      draw_note_drag (self, cr);
      break;

    case KR_CANVAS_DRAG_PHASE:
      draw_phase_drag (self, cr);
      break;

    case KR_CANVAS_DRAG_RUBBER_BAND:
      if (self->drag_moved)
        draw_band (self, cr);
      break;

    case KR_CANVAS_DRAG_NONE:
    case KR_CANVAS_DRAG_PENDING_NOTES:
    case KR_CANVAS_DRAG_PENDING_PHASE:
    case KR_CANVAS_DRAG_PAN:
    default:
      break;
    }
}
