/* kr-canvas-item.c: a note, a phase title or a curve point as something
 * focusable
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas paints the whole map itself, but GTK 4.8 can give keyboard
 * focus and an accessible name only to widgets. So every note, every phase
 * title and every point of the emotion curve has one of these: an empty
 * widget laid over it, which takes focus and speaks for it, while the
 * canvas draws it and its focus ring. Notes and titles are buttons to a
 * screen reader; a curve point is a slider.
 */
#define G_LOG_DOMAIN "kr-canvas-item"

#include "config.h"

#include <math.h>

#include "kr-canvas-item.h"

struct _KrCanvasItem
{
  GtkWidget  parent_instance;

  KrNote    *note;
  KrPhase   *phase;
  gboolean   curve;        /* a curve point rather than a phase title */
  double     value;
  KrRect     rect;
  char      *label;
  char      *description;
  gboolean   selected;
};

G_DEFINE_FINAL_TYPE (KrCanvasItem, kr_canvas_item, GTK_TYPE_WIDGET)

static void
kr_canvas_item_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* The canvas gives it the note's size; it asks for nothing. */
  *minimum = *natural = 0;
}

static void
kr_canvas_item_finalize (GObject *object)
{
  KrCanvasItem *self = KR_CANVAS_ITEM (object);

  g_clear_object (&self->note);
  g_clear_object (&self->phase);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (kr_canvas_item_parent_class)->finalize (object);
}

static void
kr_canvas_item_class_init (KrCanvasItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kr_canvas_item_finalize;
  widget_class->measure = kr_canvas_item_measure;

  /* Activating an item (Enter) edits it, as a button would act. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "canvasitem");
}

static void
kr_canvas_item_init (KrCanvasItem *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Pointer events belong to the canvas, which hit-tests its layout. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
kr_canvas_item_new (KrNote  *note,
                    KrPhase *phase)
{
  KrCanvasItem *self;

  g_return_val_if_fail ((note != NULL) != (phase != NULL), NULL);

  self = g_object_new (KR_TYPE_CANVAS_ITEM, NULL);
  g_set_object (&self->note, note);
  g_set_object (&self->phase, phase);

  return GTK_WIDGET (self);
}

GtkWidget *
kr_canvas_item_new_curve_point (KrPhase *phase)
{
  KrCanvasItem *self;

  g_return_val_if_fail (KR_IS_PHASE (phase), NULL);

  self = g_object_new (KR_TYPE_CANVAS_ITEM,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_SLIDER,
                       NULL);
  g_set_object (&self->phase, phase);
  self->curve = TRUE;
  self->value = NAN;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, (double) KR_CURVE_MIN,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) KR_CURVE_MAX,
                                  GTK_ACCESSIBLE_PROPERTY_ORIENTATION,
                                  GTK_ORIENTATION_VERTICAL,
                                  -1);

  return GTK_WIDGET (self);
}

KrNote *
kr_canvas_item_get_note (KrCanvasItem *self)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), NULL);

  return self->note;
}

KrPhase *
kr_canvas_item_get_phase (KrCanvasItem *self)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), NULL);

  return self->curve ? NULL : self->phase;
}

KrPhase *
kr_canvas_item_get_curve_phase (KrCanvasItem *self)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), NULL);

  return self->curve ? self->phase : NULL;
}

KrPhase *
kr_canvas_item_find_phase (KrCanvasItem *self,
                           KrJourney    *journey)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), NULL);
  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  if (self->phase != NULL)
    return self->phase;
  return kr_journey_find_phase (journey, kr_note_get_phase (self->note), NULL);
}

KrRect
kr_canvas_item_get_rect (KrCanvasItem *self)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), (KrRect) { 0 });

  return self->rect;
}

void
kr_canvas_item_set_rect (KrCanvasItem *self,
                         const KrRect *rect)
{
  g_return_if_fail (KR_IS_CANVAS_ITEM (self));

  self->rect = *rect;
}

const char *
kr_canvas_item_get_label (KrCanvasItem *self)
{
  g_return_val_if_fail (KR_IS_CANVAS_ITEM (self), NULL);

  return self->label;
}

void
kr_canvas_item_set_label (KrCanvasItem *self,
                          const char   *label,
                          const char   *description)
{
  g_return_if_fail (KR_IS_CANVAS_ITEM (self));

  /* Relayouts are frequent; only real changes reach the accessibility bus. */
  if (g_strcmp0 (self->label, label) == 0 && g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_free (self->description);
  self->description = g_strdup (description);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

void
kr_canvas_item_set_selected (KrCanvasItem *self,
                             gboolean      selected)
{
  g_return_if_fail (KR_IS_CANVAS_ITEM (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
}

void
kr_canvas_item_set_value (KrCanvasItem *self,
                          double        value,
                          const char   *text)
{
  g_return_if_fail (KR_IS_CANVAS_ITEM (self));
  g_return_if_fail (self->curve);

  if (self->value == value)
    return;

  self->value = value;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, value,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}
