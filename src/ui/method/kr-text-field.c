/* kr-text-field.c: a text of the journey, edited where it is shown
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of the journey's details and of the empathy map are
 * sentences, so they wrap rather than scroll sideways. The document
 * follows every key, so that the map shows the new scope while it is
 * typed; KrHistory folds the keys of one visit into a single step. Enter
 * ends the visit, as on a note, and Shift+Enter starts a new line.
 */
#define G_LOG_DOMAIN "kr-text-field"

#include "config.h"

#include "kr-text-field.h"

struct _KrTextField
{
  GtkTextView  parent_instance;

  GObject     *object;
  char        *property;
  KrHistory   *history;
  char        *label;
  char        *placeholder;
  gulong       notify_id;

  /* Set while the text is brought in line with the document, so that it
   * does not echo back as a command. */
  gboolean     syncing;
};

enum {
  PROP_0,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrTextField, kr_text_field, GTK_TYPE_TEXT_VIEW)

static GParamSpec *properties[N_PROPS];

static char *
get_buffer_text (KrTextField *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
get_model_text (KrTextField *self)
{
  char *value = NULL;

  if (self->object != NULL)
    g_object_get (self->object, self->property, &value, NULL);
  return value;
}

static void
set_buffer_text (KrTextField *self,
                 const char  *text)
{
  self->syncing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), text ?: "", -1);
  self->syncing = FALSE;
}

static void
push (KrTextField *self,
      const char  *text)
{
  g_autofree char *current = get_model_text (self);
  const char *value = text != NULL && text[0] != '\0' ? text : NULL;

  if (self->object == NULL || self->history == NULL)
    return;
  /* The title, which is never NULL, reads "" for no value. */
  if (g_strcmp0 (value, current) == 0 || (value == NULL && g_strcmp0 (current, "") == 0))
    return;

  kr_history_push_merging (self->history,
                           kr_set_command_new (self->object, self->label,
                                               self->property, value, NULL),
                           self);
}

static void
buffer_changed_cb (KrTextField   *self,
                   GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;

  /* A line more or less changes the height (see measure ()). */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->syncing)
    return;

  text = get_buffer_text (self);
  push (self, text);
}

static void
object_notify_cb (KrTextField *self)
{
  g_autofree char *value = get_model_text (self);
  g_autofree char *text = get_buffer_text (self);

  /* An undo, or the same text changed elsewhere. */
  if (g_strcmp0 (value ?: "", text) != 0)
    set_buffer_text (self, value);
}

void
kr_text_field_commit (KrTextField *self)
{
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;

  g_return_if_fail (KR_IS_TEXT_FIELD (self));

  text = get_buffer_text (self);
  stripped = g_strstrip (g_strdup (text));
  if (g_strcmp0 (stripped, text) != 0)
    {
      push (self, stripped);
      set_buffer_text (self, stripped);
    }
  if (self->history != NULL)
    kr_history_stop_merging (self->history);
}

static void
focus_leave_cb (KrTextField *self)
{
  kr_text_field_commit (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KrTextField           *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      mods == 0)
    {
      kr_text_field_commit (self);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* GtkTextView tells the height of the text as it was last laid out, at
 * the width it had then; in a list that is about to give it another
 * width that is the wrong height, and rows overlap or leave gaps. The
 * field works its height out for the width it is offered instead. */
static GtkSizeRequestMode
kr_text_field_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kr_text_field_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KrTextField *self = KR_TEXT_FIELD (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  int width, height;

  GTK_WIDGET_CLASS (kr_text_field_parent_class)->measure (widget, orientation, for_size,
                                                          minimum, natural,
                                                          minimum_baseline, natural_baseline);
  if (orientation != GTK_ORIENTATION_VERTICAL || for_size < 0)
    return;

  text = get_buffer_text (self);
  /* An empty field is as tall as what it asks for. */
  layout = gtk_widget_create_pango_layout (widget, text[0] != '\0' ? text
                                                   : self->placeholder != NULL ? self->placeholder
                                                   : " ");
  width = for_size - gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (1, width) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);
  /* A text that ends in a line break has an empty line after it. */
  if (g_str_has_suffix (text, "\n"))
    height += height / MAX (1, pango_layout_get_line_count (layout));

  *minimum = *natural = height + gtk_text_view_get_top_margin (view) +
                        gtk_text_view_get_bottom_margin (view);
  *minimum_baseline = *natural_baseline = -1;
}

/* GTK 4.8's text view has no placeholder; it is drawn where the first
 * line would start, in the text's colour made faint. */
static void
kr_text_field_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KrTextField *self = KR_TEXT_FIELD (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(PangoLayout) layout = NULL;
  GtkTextIter start;
  GdkRectangle location;
  GdkRGBA colour;
  int x, y;

  GTK_WIDGET_CLASS (kr_text_field_parent_class)->snapshot (widget, snapshot);

  if (self->placeholder == NULL || gtk_text_buffer_get_char_count (buffer) > 0)
    return;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &start, &location);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y, &x, &y);

  layout = gtk_widget_create_pango_layout (widget, self->placeholder);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (1, gtk_widget_get_width (widget) - x -
                                          gtk_text_view_get_right_margin (GTK_TEXT_VIEW (self)))
                                  * PANGO_SCALE);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  colour.alpha *= 0.55;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &colour);
  gtk_snapshot_restore (snapshot);
}

static void
kr_text_field_dispose (GObject *object)
{
  KrTextField *self = KR_TEXT_FIELD (object);

  kr_text_field_bind (self, NULL, NULL, NULL, NULL);

  G_OBJECT_CLASS (kr_text_field_parent_class)->dispose (object);
}

static void
kr_text_field_finalize (GObject *object)
{
  KrTextField *self = KR_TEXT_FIELD (object);

  g_clear_pointer (&self->placeholder, g_free);

  G_OBJECT_CLASS (kr_text_field_parent_class)->finalize (object);
}

static void
kr_text_field_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KrTextField *self = KR_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, self->placeholder);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_text_field_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KrTextField *self = KR_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      kr_text_field_set_placeholder_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_text_field_class_init (KrTextFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_text_field_dispose;
  object_class->finalize = kr_text_field_finalize;
  object_class->get_property = kr_text_field_get_property;
  object_class->set_property = kr_text_field_set_property;
  widget_class->snapshot = kr_text_field_snapshot;
  widget_class->measure = kr_text_field_measure;
  widget_class->get_request_mode = kr_text_field_get_request_mode;

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
kr_text_field_init (KrTextField *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *controller;

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  /* Tab goes on to the next field, as in any form. */
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kr-text-field");

  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
kr_text_field_new (void)
{
  return g_object_new (KR_TYPE_TEXT_FIELD, NULL);
}

void
kr_text_field_bind (KrTextField *self,
                    gpointer     object,
                    const char  *property,
                    KrHistory   *history,
                    const char  *label)
{
  g_autofree char *value = NULL;

  g_return_if_fail (KR_IS_TEXT_FIELD (self));
  g_return_if_fail (object == NULL || (G_IS_OBJECT (object) && property != NULL));

  if (self->object != NULL)
    {
      /* What was typed belongs to the object it was typed for. */
      if (gtk_widget_has_focus (GTK_WIDGET (self)))
        kr_text_field_commit (self);
      g_clear_signal_handler (&self->notify_id, self->object);
    }

  g_set_object (&self->object, object);
  g_set_object (&self->history, history);
  g_free (self->property);
  self->property = g_strdup (property);
  g_free (self->label);
  self->label = g_strdup (label);

  if (self->object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      self->notify_id = g_signal_connect_swapped (self->object, signal,
                                                  G_CALLBACK (object_notify_cb), self);
      value = get_model_text (self);
    }
  set_buffer_text (self, value);
}

const char *
kr_text_field_get_placeholder_text (KrTextField *self)
{
  g_return_val_if_fail (KR_IS_TEXT_FIELD (self), NULL);
  return self->placeholder;
}

void
kr_text_field_set_placeholder_text (KrTextField *self,
                                    const char  *text)
{
  g_return_if_fail (KR_IS_TEXT_FIELD (self));

  if (g_strcmp0 (self->placeholder, text) == 0)
    return;
  g_free (self->placeholder);
  self->placeholder = g_strdup (text);
  /* A screen reader hears what the field asks for. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, text,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

char *
kr_text_field_dup_text (KrTextField *self)
{
  g_return_val_if_fail (KR_IS_TEXT_FIELD (self), NULL);
  return get_buffer_text (self);
}

void
kr_text_field_replace (KrTextField *self,
                       const char  *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (KR_IS_TEXT_FIELD (self));

  /* As typed: the buffer's change pushes the command. */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_set_text (buffer, text ?: "", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}
