/* kr-canvas-a11y.c: focus and accessible names for the parts of the map
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every phase title, every note and every point of the emotion curve has a
 * KrCanvasItem over it. The items follow the layout: one is made for each
 * new note, dropped with its note, and renamed when its text, kind or place
 * changes. They stand in the reading order of the wall (a phase's title,
 * its activities, its curve point, then the rest of its notes lane by
 * lane, left to right), which is also the order Tab follows and the order
 * a screen reader lists them in.
 *
 * Items off screen are hidden, so that a journey of thousands of notes
 * costs only what is in view; Tab still reaches them all, because focus
 * moves through the list here rather than through the visible widgets.
 */
#define G_LOG_DOMAIN "kr-canvas-a11y"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"

/* Items just outside the view stay shown, so that panning a little does
 * not map and unmap them all the time. */
#define VIEW_SLACK 200.0

static const char *
text_or_placeholder (const char *text)
{
  if (text == NULL || text[0] == '\0')
    /* TRANSLATORS: read out for a note or phase that has no text yet */
    return _("empty");
  return text;
}

char *
_kr_canvas_describe_note (KrCanvas  *self,
                          KrNote    *note,
                          guint      phase_index,
                          char     **description)
{
  const char *text = text_or_placeholder (kr_note_get_text (note));
  guint number = phase_index + 1;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  char *label = NULL;

  switch (kr_note_get_kind (note))
    {
    case KR_NOTE_KIND_ACTIVITY:
      {
        double valence = kr_note_get_has_valence (note) ? kr_note_get_valence (note) : 0;

        if (valence > 0)
          /* TRANSLATORS: how a screen reader names an activity note: its text
           * and the phase number */
          label = g_strdup_printf (_("Activity: %s, above the line, phase %u"), text, number);
        else if (valence < 0)
          label = g_strdup_printf (_("Activity: %s, below the line, phase %u"), text, number);
        else
          label = g_strdup_printf (_("Activity: %s, on the line, phase %u"), text, number);

        if (valence != 0)
          /* TRANSLATORS: the valence of an activity, from −5 to +5 */
          g_ptr_array_add (details, g_strdup_printf (_("experience %+d"), (int) valence));
      }
      break;

    case KR_NOTE_KIND_PAIN:
      /* TRANSLATORS: how a screen reader names a pain note (pijnpunt) */
      label = g_strdup_printf (_("Pain: %s, phase %u"), text, number);
      break;

    case KR_NOTE_KIND_GAIN:
      /* TRANSLATORS: how a screen reader names a gain note (fijn moment) */
      label = g_strdup_printf (_("Gain: %s, phase %u"), text, number);
      break;

    case KR_NOTE_KIND_IMPROVEMENT:
    default:
      /* TRANSLATORS: how a screen reader names an idea for improvement */
      label = g_strdup_printf (_("Improvement: %s, phase %u"), text, number);
      break;
    }

  if (description == NULL)
    return label;

  if (kr_note_get_moment_of_truth (note))
    g_ptr_array_add (details, g_strdup (_("moment of truth")));
  if (kr_note_get_red_thread (note))
    g_ptr_array_add (details, g_strdup (_("red thread")));
  if (kr_note_get_channel (note) != NULL && kr_note_get_channel (note)[0] != '\0')
    /* TRANSLATORS: where the customer meets the service: phone, website, counter … */
    g_ptr_array_add (details, g_strdup_printf (_("channel: %s"), kr_note_get_channel (note)));

  g_ptr_array_add (details, NULL);
  *description = g_strjoinv (", ", (char **) details->pdata);

  return label;
}

static char *
describe_phase (KrPhase  *phase,
                guint     index,
                char    **description)
{
  /* TRANSLATORS: how a screen reader names a phase title: its number and title */
  char *label = g_strdup_printf (_("Phase %u: %s"), index + 1,
                                 text_or_placeholder (kr_phase_get_title (phase)));

  *description = kr_phase_get_moment_of_truth (phase) ? g_strdup (_("moment of truth")) : NULL;
  return label;
}

static char *
describe_curve_point (const KrLayoutPhase *lphase,
                      guint                index,
                      char               **value_text)
{
  if (lphase->curve_gap)
    /* TRANSLATORS: a phase's point of the emotion curve that has no value */
    *value_text = g_strdup (_("no point yet"));
  else if (lphase->curve_derived)
    /* TRANSLATORS: the value of a curve point taken from the phase's
     * activities, such as "+2, from the activities" */
    *value_text = g_strdup_printf (_("%+d, from the activities"), (int) round (lphase->curve_value));
  else
    *value_text = g_strdup_printf ("%+d", (int) round (lphase->curve_value));

  /* TRANSLATORS: how a screen reader names a point of the emotion curve
   * (emotiecurve): the phase's number */
  return g_strdup_printf (_("Emotion curve, phase %u"), index + 1);
}

/* The point's box: round the point, or where 0 is for a phase without one. */
static KrRect
curve_point_rect (const KrLayout      *layout,
                  const KrLayoutPhase *lphase)
{
  double half = kr_layout_get_curve_step (layout) * 1.2;

  return (KrRect) { lphase->curve_x - half, lphase->curve_y - half, 2 * half, 2 * half };
}

static KrCanvasItem *
ensure_curve_item (KrCanvas *self,
                   KrPhase  *phase)
{
  KrCanvasItem *item = g_hash_table_lookup (self->curve_items, phase);

  if (item == NULL)
    {
      item = KR_CANVAS_ITEM (kr_canvas_item_new_curve_point (phase));
      gtk_widget_set_parent (GTK_WIDGET (item), GTK_WIDGET (self));
      g_hash_table_insert (self->curve_items, phase, item);
    }

  return item;
}

static void
add_curve_item (KrCanvas            *self,
                const KrLayoutPhase *lphase,
                guint                index,
                GHashTable          *keep)
{
  KrCanvasItem *item = ensure_curve_item (self, lphase->phase);
  g_autofree char *label = NULL;
  g_autofree char *value_text = NULL;
  KrRect rect = curve_point_rect (self->layout, lphase);

  label = describe_curve_point (lphase, index, &value_text);
  kr_canvas_item_set_label (item, label, NULL);
  kr_canvas_item_set_value (item, lphase->curve_gap ? 0 : round (lphase->curve_value), value_text);
  kr_canvas_item_set_rect (item, &rect);
  g_ptr_array_add (self->focus_order, item);
  g_hash_table_add (keep, item);
}

static KrCanvasItem *
ensure_item (KrCanvas *self,
             KrNote   *note,
             KrPhase  *phase)
{
  gpointer key = note != NULL ? (gpointer) note : (gpointer) phase;
  KrCanvasItem *item = g_hash_table_lookup (self->items, key);

  if (item == NULL)
    {
      item = KR_CANVAS_ITEM (kr_canvas_item_new (note, phase));
      gtk_widget_set_parent (GTK_WIDGET (item), GTK_WIDGET (self));
      g_hash_table_insert (self->items, key, item);

      if (note != NULL && _kr_canvas_is_selected (self, note))
        kr_canvas_item_set_selected (item, TRUE);
    }

  return item;
}

static void
remove_item (KrCanvas     *self,
             KrCanvasItem *item)
{
  /* Focus on a note that is gone stays in the map, not nowhere. */
  if (gtk_widget_has_focus (GTK_WIDGET (item)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  gtk_widget_unparent (GTK_WIDGET (item));
}

static void
prune_items (KrCanvas   *self,
             GHashTable *items,
             GHashTable *keep)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (g_hash_table_contains (keep, value))
        continue;

      remove_item (self, value);
      g_hash_table_iter_remove (&iter);
    }
}

void
_kr_canvas_sync_items (KrCanvas *self)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) pruned = NULL;
  GtkWidget *previous = NULL;
  guint n_phases, n_notes, next_note = 0;

  g_ptr_array_set_size (self->focus_order, 0);

  /* The layout keeps its notes in reading order already. */
  n_phases = self->layout != NULL ? kr_layout_get_n_phases (self->layout) : 0;
  n_notes = self->layout != NULL ? kr_layout_get_n_notes (self->layout) : 0;

  for (guint p = 0; p < n_phases; p++)
    {
      const KrLayoutPhase *lphase = kr_layout_get_phase (self->layout, p);
      KrCanvasItem *item = ensure_item (self, NULL, lphase->phase);
      g_autofree char *label = NULL;
      g_autofree char *description = NULL;

      label = describe_phase (lphase->phase, p, &description);
      kr_canvas_item_set_label (item, label, description);
      kr_canvas_item_set_rect (item, &lphase->title);
      g_ptr_array_add (self->focus_order, item);
      g_hash_table_add (keep, item);

      for (gboolean curve_added = FALSE;; next_note++)
        {
          const KrLayoutNote *lnote = next_note < n_notes ? kr_layout_get_note (self->layout,
                                                                                next_note)
                                                          : NULL;
          g_autofree char *note_label = NULL;
          g_autofree char *note_description = NULL;

          /* The curve point comes after the activities it sums up. */
          if (!curve_added && (lnote == NULL || lnote->phase != p ||
                               lnote->lane != KR_LANE_ACTIVITIES))
            {
              add_curve_item (self, lphase, p, keep);
              curve_added = TRUE;
            }
          if (lnote == NULL || lnote->phase != p)
            break;

          item = ensure_item (self, lnote->note, NULL);
          note_label = _kr_canvas_describe_note (self, lnote->note, p, &note_description);
          kr_canvas_item_set_label (item, note_label, note_description);
          kr_canvas_item_set_rect (item, &lnote->rect);
          g_ptr_array_add (self->focus_order, item);
          g_hash_table_add (keep, item);
        }
    }

  /* Items whose note or phase has gone. */
  prune_items (self, self->items, keep);
  prune_items (self, self->curve_items, keep);

  /* The widget tree in reading order, for screen readers' lists. */
  for (guint i = 0; i < self->focus_order->len; i++)
    {
      GtkWidget *item = self->focus_order->pdata[i];

      if (gtk_widget_get_prev_sibling (item) != previous)
        gtk_widget_insert_after (item, GTK_WIDGET (self), previous);
      previous = item;
    }

  /* Notes that left the journey leave the selection. */
  pruned = g_ptr_array_new ();
  for (guint i = 0; i < self->selection->len; i++)
    if (g_hash_table_contains (self->items, self->selection->pdata[i]))
      g_ptr_array_add (pruned, self->selection->pdata[i]);
  if (pruned->len != self->selection->len)
    _kr_canvas_set_selection (self, pruned);
}

void
_kr_canvas_clear_items (KrCanvas *self)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);

  g_ptr_array_set_size (self->focus_order, 0);
  prune_items (self, self->items, keep);
  prune_items (self, self->curve_items, keep);
}

void
_kr_canvas_allocate_items (KrCanvas *self)
{
  GtkWidget *focus_child = gtk_widget_get_focus_child (GTK_WIDGET (self));
  KrRect view = _kr_canvas_get_visible_rect (self);
  double slack = VIEW_SLACK / self->zoom;

  view.x -= slack;
  view.y -= slack;
  view.width += 2 * slack;
  view.height += 2 * slack;

  for (guint i = 0; i < self->focus_order->len; i++)
    {
      GtkWidget *item = self->focus_order->pdata[i];
      KrRect rect = kr_canvas_item_get_rect (KR_CANVAS_ITEM (item));
      graphene_rect_t r;
      gboolean shown;
      int min;

      /* The focused item stays, or the focus would be lost with it. */
      shown = kr_rect_intersects (&rect, &view) || item == focus_child;
      gtk_widget_set_child_visible (item, shown);
      if (!shown)
        continue;

      _kr_canvas_rect_to_widget (self, &rect, &r);
      gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_widget_size_allocate (item,
                                &(GtkAllocation) {
                                  floor (r.origin.x), floor (r.origin.y),
                                  MAX (1, ceil (r.size.width)), MAX (1, ceil (r.size.height)),
                                }, -1);
    }
}

KrCanvasItem *
_kr_canvas_find_item (KrCanvas *self,
                      gpointer  note_or_phase)
{
  if (note_or_phase == NULL)
    return NULL;

  return g_hash_table_lookup (self->items, note_or_phase);
}

KrCanvasItem *
_kr_canvas_find_curve_item (KrCanvas *self,
                            KrPhase  *phase)
{
  if (phase == NULL)
    return NULL;

  return g_hash_table_lookup (self->curve_items, phase);
}

void
_kr_canvas_focus_widget_item (KrCanvas     *self,
                              KrCanvasItem *item)
{
  KrRect rect = kr_canvas_item_get_rect (item);

  gtk_widget_set_child_visible (GTK_WIDGET (item), TRUE);
  _kr_canvas_scroll_to_rect (self, &rect);
  gtk_widget_grab_focus (GTK_WIDGET (item));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_kr_canvas_focus_item (KrCanvas *self,
                       gpointer  note_or_phase)
{
  KrCanvasItem *item;

  _kr_canvas_ensure_layout (self);

  item = _kr_canvas_find_item (self, note_or_phase);
  if (item == NULL)
    return;

  _kr_canvas_focus_widget_item (self, item);
}

KrCanvasItem *
_kr_canvas_get_focus_item (KrCanvas *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (child != NULL && KR_IS_CANVAS_ITEM (child))
    return KR_CANVAS_ITEM (child);

  return NULL;
}

static gboolean
focus_item_at (KrCanvas *self,
               int       index)
{
  KrCanvasItem *item;

  if (index < 0 || index >= (int) self->focus_order->len)
    return FALSE;

  item = self->focus_order->pdata[index];
  _kr_canvas_focus_widget_item (self, item);
  return TRUE;
}

gboolean
_kr_canvas_focus (GtkWidget        *widget,
                  GtkDirectionType  direction)
{
  KrCanvas *self = KR_CANVAS (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  guint index;

  /* The editor first moves focus inside itself; leaving it ends the edit
   * and goes on from the note or title it was over. */
  if (focus_child != NULL && !KR_IS_CANVAS_ITEM (focus_child))
    {
      gpointer edited = self->edit_note != NULL ? (gpointer) self->edit_note
                                                : (gpointer) self->edit_phase;

      if (gtk_widget_child_focus (focus_child, direction))
        return TRUE;
      if (focus_child != self->editor)
        return FALSE;

      _kr_canvas_end_edit (self, TRUE);
      focus_child = GTK_WIDGET (_kr_canvas_find_item (self, edited));
    }

  /* Arrow keys move notes or the view (kr-canvas-keys.c), not focus. */
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    {
      if (focus_child != NULL || gtk_widget_is_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  _kr_canvas_ensure_layout (self);

  if (self->focus_order->len == 0)
    {
      if (gtk_widget_is_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  if (focus_child != NULL && g_ptr_array_find (self->focus_order, focus_child, &index))
    return focus_item_at (self, forward ? (int) index + 1 : (int) index - 1);

  /* The canvas itself has focus after a click on empty space. */
  if (gtk_widget_is_focus (widget))
    return forward && focus_item_at (self, 0);

  /* Coming in from the header bar or going back into it. */
  if (self->selection->len > 0)
    {
      KrCanvasItem *item = _kr_canvas_find_item (self, _kr_canvas_get_lead_note (self));

      if (item != NULL && g_ptr_array_find (self->focus_order, item, &index))
        return focus_item_at (self, index);
    }

  return focus_item_at (self, forward ? 0 : (int) self->focus_order->len - 1);
}

void
_kr_canvas_set_focus_child (GtkWidget *widget,
                            GtkWidget *child)
{
  KrCanvas *self = KR_CANVAS (widget);
  GtkWidgetClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget));

  parent_class->set_focus_child (widget, child);

  if (child != NULL && KR_IS_CANVAS_ITEM (child) && !self->focus_keeps_selection)
    {
      KrNote *note = kr_canvas_item_get_note (KR_CANVAS_ITEM (child));

      /* Focus and selection go together for the keyboard: the note Tab
       * reaches is the one the arrow keys then move. A note picked with
       * Ctrl is selected already, and keeps the others. */
      if (note != NULL && !_kr_canvas_is_selected (self, note))
        {
          g_autoptr(GPtrArray) notes = g_ptr_array_new ();

          g_ptr_array_add (notes, note);
          _kr_canvas_set_selection (self, notes);
        }
      else if (note == NULL)
        _kr_canvas_set_selection (self, NULL);
    }

  _kr_canvas_update_actions (self);
  gtk_widget_queue_draw (widget);
}
