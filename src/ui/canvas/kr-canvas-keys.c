/* kr-canvas-keys.c: the map from the keyboard
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tab walks the phase titles and notes in reading order (kr-canvas-a11y.c).
 * With a note selected the arrow keys move it: left and right in the time
 * order, on into the next phase at either end, and up and down one step of
 * experience, each press one undoable step. With nothing selected they pan.
 * Enter edits, Ctrl+Enter adds a note, Delete removes the selection, the
 * Menu key opens the popover of what has focus. Ctrl+Tab and Ctrl+Space
 * select several notes, as in GTK's lists.
 */
#define G_LOG_DOMAIN "kr-canvas-keys"

#include "config.h"

#include <math.h>

#include "kr-canvas-private.h"

/* Widget pixels an arrow key pans. */
#define PAN_STEP 64.0

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
nudge_selection (KrCanvas *self,
                 double    delta)
{
  KrCommand *command;

  command = kr_edit_nudge_valence (self->journey, self->selection, delta);
  if (command == NULL)
    {
      /* Not an activity, or already at +5 or −5. */
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_push (self, command);
  follow_lead (self);
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
  if (lead != NULL)
    {
      _kr_canvas_show_note_popover (self, lead);
      return TRUE;
    }

  _kr_canvas_show_canvas_menu (self, self->view_width / 2.0, self->view_height / 2.0);
  return TRUE;
}

static gboolean
arrow_key (KrCanvas        *self,
           guint            keyval,
           GdkModifierType  mods)
{
  double dx = 0, dy = 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = 1;
      break;
    default:
      return FALSE;
    }

  if (mods != 0)
    return FALSE;

  if (self->selection->len == 0)
    {
      self->view_pending = FALSE;
      _kr_canvas_pan_by (self, dx * PAN_STEP, dy * PAN_STEP);
      return TRUE;
    }

  if (dx != 0)
    _kr_canvas_move_selection (self, (int) dx);
  else
    /* Up is a better experience: the map's y grows downwards. */
    nudge_selection (self, -dy);

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

  if (!focus_is_ours (self) || self->editor != NULL || self->journey == NULL)
    return GDK_EVENT_PROPAGATE;

  if (arrow_key (self, keyval, mods))
    return GDK_EVENT_STOP;

  item = _kr_canvas_get_focus_item (self);

  switch (keyval)
    {
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
      return GDK_EVENT_PROPAGATE;

    case GDK_KEY_F2:
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      activate (self, "edit");
      return GDK_EVENT_STOP;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (mods != 0 || self->selection->len == 0)
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
      if (mods != 0)
        return GDK_EVENT_PROPAGATE;
      self->view_pending = FALSE;
      _kr_canvas_pan_by (self, 0, (keyval == GDK_KEY_Page_Up ? -0.9 : 0.9) * self->view_height);
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
