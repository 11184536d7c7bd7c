/* kr-canvas-hit.c: what lies under the pointer, and the cursor that says so
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the drags (kr-canvas-dnd.c) and the clicks, wheels and
 * gestures (kr-canvas-pointer.c): which phase title, curve point or lane a
 * place on the map is, and the cursor that shows what a press there does.
 */
#define G_LOG_DOMAIN "kr-canvas-hit"

#include "config.h"

#include <math.h>

#include "kr-canvas-private.h"

KrPhase *
_kr_canvas_phase_title_at (KrCanvas *self,
                           double    map_x,
                           double    map_y)
{
  for (guint i = 0; i < kr_layout_get_n_phases (self->layout); i++)
    {
      const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, i);

      if (kr_rect_contains (&lphase->title, map_x, map_y))
        return lphase->phase;
    }

  return NULL;
}

gboolean
_kr_canvas_title_at (KrCanvas *self,
                     double    map_x,
                     double    map_y)
{
  KrRect title = kr_layout_get_title_rect (self->layout);

  return kr_rect_contains (&title, map_x, map_y);
}

/* The phase whose curve point is under (@map_x, @map_y): near the point,
 * or anywhere up and down the column's middle when the phase has none yet. */
KrPhase *
_kr_canvas_curve_point_at (KrCanvas *self,
                           double    map_x,
                           double    map_y)
{
  /* Generous, so that a finger or a projector's pointer finds it. */
  double reach = MAX (18, 12 / MAX (self->zoom, 0.1));
  int index;
  const KrLayoutPhase *lphase;

  if (kr_layout_lane_at (self->layout, map_y) != KR_LANE_CURVE)
    return NULL;
  index = kr_layout_phase_at (self->layout, map_x);
  if (index < 0)
    return NULL;

  lphase = kr_layout_get_phase (self->layout, index);
  if (fabs (map_x - lphase->curve_x) > reach)
    return NULL;
  if (!lphase->curve_gap && fabs (map_y - lphase->curve_y) > reach)
    return NULL;
  return lphase->phase;
}

gboolean
_kr_canvas_is_note_lane (KrLane lane)
{
  return lane == KR_LANE_ACTIVITIES || lane == KR_LANE_RED_THREAD || lane == KR_LANE_IMPROVEMENTS;
}

gboolean
_kr_canvas_new_note_at (KrCanvas   *self,
                        double      map_x,
                        double      map_y,
                        KrPhase   **phase,
                        KrNoteKind *kind,
                        guint      *index,
                        double     *valence)
{
  KrDropTarget target;

  /* A lane of notes gives the kind (gains above pains in the red thread);
   * the layout says where in its time order the point is. */
  if (!_kr_canvas_is_note_lane (kr_layout_lane_at (self->layout, map_y)) ||
      !kr_layout_drop_target (self->layout, KR_NOTE_KIND_ACTIVITY, NULL, map_x, map_y, &target) ||
      target.phase >= kr_layout_get_n_phases (self->layout))
    return FALSE;

  *phase = kr_layout_get_phase (self->layout, target.phase)->phase;
  *kind = target.kind;
  *index = target.index;
  *valence = target.kind == KR_NOTE_KIND_ACTIVITY ? target.valence : NAN;
  return TRUE;
}

void
_kr_canvas_set_cursor (KrCanvas   *self,
                       const char *name)
{
  if (g_strcmp0 (self->cursor_name, name) == 0)
    return;

  self->cursor_name = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

void
_kr_canvas_update_hover_cursor (KrCanvas *self)
{
  double map_x, map_y;

  if (self->drag_mode == KR_CANVAS_DRAG_PAN || self->drag_mode == KR_CANVAS_DRAG_NOTES ||
      self->drag_mode == KR_CANVAS_DRAG_PHASE)
    {
      _kr_canvas_set_cursor (self, "grabbing");
      return;
    }

  if (self->layout == NULL || self->layout_dirty || !self->has_pointer)
    {
      _kr_canvas_set_cursor (self, NULL);
      return;
    }

  kr_canvas_widget_to_map (self, self->pointer_x, self->pointer_y, &map_x, &map_y);
  if (_kr_canvas_in_pinned_gutter (self, self->pointer_x, self->pointer_y))
    _kr_canvas_set_cursor (self, NULL);
  else if (kr_layout_note_at (self->layout, map_x, map_y) != NULL ||
      _kr_canvas_phase_title_at (self, map_x, map_y) != NULL)
    _kr_canvas_set_cursor (self, "grab");
  else if (_kr_canvas_curve_point_at (self, map_x, map_y) != NULL)
    _kr_canvas_set_cursor (self, "ns-resize");
  else
    _kr_canvas_set_cursor (self, NULL);
}

void
_kr_canvas_grab_item_focus (KrCanvas *self,
                            gpointer  note_or_phase)
{
  KrCanvasItem *item = _kr_canvas_find_item (self, note_or_phase);

  /* No scrolling: what was clicked is where the pointer is. */
  if (item != NULL)
    {
      gtk_widget_set_child_visible (GTK_WIDGET (item), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (item));
    }
}
