/* kr-canvas-method.c: the map's ways into the method's panel and popovers
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the map offers of the method beyond drawing it (src/ui/method):
 * the scope card's menu, which leads to the journey's details; a phase's
 * measures; and the writing guide under an activity being typed.
 */
#define G_LOG_DOMAIN "kr-canvas-method"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-metrics-popover.h"
#include "kr-writing-help.h"

/* The scope card: the map's menu, with what the card itself is first: its
 * title is typed in place, the rest of step 1 is in the journey's
 * details. */
void
_kr_canvas_show_scope_menu (KrCanvas *self,
                            double    widget_x,
                            double    widget_y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) card = g_menu_new ();

  if (self->journey == NULL)
    return;

  g_menu_append (card, _("Edit _Title"), "canvas.rename-journey");
  g_menu_append (card, _("Journey _Details"), "win.journey-details");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (card));
  _kr_canvas_append_map_menu (menu);
  _kr_canvas_popup_menu_at (self, G_MENU_MODEL (menu), widget_x, widget_y);
}

void
_kr_canvas_show_metrics_popover (KrCanvas *self,
                                 KrPhase  *phase)
{
  const KrLayoutPhase *lphase;
  graphene_rect_t r;
  guint index;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL || self->history == NULL ||
      !_kr_canvas_phase_index (self, phase, &index))
    return;
  lphase = kr_layout_get_phase (self->layout, index);

  if (self->metrics_popover == NULL)
    {
      self->metrics_popover = kr_metrics_popover_new ();
      gtk_widget_set_parent (self->metrics_popover, GTK_WIDGET (self));
    }
  kr_metrics_popover_set_phase (KR_METRICS_POPOVER (self->metrics_popover), phase,
                                self->history);

  _kr_canvas_scroll_to_rect (self, &lphase->title);
  _kr_canvas_rect_to_widget (self, &lphase->title, &r);
  _kr_canvas_popup_at (self, GTK_POPOVER (self->metrics_popover), &r);
}

static void
point_writing_help (KrCanvas *self)
{
  graphene_rect_t bounds;

  if (self->editor == NULL ||
      !gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &bounds))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->writing_help),
                               &(GdkRectangle) {
                                 floor (bounds.origin.x), floor (bounds.origin.y),
                                 MAX (1, ceil (bounds.size.width)),
                                 MAX (1, ceil (bounds.size.height)),
                               });
}

/* Only for activities: the guide is the method's way to write one. */
void
_kr_canvas_attach_writing_help (KrCanvas *self)
{
  if (self->editor == NULL || self->edit_note == NULL ||
      kr_note_get_kind (self->edit_note) != KR_NOTE_KIND_ACTIVITY)
    return;

  if (self->writing_help == NULL)
    {
      self->writing_help = kr_writing_help_new ();
      gtk_widget_set_parent (self->writing_help, GTK_WIDGET (self));
    }
  point_writing_help (self);
  kr_writing_help_attach (KR_WRITING_HELP (self->writing_help), GTK_TEXT_VIEW (self->editor),
                          self->journey);
}

void
_kr_canvas_detach_writing_help (KrCanvas *self)
{
  if (self->writing_help != NULL)
    kr_writing_help_attach (KR_WRITING_HELP (self->writing_help), NULL, NULL);
}

void
_kr_canvas_present_method_popovers (KrCanvas *self)
{
  if (self->writing_help != NULL && gtk_widget_get_visible (self->writing_help))
    {
      point_writing_help (self);
      gtk_popover_present (GTK_POPOVER (self->writing_help));
    }

  if (self->metrics_popover != NULL && gtk_widget_get_visible (self->metrics_popover))
    {
      KrPhase *phase = kr_metrics_popover_get_phase (KR_METRICS_POPOVER (self->metrics_popover));
      guint index;

      /* The phase left the map (deleted, undone): its measures go too. */
      if (phase == NULL || self->layout == NULL || self->layout_dirty ||
          !_kr_canvas_phase_index (self, phase, &index))
        gtk_popover_popdown (GTK_POPOVER (self->metrics_popover));
      else
        gtk_popover_present (GTK_POPOVER (self->metrics_popover));
    }
}

void
_kr_canvas_dispose_method_popovers (KrCanvas *self)
{
  if (self->metrics_popover != NULL)
    kr_metrics_popover_set_phase (KR_METRICS_POPOVER (self->metrics_popover), NULL, NULL);
  g_clear_pointer (&self->metrics_popover, gtk_widget_unparent);
  _kr_canvas_detach_writing_help (self);
  g_clear_pointer (&self->writing_help, gtk_widget_unparent);
}
