/* kr-canvas-keys.c: the map from the keyboard
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator types while the room talks, so everything a called-out
 * activity needs is a key or two. Tab walks the phase titles, notes and
 * curve points in reading order (kr-canvas-a11y.c). The arrow keys move
 * the focus: left and right to the note before or after in time, up and
 * down to the nearest title or note that way, as the eye goes over the
 * wall. With Alt the arrows move the note itself: left and right in
 * the time order, on into the next phase at either end, and up and down
 * one step of experience; Ctrl+Page Up and Page Down take it to the
 * neighbouring phase. A digit sets an activity's height at once, "-" and
 * a digit a negative one, "+" and "-" alone step it. On a curve point the
 * arrows up and down move the point. With nothing focused the arrows pan.
 * Enter edits, Ctrl+Enter adds a note, Delete removes the selection, the
 * Menu key opens the popover of what has focus. Ctrl+Tab and Ctrl+Space
 * select several notes, as in GTK's lists. Each change is one undoable
 * step.
 */
#define G_LOG_DOMAIN "kr-canvas-keys"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-curve.h"

/* Widget pixels an arrow key pans. */
#define PAN_STEP 64.0
/* How long "-" waits for a digit to make it negative. */
#define MINUS_DIGIT_TIMEOUT (2 * G_TIME_SPAN_SECOND)

static void
activate (KrCanvas   *self,
          const char *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (self->actions), name, NULL);
}

/* The lead note where the relayout put it, in view. */
static void
follow_lead (KrCanvas *self)
{
  KrNote *lead = _kr_canvas_get_lead_note (self);
  const KrLayoutNote *lnote;

  _kr_canvas_ensure_layout (self);
  if (lead == NULL || self->layout == NULL)
    return;

  lnote = kr_layout_find_note (self->layout, lead);
  if (lnote != NULL)
    _kr_canvas_scroll_to_rect (self, &lnote->rect);
}

static void
push_or_bell (KrCanvas  *self,
              KrCommand *command)
{
  if (command == NULL)
    {
      /* Not an activity, or already where it would go. */
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_push (self, command);
  follow_lead (self);
}

static void
nudge_selection (KrCanvas *self,
                 double    delta)
{
  push_or_bell (self, kr_edit_nudge_valence (self->journey, self->selection, delta));
}

void
_kr_canvas_move_selection (KrCanvas *self,
                           int       direction)
{
  KrNote *lead = _kr_canvas_get_lead_note (self);
  g_autoptr(GPtrArray) lane = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  KrPhase *phase;
  KrNoteKind kind;
  guint phase_index, position = 0, n_others = 0, index;
  GListModel *phases;

  if (lead == NULL || self->journey == NULL)
    return;

  phases = kr_journey_get_phases (self->journey);
  phase = kr_journey_find_phase (self->journey, kr_note_get_phase (lead), &phase_index);
  if (phase == NULL)
    return;

  /* Where the lead note stands among the notes that stay. */
  kind = kr_note_get_kind (lead);
  lane = kr_journey_collect_notes (self->journey, kr_phase_get_id (phase), kind);
  for (guint i = 0; i < lane->len; i++)
    {
      if (lane->pdata[i] == lead)
        position = n_others;
      if (!_kr_canvas_is_selected (self, lane->pdata[i]))
        n_others++;
    }

  if (direction < 0 && position > 0)
    index = position - 1;
  else if (direction > 0 && position < n_others)
    index = position + 1;
  else if (direction < 0 && phase_index > 0)
    {
      g_autoptr(KrPhase) previous = g_list_model_get_item (phases, phase_index - 1);

      phase = previous;
      index = G_MAXUINT;
    }
  else if (direction > 0 && phase_index + 1 < g_list_model_get_n_items (phases))
    {
      g_autoptr(KrPhase) next = g_list_model_get_item (phases, phase_index + 1);

      phase = next;
      index = 0;
    }
  else
    {
      /* At the very start or end of the journey. */
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* The list holds references, so the phases outlive the g_autoptr above. */
  notes = _kr_canvas_borrow_notes (self->selection);
  _kr_canvas_push (self, kr_edit_move_notes (self->journey, notes, kr_phase_get_id (phase),
                                             kind, index, NAN));
  follow_lead (self);
}

/* Ctrl+Page Up and Down: the selection goes to the end of its lane in the
 * phase before or after, at the height it has. */
static void
move_selection_to_phase (KrCanvas *self,
                         int       direction)
{
  KrNote *lead = _kr_canvas_get_lead_note (self);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(KrPhase) target = NULL;
  GListModel *phases;
  guint index;

  if (lead == NULL ||
      kr_journey_find_phase (self->journey, kr_note_get_phase (lead), &index) == NULL)
    return;

  phases = kr_journey_get_phases (self->journey);
  if ((direction < 0 && index == 0) ||
      (direction > 0 && index + 1 >= g_list_model_get_n_items (phases)))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  target = g_list_model_get_item (phases, index + direction);
  notes = _kr_canvas_borrow_notes (self->selection);
  _kr_canvas_push (self, kr_edit_move_notes (self->journey, notes, kr_phase_get_id (target),
                                             kr_note_get_kind (lead), G_MAXUINT, NAN));
  follow_lead (self);
}

/* --- the height as a number ---------------------------------------------- */

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
lead_is_activity (KrCanvas *self)
{
  KrNote *lead = _kr_canvas_get_lead_note (self);

  return lead != NULL && kr_note_get_kind (lead) == KR_NOTE_KIND_ACTIVITY;
}

/* "-" steps down at once; a digit right after it makes the height that
 * number below the line instead, as one step, as if "-3" were one key. */
static void
minus_pressed (KrCanvas *self)
{
  const char *before = self->history != NULL ? kr_history_get_undo_label (self->history) : NULL;

  nudge_selection (self, -1);
  if (self->history != NULL && kr_history_get_undo_label (self->history) != before)
    {
      self->minus_time = g_get_monotonic_time ();
      self->minus_undoable = TRUE;
    }
  else
    {
      /* Already at −5: there is no step to take back, but a digit still
       * means a negative height. */
      self->minus_time = g_get_monotonic_time ();
      self->minus_undoable = FALSE;
    }
}

static void
digit_pressed (KrCanvas *self,
               int       digit)
{
  gboolean negative = self->minus_time != 0 &&
                      g_get_monotonic_time () - self->minus_time < MINUS_DIGIT_TIMEOUT;
  g_autoptr(GPtrArray) notes = NULL;
  KrCommand *command;

  if (digit > KR_VALENCE_MAX)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (negative && self->minus_undoable)
    kr_history_undo (self->history);
  self->minus_time = 0;

  notes = _kr_canvas_borrow_notes (self->selection);
  command = kr_edit_set_valence (self->journey, notes, negative ? -digit : digit);
  if (command != NULL)
    {
      _kr_canvas_push (self, command);
      follow_lead (self);
    }
}

/* --- the curve point ------------------------------------------------------ */

static void
step_curve_point (KrCanvas *self,
                  KrPhase  *phase,
                  double    delta)
{
  double value = 0;

  /* From the point as it shows, derived or not; a gap starts at 0. */
  if (kr_curve_point_for_phase (self->journey, phase, &value) == KR_CURVE_POINT_NONE)
    value = 0;
  else
    value = round (value) + delta;

  if (value < KR_CURVE_MIN || value > KR_CURVE_MAX)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_push (self, kr_set_command_new (phase, _("Move Curve Point"),
                                             "has-curve", TRUE, "curve", value, NULL));
}

static void
derive_curve_point (KrCanvas *self,
                    KrPhase  *phase)
{
  if (!kr_phase_get_has_curve (phase))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_push (self, kr_set_command_new (phase, _("Derive Curve Point"),
                                             "has-curve", FALSE, NULL));
}

/* --- moving the focus ----------------------------------------------------- */

/* The item nearest to @from in the direction (@dx, @dy), as the eye finds
 * it: straight on counts, off to the side counts four times. The phase's
 * own column comes first, as the wall is read down a phase. Curve points
 * are met by Tab and among themselves, not on the way to a note, since
 * their own arrow keys move them. */
static KrCanvasItem *
item_towards (KrCanvas     *self,
              KrCanvasItem *from,
              int           dx,
              int           dy)
{
  KrRect a = kr_canvas_item_get_rect (from);
  gboolean from_curve = kr_canvas_item_get_curve_phase (from) != NULL;
  KrPhase *from_phase = kr_canvas_item_find_phase (from, self->journey);
  double ax = a.x + a.width / 2, ay = a.y + a.height / 2;

  for (guint pass = 0; pass < 2; pass++)
    {
      KrCanvasItem *best = NULL;
      double best_score = INFINITY;

      for (guint i = 0; i < self->focus_order->len; i++)
        {
          KrCanvasItem *item = self->focus_order->pdata[i];
          KrRect b = kr_canvas_item_get_rect (item);
          double bx = b.x + b.width / 2, by = b.y + b.height / 2;
          double along, aside, score;

          if (item == from || (kr_canvas_item_get_curve_phase (item) != NULL) != from_curve)
            continue;
          if (pass == 0 && kr_canvas_item_find_phase (item, self->journey) != from_phase)
            continue;

          if (dx != 0)
            {
              along = (bx - ax) * dx;
              /* How far apart the two are up and down; 0 where they overlap. */
              aside = MAX (0, MAX (b.y - (a.y + a.height), a.y - (b.y + b.height)));
            }
          else
            {
              along = (by - ay) * dy;
              aside = MAX (0, MAX (b.x - (a.x + a.width), a.x - (b.x + b.width)));
            }

          if (along <= 1)
            continue;

          score = along + 4 * aside;
          if (score < best_score)
            {
              best_score = score;
              best = item;
            }
        }

      if (best != NULL)
        return best;
    }

  return NULL;
}

/* Left and right follow time: the note before or after in its lane, on
 * into the phases either side; a title's neighbours are titles, and a
 * curve point's are curve points. */
static KrCanvasItem *
item_in_time (KrCanvas     *self,
              KrCanvasItem *from,
              int           direction)
{
  KrNote *note = kr_canvas_item_get_note (from);
  const KrLayoutNote *lnote;
  KrPhase *phase;
  guint column, n_notes;

  if (note == NULL)
    {
      phase = kr_canvas_item_get_phase (from);
      if (phase == NULL)
        phase = kr_canvas_item_get_curve_phase (from);
      if (!_kr_canvas_phase_index (self, phase, &column) ||
          (direction < 0 && column == 0) ||
          (direction > 0 && column + 1 >= kr_layout_get_n_phases (self->layout)))
        return NULL;

      phase = kr_layout_get_phase (self->layout, column + direction)->phase;
      return kr_canvas_item_get_phase (from) != NULL ? _kr_canvas_find_item (self, phase)
                                                     : _kr_canvas_find_curve_item (self, phase);
    }

  /* The layout lists notes by phase, then lane, each left to right. */
  lnote = kr_layout_find_note (self->layout, note);
  n_notes = kr_layout_get_n_notes (self->layout);
  if (lnote == NULL)
    return NULL;

  for (guint i = lnote - kr_layout_get_note (self->layout, 0) + direction;
       i < n_notes;
       i += direction)
    {
      const KrLayoutNote *other = kr_layout_get_note (self->layout, i);

      if (kr_note_get_kind (other->note) == kr_note_get_kind (note))
        return _kr_canvas_find_item (self, other->note);
      if (direction < 0 && i == 0)
        break;
    }

  return NULL;
}

static void
move_focus (KrCanvas     *self,
            KrCanvasItem *from,
            int           dx,
            int           dy)
{
  KrCanvasItem *to;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;

  to = dx != 0 ? item_in_time (self, from, dx) : item_towards (self, from, 0, dy);
  if (to == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_focus_widget_item (self, to);
}

/* --- keys -------------------------------------------------------------------- */

static gboolean
focus_is_ours (KrCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* The in-place editor and the popovers handle their own keys; whatever
   * they leave must not move notes behind them. */
  return focus == NULL || focus == GTK_WIDGET (self) ||
         (KR_IS_CANVAS_ITEM (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self));
}

static gboolean
open_popover (KrCanvas *self)
{
  KrCanvasItem *item = _kr_canvas_get_focus_item (self);
  KrNote *lead = _kr_canvas_get_lead_note (self);

  if (item != NULL && kr_canvas_item_get_phase (item) != NULL)
    {
      _kr_canvas_show_phase_menu (self, kr_canvas_item_get_phase (item));
      return TRUE;
    }
  if (item != NULL && kr_canvas_item_get_curve_phase (item) != NULL)
    {
      _kr_canvas_show_phase_menu (self, kr_canvas_item_get_curve_phase (item));
      return TRUE;
    }
  if (lead != NULL)
    {
      _kr_canvas_show_note_popover (self, lead);
      return TRUE;
    }

  _kr_canvas_show_canvas_menu (self, self->view_width / 2.0, self->view_height / 2.0);
  return TRUE;
}

static gboolean
arrow_of (guint  keyval,
          int   *dx,
          int   *dy)
{
  *dx = *dy = 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      *dx = -1;
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      *dx = 1;
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      *dy = -1;
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      *dy = 1;
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
arrow_key (KrCanvas        *self,
           guint            keyval,
           GdkModifierType  mods)
{
  KrCanvasItem *item = _kr_canvas_get_focus_item (self);
  KrPhase *curve = item != NULL ? kr_canvas_item_get_curve_phase (item) : NULL;
  KrPhase *title = item != NULL ? kr_canvas_item_get_phase (item) : NULL;
  int dx, dy;

  if (!arrow_of (keyval, &dx, &dy))
    return FALSE;

  if (mods == GDK_ALT_MASK)
    {
      /* The note moves, or the phase whose title has the focus. */
      if (title != NULL && dx != 0)
        {
          g_action_group_activate_action (G_ACTION_GROUP (self->actions),
                                          dx < 0 ? "move-phase-left" : "move-phase-right",
                                          g_variant_new_string (kr_phase_get_id (title)));
          return TRUE;
        }
      if (self->selection->len == 0)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
      if (dx != 0)
        _kr_canvas_move_selection (self, dx);
      else
        /* Up is a better experience: the map's y grows downwards. */
        nudge_selection (self, -dy);
      return TRUE;
    }

  if (mods != 0)
    return FALSE;

  if (curve != NULL && dy != 0)
    {
      step_curve_point (self, curve, -dy);
      return TRUE;
    }

  if (item != NULL)
    {
      move_focus (self, item, dx, dy);
      return TRUE;
    }

  /* A note still picked after a click on the map itself: back to it. */
  if (_kr_canvas_get_lead_note (self) != NULL)
    {
      _kr_canvas_focus_item (self, _kr_canvas_get_lead_note (self));
      return TRUE;
    }

  self->view_pending = FALSE;
  _kr_canvas_pan_by (self, dx * PAN_STEP, dy * PAN_STEP);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KrCanvas              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  KrCanvasItem *item;
  KrPhase *curve;
  int digit;

  if (!focus_is_ours (self) || self->editor != NULL || self->journey == NULL)
    return GDK_EVENT_PROPAGATE;

  if (arrow_key (self, keyval, mods))
    return GDK_EVENT_STOP;

  item = _kr_canvas_get_focus_item (self);
  curve = item != NULL ? kr_canvas_item_get_curve_phase (item) : NULL;

  /* A digit is a height: some keyboards need Shift for their digits. */
  digit = digit_of (keyval);
  if (digit >= 0 && (mods & ~GDK_SHIFT_MASK) == 0 && lead_is_activity (self))
    {
      digit_pressed (self, digit);
      return GDK_EVENT_STOP;
    }
  /* Any other key ends a "-" that waited for its digit. */
  self->minus_time = 0;

  switch (keyval)
    {
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      if ((mods & ~GDK_SHIFT_MASK) != 0 || !lead_is_activity (self))
        return GDK_EVENT_PROPAGATE;
      minus_pressed (self);
      return GDK_EVENT_STOP;

    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
      if ((mods & ~GDK_SHIFT_MASK) != 0 || !lead_is_activity (self))
        return GDK_EVENT_PROPAGATE;
      nudge_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (self->drag_mode != KR_CANVAS_DRAG_NONE)
        {
          _kr_canvas_cancel_drag (self);
          return GDK_EVENT_STOP;
        }
      if (self->selection->len > 0)
        {
          _kr_canvas_set_selection (self, NULL);
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (mods == GDK_CONTROL_MASK)
        {
          activate (self, "add-note");
          return GDK_EVENT_STOP;
        }
      if (mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
        {
          activate (self, "add-phase");
          return GDK_EVENT_STOP;
        }
      if (mods == GDK_ALT_MASK)
        return open_popover (self);
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      if (item != NULL && kr_canvas_item_get_phase (item) != NULL)
        {
          _kr_canvas_begin_edit (self, NULL, kr_canvas_item_get_phase (item), FALSE);
          return GDK_EVENT_STOP;
        }
      if (_kr_canvas_get_lead_note (self) != NULL)
        {
          _kr_canvas_begin_edit (self, _kr_canvas_get_lead_note (self), NULL, FALSE);
          return GDK_EVENT_STOP;
        }
      /* With nothing picked, as after a click on the scope card, Enter
       * opens what the map has as a whole: the journey's details. */
      if (item == NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "win.journey-details", NULL);
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;

    case GDK_KEY_F2:
      /* Shift+F2 renames the journey from anywhere in the window. */
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      /* What has the focus, or with nothing picked the journey itself. */
      if (self->selection->len == 0 && (item == NULL || kr_canvas_item_get_phase (item) == NULL))
        activate (self, "rename-journey");
      else
        activate (self, "edit");
      return GDK_EVENT_STOP;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      if (curve != NULL)
        {
          derive_curve_point (self, curve);
          return GDK_EVENT_STOP;
        }
      if (self->selection->len == 0)
        return GDK_EVENT_PROPAGATE;
      activate (self, "delete");
      return GDK_EVENT_STOP;

    case GDK_KEY_Menu:
      return open_popover (self);

    case GDK_KEY_F10:
      if (mods != GDK_SHIFT_MASK)
        return GDK_EVENT_PROPAGATE;
      return open_popover (self);

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      /* Ctrl+Tab walks the notes keeping the selection, so that Ctrl+Space
       * can add the next one to it. */
      if ((mods & ~GDK_SHIFT_MASK) != GDK_CONTROL_MASK)
        return GDK_EVENT_PROPAGATE;
      self->focus_keeps_selection = TRUE;
      if (!gtk_widget_child_focus (GTK_WIDGET (self),
                                   (mods & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab
                                     ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD))
        gtk_widget_error_bell (GTK_WIDGET (self));
      self->focus_keeps_selection = FALSE;
      return GDK_EVENT_STOP;

    case GDK_KEY_space:
      /* Ctrl+Space adds the focused note to the selection or takes it
       * out, as in GTK's lists: a selection of several, by keyboard. */
      if (mods == GDK_CONTROL_MASK && item != NULL && kr_canvas_item_get_note (item) != NULL)
        {
          _kr_canvas_toggle_selected (self, kr_canvas_item_get_note (item));
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;

    case GDK_KEY_a:
    case GDK_KEY_A:
      if (mods != GDK_CONTROL_MASK)
        return GDK_EVENT_PROPAGATE;
      activate (self, "select-all");
      return GDK_EVENT_STOP;

    case GDK_KEY_c:
    case GDK_KEY_C:
    case GDK_KEY_Copy:
      if (mods != GDK_CONTROL_MASK && keyval != GDK_KEY_Copy)
        return GDK_EVENT_PROPAGATE;
      activate (self, "copy");
      return GDK_EVENT_STOP;

    case GDK_KEY_x:
    case GDK_KEY_X:
    case GDK_KEY_Cut:
      if (mods != GDK_CONTROL_MASK && keyval != GDK_KEY_Cut)
        return GDK_EVENT_PROPAGATE;
      activate (self, "cut");
      return GDK_EVENT_STOP;

    case GDK_KEY_v:
    case GDK_KEY_V:
    case GDK_KEY_Paste:
      if (mods != GDK_CONTROL_MASK && keyval != GDK_KEY_Paste)
        return GDK_EVENT_PROPAGATE;
      activate (self, "paste");
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_KP_Page_Down:
      if (mods == GDK_CONTROL_MASK)
        {
          if (self->selection->len == 0)
            return GDK_EVENT_PROPAGATE;
          move_selection_to_phase (self, keyval == GDK_KEY_Page_Up ||
                                           keyval == GDK_KEY_KP_Page_Up ? -1 : 1);
          return GDK_EVENT_STOP;
        }
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      self->view_pending = FALSE;
      _kr_canvas_pan_by (self, 0, (keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_KP_Page_Up
                                     ? -0.9 : 0.9) * self->view_height);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
_kr_canvas_keys_init (KrCanvas *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
