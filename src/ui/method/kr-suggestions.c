/* kr-suggestions.c: words to pick, as a row of small buttons
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's words while a note or a channel is typed. The buttons wrap
 * onto a second line where they must, and emit ::picked with their word.
 */
#define G_LOG_DOMAIN "kr-suggestions"

#include "config.h"

#include "kr-suggestions.h"

struct _KrSuggestions
{
  GtkWidget  parent_instance;

  GtkWidget *flow;
  GPtrArray *words;     /* owned strings, as the buttons show them */
  GPtrArray *buttons;
  gboolean   focusable;
};

enum {
  PICKED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrSuggestions, kr_suggestions, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
clicked_cb (GtkButton     *button,
            KrSuggestions *self)
{
  guint index;

  if (g_ptr_array_find (self->buttons, button, &index))
    g_signal_emit (self, signals[PICKED], 0, (const char *) self->words->pdata[index]);
}

static void
kr_suggestions_dispose (GObject *object)
{
  KrSuggestions *self = KR_SUGGESTIONS (object);

  g_clear_pointer (&self->flow, gtk_widget_unparent);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_suggestions_parent_class)->dispose (object);
}

static void
kr_suggestions_class_init (KrSuggestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_suggestions_dispose;

  /**
   * KrSuggestions::picked:
   * @word: the word of the button clicked
   */
  signals[PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "suggestions");
}

static void
kr_suggestions_init (KrSuggestions *self)
{
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->buttons = g_ptr_array_new ();

  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), FALSE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 3);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 4);
  gtk_widget_set_parent (self->flow, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
kr_suggestions_new (void)
{
  return g_object_new (KR_TYPE_SUGGESTIONS, NULL);
}

void
kr_suggestions_set_words (KrSuggestions *self,
                          GPtrArray     *words,
                          guint          max)
{
  GtkWidget *child;
  guint n;

  g_return_if_fail (KR_IS_SUGGESTIONS (self));

  n = words != NULL ? words->len : 0;
  if (max > 0)
    n = MIN (n, max);

  /* The same words stay the same buttons: a click in progress is not
   * lost under the pointer. */
  if (n == self->words->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < n && same; i++)
        same = g_str_equal (words->pdata[i], self->words->pdata[i]);
      if (same)
        return;
    }

  while ((child = gtk_widget_get_first_child (self->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->flow), child);
  g_ptr_array_set_size (self->words, 0);
  g_ptr_array_set_size (self->buttons, 0);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (words->pdata[i]);
      GtkWidget *flow_child;

      gtk_widget_add_css_class (button, "suggestion");
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_set_focusable (button, self->focusable);
      g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), button);
      flow_child = gtk_widget_get_parent (button);
      gtk_widget_set_focusable (flow_child, FALSE);
      g_ptr_array_add (self->words, g_strdup (words->pdata[i]));
      g_ptr_array_add (self->buttons, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

guint
kr_suggestions_get_n_words (KrSuggestions *self)
{
  g_return_val_if_fail (KR_IS_SUGGESTIONS (self), 0);
  return self->words->len;
}

const char *
kr_suggestions_get_word (KrSuggestions *self,
                         guint          index)
{
  g_return_val_if_fail (KR_IS_SUGGESTIONS (self), NULL);
  g_return_val_if_fail (index < self->words->len, NULL);
  return self->words->pdata[index];
}

GtkWidget *
kr_suggestions_get_button (KrSuggestions *self,
                           guint          index)
{
  g_return_val_if_fail (KR_IS_SUGGESTIONS (self), NULL);
  g_return_val_if_fail (index < self->buttons->len, NULL);
  return self->buttons->pdata[index];
}

void
kr_suggestions_set_focusable_buttons (KrSuggestions *self,
                                      gboolean       focusable)
{
  g_return_if_fail (KR_IS_SUGGESTIONS (self));

  self->focusable = focusable;
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_set_focusable (self->buttons->pdata[i], focusable);
}
