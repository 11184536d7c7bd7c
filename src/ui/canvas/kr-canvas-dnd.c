/* kr-canvas-dnd.c: dragging on the map: notes, phases, curve points, bands
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A press on a note picks it (Ctrl toggles, Shift adds) and dragging it
 * moves every selected note; the model changes once, on release, as one
 * undoable command, while a ghost follows the pointer and a marker shows
 * where the notes will land. A press on a phase title drags the phase, one
 * on a curve point moves it in whole steps. Dragging empty space pans the
 * map, or with Shift or Ctrl draws a band that selects the notes it
 * touches. Text dropped from another application becomes notes; files
 * dropped are journeys for the window to open.
 */
#define G_LOG_DOMAIN "kr-canvas-dnd"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-curve.h"

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
  _kr_canvas_update_hover_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  KrRect band;

  kr_canvas_widget_to_map (self, self->drag_start_x, self->drag_start_y, &x0, &y0);
  kr_canvas_widget_to_map (self, self->drag_start_x + self->drag_dx,
                           self->drag_start_y + self->drag_dy, &x1, &y1);
  band = (KrRect) { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };

  for (guint i = 0; i < kr_layout_get_n_notes (self->layout); i++)
    {
      const KrLayoutNote *lnote = kr_layout_get_note (self->layout, i);

      if (kr_rect_intersects (&lnote->rect, &band) &&
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
  self->press_moved = FALSE;
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
          _kr_canvas_grab_item_focus (self, note);
          self->drag_note = g_object_ref (note);
          self->drag_mode = KR_CANVAS_DRAG_PENDING_NOTES;
        }
      return;
    }

  phase = _kr_canvas_phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      _kr_canvas_grab_item_focus (self, phase);
      self->drag_phase = g_object_ref (phase);
      self->drag_mode = KR_CANVAS_DRAG_PENDING_PHASE;
      return;
    }

  /* A curve point moves up and down in whole steps, live, and the whole
   * drag is one undo step. The scale does not move while it changes. */
  phase = _kr_canvas_curve_point_at (self, map_x, map_y);
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
  self->has_insertion_point = _kr_canvas_is_note_lane (kr_layout_lane_at (self->layout, map_y)) &&
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

      /* A point only pressed, as in a double-click, stays as it is. */
      self->press_moved |= past_threshold;
      if (!self->press_moved)
        return;

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

  self->press_moved |= self->drag_moved;
  _kr_canvas_update_hover_cursor (self);
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
  _kr_canvas_update_hover_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_cancel_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                KrCanvas         *self)
{
  _kr_canvas_cancel_drag (self);
}

/* --- text from other applications ------------------------------------------ */

static void
update_text_drop (KrCanvas *self,
                  double    x,
                  double    y)
{
  double map_x, map_y;

  _kr_canvas_ensure_layout (self);
  self->text_drop = TRUE;
  self->drop_valid = FALSE;

  if (self->layout == NULL)
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  /* Outside the lanes of notes, dropped lines become activities. */
  self->drop_valid = kr_layout_drop_target (self->layout, KR_NOTE_KIND_ACTIVITY, NULL,
                                            map_x, map_y, &self->drop);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Files are opened, wherever they fall: no note's place is shown. */
static gboolean
drop_has_files (GtkDropTarget *target)
{
  GdkDrop *drop = gtk_drop_target_get_current_drop (target);

  return drop != NULL &&
         gdk_content_formats_contain_gtype (gdk_drop_get_formats (drop), GDK_TYPE_FILE_LIST);
}

static GdkDragAction
text_drop_enter_cb (GtkDropTarget *target,
                    double         x,
                    double         y,
                    KrCanvas      *self)
{
  if (!drop_has_files (target))
    update_text_drop (self, x, y);
  return GDK_ACTION_COPY;
}

static GdkDragAction
text_drop_motion_cb (GtkDropTarget *target,
                     double         x,
                     double         y,
                     KrCanvas      *self)
{
  if (!drop_has_files (target))
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

  /* A file is a journey to open, not text for a note, though it comes
   * with its path as text too. */
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      _kr_canvas_open_files (self, g_value_get_boxed (value));
      return TRUE;
    }

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
  GtkDropTarget *drop;

  self->drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (self->drag, "cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->drag));

  /* Files first: a file manager offers a file's path as text as well. */
  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect (drop, "enter", G_CALLBACK (text_drop_enter_cb), self);
  g_signal_connect (drop, "motion", G_CALLBACK (text_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (text_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (text_drop_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));
}
