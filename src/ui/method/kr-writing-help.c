/* kr-writing-help.c: the method's writing guide while an activity is typed
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's guide to writing an activity is "Ik" + verb + channel +
 * reason: "Ik bel de gemeente om te vragen waar mijn paspoort blijft omdat
 * ik morgen op reis ga". Under the note being typed, a slim strip shows
 * where in that guide the text is and offers the method's words for the
 * next part, with the channels the journey already uses among them.
 *
 * It must never stand in a fast typist's way: it takes no focus, it does
 * nothing to Enter, Shift+Enter, Tab or Escape, and it leaves no trace in
 * the text unless asked. A click on a word puts it in place of the word
 * being typed; so does the Right arrow at the very end of the text, which
 * would otherwise do nothing.
 */
#define G_LOG_DOMAIN "kr-writing-help"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-writing-help.h"

/* More would not be read at a glance. */
#define MAX_WORDS 6

struct _KrWritingHelp
{
  GtkPopover     parent_instance;

  GtkLabel      *guide;
  KrSuggestions *suggestions;

  GtkTextView   *view;
  GtkEventController *keys;
  KrJourney     *journey;
  GStrv          channels;      /* the method's and the journey's own */
  gsize          word_start;    /* byte offset of the word being typed */
  gboolean       active;
};

G_DEFINE_FINAL_TYPE (KrWritingHelp, kr_writing_help, GTK_TYPE_POPOVER)

/* The method's channels, and after them those the journey uses that the
 * method lacks, as the team wrote them. */
static GStrv
collect_channels (KrJourney *journey)
{
  g_autofree const char **method = kr_method_dup_words (KR_WORDS_CHANNELS);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *notes = journey != NULL ? kr_journey_get_notes (journey) : NULL;

  for (guint i = 0; method[i] != NULL; i++)
    if (g_hash_table_add (seen, g_utf8_casefold (method[i], -1)))
      g_strv_builder_add (builder, method[i]);

  for (guint i = 0; notes != NULL && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      const char *channel = kr_note_get_channel (note);

      if (channel != NULL && channel[0] != '\0' &&
          g_hash_table_add (seen, g_utf8_casefold (channel, -1)))
        g_strv_builder_add (builder, channel);
    }

  return g_strv_builder_end (builder);
}

static char *
text_to_cursor (KrWritingHelp *self,
                GtkTextIter   *cursor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_mark (buffer, cursor, gtk_text_buffer_get_insert (buffer));
  return gtk_text_buffer_get_text (buffer, &start, cursor, FALSE);
}

static void
set_guide (KrWritingHelp *self,
           KrGuideStep    step)
{
  const char *parts[] = {
    kr_method_get_first_word (self->journey != NULL ? kr_journey_get_language (self->journey)
                                                    : NULL),
    /* TRANSLATORS: the parts of the method's writing guide for an
     * activity: "Ik" + werkwoord + kanaal + reden */
    C_("writing guide", "verb"),
    C_("writing guide", "channel"),
    C_("writing guide", "reason"),
  };
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (parts[i] != NULL ? parts[i] : "I", -1);

      if (i > 0)
        g_string_append (markup, " + ");
      if (i == step)
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
    }
  gtk_label_set_markup (self->guide, markup->str);
  g_string_free (markup, TRUE);
}

static void
update (KrWritingHelp *self)
{
  g_autofree const char **verbs = NULL;
  g_autofree const char **motives = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *text = NULL;
  const char *first[2] = { NULL, NULL };
  const char *prefix;
  GtkTextIter cursor;
  KrGuideStep step;

  if (self->view == NULL)
    return;

  text = text_to_cursor (self, &cursor);
  step = kr_method_guide (text, (const char * const *) self->channels, &self->word_start);
  prefix = text + self->word_start;
  verbs = kr_method_dup_words (KR_WORDS_VERBS);
  motives = kr_method_dup_words (KR_WORDS_MOTIVES);
  first[0] = kr_method_get_first_word (self->journey != NULL
                                         ? kr_journey_get_language (self->journey) : NULL);

  switch (step)
    {
    case KR_GUIDE_FIRST_WORD:
      words = kr_method_match_words (first, prefix);
      break;
    case KR_GUIDE_VERB:
      words = kr_method_match_words (verbs, prefix);
      break;
    case KR_GUIDE_CHANNEL:
      words = kr_method_match_words ((const char * const *) self->channels, prefix);
      break;
    case KR_GUIDE_REASON:
      words = kr_method_match_words (motives, prefix);
      break;
    case KR_GUIDE_DONE:
    default:
      words = g_ptr_array_new ();
      break;
    }

  /* A word of another part, once two letters say which: the guide is a
   * help, not an order. */
  if (words->len == 0 && g_utf8_strlen (prefix, -1) >= 2)
    {
      const char * const *others[] = {
        (const char * const *) self->channels, motives, verbs,
      };

      for (guint i = 0; i < G_N_ELEMENTS (others) && words->len == 0; i++)
        {
          g_ptr_array_unref (words);
          words = kr_method_match_words (others[i], prefix);
        }
    }

  set_guide (self, step);
  kr_suggestions_set_words (self->suggestions, words, MAX_WORDS);
  self->active = words->len > 0;
  gtk_widget_set_visible (GTK_WIDGET (self), self->active);
}

/* The word picked takes the place of what is typed of it, with a space
 * after it to go on typing. */
static void
pick (KrWritingHelp *self,
      const char    *word)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autofree char *text = NULL;
  GtkTextIter start, cursor;
  g_autofree char *inserted = NULL;

  text = text_to_cursor (self, &cursor);
  gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                      g_utf8_pointer_to_offset (text, text + self->word_start));
  inserted = gtk_text_iter_get_char (&cursor) == ' ' ? g_strdup (word)
                                                     : g_strconcat (word, " ", NULL);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &cursor);
  gtk_text_buffer_insert (buffer, &start, inserted, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
picked_cb (KrWritingHelp *self,
           const char    *word)
{
  if (self->view != NULL)
    pick (self, word);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KrWritingHelp         *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter cursor;

  if ((keyval != GDK_KEY_Right && keyval != GDK_KEY_KP_Right) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 || !self->active)
    return GDK_EVENT_PROPAGATE;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (!gtk_text_iter_is_end (&cursor) || gtk_text_buffer_get_has_selection (buffer))
    return GDK_EVENT_PROPAGATE;

  pick (self, kr_suggestions_get_word (self->suggestions, 0));
  return GDK_EVENT_STOP;
}

static void
kr_writing_help_dispose (GObject *object)
{
  KrWritingHelp *self = KR_WRITING_HELP (object);

  kr_writing_help_attach (self, NULL, NULL);

  G_OBJECT_CLASS (kr_writing_help_parent_class)->dispose (object);
}

static void
kr_writing_help_class_init (KrWritingHelpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_writing_help_dispose;
}

static void
kr_writing_help_init (KrWritingHelp *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  /* Beside the typing, never in its way: no focus, no closing on a
   * click elsewhere, no arrow to point at what is plain to see. */
  gtk_popover_set_autohide (GTK_POPOVER (self), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self), GTK_POS_BOTTOM);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "writing-help");

  self->guide = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->guide, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->guide), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->guide), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->guide),
                               _("The method's way to write an activity. Click a word, or "
                                 "press → at the end of the text for the first."));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->guide));

  self->suggestions = KR_SUGGESTIONS (kr_suggestions_new ());
  g_signal_connect_swapped (self->suggestions, "picked", G_CALLBACK (picked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->suggestions));
  gtk_widget_set_size_request (box, 360, -1);

  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
kr_writing_help_new (void)
{
  return g_object_new (KR_TYPE_WRITING_HELP, NULL);
}

void
kr_writing_help_attach (KrWritingHelp *self,
                        GtkTextView   *view,
                        KrJourney     *journey)
{
  g_return_if_fail (KR_IS_WRITING_HELP (self));

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (self->view), self);
      gtk_widget_remove_controller (GTK_WIDGET (self->view), self->keys);
      self->keys = NULL;
    }
  g_set_object (&self->view, view);
  g_set_object (&self->journey, journey);
  g_clear_pointer (&self->channels, g_strfreev);
  self->active = FALSE;

  if (view == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  self->channels = collect_channels (journey);
  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "changed",
                            G_CALLBACK (update), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "notify::cursor-position",
                            G_CALLBACK (update), self);
  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect (self->keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), self->keys);
  update (self);
}

GtkTextView *
kr_writing_help_get_view (KrWritingHelp *self)
{
  g_return_val_if_fail (KR_IS_WRITING_HELP (self), NULL);
  return self->view;
}

gboolean
kr_writing_help_get_active (KrWritingHelp *self)
{
  g_return_val_if_fail (KR_IS_WRITING_HELP (self), FALSE);
  return self->active;
}

KrSuggestions *
kr_writing_help_get_suggestions (KrWritingHelp *self)
{
  g_return_val_if_fail (KR_IS_WRITING_HELP (self), NULL);
  return self->suggestions;
}
