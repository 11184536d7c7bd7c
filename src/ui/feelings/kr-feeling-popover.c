/* kr-feeling-popover.c: a phase's feelings, "van … naar …", picked on the wheel
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4 of the method names one or two dominant emotions per phase;
 * usually a phase moves from one feeling to the next. The popover shows the
 * two slots, "From" and "To", above the wheel: a pick fills the slot that is
 * selected, then moves on to "To". Every change is a command on the
 * document's history.
 */
#define G_LOG_DOMAIN "kr-feeling-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-emotion-wheel.h"
#include "kr-accessible.h"
#include "kr-feeling-popover.h"

struct _KrFeelingPopover
{
  GtkPopover      parent_instance;

  GtkToggleButton *from_button;
  GtkToggleButton *to_button;
  GtkLabel        *from_label;
  GtkLabel        *to_label;
  GtkWidget       *swap_button;
  GtkWidget       *clear_button;
  KrEmotionWheel  *wheel;
  GtkEntry        *feeling_entry;

  KrPhase         *phase;
  KrHistory       *history;
};

G_DEFINE_FINAL_TYPE (KrFeelingPopover, kr_feeling_popover, GTK_TYPE_POPOVER)

static const char *
slot_text (const char *id)
{
  const KrEmotion *emotion = kr_emotion_lookup (id);

  /* TRANSLATORS: an empty slot for an emotion */
  return emotion != NULL ? kr_emotion_get_name (emotion) : _("None");
}

static void
sync_from_phase (KrFeelingPopover *self)
{
  const char *from, *to;

  if (self->phase == NULL)
    return;

  from = kr_phase_get_emotion_from (self->phase);
  to = kr_phase_get_emotion_to (self->phase);
  gtk_label_set_label (self->from_label, slot_text (from));
  gtk_label_set_label (self->to_label, slot_text (to));
  kr_emotion_wheel_set_chosen (self->wheel, from, to);
  gtk_widget_set_sensitive (self->swap_button, from != NULL || to != NULL);
  gtk_widget_set_sensitive (self->clear_button,
                            gtk_toggle_button_get_active (self->from_button) ? from != NULL
                                                                              : to != NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->feeling_entry)),
                 kr_phase_get_feeling (self->phase) ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->feeling_entry),
                           kr_phase_get_feeling (self->phase) ?: "");
}

static void
phase_notify_cb (KrFeelingPopover *self)
{
  sync_from_phase (self);
}

/* One command sets both slots, so a pick, a swap or a clear is one step and
 * a phase never has a "to" without a "from". */
static void
set_emotions (KrFeelingPopover *self,
              const char       *from,
              const char       *to,
              const char       *label)
{
  if (from == NULL)
    {
      from = to;
      to = NULL;
    }
  if (g_strcmp0 (from, to) == 0)
    to = NULL;

  if (g_strcmp0 (from, kr_phase_get_emotion_from (self->phase)) == 0 &&
      g_strcmp0 (to, kr_phase_get_emotion_to (self->phase)) == 0)
    return;

  kr_history_push (self->history,
                   kr_set_command_new (self->phase, label,
                                       "emotion-from", from,
                                       "emotion-to", to,
                                       NULL));
}

static void
emotion_picked_cb (KrFeelingPopover *self,
                   const char       *id)
{
  const char *from, *to;

  g_return_if_fail (self->phase != NULL);

  from = kr_phase_get_emotion_from (self->phase);
  to = kr_phase_get_emotion_to (self->phase);

  if (gtk_toggle_button_get_active (self->to_button) && from != NULL)
    set_emotions (self, from, id, _("Set Feeling"));
  else
    {
      set_emotions (self, id, to, _("Set Feeling"));
      /* The usual story is "from … to …": after the first, pick the second. */
      gtk_toggle_button_set_active (self->to_button, TRUE);
    }
}

static void
swap_clicked_cb (KrFeelingPopover *self)
{
  set_emotions (self, kr_phase_get_emotion_to (self->phase),
                kr_phase_get_emotion_from (self->phase), _("Swap Feelings"));
}

static void
clear_clicked_cb (KrFeelingPopover *self)
{
  if (gtk_toggle_button_get_active (self->from_button))
    set_emotions (self, NULL, kr_phase_get_emotion_to (self->phase), _("Clear Feeling"));
  else
    set_emotions (self, kr_phase_get_emotion_from (self->phase), NULL, _("Clear Feeling"));
}

static void
slot_toggled_cb (KrFeelingPopover *self)
{
  sync_from_phase (self);
}

static void
commit_feeling_text (KrFeelingPopover *self)
{
  const char *text;

  if (self->phase == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->feeling_entry));
  if (g_strcmp0 (text, kr_phase_get_feeling (self->phase) ?: "") == 0)
    return;
  kr_history_push (self->history,
                   kr_set_command_new (self->phase, _("Edit Feeling"),
                                       "feeling", *text != '\0' ? text : NULL,
                                       NULL));
}

static void
feeling_activate_cb (KrFeelingPopover *self)
{
  commit_feeling_text (self);
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Typed text is kept when the popover closes by a click elsewhere too. */
static void
kr_feeling_popover_closed (GtkPopover *popover)
{
  commit_feeling_text (KR_FEELING_POPOVER (popover));

  if (GTK_POPOVER_CLASS (kr_feeling_popover_parent_class)->closed != NULL)
    GTK_POPOVER_CLASS (kr_feeling_popover_parent_class)->closed (popover);
}

static void
kr_feeling_popover_dispose (GObject *object)
{
  KrFeelingPopover *self = KR_FEELING_POPOVER (object);

  kr_feeling_popover_set_phase (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_FEELING_POPOVER);

  G_OBJECT_CLASS (kr_feeling_popover_parent_class)->dispose (object);
}

static void
kr_feeling_popover_class_init (KrFeelingPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->dispose = kr_feeling_popover_dispose;
  popover_class->closed = kr_feeling_popover_closed;

  g_type_ensure (KR_TYPE_EMOTION_WHEEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-feeling-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, from_button);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, to_button);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, from_label);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, to_label);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, swap_button);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, clear_button);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, wheel);
  gtk_widget_class_bind_template_child (widget_class, KrFeelingPopover, feeling_entry);
  gtk_widget_class_bind_template_callback (widget_class, emotion_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, swap_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, slot_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, feeling_activate_cb);
}

static void
kr_feeling_popover_init (KrFeelingPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_toggle_button_set_active (self->from_button, TRUE);
}

GtkWidget *
kr_feeling_popover_new (void)
{
  return g_object_new (KR_TYPE_FEELING_POPOVER, NULL);
}

void
kr_feeling_popover_set_phase (KrFeelingPopover *self,
                              KrPhase          *phase,
                              KrHistory        *history)
{
  g_return_if_fail (KR_IS_FEELING_POPOVER (self));
  g_return_if_fail (phase == NULL || KR_IS_HISTORY (history));

  if (self->phase != NULL)
    g_signal_handlers_disconnect_by_data (self->phase, self);
  g_set_object (&self->phase, phase);
  g_set_object (&self->history, history);

  if (phase == NULL)
    return;

  g_signal_connect_swapped (phase, "notify", G_CALLBACK (phase_notify_cb), self);
  /* Start with the slot that is still empty. */
  gtk_toggle_button_set_active (kr_phase_get_emotion_from (phase) != NULL &&
                                kr_phase_get_emotion_to (phase) == NULL
                                  ? self->to_button : self->from_button, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->feeling_entry), kr_phase_get_feeling (phase) ?: "");
  sync_from_phase (self);
}

GtkWidget *
kr_feeling_popover_get_wheel (KrFeelingPopover *self)
{
  g_return_val_if_fail (KR_IS_FEELING_POPOVER (self), NULL);
  return GTK_WIDGET (self->wheel);
}

/* The wheel's own size, and the least it may shrink to and still read. */
#define WHEEL_SIZE     380
#define WHEEL_SIZE_MIN 240

void
kr_feeling_popover_set_max_height (KrFeelingPopover *self,
                                   int               height)
{
  int natural, size;

  g_return_if_fail (KR_IS_FEELING_POPOVER (self));

  gtk_widget_set_size_request (GTK_WIDGET (self->wheel), WHEEL_SIZE, WHEEL_SIZE);
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  if (natural <= height)
    return;

  size = MAX (WHEEL_SIZE_MIN, WHEEL_SIZE - (natural - height));
  gtk_widget_set_size_request (GTK_WIDGET (self->wheel), size, size);
}
