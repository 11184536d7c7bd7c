/* kr-canvas-pointer.c: clicks, the wheel, pinches and the hover on the map
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One click on a phase's feelings opens the wheel; a double-click edits
 * what is under the pointer, or adds a note on an empty lane, once its
 * second press is let go; a right click
 * opens the menu of what is there. On the scope card, a double-click on
 * the title edits it and elsewhere opens the journey's details. The
 * wheel pans (Shift: sideways) and
 * with Ctrl zooms around the pointer, as a pinch does; the middle button
 * pans from anywhere. Drags of the primary button are kr-canvas-dnd.c's.
 */
#define G_LOG_DOMAIN "kr-canvas-pointer"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"

/* Map pixels a mouse wheel notch pans, at any zoom. */
#define WHEEL_STEP 64.0
/* How much one wheel notch zooms. */
#define WHEEL_ZOOM_FACTOR 1.15

/* The middle button pans wherever it is pressed, as in most map views. */
static void
pan_begin_cb (GtkGestureDrag *gesture,
              double          x,
              double          y,
              KrCanvas       *self)
{
  self->drag_scroll_x = self->scroll_x;
  self->drag_scroll_y = self->scroll_y;
  _kr_canvas_set_cursor (self, "grabbing");
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
  _kr_canvas_update_hover_cursor (self);
}

/* One click on a phase's feelings opens the wheel: they are picked on the
 * wheel, not typed, so there is nothing to select first. */
static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  KrCanvas        *self)
{
  double map_x, map_y;
  int column;

  if (n_press != 1)
    return;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || _kr_canvas_in_pinned_gutter (self, x, y))
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  column = kr_layout_phase_at (self->layout, map_x);
  if (kr_layout_lane_at (self->layout, map_y) == KR_LANE_FEELING && column >= 0)
    _kr_canvas_show_feeling_popover (self, kr_layout_get_phase (self->layout, column)->phase);
}

/* A double-click edits what is there, or adds a note to the lane. It acts
 * when the second press is let go: that press also began a drag, which
 * picks the note or the place, and would end an edit begun under it. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KrCanvas        *self)
{
  const KrLayoutNote *lnote;
  KrPhase *phase;
  KrNoteKind kind;
  guint index;
  double map_x, map_y, valence;

  /* A second press that went on to drag is a drag. */
  if (n_press != 2 || self->press_moved)
    return;

  /* The press began a drag that never moved, with an undo step of its own
   * for a curve point: it ends here, so that what the double-click does
   * is a step apart. */
  _kr_canvas_cancel_drag (self);

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || _kr_canvas_in_pinned_gutter (self, x, y))
    return;

  kr_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  if (kr_layout_lane_at (self->layout, map_y) == KR_LANE_FEELING)
    return;

  /* A double-click gives a point back to the activities it is derived
   * from. */
  phase = _kr_canvas_curve_point_at (self, map_x, map_y);
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

  phase = _kr_canvas_phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      _kr_canvas_begin_edit (self, NULL, phase, FALSE);
      return;
    }

  /* The title is typed in place, as the room watches; the rest of the
   * scope card has no text to type on, so it opens the journey's details
   * beside the map. */
  if (_kr_canvas_title_at (self, map_x, map_y))
    {
      _kr_canvas_begin_edit_title (self);
      return;
    }
  if (kr_layout_lane_at (self->layout, map_y) == KR_LANE_HEADER)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.journey-details", NULL);
      return;
    }

  if (_kr_canvas_new_note_at (self, map_x, map_y, &phase, &kind, &index, &valence))
    _kr_canvas_add_note_at (self, phase, kind, index, valence);
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
      _kr_canvas_grab_item_focus (self, lnote->note);
      _kr_canvas_show_note_popover (self, lnote->note);
      return;
    }

  phase = _kr_canvas_phase_title_at (self, map_x, map_y);
  if (phase != NULL)
    {
      _kr_canvas_grab_item_focus (self, phase);
      _kr_canvas_show_phase_menu (self, phase);
      return;
    }

  /* The scope card's menu opens once the button is let go: opened under
   * the pointer on the press, it would take the release for its own. */
  if (kr_layout_lane_at (self->layout, map_y) == KR_LANE_HEADER)
    {
      self->has_insertion_point = FALSE;
      self->scope_menu_on_release = TRUE;
      return;
    }

  self->has_insertion_point = _kr_canvas_is_note_lane (kr_layout_lane_at (self->layout, map_y)) &&
                              kr_layout_phase_at (self->layout, map_x) >= 0;
  self->insertion_x = map_x;
  self->insertion_y = map_y;
  _kr_canvas_show_canvas_menu (self, x, y);
}

static void
context_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     KrCanvas        *self)
{
  if (!self->scope_menu_on_release)
    return;
  self->scope_menu_on_release = FALSE;
  _kr_canvas_show_scope_menu (self, x, y);
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
  _kr_canvas_update_hover_cursor (self);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          KrCanvas                 *self)
{
  self->has_pointer = FALSE;
}

void
_kr_canvas_pointer_init (KrCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *pan_drag, *context_click, *zoom_gesture;

  g_assert (self->drag != NULL);

  self->click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (self->click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->click));
  /* One press feeds both: the drag picks and moves, the click counts. */
  gtk_gesture_group (self->click, self->drag);

  pan_drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan_drag), GDK_BUTTON_MIDDLE);
  g_signal_connect (pan_drag, "drag-begin", G_CALLBACK (pan_begin_cb), self);
  g_signal_connect (pan_drag, "drag-update", G_CALLBACK (pan_update_cb), self);
  g_signal_connect (pan_drag, "drag-end", G_CALLBACK (pan_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pan_drag));

  context_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context_click), GDK_BUTTON_SECONDARY);
  g_signal_connect (context_click, "pressed", G_CALLBACK (context_pressed_cb), self);
  g_signal_connect (context_click, "released", G_CALLBACK (context_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (context_click));

  zoom_gesture = gtk_gesture_zoom_new ();
  g_signal_connect (zoom_gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom_gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom_gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);
}
