/* kr-recovery-row.c: one recovered journey, with what can be done with it
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row says what the journey is (its title), when the copy was made and
 * where the original lives, and offers the three choices: restore it,
 * compare it with the saved file, or discard it. The comparison reads the
 * saved file in a thread, since it may be on a slow share.
 */
#define G_LOG_DOMAIN "kr-recovery-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kr-accessible.h"
#include "kr-recovery-row.h"

/* More changes than this are summed up in one line. */
#define MAX_CHANGES_SHOWN 40

struct _KrRecoveryRow
{
  GtkListBoxRow    parent_instance;

  GtkImage        *icon;
  GtkLabel        *title_label;
  GtkLabel        *when_label;
  GtkLabel        *place_label;
  GtkToggleButton *compare_button;
  GtkButton       *discard_button;
  GtkButton       *restore_button;
  GtkRevealer     *changes_revealer;
  GtkBox          *changes_box;

  KrRecoveryItem  *item;
  GCancellable    *compare_cancellable;
  guint            compared : 1;
};

enum {
  RESTORE,
  DISCARD,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrRecoveryRow, kr_recovery_row, GTK_TYPE_LIST_BOX_ROW)

static guint signals[N_SIGNALS];

char *
kr_recovery_describe_time (GDateTime *when,
                           GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;
  int days;

  if (when == NULL)
    return g_strdup (_("Unknown time"));

  local = g_date_time_to_local (when);
  days = g_date_time_get_day_of_year (now) - g_date_time_get_day_of_year (local);
  if (g_date_time_get_year (now) != g_date_time_get_year (local))
    days = G_MAXINT;

  /* TRANSLATORS: when a recovery copy was made: strftime formats, with
   * the time of day as in your language */
  if (days == 0)
    return g_date_time_format (local, _("Changed today at %H:%M"));
  if (days == 1)
    return g_date_time_format (local, _("Changed yesterday at %H:%M"));
  return g_date_time_format (local, _("Changed on %-d %B %Y at %H:%M"));
}

char *
kr_recovery_describe_place (GFile *original)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  if (original == NULL)
    return g_strdup (_("Never saved"));

  parent = g_file_get_parent (original);
  name = g_file_get_basename (original);
  path = parent != NULL ? g_file_get_path (parent) : NULL;
  if (path != NULL)
    {
      const char *home = g_get_home_dir ();

      /* The way a file manager shows the home folder. */
      if (g_str_has_prefix (path, home) && (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
        folder = g_strconcat ("~", path + strlen (home), NULL);
      else
        folder = g_filename_display_name (path);
    }
  else if (parent != NULL)
    {
      folder = g_file_get_parse_name (parent);
    }

  if (folder == NULL)
    return g_filename_display_name (name);

  {
    g_autofree char *shown = g_filename_display_name (name);

    /* TRANSLATORS: where a recovered journey was saved: a file name, then
     * its folder */
    return g_strdup_printf (_("%s in %s"), shown, folder);
  }
}

static const char *
kind_name (KrNoteKind kind)
{
  switch (kind)
    {
    case KR_NOTE_KIND_PAIN:
      return C_("note kind in a sentence", "pain");
    case KR_NOTE_KIND_GAIN:
      return C_("note kind in a sentence", "gain");
    case KR_NOTE_KIND_IMPROVEMENT:
      return C_("note kind in a sentence", "improvement");
    case KR_NOTE_KIND_ACTIVITY:
    default:
      return C_("note kind in a sentence", "activity");
    }
}

/* A note's text in one line, shortened where it is long. */
static char *
quote (const char *text)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");
  g_autofree char *shown = NULL;

  g_strdelimit (flat, "\n\t", ' ');
  g_strstrip (flat);
  if (g_utf8_strlen (flat, -1) > 80)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, 79);

      shown = g_strconcat (cut, "…", NULL);
    }
  else
    {
      shown = g_steal_pointer (&flat);
    }

  /* TRANSLATORS: a quoted text in the list of changes */
  return g_strdup_printf (_("“%s”"), shown);
}

char *
kr_recovery_describe_change (const KrJourneyChange *change)
{
  g_autofree char *old_text = quote (change->old_text);
  g_autofree char *new_text = quote (change->new_text);
  const char *kind = kind_name (change->note_kind);
  const char *phase = change->phase != NULL ? change->phase : "";

  switch (change->kind)
    {
    case KR_JOURNEY_CHANGE_TITLE:
      return g_strdup_printf (_("The journey was renamed %s"), new_text);
    case KR_JOURNEY_CHANGE_PHASE_ADDED:
      return g_strdup_printf (_("Added phase %s"), new_text);
    case KR_JOURNEY_CHANGE_PHASE_REMOVED:
      return g_strdup_printf (_("Removed phase %s"), old_text);
    case KR_JOURNEY_CHANGE_PHASE_CHANGED:
      if (change->parts & KR_CHANGED_TEXT)
        return g_strdup_printf (_("Renamed phase %s to %s"), old_text, new_text);
      if (change->parts & KR_CHANGED_PLACE)
        return g_strdup_printf (_("Moved phase %s"), new_text);
      return g_strdup_printf (_("Changed the feeling, curve or scores of phase %s"), new_text);
    case KR_JOURNEY_CHANGE_NOTE_ADDED:
      /* TRANSLATORS: a change: a note's kind, its text, then its phase */
      return g_strdup_printf (_("Added %s %s in “%s”"), kind, new_text, phase);
    case KR_JOURNEY_CHANGE_NOTE_REMOVED:
      return g_strdup_printf (_("Removed %s %s from “%s”"), kind, old_text, phase);
    case KR_JOURNEY_CHANGE_NOTE_CHANGED:
      if (change->parts & KR_CHANGED_TEXT)
        return g_strdup_printf (_("Changed %s %s to %s"), kind, old_text, new_text);
      if (change->parts & KR_CHANGED_PLACE)
        return g_strdup_printf (_("Moved %s %s"), kind, new_text);
      return g_strdup_printf (_("Changed the details of %s %s"), kind, new_text);
    case KR_JOURNEY_CHANGE_DETAILS:
    default:
      return g_strdup (_("Changed the scope, personas or other details of the journey"));
    }
}

static const char *
change_icon (const KrJourneyChange *change)
{
  switch (change->kind)
    {
    case KR_JOURNEY_CHANGE_PHASE_ADDED:
    case KR_JOURNEY_CHANGE_NOTE_ADDED:
      return "list-add-symbolic";
    case KR_JOURNEY_CHANGE_PHASE_REMOVED:
    case KR_JOURNEY_CHANGE_NOTE_REMOVED:
      return "list-remove-symbolic";
    default:
      return "document-edit-symbolic";
    }
}

static void
add_line (KrRecoveryRow *self,
          const char    *icon_name,
          const char    *text)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);

  if (icon_name != NULL)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "dim-label");
      gtk_box_append (GTK_BOX (line), icon);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (self->changes_box, line);
}

static void
clear_lines (KrRecoveryRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_box))) != NULL)
    gtk_box_remove (self->changes_box, child);
}

static void
show_changes (KrRecoveryRow *self,
              GPtrArray     *changes)
{
  clear_lines (self);

  if (changes->len == 0)
    add_line (self, NULL, _("The recovered journey is the same as the saved file."));

  for (guint i = 0; i < changes->len && i < MAX_CHANGES_SHOWN; i++)
    {
      const KrJourneyChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = kr_recovery_describe_change (change);

      add_line (self, change_icon (change), text);
    }

  if (changes->len > MAX_CHANGES_SHOWN)
    {
      guint rest = changes->len - MAX_CHANGES_SHOWN;
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more change",
                                                         "and %u more changes", rest), rest);

      add_line (self, NULL, more);
    }
}

static void
compare_thread_func (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *original = task_data;
  GError *error = NULL;
  KrJourney *saved = kr_journey_load_file (original, NULL, NULL, cancellable, &error);

  if (saved == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, saved, g_object_unref);
}

static void
compare_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  KrRecoveryRow *self = KR_RECOVERY_ROW (object);
  g_autoptr(KrJourney) saved = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  saved = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->compare_cancellable);

  if (saved == NULL)
    {
      g_autofree char *text = NULL;

      clear_lines (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        text = g_strdup (_("The saved file is no longer there: restoring the journey keeps "
                           "all of it."));
      else
        text = g_strdup_printf (_("The saved file could not be read: %s"), error->message);
      add_line (self, "dialog-warning-symbolic", text);
    }
  else
    {
      changes = kr_journey_diff (saved, kr_recovery_item_get_journey (self->item));
      show_changes (self, changes);
    }

  self->compared = TRUE;
  gtk_revealer_set_reveal_child (self->changes_revealer, TRUE);
}

static void
compare_toggled_cb (KrRecoveryRow *self)
{
  g_autoptr(GTask) task = NULL;
  GFile *original;

  if (!gtk_toggle_button_get_active (self->compare_button))
    {
      g_cancellable_cancel (self->compare_cancellable);
      g_clear_object (&self->compare_cancellable);
      gtk_revealer_set_reveal_child (self->changes_revealer, FALSE);
      return;
    }

  /* Read again each time: the saved file may have changed meanwhile. */
  self->compared = FALSE;
  self->compare_cancellable = g_cancellable_new ();
  original = kr_recovery_item_dup_original (self->item);
  task = g_task_new (self, self->compare_cancellable, compare_cb, NULL);
  g_task_set_source_tag (task, compare_toggled_cb);
  g_task_set_task_data (task, original, g_object_unref);
  g_task_run_in_thread (task, compare_thread_func);
}

static void
discard_clicked_cb (KrRecoveryRow *self)
{
  g_signal_emit (self, signals[DISCARD], 0);
}

static void
restore_clicked_cb (KrRecoveryRow *self)
{
  g_signal_emit (self, signals[RESTORE], 0);
}

static void
kr_recovery_row_dispose (GObject *object)
{
  KrRecoveryRow *self = KR_RECOVERY_ROW (object);

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_RECOVERY_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (kr_recovery_row_parent_class)->dispose (object);
}

static void
kr_recovery_row_class_init (KrRecoveryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_recovery_row_dispose;

  signals[RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DISCARD] = g_signal_new ("discard", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-recovery-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, icon);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, discard_button);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, changes_revealer);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryRow, changes_box);
  gtk_widget_class_bind_template_callback (widget_class, compare_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, discard_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, restore_clicked_cb);
}

static void
kr_recovery_row_init (KrRecoveryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would read "_Restore Restore". */
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}

GtkWidget *
kr_recovery_row_new (KrRecoveryItem *item)
{
  KrRecoveryRow *self;
  KrJourney *journey;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = NULL;
  g_autofree char *place = NULL;
  const char *title = NULL;

  g_return_val_if_fail (KR_IS_RECOVERY_ITEM (item), NULL);

  self = g_object_new (KR_TYPE_RECOVERY_ROW, NULL);
  self->item = g_object_ref (item);
  journey = kr_recovery_item_get_journey (item);
  original = kr_recovery_item_dup_original (item);

  if (journey != NULL)
    title = kr_journey_get_title (journey);
  if (title == NULL || title[0] == '\0')
    title = _("New Journey");
  gtk_label_set_text (self->title_label, title);

  when = kr_recovery_describe_time (kr_recovery_copy_get_saved (kr_recovery_item_get_copy (item)),
                                    now);
  gtk_label_set_text (self->when_label, when);
  place = kr_recovery_describe_place (original);
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_parse_name (original);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->place_label), uri);
    }
  gtk_label_set_text (self->place_label, place);

  /* A damaged copy can only go; a journey never saved has nothing to be
   * compared with. */
  if (journey == NULL)
    {
      g_autofree char *damaged = g_strdup_printf (_("This copy cannot be read: %s"),
                                                  kr_recovery_item_get_error (item));

      gtk_label_set_text (self->place_label, damaged);
      gtk_image_set_from_icon_name (self->icon, "dialog-warning-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (self->restore_button), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), journey != NULL && original != NULL);

  return GTK_WIDGET (self);
}

KrRecoveryItem *
kr_recovery_row_get_item (KrRecoveryRow *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_ROW (self), NULL);
  return self->item;
}

gboolean
kr_recovery_row_get_compared (KrRecoveryRow *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_ROW (self), FALSE);
  return self->compared;
}
