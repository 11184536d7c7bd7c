/* kr-canvas-dnd.c: the pointer on the map: select, drag, pan, zoom, drop
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A press on a note picks it (Ctrl toggles, Shift adds) and dragging it
 * moves every selected note; the model changes once, on release, as one
 * undoable command, while a ghost follows the pointer and a marker shows
 * where the notes will land. A press on a phase title drags the phase.
 * Dragging empty space pans the map, or with Shift or Ctrl draws a band
 * that selects the notes it touches. Double-clicking edits what is under
 * the pointer, or adds a note on an empty lane.
 */
#define G_LOG_DOMAIN "kr-canvas-dnd"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-curve.h"

/* Map pixels a mouse wheel notch pans, at any zoom. */
#define WHEEL_STEP 64.0
/* How much one wheel notch zooms. */
#define WHEEL_ZOOM_FACTOR 1.15

static KrPhase *
phase_title_at (KrCanvas *self,
                double    map_x,
                double    map_y)
{
  for (guint i = 0; i < kr_layout_get_n_phases (self->layout); i++)
    {
      const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, i);
      const KrRect *r = &lphase->title;

      if (map_x >= r->x && map_x < r->x + r->width && map_y >= r->y && map_y < r->y + r->height)
        return lphase->phase;
    }

  return NULL;
}

static gboolean
title_at (KrCanvas *self,
          double    map_x,
          double    map_y)
{
  KrRect r = kr_layout_get_title_rect (self->layout);

  return map_x >= r.x && map_x < r.x + r.width && map_y >= r.y && map_y < r.y + r.height;
}

/* The phase whose curve point is under (@map_x, @map_y): near the point,
 * or anywhere up and down the column's middle when the phase has none yet. */
static KrPhase *
curve_point_at (KrCanvas *self,
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

static gboolean
is_note_lane (KrLane lane)
{
  return lane == KR_LANE_ACTIVITIES || lane == KR_LANE_RED_THREAD || lane == KR_LANE_IMPROVEMENTS;
}

static KrNoteKind
lane_kind (KrLane lane)
{
  switch (lane)
    {
    case KR_LANE_RED_THREAD:
      /* The layout picks the row: gains above, pains below. */
      return KR_NOTE_KIND_PAIN;
    case KR_LANE_IMPROVEMENTS:
      return KR_NOTE_KIND_IMPROVEMENT;
    case KR_LANE_HEADER:
    case KR_LANE_PHASES:
    case KR_LANE_ACTIVITIES:
    case KR_LANE_CURVE:
    case KR_LANE_FEELING:
    default:
      return KR_NOTE_KIND_ACTIVITY;
    }
}

static void
set_cursor (KrCanvas   *self,
            const char *name)
{
  if (g_strcmp0 (self->cursor_name, name) == 0)
    return;

  self->cursor_name = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
update_hover_cursor (KrCanvas *self)
{
  double map_x, map_y;

  if (self->drag_mode == KR_CANVAS_DRAG_PAN || self->drag_mode == KR_CANVAS_DRAG_NOTES ||
      self->drag_mode == KR_CANVAS_DRAG_PHASE)
    {
      set_cursor (self, "grabbing");
      return;
    }

  if (self->layout == NULL || self->layout_dirty || !self->has_pointer)
    {
      set_cursor (self, NULL);
      return;
    }

  kr_canvas_widget_to_map (self, self->pointer_x, self->pointer_y, &map_x, &map_y);
  if (_kr_canvas_in_pinned_gutter (self, self->pointer_x, self->pointer_y))
    set_cursor (self, NULL);
  else if (kr_layout_note_at (self->layout, map_x, map_y) != NULL ||
      phase_title_at (self, map_x, map_y) != NULL)
    set_cursor (self, "grab");
  else if (curve_point_at (self, map_x, map_y) != NULL)
    set_cursor (self, "ns-resize");
  else
    set_cursor (self, NULL);
}

static void
stop_autoscroll (KrCanvas *self)
{
  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
}

static void
reset_drag (KrCanvas *self)
{
  if (self->drag_mode == KR_CANVAS_DRAG_CURVE && self->history != NULL)
    kr_history_end_group (self->history);
  stop_autoscroll (self);
  self->drag_mode = KR_CANVAS_DRAG_NONE;
  self->drag_moved = FALSE;
  self->narrow_on_release = FALSE;
  self->drop_valid = FALSE;
  self->drag_dx = self->drag_dy = 0;
  g_clear_object (&self->drag_note);
  g_clear_object (&self->drag_phase);
  g_clear_pointer (&self->drag_notes, g_ptr_array_unref);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
}

void
_kr_canvas_cancel_drag (KrCanvas *self)
{
  if (self->drag_mode == KR_CANVAS_DRAG_NONE && !self->text_drop)
    return;

  reset_drag (self);
  self->text_drop = FALSE;
  update_hover_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
grab_item_focus (KrCanvas *self,
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

/* --- moving notes ---------------------------------------------------------- */


static void
update_note_drop (KrCanvas *self)
{
  const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->drag_note);
  double x, y;

  self->drop_valid = FALSE;
  if (lnote == NULL)
    return;

  /* The grabbed note's centre, where the pointer has taken it, also when
   * the view scrolled on under it. */
  x = lnote->rect.x + lnote->rect.width / 2 +
      (self->drag_dx + self->scroll_x - self->drag_scroll_x) / self->zoom;
  y = lnote->rect.y + lnote->rect.height / 2 +
      (self->drag_dy + self->scroll_y - self->drag_scroll_y) / self->zoom;
  self->drop_valid = kr_layout_drop_target (self->layout, kr_note_get_kind (self->drag_note),
                                            self->drag_notes, x, y, &self->drop);
}

static void
finish_note_drag (KrCanvas *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  const KrLayoutPhase *lphase;
  KrCommand *command;

  if (!self->drop_valid || self->drop.phase >= kr_layout_get_n_phases (self->layout))
    return;

  lphase = kr_layout_get_phase (self->layout, self->drop.phase);
  notes = _kr_canvas_borrow_notes (self->drag_notes);
  /* One command for the whole drag, so one undo puts every note back. */
  command = kr_edit_move_notes (self->journey, notes,
                                kr_phase_get_id (lphase->phase),
                                self->drop.kind, self->drop.index,
                                self->drop.kind == KR_NOTE_KIND_ACTIVITY ? self->drop.valence
                                                                         : NAN);
  _kr_canvas_push (self, command);
}

/* --- moving a phase -------------------------------------------------------- */

/* The place the dragged phase takes: how many other columns have their
 * middle left of the pointer. */
static guint
phase_position_at (KrCanvas *self,
                   double    map_x)
{
  guint position = 0;

  for (guint i = 0; i < kr_layout_get_n_phases (self->layout); i++)
    {
      const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, i);

      if (lphase->phase == self->drag_phase)
        continue;
      if (lphase->column.x + lphase->column.width / 2 < map_x)
        position++;
    }

  return position;
}

static void
finish_phase_drag (KrCanvas *self)
{
  guint index;

  if (!_kr_canvas_phase_index (self, self->drag_phase, &index) ||
      index == self->phase_drop_position)
    return;

  _kr_canvas_push (self, kr_edit_move_phase (self->journey, self->drag_phase,
                                             self->phase_drop_position));
}

/* --- the rubber band --------------------------------------------------------- */

static void
update_band (KrCanvas *self)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_copy (self->band_base, _kr_canvas_ref_note, NULL);
  double x0, y0, x1, y1;

  kr_canvas_widget_to_map (self, self->drag_start_x, self->drag_start_y, &x0, &y0);
  kr_canvas_widget_to_map (self, self->drag_start_x + self->drag_dx,
                           self->drag_start_y + self->drag_dy, &x1, &y1);
  if (x0 > x1)
    {
      double t = x0;
      x0 = x1;
      x1 = t;
    }
  if (y0 > y1)
    {
      double t = y0;
      y0 = y1;
      y1 = t;
    }

  for (guint i = 0; i < kr_layout_get_n_notes (self->layout); i++)
    {
      const KrLayoutNote *lnote = kr_layout_get_note (self->layout, i);
      const KrRect *r = &lnote->rect;

      if (r->x < x1 && x0 < r->x + r->width && r->y < y1 && y0 < r->y + r->height &&
          !g_ptr_array_find (notes, lnote->note, NULL))
        g_ptr_array_add (notes, g_object_ref (lnote->note));
    }

  _kr_canvas_set_selection (self, notes);
}

/* --- scrolling while a note is held at an edge ------------------------------- */

/* Widget pixels from an edge where the view starts to follow a note. */
#define AUTOSCROLL_EDGE 48.0
/* Pixels a frame at the very edge. */
#define AUTOSCROLL_SPEED 18.0

static double
edge_speed (double position,
            double extent)
{
  if (position < AUTOSCROLL_EDGE)
    return -AUTOSCROLL_SPEED * (AUTOSCROLL_EDGE - MAX (position, 0)) / AUTOSCROLL_EDGE;
  if (position > extent - AUTOSCROLL_EDGE)
    return AUTOSCROLL_SPEED * (MIN (position, extent) - (extent - AUTOSCROLL_EDGE)) /
           AUTOSCROLL_EDGE;
  return 0;
}

static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  KrCanvas *self = KR_CANVAS (widget);
  double x = self->drag_start_x + self->drag_dx;
  double y = self->drag_start_y + self->drag_dy;
  double dx = edge_speed (x, self->view_width);
  double dy = edge_speed (y, self->view_height);
  double old_x = self->scroll_x, old_y = self->scroll_y;

  if (self->drag_mode != KR_CANVAS_DRAG_NOTES || (dx == 0 && dy == 0) || self->layout_dirty)
    {
      self->autoscroll_id = 0;
      return G_SOURCE_REMOVE;
    }

  _kr_canvas_pan_by (self, dx, dy);
  if (self->scroll_x != old_x || self->scroll_y != old_y)
    {
      update_note_drop (self);
      gtk_widget_queue_draw (widget);
    }

  return G_SOURCE_CONTINUE;
}

static void
update_autoscroll (KrCanvas *self)
{
  double x = self->drag_start_x + self->drag_dx;
  double y = self->drag_start_y + self->drag_dy;

  if (self->autoscroll_id != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (edge_speed (x, self->view_width) == 0 && edge_speed (y, self->view_height) == 0)
    return;

  self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb,
                                                      NULL, NULL);
}

/* --- gestures -------------------------------------------------------------- */

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KrCanvas       *self)
{
  GtkEventController *controller = GTK_EVENT_CONTROLLER (gesture);
  GdkModifierType state = gtk_event_controller_get_current_event_state (controller);
  const KrLayoutNote *lnote;
  KrPhase *phase;
  double map_x, map_y;

  /* A press on the editor is for the editor (the second press of the
   * double-click that opened it, too); anywhere else keeps what was typed. */
  if (self->editor != NULL)
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &bounds) &&
          graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
        {
          reset_drag (self);
          return;
        }
      _kr_canvas_end_edit (self, TRUE);
    }

  _kr_canvas_ensure_layout (self);
  reset_drag (self);
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_scroll_x = self->scroll_x;
  self->drag_scroll_y = self->scroll_y;

  if (self->layout == NULL)
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);

  /* The lane names kept in view cover the map: a press on them is a press
   * on empty space, which pans. */
  if (_kr_canvas_in_pinned_gutter (self, x, y))
    {
      _kr_canvas_set_selection (self, NULL);
      if (!gtk_widget_has_focus (GTK_WIDGET (self)))
        gtk_widget_grab_focus (GTK_WIDGET (self));
      self->has_insertion_point = FALSE;
      self->drag_mode = KR_CANVAS_DRAG_PAN;
      return;
    }

  lnote = kr_layout_note_at (self->layout, map_x, map_y);
  if (lnote != NULL)
    {
      KrNote *note = lnote->note;

      if (state & GDK_CONTROL_MASK)
        _kr_canvas_toggle_selected (self, note);
      else if (state & GDK_SHIFT_MASK)
        _kr_canvas_add_to_selection (self, note);
      else if (!_kr_canvas_is_selected (self, note))
        {
          g_autoptr(GPtrArray) notes = g_ptr_array_new ();

          g_ptr_array_add (notes, note);
          _kr_canvas_set_selection (self, notes);
        }
      else
        self->narrow_on_release = self->selection->len > 1;

      if (_kr_canvas_is_selected (self, note))
        {
          grab_item_focus (self, note);
          self->drag_note = g_object_ref (note);
          self->drag_mode = KR_CANVAS_DRAG_PENDING_NOTES;
        }
      return;
    }

  phase = phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      grab_item_focus (self, phase);
      self->drag_phase = g_object_ref (phase);
      self->drag_mode = KR_CANVAS_DRAG_PENDING_PHASE;
      return;
    }

  /* A curve point moves up and down in whole steps, live, and the whole
   * drag is one undo step. The scale does not move while it changes. */
  phase = curve_point_at (self, map_x, map_y);
  if (phase != NULL && self->history != NULL)
    {
      self->drag_phase = g_object_ref (phase);
      self->drag_curve_zero = kr_layout_get_curve_zero_y (self->layout);
      self->drag_curve_step = kr_layout_get_curve_step (self->layout);
      kr_history_begin_group (self->history, _("Move Curve Point"));
      self->drag_mode = KR_CANVAS_DRAG_CURVE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }

  if (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    {
      self->band_base = _kr_canvas_dup_selection (self);
      self->drag_mode = KR_CANVAS_DRAG_RUBBER_BAND;
      return;
    }

  /* Empty space: drop the selection, remember the place for a new note,
   * and pan if the pointer moves. */
  _kr_canvas_set_selection (self, NULL);
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  self->has_insertion_point = is_note_lane (kr_layout_lane_at (self->layout, map_y)) &&
                              kr_layout_phase_at (self->layout, map_x) >= 0;
  self->insertion_x = map_x;
  self->insertion_y = map_y;
  self->drag_mode = KR_CANVAS_DRAG_PAN;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KrCanvas       *self)
{
  gboolean past_threshold = hypot (dx, dy) >= KR_CANVAS_DRAG_THRESHOLD;

  if (self->drag_mode == KR_CANVAS_DRAG_CURVE)
    {
      double map_y, value;

      /* The map's own changes follow the drag, so a relayout is no reason
       * to stop it. */
      kr_canvas_widget_to_map (self, 0, self->drag_start_y + dy, NULL, &map_y);
      value = CLAMP (round ((self->drag_curve_zero - map_y) / self->drag_curve_step),
                     KR_CURVE_MIN, KR_CURVE_MAX);
      if (!kr_phase_get_has_curve (self->drag_phase) || kr_phase_get_curve (self->drag_phase) != value)
        kr_history_push (self->history,
                         kr_set_command_new (self->drag_phase, NULL, "has-curve", TRUE,
                                             "curve", value, NULL));
      self->drag_moved = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (self->layout_dirty || self->layout == NULL)
    {
      /* The map changed under the pointer (an undo by shortcut, say). */
      _kr_canvas_cancel_drag (self);
      return;
    }

  self->drag_dx = dx;
  self->drag_dy = dy;

  switch (self->drag_mode)
    {
    case KR_CANVAS_DRAG_PENDING_NOTES:
      if (!past_threshold)
        break;
      self->drag_mode = KR_CANVAS_DRAG_NOTES;
      self->narrow_on_release = FALSE;
      self->drag_notes = _kr_canvas_dup_selection (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      G_GNUC_FALLTHROUGH;

    case KR_CANVAS_DRAG_NOTES:
      self->drag_moved = TRUE;
      update_note_drop (self);
      update_autoscroll (self);
      break;

    case KR_CANVAS_DRAG_PENDING_PHASE:
      if (!past_threshold)
        break;
      self->drag_mode = KR_CANVAS_DRAG_PHASE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      G_GNUC_FALLTHROUGH;

    case KR_CANVAS_DRAG_PHASE:
      {
        double map_x;

        self->drag_moved = TRUE;
        kr_canvas_widget_to_map (self, self->drag_start_x + dx, 0, &map_x, NULL);
        self->phase_drop_position = phase_position_at (self, map_x);
      }
      break;

    case KR_CANVAS_DRAG_PAN:
      if (!self->drag_moved && !past_threshold)
        break;
      self->drag_moved = TRUE;
      _kr_canvas_set_view (self, self->zoom, self->drag_scroll_x - dx, self->drag_scroll_y - dy);
      break;

    case KR_CANVAS_DRAG_RUBBER_BAND:
      if (!self->drag_moved && !past_threshold)
        break;
      self->drag_moved = TRUE;
      update_band (self);
      break;

    case KR_CANVAS_DRAG_NONE:
    default:
      break;
    }

  update_hover_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             KrCanvas       *self)
{
  drag_update_cb (gesture, dx, dy, self);

  switch (self->drag_mode)
    {
    case KR_CANVAS_DRAG_NOTES:
      finish_note_drag (self);
      break;

    case KR_CANVAS_DRAG_PHASE:
      finish_phase_drag (self);
      break;

    case KR_CANVAS_DRAG_PENDING_NOTES:
      /* A plain click on one of several selected notes picks it alone. */
      if (self->narrow_on_release && self->drag_note != NULL)
        {
          g_autoptr(GPtrArray) notes = g_ptr_array_new ();

          g_ptr_array_add (notes, self->drag_note);
          _kr_canvas_set_selection (self, notes);
        }
      break;

    case KR_CANVAS_DRAG_NONE:
    case KR_CANVAS_DRAG_PENDING_PHASE:
    case KR_CANVAS_DRAG_PAN:
    case KR_CANVAS_DRAG_RUBBER_BAND:
    default:
      break;
    }

  reset_drag (self);
  update_hover_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_cancel_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                KrCanvas         *self)
{
  _kr_canvas_cancel_drag (self);
}

/* The middle button pans wherever it is pressed, as in most map views. */
static void
pan_begin_cb (GtkGestureDrag *gesture,
              double          x,
              double          y,
              KrCanvas       *self)
{
  self->drag_scroll_x = self->scroll_x;
  self->drag_scroll_y = self->scroll_y;
  set_cursor (self, "grabbing");
}

static void
pan_update_cb (GtkGestureDrag *gesture,
               double          dx,
               double          dy,
               KrCanvas       *self)
{
  _kr_canvas_set_view (self, self->zoom, self->drag_scroll_x - dx, self->drag_scroll_y - dy);
}

static void
pan_end_cb (GtkGestureDrag *gesture,
            double          dx,
            double          dy,
            KrCanvas       *self)
{
  update_hover_cursor (self);
}

/* Double-click: edit what is there, or add a note to the lane. */
static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  KrCanvas        *self)
{
  const KrLayoutNote *lnote;
  KrPhase *phase;
  KrDropTarget target;
  KrLane lane;
  double map_x, map_y;

  if (n_press != 1 && n_press != 2)
    return;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || _kr_canvas_in_pinned_gutter (self, x, y))
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);

  /* A phase's feelings open on one click: they are picked on the wheel,
   * not typed, so there is nothing to select first. */
  if (kr_layout_lane_at (self->layout, map_y) == KR_LANE_FEELING)
    {
      int index = kr_layout_phase_at (self->layout, map_x);

      if (n_press == 1 && index >= 0)
        _kr_canvas_show_feeling_popover (self, kr_layout_get_phase (self->layout, index)->phase);
      return;
    }

  if (n_press != 2)
    return;

  /* A double-click gives a point back to the activities it is derived
   * from. */
  phase = curve_point_at (self, map_x, map_y);
  if (phase != NULL)
    {
      if (kr_phase_get_has_curve (phase) && self->history != NULL)
        kr_history_push (self->history,
                         kr_set_command_new (phase, _("Derive Curve Point"), "has-curve", FALSE,
                                             NULL));
      return;
    }

  lnote = kr_layout_note_at (self->layout, map_x, map_y);
  if (lnote != NULL)
    {
      _kr_canvas_begin_edit (self, lnote->note, NULL, FALSE);
      return;
    }

  phase = phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      _kr_canvas_begin_edit (self, NULL, phase, FALSE);
      return;
    }

  if (title_at (self, map_x, map_y))
    {
      _kr_canvas_begin_edit_title (self);
      return;
    }

  lane = kr_layout_lane_at (self->layout, map_y);
  if (!is_note_lane (lane) ||
      !kr_layout_drop_target (self->layout, lane_kind (lane), NULL, map_x, map_y, &target) ||
      target.phase >= kr_layout_get_n_phases (self->layout))
    return;

  _kr_canvas_add_note_at (self, kr_layout_get_phase (self->layout, target.phase)->phase,
                          target.kind, target.index,
                          target.kind == KR_NOTE_KIND_ACTIVITY ? target.valence : NAN);
}

static void
context_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KrCanvas        *self)
{
  const KrLayoutNote *lnote;
  KrPhase *phase;
  double map_x, map_y;

  if (n_press != 1)
    return;

  if (self->editor != NULL)
    _kr_canvas_end_edit (self, TRUE);

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);

  if (_kr_canvas_in_pinned_gutter (self, x, y))
    {
      self->has_insertion_point = FALSE;
      _kr_canvas_show_canvas_menu (self, x, y);
      return;
    }

  lnote = kr_layout_note_at (self->layout, map_x, map_y);
  if (lnote != NULL)
    {
      if (!_kr_canvas_is_selected (self, lnote->note))
        {
          g_autoptr(GPtrArray) notes = g_ptr_array_new ();

          g_ptr_array_add (notes, lnote->note);
          _kr_canvas_set_selection (self, notes);
        }
      grab_item_focus (self, lnote->note);
      _kr_canvas_show_note_popover (self, lnote->note);
      return;
    }

  phase = phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      grab_item_focus (self, phase);
      _kr_canvas_show_phase_menu (self, phase);
      return;
    }

  self->has_insertion_point = is_note_lane (kr_layout_lane_at (self->layout, map_y)) &&
                              kr_layout_phase_at (self->layout, map_x) >= 0;
  self->insertion_x = map_x;
  self->insertion_y = map_y;
  _kr_canvas_show_canvas_menu (self, x, y);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KrCanvas                 *self)
{
  GtkEventController *event_controller = GTK_EVENT_CONTROLLER (controller);
  GdkModifierType state = gtk_event_controller_get_current_event_state (event_controller);
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double x = self->has_pointer ? self->pointer_x : self->view_width / 2.0;
  double y = self->has_pointer ? self->pointer_y : self->view_height / 2.0;

  if (state & GDK_CONTROL_MASK)
    {
      /* A notch zooms a fixed step; a touchpad zooms with its travel. */
      double factor = wheel ? pow (WHEEL_ZOOM_FACTOR, -dy) : exp (-dy / 100.0);

      self->view_pending = FALSE;
      _kr_canvas_zoom_at (self, self->zoom * factor, x, y);
      return GDK_EVENT_STOP;
    }

  /* A plain wheel with Shift scrolls sideways, as in a long document. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }

  if (wheel)
    {
      dx *= WHEEL_STEP * MAX (self->zoom, 1.0);
      dy *= WHEEL_STEP * MAX (self->zoom, 1.0);
    }

  self->view_pending = FALSE;
  _kr_canvas_pan_by (self, dx, dy);
  return GDK_EVENT_STOP;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               KrCanvas         *self)
{
  self->gesture_zoom = self->zoom;
  _kr_canvas_cancel_drag (self);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       KrCanvas       *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = self->view_width / 2.0;
      y = self->view_height / 2.0;
    }

  self->view_pending = FALSE;
  _kr_canvas_zoom_at (self, self->gesture_zoom * scale, x, y);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KrCanvas                 *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
  update_hover_cursor (self);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          KrCanvas                 *self)
{
  self->has_pointer = FALSE;
}

/* --- text from other applications ------------------------------------------ */

static void
update_text_drop (KrCanvas *self,
                  double    x,
                  double    y)
{
  double map_x, map_y;
  KrLane lane;

  _kr_canvas_ensure_layout (self);
  self->text_drop = TRUE;
  self->drop_valid = FALSE;

  if (self->layout == NULL)
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  lane = kr_layout_lane_at (self->layout, map_y);
  self->drop_valid = kr_layout_drop_target (self->layout,
                                            is_note_lane (lane) ? lane_kind (lane)
                                                                : KR_NOTE_KIND_ACTIVITY,
                                            NULL, map_x, map_y, &self->drop);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GdkDragAction
text_drop_enter_cb (GtkDropTarget *target,
                    double         x,
                    double         y,
                    KrCanvas      *self)
{
  update_text_drop (self, x, y);
  return GDK_ACTION_COPY;
}

static GdkDragAction
text_drop_motion_cb (GtkDropTarget *target,
                     double         x,
                     double         y,
                     KrCanvas      *self)
{
  update_text_drop (self, x, y);
  return GDK_ACTION_COPY;
}

static void
text_drop_leave_cb (GtkDropTarget *target,
                    KrCanvas      *self)
{
  self->text_drop = FALSE;
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
text_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              KrCanvas      *self)
{
  double map_x, map_y;

  self->text_drop = FALSE;
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (!G_VALUE_HOLDS_STRING (value) || g_value_get_string (value) == NULL)
    return FALSE;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  _kr_canvas_paste_text (self, g_value_get_string (value), TRUE, map_x, map_y);
  return TRUE;
}

void
_kr_canvas_dnd_init (KrCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkDropTarget *drop;

  self->click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->click));

  self->drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (self->drag, "cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->drag));
  /* One press feeds both: the drag picks and moves, the click counts. */
  gtk_gesture_group (self->click, self->drag);

  self->pan_drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->pan_drag), GDK_BUTTON_MIDDLE);
  g_signal_connect (self->pan_drag, "drag-begin", G_CALLBACK (pan_begin_cb), self);
  g_signal_connect (self->pan_drag, "drag-update", G_CALLBACK (pan_update_cb), self);
  g_signal_connect (self->pan_drag, "drag-end", G_CALLBACK (pan_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->pan_drag));

  self->context_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->context_click), GDK_BUTTON_SECONDARY);
  g_signal_connect (self->context_click, "pressed", G_CALLBACK (context_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->context_click));

  self->zoom_gesture = gtk_gesture_zoom_new ();
  g_signal_connect (self->zoom_gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (self->zoom_gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->zoom_gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);
  g_signal_connect (drop, "enter", G_CALLBACK (text_drop_enter_cb), self);
  g_signal_connect (drop, "motion", G_CALLBACK (text_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (text_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (text_drop_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));
}
