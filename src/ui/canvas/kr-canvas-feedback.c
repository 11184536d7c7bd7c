/* kr-canvas-feedback.c: what a drag looks like while it lasts
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dragged notes leave a faded place behind and follow the pointer as
 * ghosts, painted by the same painter as the map; a marker in the accent
 * colour shows where they will land, snapped to the lane and the time
 * order. A dragged phase takes its whole column along, and a bar marks the
 * gap it will fill. The emotion curve shows, dashed, how it will run once
 * the notes land. The model changes only on release (kr-canvas-dnd.c).
 */
#define G_LOG_DOMAIN "kr-canvas-feedback"

#include "config.h"

#include <math.h>

#include "kr-canvas-private.h"
#include "kr-curve.h"

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
  kr_paint_rounded_rect (cr, r.origin.x - 1.5, r.origin.y - 1.5,
                         r.size.width + 3, r.size.height + 3, 3.5);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
  cairo_fill (cr);
  kr_paint_rounded_rect (cr, r.origin.x, r.origin.y, r.size.width, r.size.height, 2);
  set_source_accent (self, cr, 1.0);
  cairo_fill (cr);
}

/* The first of the moved notes in the journey's order: the one that takes
 * the drop's valence, as kr_edit_move_notes () does it. */
static KrNote *
lead_note (KrCanvas *self)
{
  KrNote *lead = NULL;
  guint lead_phase = G_MAXUINT;

  for (guint i = 0; i < self->drag_notes->len; i++)
    {
      KrNote *note = self->drag_notes->pdata[i];
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, note);
      guint index = lnote != NULL ? lnote->phase : G_MAXUINT;

      if (lead == NULL || index < lead_phase ||
          (index == lead_phase && (kr_note_get_kind (note) < kr_note_get_kind (lead) ||
                                   (kr_note_get_kind (note) == kr_note_get_kind (lead) &&
                                    kr_note_get_order (note) < kr_note_get_order (lead)))))
        {
          lead = note;
          lead_phase = index;
        }
    }
  return lead;
}

/* The emotion curve as it will be once the notes land: moved activities
 * count in their new phase at their new valence. The rule is kr-curve.c's:
 * a phase's own value, or the weighed mean of its activities, or nothing.
 * Fills @values (n phases) and returns for each whether it has a point. */
static gboolean *
preview_curve (KrCanvas *self,
               double   *values)
{
  guint n = kr_layout_get_n_phases (self->layout);
  g_autofree double *weight = g_new0 (double, n);
  gboolean *has_point = g_new0 (gboolean, n);
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  KrNote *lead = lead_note (self);
  gboolean to_activity = self->drop.kind == KR_NOTE_KIND_ACTIVITY;
  double delta = 0;

  for (guint i = 0; i < n; i++)
    values[i] = 0;
  for (guint i = 0; i < self->drag_notes->len; i++)
    g_hash_table_add (moving, self->drag_notes->pdata[i]);
  if (to_activity && lead != NULL && kr_note_get_has_valence (lead))
    delta = self->drop.valence - kr_note_get_valence (lead);

  /* The layout's notes know their phase's column: no lookups per note on
   * every frame of the drag. */
  for (guint i = 0; i < kr_layout_get_n_notes (self->layout); i++)
    {
      const KrLayoutNote *lnote = kr_layout_get_note (self->layout, i);
      KrNote *note = lnote->note;
      guint index = lnote->phase;
      double valence = kr_note_get_valence (note);
      double w = kr_curve_activity_weight (note);

      if (g_hash_table_contains (moving, note))
        {
          if (!to_activity)
            continue;
          index = self->drop.phase;
          valence = kr_note_get_has_valence (note)
                      ? CLAMP (round (valence + delta), KR_VALENCE_MIN, KR_VALENCE_MAX)
                      : self->drop.valence;
        }
      else if (kr_note_get_kind (note) != KR_NOTE_KIND_ACTIVITY || !kr_note_get_has_valence (note))
        continue;

      if (index >= n)
        continue;
      values[index] += w * valence;
      weight[index] += w;
    }

  for (guint i = 0; i < n; i++)
    {
      KrPhase *phase = kr_layout_get_phase (self->layout, i)->phase;

      if (kr_phase_get_has_curve (phase))
        {
          values[i] = kr_phase_get_curve (phase);
          has_point[i] = TRUE;
        }
      else if (weight[i] > 0)
        {
          values[i] = CLAMP (values[i] / weight[i], KR_CURVE_MIN, KR_CURVE_MAX);
          has_point[i] = TRUE;
        }
    }
  return has_point;
}

gboolean
_kr_canvas_get_preview_curve (KrCanvas *self,
                              guint     phase,
                              double   *value)
{
  guint n;
  g_autofree double *values = NULL;
  g_autofree gboolean *has_point = NULL;

  if (self->drag_mode != KR_CANVAS_DRAG_NOTES || !self->drop_valid || self->layout == NULL)
    return FALSE;
  n = kr_layout_get_n_phases (self->layout);
  if (phase >= n)
    return FALSE;
  values = g_new (double, n);
  has_point = preview_curve (self, values);
  *value = values[phase];
  return has_point[phase];
}

/* Drawn over the map while notes are dragged, dashed: the curve follows
 * live, and the model changes only on release. */
static void
draw_curve_preview (KrCanvas *self,
                    cairo_t  *cr)
{
  guint n = kr_layout_get_n_phases (self->layout);
  g_autofree double *values = NULL;
  g_autofree gboolean *has_point = NULL;
  g_autofree KrCurvePoint *points = NULL;
  g_autofree double *tangents = NULL;
  double zero = kr_layout_get_curve_zero_y (self->layout);
  double step = kr_layout_get_curve_step (self->layout);
  guint run = 0;

  if (!self->drop_valid || n == 0)
    return;

  values = g_new (double, n);
  has_point = preview_curve (self, values);
  points = g_new (KrCurvePoint, n);
  tangents = g_new (double, n);

  cairo_save (cr);
  set_source_accent (self, cr, 0.9);
  cairo_set_line_width (cr, 3);
  cairo_set_dash (cr, (double[]) { 8, 5 }, 2, 0);
  for (guint i = 0; i <= n; i++)
    {
      if (i < n && has_point[i])
        {
          const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, i);

          kr_canvas_map_to_widget (self, lphase->curve_x, zero - values[i] * step,
                                   &points[run].x, &points[run].y);
          run++;
          continue;
        }

      /* A gap ends a run of points, as on the map itself. */
      if (run > 1)
        {
          kr_curve_monotone_tangents (points, run, tangents);
          cairo_move_to (cr, points[0].x, points[0].y);
          for (guint k = 0; k + 1 < run; k++)
            {
              KrCurvePoint c1, c2;

              kr_curve_segment_controls (points, tangents, k, &c1, &c2);
              cairo_curve_to (cr, c1.x, c1.y, c2.x, c2.y, points[k + 1].x, points[k + 1].y);
            }
          cairo_stroke (cr);
        }
      for (guint k = 0; k < run; k++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, points[k].x, points[k].y, 5, 0, 2 * G_PI);
        }
      cairo_fill (cr);
      run = 0;
    }
  cairo_restore (cr);
}

static void
draw_note_drag (KrCanvas *self,
                cairo_t  *cr)
{
  const KrColour *background = kr_style_get_colour (self->style, KR_STYLE_COLOUR_BACKGROUND);
  g_autoptr(GPtrArray) ghosts = g_ptr_array_new ();

  /* The notes' old places fade, so the eye follows the ghosts. */
  for (guint i = 0; i < self->drag_notes->len; i++)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->drag_notes->pdata[i]);
      graphene_rect_t r;

      if (lnote == NULL)
        continue;
      _kr_canvas_rect_to_widget (self, &lnote->rect, &r);
      kr_paint_rounded_rect (cr, r.origin.x - 1, r.origin.y - 1,
                             r.size.width + 2, r.size.height + 2, 4 * self->zoom);
      cairo_set_source_rgba (cr, background->r, background->g, background->b, 0.6);
      cairo_fill (cr);
    }

  /* The ghosts follow the pointer freely; the indicator shows the snap. */
  for (guint i = 0; i < self->drag_notes->len; i++)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->drag_notes->pdata[i]);

      if (lnote != NULL)
        g_ptr_array_add (ghosts, (gpointer) lnote);
    }
  cairo_save (cr);
  cairo_translate (cr, -self->drag_scroll_x + self->drag_dx, -self->drag_scroll_y + self->drag_dy);
  cairo_scale (cr, self->zoom, self->zoom);
  kr_painter_paint_notes (cr, self->layout, self->style, (const KrLayoutNote **) ghosts->pdata,
                          ghosts->len, 0.9);
  cairo_restore (cr);

  draw_curve_preview (self, cr);

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
  kr_paint_rounded_rect (cr, column.origin.x - 3, column.origin.y - 3,
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
