/* kr-text-row.c: a row of a preferences list holding a text of the journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like AdwEntryRow, with the row's title small above the text, but the
 * text wraps: scope answers are sentences, and a side panel is narrow.
 * Clicking anywhere on the row puts the cursor in the text.
 */
#define G_LOG_DOMAIN "kr-text-row"

#include "config.h"

#include "kr-text-row.h"

struct _KrTextRow
{
  AdwPreferencesRow  parent_instance;

  GtkWidget         *header;
  GtkWidget         *title_label;
  KrTextField       *field;
};

enum {
  PROP_0,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrTextRow, kr_text_row, ADW_TYPE_PREFERENCES_ROW)

static GParamSpec *properties[N_PROPS];

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KrTextRow       *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  if (gtk_widget_has_focus (GTK_WIDGET (self->field)))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->field));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (self->field));
}

static void
field_focus_cb (KrTextRow *self)
{
  /* The row shows it has the keyboard, as an entry row does. */
  if (gtk_widget_has_focus (GTK_WIDGET (self->field)))
    gtk_widget_add_css_class (GTK_WIDGET (self), "focused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "focused");
}

static void
kr_text_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KrTextRow *self = KR_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, kr_text_field_get_placeholder_text (self->field));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_text_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KrTextRow *self = KR_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      kr_text_field_set_placeholder_text (self->field, g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_text_row_class_init (KrTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kr_text_row_get_property;
  object_class->set_property = kr_text_row_set_property;

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_text_row_init (KrTextRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkGesture *click;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kr-text-row");

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_add_css_class (self->title_label, "caption-heading");
  gtk_widget_add_css_class (self->title_label, "dim-label");
  g_object_bind_property (self, "title", self->title_label, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (self->header), self->title_label);
  gtk_box_append (GTK_BOX (box), self->header);

  self->field = KR_TEXT_FIELD (kr_text_field_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->field), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->field));
  /* The field is named by the row's title. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);
  g_signal_connect_swapped (self->field, "notify::has-focus", G_CALLBACK (field_focus_cb), self);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
kr_text_row_new (void)
{
  return g_object_new (KR_TYPE_TEXT_ROW, NULL);
}

KrTextField *
kr_text_row_get_field (KrTextRow *self)
{
  g_return_val_if_fail (KR_IS_TEXT_ROW (self), NULL);
  return self->field;
}

void
kr_text_row_add_suffix (KrTextRow *self,
                        GtkWidget *widget)
{
  g_return_if_fail (KR_IS_TEXT_ROW (self));
  gtk_box_append (GTK_BOX (self->header), widget);
}
