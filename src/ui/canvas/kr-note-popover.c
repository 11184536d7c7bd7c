/* kr-note-popover.c: the properties of one note
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kind, experience, channel, moment of truth, red thread and paper colour,
 * and for an idea its owner and status: what a facilitator would otherwise
 * write in the corner of a paper note. The channel is offered from the
 * method's list and the channels the journey already uses.
 * Each change is one command on the history; the popover follows the note,
 * so an undo while it is open shows at once.
 */
#define G_LOG_DOMAIN "kr-note-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-edits.h"
#include "kr-emotion-wheel.h"
#include "kr-accessible.h"
#include "kr-note-popover.h"
#include "kr-suggestions.h"

struct _KrNotePopover
{
  GtkPopover       parent_instance;

  /* Template children */
  GtkScrolledWindow *scroller;
  GtkToggleButton *activity_button;
  GtkToggleButton *pain_button;
  GtkToggleButton *gain_button;
  GtkToggleButton *improvement_button;
  GtkWidget       *valence_row;
  GtkSpinButton   *valence_spin;
  GtkEntry        *channel_entry;
  KrSuggestions   *channel_suggestions;
  GtkWidget       *improvement_box;
  GtkEntry        *owner_entry;
  GtkToggleButton *idea_button;
  GtkToggleButton *planned_button;
  GtkToggleButton *done_button;
  GtkMenuButton   *emotion_button;
  GtkPopover      *emotion_popover;
  GtkWidget       *emotion_wheel;
  GtkButton       *no_emotion_button;
  GtkCheckButton  *moment_check;
  GtkCheckButton  *red_thread_check;
  GtkBox          *colour_box;
  GtkButton       *edit_button;
  GtkButton       *delete_button;

  GPtrArray       *swatches;         /* GtkToggleButton, as colours[] */

  KrJourney       *journey;
  KrHistory       *history;
  KrNote          *note;

  /* Set while the widgets are brought in line with the note, so that
   * their signals do not echo back as commands. */
  gboolean         syncing;
};

enum {
  EDIT_TEXT,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrNotePopover, kr_note_popover, GTK_TYPE_POPOVER)

/* Two short rows of them at most, in a popover that must fit a beamer. */
#define MAX_CHANNELS_SHOWN 8

static guint signals[N_SIGNALS];

/* Paper colours, pale enough that black text stays legible on them. The
 * first is no colour of its own: the kind's paper. */
static const struct
{
  const char *colour;
  const char *css_class;
  const char *name;
} colours[] = {
  { NULL, "swatch-default", N_("Colour of the kind") },
  { "#fff1a8", "swatch-yellow", N_("Yellow") },
  { "#ffd7a8", "swatch-orange", N_("Orange") },
  { "#ffc9de", "swatch-pink", N_("Pink") },
  { "#e2d4f7", "swatch-purple", N_("Purple") },
  { "#c8e1ff", "swatch-blue", N_("Blue") },
  { "#cdf0d5", "swatch-green", N_("Green") },
};

static void
push (KrNotePopover *self,
      KrCommand     *command)
{
  if (command == NULL)
    return;

  if (self->history == NULL)
    {
      g_object_unref (command);
      return;
    }

  kr_history_push (self->history, command);
}

static GtkToggleButton *
kind_button (KrNotePopover *self,
             KrNoteKind     kind)
{
  switch (kind)
    {
    case KR_NOTE_KIND_PAIN:
      return self->pain_button;
    case KR_NOTE_KIND_GAIN:
      return self->gain_button;
    case KR_NOTE_KIND_IMPROVEMENT:
      return self->improvement_button;
    case KR_NOTE_KIND_ACTIVITY:
    default:
      return self->activity_button;
    }
}

/* The method's channels and the journey's own that what is typed could
 * be the start of. */
static void
update_channel_suggestions (KrNotePopover *self)
{
  g_autofree const char **method = kr_method_dup_words (KR_WORDS_CHANNELS);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) matches = NULL;
  GListModel *notes;

  if (self->journey == NULL)
    {
      kr_suggestions_set_words (self->channel_suggestions, NULL, 0);
      return;
    }

  /* Those in use first: a team keeps to its own words. */
  notes = kr_journey_get_notes (self->journey);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      const char *channel = kr_note_get_channel (note);

      if (channel != NULL && channel[0] != '\0' &&
          g_hash_table_add (seen, g_utf8_casefold (channel, -1)))
        g_ptr_array_add (all, g_strdup (channel));
    }
  for (guint i = 0; method[i] != NULL; i++)
    if (g_hash_table_add (seen, g_utf8_casefold (method[i], -1)))
      g_ptr_array_add (all, g_strdup (method[i]));
  g_ptr_array_add (all, NULL);

  matches = kr_method_match_words ((const char * const *) all->pdata,
                                   gtk_editable_get_text (GTK_EDITABLE (self->channel_entry)));
  kr_suggestions_set_words (self->channel_suggestions, matches, MAX_CHANNELS_SHOWN);
}

static void
sync_widgets (KrNotePopover *self)
{
  const char *channel;
  const char *colour;
  gboolean is_activity;

  if (self->note == NULL)
    return;

  self->syncing = TRUE;

  gtk_toggle_button_set_active (kind_button (self, kr_note_get_kind (self->note)), TRUE);

  is_activity = kr_note_get_kind (self->note) == KR_NOTE_KIND_ACTIVITY;
  gtk_widget_set_visible (self->valence_row, is_activity);
  gtk_spin_button_set_value (self->valence_spin, kr_note_get_has_valence (self->note)
                                                   ? kr_note_get_valence (self->note) : 0);

  /* Not while the user is typing in it: the note is only told on Enter
   * or when the entry loses focus. */
  channel = kr_note_get_channel (self->note);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->channel_entry)) &&
      gtk_widget_get_focus_child (GTK_WIDGET (self->channel_entry)) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->channel_entry), channel != NULL ? channel : "");

  {
    const KrEmotion *emotion = kr_emotion_lookup (kr_note_get_emotion (self->note));
    g_autofree char *label = NULL;

    /* TRANSLATORS: the button that opens the emotion wheel for a note */
    label = g_strdup_printf (_("Emotion: %s"), emotion != NULL ? kr_emotion_get_name (emotion)
                                                                 : _("none"));
    gtk_menu_button_set_label (self->emotion_button, label);
    kr_accessible_name_menu_button (GTK_WIDGET (self->emotion_button), label);
    kr_emotion_wheel_set_chosen (KR_EMOTION_WHEEL (self->emotion_wheel),
                                 emotion != NULL ? emotion->id : NULL, NULL);
    gtk_widget_set_sensitive (GTK_WIDGET (self->no_emotion_button), emotion != NULL);
  }

  gtk_widget_set_visible (self->improvement_box,
                          kr_note_get_kind (self->note) == KR_NOTE_KIND_IMPROVEMENT);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->owner_entry)) &&
      gtk_widget_get_focus_child (GTK_WIDGET (self->owner_entry)) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->owner_entry), kr_note_get_owner (self->note) ?: "");
  gtk_toggle_button_set_active (self->idea_button,
                                kr_note_get_status (self->note) == KR_NOTE_STATUS_IDEA);
  gtk_toggle_button_set_active (self->planned_button,
                                kr_note_get_status (self->note) == KR_NOTE_STATUS_PLANNED);
  gtk_toggle_button_set_active (self->done_button,
                                kr_note_get_status (self->note) == KR_NOTE_STATUS_DONE);
  update_channel_suggestions (self);

  gtk_check_button_set_active (self->moment_check, kr_note_get_moment_of_truth (self->note));
  gtk_check_button_set_active (self->red_thread_check, kr_note_get_red_thread (self->note));

  colour = kr_note_get_colour (self->note);
  for (guint i = 0; i < G_N_ELEMENTS (colours); i++)
    {
      gboolean match = colours[i].colour == NULL ? colour == NULL
                       : colour != NULL && g_ascii_strcasecmp (colour, colours[i].colour) == 0;

      gtk_toggle_button_set_active (self->swatches->pdata[i], match);
    }

  self->syncing = FALSE;
}

static void
note_notify_cb (KrNotePopover *self,
                GParamSpec    *pspec,
                KrNote        *note)
{
  sync_widgets (self);
}

static void
kind_toggled_cb (GtkToggleButton *button,
                 KrNotePopover   *self)
{
  KrNoteKind kind;

  if (self->syncing || self->note == NULL || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->pain_button)
    kind = KR_NOTE_KIND_PAIN;
  else if (button == self->gain_button)
    kind = KR_NOTE_KIND_GAIN;
  else if (button == self->improvement_button)
    kind = KR_NOTE_KIND_IMPROVEMENT;
  else
    kind = KR_NOTE_KIND_ACTIVITY;

  if (kind != kr_note_get_kind (self->note))
    push (self, kr_edit_set_note_kind (self->journey, self->note, kind));
}

static void
valence_changed_cb (GtkSpinButton *spin,
                    KrNotePopover *self)
{
  double valence = gtk_spin_button_get_value (spin);

  if (self->syncing || self->note == NULL ||
      kr_note_get_kind (self->note) != KR_NOTE_KIND_ACTIVITY)
    return;

  if (kr_note_get_has_valence (self->note) && kr_note_get_valence (self->note) == valence)
    return;

  push (self, kr_set_command_new (self->note, _("Change Experience"),
                                  "has-valence", TRUE,
                                  "valence", valence,
                                  NULL));
}

static void
commit_channel (KrNotePopover *self)
{
  g_autofree char *channel = NULL;

  if (self->syncing || self->note == NULL)
    return;

  channel = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->channel_entry))));
  if (g_strcmp0 (channel[0] != '\0' ? channel : NULL, kr_note_get_channel (self->note)) == 0)
    return;

  push (self, kr_set_command_new (self->note, _("Change Channel"),
                                  "channel", channel[0] != '\0' ? channel : NULL,
                                  NULL));
}

static void
channel_changed_cb (KrNotePopover *self)
{
  if (!self->syncing)
    update_channel_suggestions (self);
}

static void
channel_picked_cb (KrNotePopover *self,
                   const char    *channel)
{
  gtk_editable_set_text (GTK_EDITABLE (self->channel_entry), channel);
  gtk_editable_set_position (GTK_EDITABLE (self->channel_entry), -1);
  commit_channel (self);
}

static void
commit_owner (KrNotePopover *self)
{
  g_autofree char *owner = NULL;

  if (self->syncing || self->note == NULL)
    return;

  owner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_entry))));
  if (g_strcmp0 (owner[0] != '\0' ? owner : NULL, kr_note_get_owner (self->note)) == 0)
    return;

  push (self, kr_set_command_new (self->note, _("Change Owner"),
                                  "owner", owner[0] != '\0' ? owner : NULL,
                                  NULL));
}

static void
owner_activate_cb (KrNotePopover *self)
{
  commit_owner (self);
}

static void
owner_focus_leave_cb (KrNotePopover *self)
{
  commit_owner (self);
}

/* Three buttons, at most one of them down: a second click on the status
 * there is takes it away again. */
static void
status_toggled_cb (GtkToggleButton *button,
                   KrNotePopover   *self)
{
  KrNoteStatus status = KR_NOTE_STATUS_NONE;

  if (self->syncing || self->note == NULL)
    return;

  if (gtk_toggle_button_get_active (button))
    status = button == self->idea_button ? KR_NOTE_STATUS_IDEA
             : button == self->planned_button ? KR_NOTE_STATUS_PLANNED
             : KR_NOTE_STATUS_DONE;
  else if ((button == self->idea_button && kr_note_get_status (self->note) != KR_NOTE_STATUS_IDEA) ||
           (button == self->planned_button &&
            kr_note_get_status (self->note) != KR_NOTE_STATUS_PLANNED) ||
           (button == self->done_button && kr_note_get_status (self->note) != KR_NOTE_STATUS_DONE))
    return;

  if (status == kr_note_get_status (self->note))
    return;
  push (self, kr_set_command_new (self->note, _("Change Status"), "status", status, NULL));
}

static void
channel_activate_cb (GtkEntry      *entry,
                     KrNotePopover *self)
{
  commit_channel (self);
}

static void
channel_focus_leave_cb (GtkEventControllerFocus *controller,
                        KrNotePopover           *self)
{
  commit_channel (self);
}

static void
moment_toggled_cb (GtkCheckButton *check,
                   KrNotePopover  *self)
{
  gboolean active = gtk_check_button_get_active (check);

  if (self->syncing || self->note == NULL || kr_note_get_moment_of_truth (self->note) == active)
    return;

  push (self, kr_set_command_new (self->note,
                                  active ? _("Mark Moment of Truth") : _("Unmark Moment of Truth"),
                                  "moment-of-truth", active,
                                  NULL));
}

static void
red_thread_toggled_cb (GtkCheckButton *check,
                       KrNotePopover  *self)
{
  gboolean active = gtk_check_button_get_active (check);

  if (self->syncing || self->note == NULL || kr_note_get_red_thread (self->note) == active)
    return;

  push (self, kr_set_command_new (self->note,
                                  active ? _("Add to Red Thread") : _("Remove from Red Thread"),
                                  "red-thread", active,
                                  NULL));
}

static void
swatch_toggled_cb (GtkToggleButton *button,
                   KrNotePopover   *self)
{
  guint index;
  const char *colour;

  if (self->syncing || self->note == NULL || !gtk_toggle_button_get_active (button) ||
      !g_ptr_array_find (self->swatches, button, &index))
    return;

  colour = colours[index].colour;
  if (g_strcmp0 (colour, kr_note_get_colour (self->note)) == 0)
    return;

  push (self, kr_set_command_new (self->note, _("Change Colour"), "colour", colour, NULL));
}

static void
edit_clicked_cb (GtkButton     *button,
                 KrNotePopover *self)
{
  g_autoptr(KrNotePopover) hold = g_object_ref (self);

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[EDIT_TEXT], 0);
}

static void
delete_clicked_cb (GtkButton     *button,
                   KrNotePopover *self)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(KrNote) note = NULL;

  if (self->note == NULL)
    return;

  note = g_object_ref (self->note);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_ptr_array_add (notes, note);
  push (self, kr_edit_delete_notes (self->journey, notes));
}

static void
closed_cb (KrNotePopover *self)
{
  /* A channel or owner typed and left without Enter still counts. */
  commit_channel (self);
  commit_owner (self);
}

static void
kr_note_popover_dispose (GObject *object)
{
  KrNotePopover *self = KR_NOTE_POPOVER (object);

  kr_note_popover_set_note (self, NULL, NULL, NULL);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_NOTE_POPOVER);

  G_OBJECT_CLASS (kr_note_popover_parent_class)->dispose (object);
}

/* The keyboard starts on the note's own kind, not on the first button,
 * which would look chosen as well. */
static void
kr_note_popover_map (GtkWidget *widget)
{
  KrNotePopover *self = KR_NOTE_POPOVER (widget);

  GTK_WIDGET_CLASS (kr_note_popover_parent_class)->map (widget);

  if (self->note != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (kind_button (self, kr_note_get_kind (self->note))));
}

static void
kr_note_popover_class_init (KrNotePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_note_popover_dispose;
  widget_class->map = kr_note_popover_map;

  /**
   * KrNotePopover::edit-text:
   *
   * The user asked to type the note's text; the canvas opens its editor.
   */
  signals[EDIT_TEXT] =
    g_signal_new ("edit-text", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KR_TYPE_EMOTION_WHEEL);
  g_type_ensure (KR_TYPE_SUGGESTIONS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-note-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, scroller);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, activity_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, pain_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, gain_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, improvement_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, valence_row);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, valence_spin);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, channel_entry);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, channel_suggestions);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, improvement_box);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, idea_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, planned_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, done_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, emotion_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, emotion_popover);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, emotion_wheel);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, no_emotion_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, moment_check);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, red_thread_check);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, colour_box);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KrNotePopover, delete_button);
}

static void
set_emotion (KrNotePopover *self,
             const char    *id)
{
  gtk_popover_popdown (self->emotion_popover);
  if (self->note == NULL || self->syncing || g_strcmp0 (id, kr_note_get_emotion (self->note)) == 0)
    return;
  kr_history_push (self->history,
                   kr_set_command_new (self->note, id != NULL ? _("Set Emotion") : _("Clear Emotion"),
                                       "emotion", id, NULL));
}

static void
emotion_picked_cb (KrEmotionWheel *wheel,
                   const char     *id,
                   KrNotePopover  *self)
{
  set_emotion (self, id);
}

static void
no_emotion_clicked_cb (GtkButton     *button,
                       KrNotePopover *self)
{
  set_emotion (self, NULL);
}

static void
kr_note_popover_init (KrNotePopover *self)
{
  GtkEventController *controller;
  GtkToggleButton *first = NULL;
  GtkToggleButton *kinds[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  kinds[0] = self->activity_button;
  kinds[1] = self->pain_button;
  kinds[2] = self->gain_button;
  kinds[3] = self->improvement_button;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect (kinds[i], "toggled", G_CALLBACK (kind_toggled_cb), self);

  g_signal_connect (self->valence_spin, "value-changed", G_CALLBACK (valence_changed_cb), self);
  g_signal_connect (self->channel_entry, "activate", G_CALLBACK (channel_activate_cb), self);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (channel_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->channel_entry), controller);
  g_signal_connect_swapped (self->channel_entry, "changed", G_CALLBACK (channel_changed_cb), self);
  g_signal_connect_swapped (self->channel_suggestions, "picked",
                            G_CALLBACK (channel_picked_cb), self);
  kr_suggestions_set_focusable_buttons (self->channel_suggestions, TRUE);
  g_signal_connect_swapped (self->owner_entry, "activate", G_CALLBACK (owner_activate_cb), self);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (owner_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->owner_entry), controller);
  g_signal_connect (self->idea_button, "toggled", G_CALLBACK (status_toggled_cb), self);
  g_signal_connect (self->planned_button, "toggled", G_CALLBACK (status_toggled_cb), self);
  g_signal_connect (self->done_button, "toggled", G_CALLBACK (status_toggled_cb), self);
  g_signal_connect (self->moment_check, "toggled", G_CALLBACK (moment_toggled_cb), self);
  g_signal_connect (self->red_thread_check, "toggled", G_CALLBACK (red_thread_toggled_cb), self);
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);

  self->swatches = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (colours); i++)
    {
      GtkWidget *swatch = gtk_toggle_button_new ();
      const char *name = g_dgettext (GETTEXT_PACKAGE, colours[i].name);

      gtk_widget_add_css_class (swatch, "swatch");
      gtk_widget_add_css_class (swatch, colours[i].css_class);
      gtk_widget_set_tooltip_text (swatch, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (swatch),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (swatch);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (swatch), first);

      g_signal_connect (swatch, "toggled", G_CALLBACK (swatch_toggled_cb), self);
      gtk_box_append (self->colour_box, swatch);
      g_ptr_array_add (self->swatches, swatch);
    }

  g_signal_connect (self->emotion_wheel, "emotion-picked", G_CALLBACK (emotion_picked_cb), self);
  g_signal_connect (self->no_emotion_button, "clicked", G_CALLBACK (no_emotion_clicked_cb), self);
  g_signal_connect (self->edit_button, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
}

GtkWidget *
kr_note_popover_new (void)
{
  return g_object_new (KR_TYPE_NOTE_POPOVER, NULL);
}

void
kr_note_popover_set_note (KrNotePopover *self,
                          KrJourney     *journey,
                          KrHistory     *history,
                          KrNote        *note)
{
  g_return_if_fail (KR_IS_NOTE_POPOVER (self));

  if (self->note != note)
    {
      commit_channel (self);
      commit_owner (self);
    }

  if (self->note != NULL)
    g_signal_handlers_disconnect_by_func (self->note, note_notify_cb, self);

  g_set_object (&self->journey, journey);
  g_set_object (&self->history, history);
  g_set_object (&self->note, note);

  if (self->note != NULL)
    {
      g_signal_connect_swapped (self->note, "notify", G_CALLBACK (note_notify_cb), self);
      /* The text the user typed for another note is not this one's. */
      self->syncing = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->channel_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->owner_entry), "");
      self->syncing = FALSE;
      sync_widgets (self);
    }
}

KrNote *
kr_note_popover_get_note (KrNotePopover *self)
{
  g_return_val_if_fail (KR_IS_NOTE_POPOVER (self), NULL);

  return self->note;
}

void
kr_note_popover_set_max_height (KrNotePopover *self,
                                int            height)
{
  g_return_if_fail (KR_IS_NOTE_POPOVER (self));

  gtk_scrolled_window_set_max_content_height (self->scroller, MAX (200, height));
}
