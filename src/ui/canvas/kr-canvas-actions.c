/* kr-canvas-actions.c: what the map can do, and its popovers
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions live in one group under the "canvas" prefix. The canvas
 * inserts it on itself, for its keys and popovers, and the window inserts
 * the same group, for its header bar and shortcuts. Every change goes to
 * the history as one command.
 */
#define G_LOG_DOMAIN "kr-canvas-actions"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-curve.h"
#include "kr-feeling-popover.h"
#include "kr-note-popover.h"

#define ZOOM_STEP 1.25

static void
set_enabled (KrCanvas   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static guint
n_phases (KrCanvas *self)
{
  if (self->journey == NULL)
    return 0;

  return g_list_model_get_n_items (kr_journey_get_phases (self->journey));
}

static KrPhase *
lookup_phase (KrCanvas *self,
              GVariant *param,
              guint    *position)
{
  if (self->journey == NULL || param == NULL)
    return NULL;

  return kr_journey_find_phase (self->journey, g_variant_get_string (param, NULL), position);
}

gboolean
_kr_canvas_find_insertion (KrCanvas    *self,
                           KrPhase    **phase,
                           KrNoteKind  *kind,
                           guint       *index,
                           double      *valence)
{
  KrNote *lead = _kr_canvas_get_lead_note (self);

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || kr_layout_get_n_phases (self->layout) == 0)
    return FALSE;

  /* Right after the note the user is at, in its lane and at its height. */
  if (lead != NULL)
    {
      g_autoptr(GPtrArray) lane = NULL;
      guint position = 0;

      *phase = kr_journey_find_phase (self->journey, kr_note_get_phase (lead), NULL);
      *kind = kr_note_get_kind (lead);
      lane = kr_journey_collect_notes (self->journey, kr_note_get_phase (lead), *kind);
      g_ptr_array_find (lane, lead, &position);
      *index = position + 1;
      *valence = kr_note_get_has_valence (lead) ? kr_note_get_valence (lead) : 0;
      if (*phase != NULL)
        return TRUE;
    }

  /* At the end of the activities of the phase whose title or curve point
   * has the focus. */
  *kind = KR_NOTE_KIND_ACTIVITY;
  *index = G_MAXUINT;
  *valence = 0;
  *phase = _kr_canvas_get_current_phase (self);
  if (*phase != NULL)
    return TRUE;

  /* Where the user last clicked on an empty lane. */
  if (self->has_insertion_point &&
      _kr_canvas_new_note_at (self, self->insertion_x, self->insertion_y, phase, kind, index,
                              valence))
    return TRUE;

  /* With nothing to go by, where the journey starts: never wherever the
   * view happens to be. */
  *kind = KR_NOTE_KIND_ACTIVITY;
  *index = G_MAXUINT;
  *valence = 0;
  *phase = kr_layout_get_phase (self->layout, 0)->phase;
  return TRUE;
}

void
_kr_canvas_add_note_at (KrCanvas   *self,
                        KrPhase    *phase,
                        KrNoteKind  kind,
                        guint       index,
                        double      valence)
{
  g_autoptr(KrNote) note = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  KrNote *added = NULL;
  KrCommand *command;

  command = kr_edit_add_note (self->journey, kr_phase_get_id (phase), kind, index,
                              kind == KR_NOTE_KIND_ACTIVITY ? valence : NAN, "", &added);
  if (command == NULL)
    return;

  note = g_object_ref (added);
  _kr_canvas_push (self, command);

  g_ptr_array_add (notes, note);
  _kr_canvas_set_selection (self, notes);
  _kr_canvas_focus_item (self, note);
  /* A new note is for typing into, at once. */
  _kr_canvas_begin_edit (self, note, NULL, TRUE);
}

static void
add_phase_at (KrCanvas *self,
              guint     position)
{
  KrPhase *added = NULL;
  g_autoptr(KrPhase) phase = NULL;
  KrCommand *command;

  command = kr_edit_add_phase (self->journey, position, _("New Phase"), &added);
  if (command == NULL)
    return;

  phase = g_object_ref (added);
  _kr_canvas_push (self, command);
  _kr_canvas_focus_item (self, phase);
  _kr_canvas_begin_edit (self, NULL, phase, TRUE);
}

/* --- actions ----------------------------------------------------------------- */

static void
zoom_in_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  KrCanvas *self = user_data;

  kr_canvas_set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
zoom_out_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  KrCanvas *self = user_data;

  kr_canvas_set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
zoom_reset_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  kr_canvas_set_zoom (KR_CANVAS (user_data), 1.0);
}

static void
zoom_fit_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  kr_canvas_zoom_to_fit (KR_CANVAS (user_data));
}

static void
add_note_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase;
  KrNoteKind kind;
  guint index;
  double valence;

  if (self->editor != NULL)
    _kr_canvas_end_edit (self, TRUE);

  if (_kr_canvas_find_insertion (self, &phase, &kind, &index, &valence))
    _kr_canvas_add_note_at (self, phase, kind, index, valence);
}

/* "Add Note Here" from the map's menu: where it was opened, when that was
 * on a lane of notes; else where any new note goes. */
static void
add_note_here_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase;
  KrNoteKind kind;
  guint index;
  double valence;

  if (self->editor != NULL)
    _kr_canvas_end_edit (self, TRUE);

  _kr_canvas_ensure_layout (self);
  if (self->layout != NULL && self->has_insertion_point &&
      _kr_canvas_new_note_at (self, self->insertion_x, self->insertion_y, &phase, &kind, &index,
                              &valence))
    _kr_canvas_add_note_at (self, phase, kind, index, valence);
  else if (_kr_canvas_find_insertion (self, &phase, &kind, &index, &valence))
    _kr_canvas_add_note_at (self, phase, kind, index, valence);
}

static void
add_phase_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *current = _kr_canvas_get_current_phase (self);
  guint position = n_phases (self);

  if (self->journey == NULL)
    return;
  if (self->editor != NULL)
    _kr_canvas_end_edit (self, TRUE);

  /* After the phase the user is at, else at the end of the journey. */
  if (current != NULL &&
      kr_journey_find_phase (self->journey, kr_phase_get_id (current), &position))
    position++;

  add_phase_at (self, position);
}

static void
edit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrCanvasItem *item = _kr_canvas_get_focus_item (self);
  KrNote *lead = _kr_canvas_get_lead_note (self);

  if (item != NULL && kr_canvas_item_get_phase (item) != NULL)
    _kr_canvas_begin_edit (self, NULL, kr_canvas_item_get_phase (item), FALSE);
  else if (lead != NULL)
    _kr_canvas_begin_edit (self, lead, NULL, FALSE);
}

static void
rename_journey_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  _kr_canvas_begin_edit_title (KR_CANVAS (user_data));
}

static void
delete_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KrCanvas *self = user_data;
  g_autoptr(GPtrArray) notes = NULL;

  if (self->selection->len == 0 || self->journey == NULL)
    return;

  notes = _kr_canvas_borrow_notes (self->selection);
  _kr_canvas_push (self, kr_edit_delete_notes (self->journey, notes));
  _kr_canvas_set_selection (self, NULL);
}

static void
copy_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _kr_canvas_copy (KR_CANVAS (user_data));
}

static void
cut_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  _kr_canvas_cut (KR_CANVAS (user_data));
}

static void
paste_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  _kr_canvas_paste (KR_CANVAS (user_data));
}

static void
select_all_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KrCanvas *self = user_data;
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;

  for (guint i = 0; i < kr_layout_get_n_notes (self->layout); i++)
    g_ptr_array_add (notes, kr_layout_get_note (self->layout, i)->note);
  _kr_canvas_set_selection (self, notes);
}

static void
note_properties_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrNote *lead = _kr_canvas_get_lead_note (self);

  if (lead != NULL)
    _kr_canvas_show_note_popover (self, lead);
}

static void
rename_phase_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase = lookup_phase (self, param, NULL);

  if (phase != NULL)
    _kr_canvas_begin_edit (self, NULL, phase, FALSE);
}

static void
add_phase_before_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  KrCanvas *self = user_data;
  guint position;

  if (lookup_phase (self, param, &position) != NULL)
    add_phase_at (self, position);
}

static void
add_phase_after_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KrCanvas *self = user_data;
  guint position;

  if (lookup_phase (self, param, &position) != NULL)
    add_phase_at (self, position + 1);
}

static void
move_phase (KrCanvas *self,
            GVariant *param,
            int       delta)
{
  KrPhase *phase;
  guint position;
  int target;

  phase = lookup_phase (self, param, &position);
  if (phase == NULL)
    return;

  target = (int) position + delta;
  if (target < 0 || target >= (int) n_phases (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _kr_canvas_push (self, kr_edit_move_phase (self->journey, phase, target));
  _kr_canvas_focus_item (self, phase);
}

static void
move_phase_left_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  move_phase (KR_CANVAS (user_data), param, -1);
}

static void
move_phase_right_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  move_phase (KR_CANVAS (user_data), param, 1);
}

static void
delete_phase_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase = lookup_phase (self, param, NULL);

  /* No question asked: undo brings the phase and its notes back. */
  if (phase != NULL)
    _kr_canvas_push (self, kr_edit_delete_phase (self->journey, phase));
}

static void
phase_moment_of_truth_change_state (GSimpleAction *action,
                                    GVariant      *value,
                                    gpointer       user_data)
{
  KrCanvas *self = user_data;
  gboolean active = g_variant_get_boolean (value);
  KrPhase *phase = self->menu_phase;

  if (phase == NULL || self->journey == NULL ||
      kr_journey_find_phase (self->journey, kr_phase_get_id (phase), NULL) != phase)
    return;

  g_simple_action_set_state (action, value);
  if (kr_phase_get_moment_of_truth (phase) == active)
    return;

  _kr_canvas_push (self, kr_set_command_new (phase,
                                             active ? _("Mark Moment of Truth")
                                                    : _("Unmark Moment of Truth"),
                                             "moment-of-truth", active,
                                             NULL));
}

static void
phase_feelings_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase = lookup_phase (self, param, NULL);

  if (phase != NULL)
    _kr_canvas_show_feeling_popover (self, phase);
}

static void
phase_metrics_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrPhase *phase = lookup_phase (self, param, NULL);

  if (phase != NULL)
    _kr_canvas_show_metrics_popover (self, phase);
}

static void
suggest_curve_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  KrCanvas *self = user_data;
  KrCommand *command;

  if (self->journey == NULL || self->history == NULL)
    return;
  /* Nothing to suggest from, or nothing would change: no step at all. */
  command = kr_curve_apply_suggestions (self->journey);
  if (command != NULL)
    kr_history_push (self->history, command);
}

static const GActionEntry canvas_entries[] = {
  { "zoom-in", zoom_in_action },
  { "zoom-out", zoom_out_action },
  { "zoom-reset", zoom_reset_action },
  { "zoom-fit", zoom_fit_action },
  { "add-note", add_note_action },
  { "add-note-here", add_note_here_action },
  { "add-phase", add_phase_action },
  { "edit", edit_action },
  { "rename-journey", rename_journey_action },
  { "delete", delete_action },
  { "copy", copy_action },
  { "cut", cut_action },
  { "paste", paste_action },
  { "select-all", select_all_action },
  { "note-properties", note_properties_action },
  { "rename-phase", rename_phase_action, "s" },
  { "add-phase-before", add_phase_before_action, "s" },
  { "add-phase-after", add_phase_after_action, "s" },
  { "move-phase-left", move_phase_left_action, "s" },
  { "move-phase-right", move_phase_right_action, "s" },
  { "delete-phase", delete_phase_action, "s" },
  { "phase-moment-of-truth", NULL, NULL, "false", phase_moment_of_truth_change_state },
  { "phase-feelings", phase_feelings_action, "s" },
  { "phase-metrics", phase_metrics_action, "s" },
  { "suggest-curve", suggest_curve_action },
};

void
_kr_canvas_actions_init (KrCanvas *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), canvas_entries,
                                   G_N_ELEMENTS (canvas_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "canvas", G_ACTION_GROUP (self->actions));
  _kr_canvas_actions_update (self);
}

void
_kr_canvas_actions_update (KrCanvas *self)
{
  gboolean has_phases = n_phases (self) > 0;
  gboolean has_notes = self->journey != NULL &&
                       g_list_model_get_n_items (kr_journey_get_notes (self->journey)) > 0;
  gboolean has_selection = self->selection != NULL && self->selection->len > 0;
  KrCanvasItem *item;

  if (self->actions == NULL)
    return;

  item = _kr_canvas_get_focus_item (self);

  set_enabled (self, "zoom-in", has_phases && self->zoom < KR_CANVAS_ZOOM_MAX);
  set_enabled (self, "zoom-out", has_phases && self->zoom > KR_CANVAS_ZOOM_MIN);
  set_enabled (self, "zoom-reset", has_phases);
  set_enabled (self, "zoom-fit", has_phases);
  set_enabled (self, "add-note", has_phases);
  set_enabled (self, "add-note-here", has_phases);
  set_enabled (self, "add-phase", self->journey != NULL);
  set_enabled (self, "edit", has_selection || (item != NULL && kr_canvas_item_get_phase (item)));
  /* The title is on the map, which shows once there is a phase. */
  set_enabled (self, "rename-journey", has_phases);
  set_enabled (self, "delete", has_selection);
  set_enabled (self, "copy", has_selection);
  set_enabled (self, "cut", has_selection);
  set_enabled (self, "paste", has_phases);
  set_enabled (self, "select-all", has_notes);
  set_enabled (self, "note-properties", has_selection);
}

/* --- popovers ----------------------------------------------------------------- */

static void
note_popover_edit_text_cb (KrNotePopover *popover,
                           KrCanvas      *self)
{
  KrNote *note = kr_note_popover_get_note (popover);

  if (note != NULL)
    _kr_canvas_begin_edit (self, note, NULL, FALSE);
}

static void
popover_closed_cb (GtkPopover *popover,
                   KrCanvas   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gpointer target = NULL;

  /* Back to the note or title it was about, so the keys go on working
   * there; unless an action of the popover moved the focus on itself. */
  if (focus != NULL && focus != GTK_WIDGET (self) &&
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
    return;

  if (GTK_WIDGET (popover) == self->phase_menu || GTK_WIDGET (popover) == self->feeling_popover)
    target = self->menu_phase;
  else if (GTK_WIDGET (popover) == self->note_popover)
    target = _kr_canvas_get_lead_note (self);

  if (target != NULL && _kr_canvas_find_item (self, target) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (_kr_canvas_find_item (self, target)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_pointing_to (GtkPopover            *popover,
                 const graphene_rect_t *r)
{
  GdkRectangle rect = {
    floor (r->origin.x), floor (r->origin.y),
    MAX (1, ceil (r->size.width)), MAX (1, ceil (r->size.height)),
  };
  GdkRectangle old;

  if (gtk_popover_get_pointing_to (popover, &old) && gdk_rectangle_equal (&old, &rect))
    return;

  gtk_popover_set_pointing_to (popover, &rect);
}

/* The monitor the canvas is on, or NULL before it is shown. */
static gboolean
get_monitor_size (KrCanvas *self,
                  int      *width,
                  int      *height)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor;
  GdkRectangle geometry;

  if (surface == NULL)
    return FALSE;
  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                surface);
  if (monitor == NULL)
    return FALSE;

  gdk_monitor_get_geometry (monitor, &geometry);
  *width = geometry.width;
  *height = geometry.height;
  return TRUE;
}

/* Room around the popover, for its arrow and shadow. */
#define POPOVER_MARGIN 32

/* Opens @popover pointing at @r (canvas coordinates) on the side where
 * all of it fits: below or above when there is room in the window, else
 * beside, where it can slide up and down the whole screen. A window's
 * place on its screen is not known everywhere, so the room is what the
 * window has, which is never more than the screen's. */
void
_kr_canvas_popup_at (KrCanvas              *self,
                     GtkPopover            *popover,
                     const graphene_rect_t *rect)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *child = gtk_popover_get_child (popover);
  graphene_rect_t view = GRAPHENE_RECT_INIT (0, 0, self->view_width, self->view_height);
  graphene_rect_t r;
  graphene_point_t origin;
  double above, below, left, right;
  int width = 0, height = 0;
  GtkPositionType position;

  /* At the part of the cell or note that is in view. */
  if (!graphene_rect_intersection (rect, &view, &r))
    r = *rect;
  set_pointing_to (popover, &r);

  /* The popover is not shown yet, so its content is measured: it adds
   * its arrow and padding, which the margin allows for. */
  if (child != NULL)
    {
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
    }

  if (root == NULL ||
      !gtk_widget_compute_point (GTK_WIDGET (self), root, &r.origin, &origin))
    origin = r.origin;
  above = origin.y;
  below = (root != NULL ? gtk_widget_get_height (root) : self->view_height) -
          (origin.y + r.size.height);
  left = origin.x;
  right = (root != NULL ? gtk_widget_get_width (root) : self->view_width) -
          (origin.x + r.size.width);

  if (height + POPOVER_MARGIN <= below)
    position = GTK_POS_BOTTOM;
  else if (height + POPOVER_MARGIN <= above)
    position = GTK_POS_TOP;
  else if (width + POPOVER_MARGIN <= right)
    position = GTK_POS_RIGHT;
  else if (width + POPOVER_MARGIN <= left)
    position = GTK_POS_LEFT;
  else
    position = MAX (left, right) > MAX (above, below)
                 ? (right >= left ? GTK_POS_RIGHT : GTK_POS_LEFT)
                 : (below >= above ? GTK_POS_BOTTOM : GTK_POS_TOP);

  g_debug ("Popover of %d × %d: %.0f above, %.0f below, %.0f left, %.0f right: side %d",
           width, height, above, below, left, right, position);
  gtk_popover_set_position (popover, position);
  gtk_popover_popup (popover);
}

void
_kr_canvas_show_note_popover (KrCanvas *self,
                              KrNote   *note)
{
  const KrLayoutNote *lnote;
  graphene_rect_t r;
  int monitor_width, monitor_height;

  _kr_canvas_ensure_layout (self);
  lnote = self->layout != NULL ? kr_layout_find_note (self->layout, note) : NULL;
  if (lnote == NULL)
    return;

  if (self->note_popover == NULL)
    {
      self->note_popover = kr_note_popover_new ();
      gtk_widget_set_parent (self->note_popover, GTK_WIDGET (self));
      g_signal_connect (self->note_popover, "edit-text",
                        G_CALLBACK (note_popover_edit_text_cb), self);
      g_signal_connect (self->note_popover, "closed", G_CALLBACK (popover_closed_cb), self);
    }

  kr_note_popover_set_note (KR_NOTE_POPOVER (self->note_popover),
                            self->journey, self->history, note);
  if (get_monitor_size (self, &monitor_width, &monitor_height))
    kr_note_popover_set_max_height (KR_NOTE_POPOVER (self->note_popover),
                                    monitor_height - 2 * POPOVER_MARGIN);
  _kr_canvas_scroll_to_rect (self, &lnote->rect);
  _kr_canvas_rect_to_widget (self, &lnote->rect, &r);
  _kr_canvas_popup_at (self, GTK_POPOVER (self->note_popover), &r);
}

static void
append_phase_item (GMenu      *section,
                   const char *label,
                   const char *action,
                   const char *phase_id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (phase_id));
  g_menu_append_item (section, item);
}

/* @index of @n_phases: the first phase has no place to its left, nor the
 * last to its right, so their menus leave that move out. */
static GMenuModel *
build_phase_menu (KrPhase *phase,
                  guint    index,
                  guint    n_phases)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  const char *id = kr_phase_get_id (phase);

  append_phase_item (edit, _("_Rename"), "canvas.rename-phase", id);
  append_phase_item (edit, _("_Feeling…"), "canvas.phase-feelings", id);
  append_phase_item (edit, _("Mea_sures…"), "canvas.phase-metrics", id);
  g_menu_append (edit, _("_Moment of Truth ★"), "canvas.phase-moment-of-truth");
  append_phase_item (add, _("Add Phase _Before"), "canvas.add-phase-before", id);
  append_phase_item (add, _("Add Phase _After"), "canvas.add-phase-after", id);
  if (index > 0)
    append_phase_item (move, _("Move _Left"), "canvas.move-phase-left", id);
  if (index + 1 < n_phases)
    append_phase_item (move, _("Move _Right"), "canvas.move-phase-right", id);
  append_phase_item (remove, _("_Delete Phase"), "canvas.delete-phase", id);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  if (g_menu_model_get_n_items (G_MENU_MODEL (move)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  return G_MENU_MODEL (menu);
}

void
_kr_canvas_show_phase_menu (KrCanvas *self,
                            KrPhase  *phase)
{
  g_autoptr(GMenuModel) model = NULL;
  GAction *moment;
  guint index;
  graphene_rect_t r;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || !_kr_canvas_phase_index (self, phase, &index))
    return;

  g_set_object (&self->menu_phase, phase);
  moment = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "phase-moment-of-truth");
  g_simple_action_set_state (G_SIMPLE_ACTION (moment),
                             g_variant_new_boolean (kr_phase_get_moment_of_truth (phase)));

  if (self->phase_menu == NULL)
    {
      self->phase_menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->phase_menu, GTK_WIDGET (self));
      g_signal_connect (self->phase_menu, "closed", G_CALLBACK (popover_closed_cb), self);
    }

  model = build_phase_menu (phase, index, kr_layout_get_n_phases (self->layout));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->phase_menu), model);

  _kr_canvas_scroll_to_rect (self, &kr_layout_get_phase (self->layout, index)->title);
  _kr_canvas_rect_to_widget (self, &kr_layout_get_phase (self->layout, index)->title, &r);
  _kr_canvas_popup_at (self, GTK_POPOVER (self->phase_menu), &r);
}

void
_kr_canvas_show_feeling_popover (KrCanvas *self,
                                 KrPhase  *phase)
{
  const KrLayoutPhase *lphase;
  graphene_rect_t r;
  guint index;
  int monitor_width, monitor_height;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || self->history == NULL ||
      !_kr_canvas_phase_index (self, phase, &index))
    return;
  lphase = kr_layout_get_phase (self->layout, index);

  if (self->feeling_popover == NULL)
    {
      self->feeling_popover = kr_feeling_popover_new ();
      gtk_widget_set_parent (self->feeling_popover, GTK_WIDGET (self));
      g_signal_connect (self->feeling_popover, "closed", G_CALLBACK (popover_closed_cb), self);
    }
  g_set_object (&self->menu_phase, phase);
  kr_feeling_popover_set_phase (KR_FEELING_POPOVER (self->feeling_popover), phase, self->history);
  if (get_monitor_size (self, &monitor_width, &monitor_height))
    kr_feeling_popover_set_max_height (KR_FEELING_POPOVER (self->feeling_popover),
                                       monitor_height - 2 * POPOVER_MARGIN);

  _kr_canvas_scroll_to_rect (self, &lphase->feeling);
  _kr_canvas_rect_to_widget (self, &lphase->feeling, &r);
  _kr_canvas_popup_at (self, GTK_POPOVER (self->feeling_popover), &r);
}

/* The map's menu and the scope card's share one popover: only one is ever
 * open. */
void
_kr_canvas_popup_menu_at (KrCanvas   *self,
                          GMenuModel *model,
                          double      widget_x,
                          double      widget_y)
{
  if (self->canvas_menu == NULL)
    {
      self->canvas_menu = gtk_popover_menu_new_from_model (NULL);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->canvas_menu), FALSE);
      gtk_widget_set_halign (self->canvas_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->canvas_menu, GTK_WIDGET (self));
      g_signal_connect (self->canvas_menu, "closed", G_CALLBACK (popover_closed_cb), self);
    }

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->canvas_menu), model);
  _kr_canvas_popup_at (self, GTK_POPOVER (self->canvas_menu),
                       &GRAPHENE_RECT_INIT (widget_x, widget_y, 1, 1));
}

void
_kr_canvas_append_map_menu (GMenu *menu)
{
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();

  g_menu_append (edit, _("Add _Note Here"), "canvas.add-note-here");
  g_menu_append (edit, _("_Paste"), "canvas.paste");
  g_menu_append (edit, _("Add _Phase"), "canvas.add-phase");
  g_menu_append (edit, _("_Suggest Curve from Emotions"), "canvas.suggest-curve");
  g_menu_append (view, _("_Fit Journey"), "canvas.zoom-fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
}

void
_kr_canvas_show_canvas_menu (KrCanvas *self,
                             double    widget_x,
                             double    widget_y)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  if (self->journey == NULL)
    return;

  _kr_canvas_append_map_menu (menu);
  _kr_canvas_popup_menu_at (self, G_MENU_MODEL (menu), widget_x, widget_y);
}

void
_kr_canvas_present_popovers (KrCanvas *self)
{
  if (self->note_popover != NULL && gtk_widget_get_visible (self->note_popover))
    {
      KrNote *note = kr_note_popover_get_note (KR_NOTE_POPOVER (self->note_popover));
      const KrLayoutNote *lnote = NULL;

      if (note != NULL && self->layout != NULL && !self->layout_dirty)
        lnote = kr_layout_find_note (self->layout, note);

      /* The note left the map (deleted, undone): its popover goes too. */
      if (lnote == NULL)
        gtk_popover_popdown (GTK_POPOVER (self->note_popover));
      else
        {
          graphene_rect_t r;

          _kr_canvas_rect_to_widget (self, &lnote->rect, &r);
          set_pointing_to (GTK_POPOVER (self->note_popover), &r);
          gtk_popover_present (GTK_POPOVER (self->note_popover));
        }
    }

  if (self->phase_menu != NULL && gtk_widget_get_visible (self->phase_menu))
    gtk_popover_present (GTK_POPOVER (self->phase_menu));
  if (self->canvas_menu != NULL && gtk_widget_get_visible (self->canvas_menu))
    gtk_popover_present (GTK_POPOVER (self->canvas_menu));
  _kr_canvas_present_method_popovers (self);
}

void
_kr_canvas_dispose_popovers (KrCanvas *self)
{
  if (self->note_popover != NULL)
    kr_note_popover_set_note (KR_NOTE_POPOVER (self->note_popover), NULL, NULL, NULL);
  g_clear_pointer (&self->note_popover, gtk_widget_unparent);
  if (self->feeling_popover != NULL)
    kr_feeling_popover_set_phase (KR_FEELING_POPOVER (self->feeling_popover), NULL, NULL);
  g_clear_pointer (&self->feeling_popover, gtk_widget_unparent);
  g_clear_pointer (&self->phase_menu, gtk_widget_unparent);
  g_clear_pointer (&self->canvas_menu, gtk_widget_unparent);
  _kr_canvas_dispose_method_popovers (self);
  g_clear_object (&self->menu_phase);
}
