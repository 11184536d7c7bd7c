/* kr-canvas-selection.c: the notes picked, and how they show
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selection holds references to its notes, in the order they were
 * picked; the last one picked leads keyboard commands unless the focus is
 * on another selected note. Notes that leave the journey leave the
 * selection at the next relayout (kr-canvas-a11y.c), and deleting them
 * clears it at once.
 */
#define G_LOG_DOMAIN "kr-canvas-selection"

#include "config.h"

#include "kr-canvas-private.h"

void
_kr_canvas_snapshot_selection (KrCanvas *self,
                               cairo_t  *cr)
{
  KrCanvasItem *focus_item = _kr_canvas_get_focus_item (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* The rings go with the notes while they slide. */
  const KrLayout *shown = _kr_canvas_get_shown_layout (self);
  GdkRGBA accent;
  double zoom = self->zoom;

  _kr_canvas_get_accent (self, &accent);

  /* A ring around each selected note, outside its paper so the colours of
   * the kind stay readable. */
  for (guint i = 0; i < self->selection->len; i++)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (shown, self->selection->pdata[i]);
      graphene_rect_t r;

      if (lnote == NULL)
        continue;

      _kr_canvas_rect_to_widget (self, &lnote->rect, &r);
      kr_paint_rounded_rect (cr, r.origin.x - 3, r.origin.y - 3,
                             r.size.width + 6, r.size.height + 6, 4 * zoom + 3);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);
    }

  /* The keyboard focus, only while the keyboard is in use, as GTK does
   * for its own widgets. */
  if (focus_item != NULL && GTK_IS_WINDOW (root) &&
      gtk_window_get_focus_visible (GTK_WINDOW (root)))
    {
      KrRect rect = kr_canvas_item_get_rect (focus_item);
      graphene_rect_t r;

      _kr_canvas_rect_to_widget (self, &rect, &r);
      kr_paint_rounded_rect (cr, r.origin.x - 7, r.origin.y - 7,
                             r.size.width + 14, r.size.height + 14, 4 * zoom + 7);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.5);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

gboolean
_kr_canvas_is_selected (KrCanvas *self,
                        KrNote   *note)
{
  return g_ptr_array_find (self->selection, note, NULL);
}

static void
set_item_selected (KrCanvas *self,
                   KrNote   *note,
                   gboolean  selected)
{
  KrCanvasItem *item = _kr_canvas_find_item (self, note);

  if (item != NULL)
    kr_canvas_item_set_selected (item, selected);
}

static void
selection_changed (KrCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _kr_canvas_update_actions (self);
}

void
_kr_canvas_set_selection (KrCanvas  *self,
                          GPtrArray *notes)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->selection);

  self->selection = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    if (!g_ptr_array_find (self->selection, notes->pdata[i], NULL))
      g_ptr_array_add (self->selection, g_object_ref (notes->pdata[i]));

  for (guint i = 0; i < old->len; i++)
    if (!_kr_canvas_is_selected (self, old->pdata[i]))
      set_item_selected (self, old->pdata[i], FALSE);
  for (guint i = 0; i < self->selection->len; i++)
    set_item_selected (self, self->selection->pdata[i], TRUE);

  selection_changed (self);
}

void
_kr_canvas_toggle_selected (KrCanvas *self,
                            KrNote   *note)
{
  if (_kr_canvas_is_selected (self, note))
    {
      g_ptr_array_remove (self->selection, note);
      set_item_selected (self, note, FALSE);
      selection_changed (self);
    }
  else
    _kr_canvas_add_to_selection (self, note);
}

void
_kr_canvas_add_to_selection (KrCanvas *self,
                             KrNote   *note)
{
  if (_kr_canvas_is_selected (self, note))
    return;

  g_ptr_array_add (self->selection, g_object_ref (note));
  set_item_selected (self, note, TRUE);
  selection_changed (self);
}

gpointer
_kr_canvas_ref_note (gconstpointer note,
                     gpointer      user_data)
{
  return g_object_ref ((gpointer) note);
}

GPtrArray *
_kr_canvas_dup_selection (KrCanvas *self)
{
  /* The copy takes the selection's free function, so it takes references. */
  return g_ptr_array_copy (self->selection, _kr_canvas_ref_note, NULL);
}

GPtrArray *
_kr_canvas_borrow_notes (GPtrArray *notes)
{
  GPtrArray *borrowed = g_ptr_array_sized_new (notes->len);

  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (borrowed, notes->pdata[i]);
  return borrowed;
}

KrNote *
_kr_canvas_get_lead_note (KrCanvas *self)
{
  KrCanvasItem *item = _kr_canvas_get_focus_item (self);

  if (item != NULL && kr_canvas_item_get_note (item) != NULL &&
      _kr_canvas_is_selected (self, kr_canvas_item_get_note (item)))
    return kr_canvas_item_get_note (item);

  if (self->selection->len > 0)
    return g_ptr_array_index (self->selection, self->selection->len - 1);

  return NULL;
}

KrPhase *
_kr_canvas_get_current_phase (KrCanvas *self)
{
  KrCanvasItem *item = _kr_canvas_get_focus_item (self);
  KrNote *note = NULL;

  if (self->journey == NULL)
    return NULL;

  if (item != NULL && kr_canvas_item_get_note (item) == NULL)
    return kr_canvas_item_find_phase (item, self->journey);
  if (item != NULL)
    note = kr_canvas_item_get_note (item);
  if (note == NULL)
    note = _kr_canvas_get_lead_note (self);
  if (note != NULL)
    return kr_journey_find_phase (self->journey, kr_note_get_phase (note), NULL);

  return NULL;
}

GPtrArray *
kr_canvas_get_selection (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  return self->selection;
}

void
kr_canvas_select_notes (KrCanvas  *self,
                        GPtrArray *notes)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  _kr_canvas_set_selection (self, notes);
}
