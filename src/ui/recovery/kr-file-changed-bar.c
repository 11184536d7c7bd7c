/* kr-file-changed-bar.c: notices when the open file changes on disk
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GFileMonitor says that something happened to the file; its entity tag
 * says whether it is still what the window read or wrote. Only the tag
 * decides, so that the window's own saves, and a monitor that reports a
 * change twice, never show the bar. On a share reached through GVfs
 * (WebDAV, SMB) GIO polls where the server cannot tell, and the window
 * asks again each time it comes to the front.
 */
#define G_LOG_DOMAIN "kr-file-changed-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-accessible.h"
#include "kr-file-changed-bar.h"

/* Several events come for one save by another program; look once after. */
#define CHECK_DELAY_MS 200

struct _KrFileChangedBar
{
  GtkWidget     parent_instance;

  GtkInfoBar   *info_bar;
  GtkLabel     *title_label;
  GtkLabel     *body_label;
  GtkButton    *reload_button;
  GtkButton    *keep_button;
  GtkButton    *copy_button;

  GFile        *file;
  char         *etag;          /* what the window read or wrote */
  char         *disk_etag;     /* what is on disk, as last seen */
  char         *name;
  GFileMonitor *monitor;
  GCancellable *cancellable;
  guint         check_id;
  KrFileState   state;
  /* What the user already answered, so it is not asked again. */
  KrFileState   dismissed_state;
  char         *dismissed_etag;
};

enum {
  RELOAD,
  KEEP,
  SAVE_COPY,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrFileChangedBar, kr_file_changed_bar, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];

static void
update (KrFileChangedBar *self)
{
  const char *name = self->name != NULL ? self->name : "";
  g_autofree char *body = NULL;
  gboolean show;

  show = self->state != KR_FILE_STATE_UNCHANGED &&
         !(self->state == self->dismissed_state &&
           g_strcmp0 (self->disk_etag, self->dismissed_etag) == 0);

  if (self->state == KR_FILE_STATE_DELETED)
    {
      gtk_label_set_text (self->title_label, _("File Deleted on Disk"));
      body = g_strdup_printf (_("“%s” was deleted or moved by someone else. Keep yours to "
                                "save it there again, or save a copy elsewhere."), name);
    }
  else
    {
      gtk_label_set_text (self->title_label, _("File Changed on Disk"));
      body = g_strdup_printf (_("“%s” was changed by someone else. Reload their version, keep "
                                "yours to save over it, or save yours as a copy."), name);
    }
  gtk_label_set_text (self->body_label, body);
  gtk_widget_set_visible (GTK_WIDGET (self->reload_button),
                          self->state != KR_FILE_STATE_DELETED);

  gtk_info_bar_set_revealed (self->info_bar, show);
  /* An unrevealed info bar still takes its place in the box. */
  gtk_widget_set_visible (GTK_WIDGET (self->info_bar), show);
}

static void
set_state (KrFileChangedBar *self,
           KrFileState       state,
           const char       *disk_etag)
{
  gboolean changed = self->state != state;

  self->state = state;
  g_free (self->disk_etag);
  self->disk_etag = g_strdup (disk_etag);
  update (self);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
query_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  KrFileChangedBar *self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (G_FILE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (!g_file_equal (G_FILE (object), self->file))
    return;

  if (info == NULL)
    {
      /* A share that cannot be reached now is not a file someone deleted. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_state (self, KR_FILE_STATE_DELETED, NULL);
      else
        g_debug ("Could not look at the file: %s", error->message);
      return;
    }

  etag = g_file_info_get_etag (info);
  if (self->etag != NULL && etag != NULL && g_strcmp0 (etag, self->etag) != 0)
    set_state (self, KR_FILE_STATE_CHANGED, etag);
  else
    set_state (self, KR_FILE_STATE_UNCHANGED, etag);
}

static gboolean
check_cb (gpointer user_data)
{
  KrFileChangedBar *self = user_data;

  self->check_id = 0;
  kr_file_changed_bar_check (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (KrFileChangedBar  *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

static void
reload_clicked_cb (KrFileChangedBar *self)
{
  g_signal_emit (self, signals[RELOAD], 0);
}

static void
keep_clicked_cb (KrFileChangedBar *self)
{
  g_signal_emit (self, signals[KEEP], 0);
}

static void
copy_clicked_cb (KrFileChangedBar *self)
{
  g_signal_emit (self, signals[SAVE_COPY], 0);
}

static void
stop_watching (KrFileChangedBar *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

static void
kr_file_changed_bar_dispose (GObject *object)
{
  KrFileChangedBar *self = KR_FILE_CHANGED_BAR (object);

  stop_watching (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_FILE_CHANGED_BAR);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (kr_file_changed_bar_parent_class)->dispose (object);
}

static void
kr_file_changed_bar_finalize (GObject *object)
{
  KrFileChangedBar *self = KR_FILE_CHANGED_BAR (object);

  g_free (self->etag);
  g_free (self->disk_etag);
  g_free (self->dismissed_etag);
  g_free (self->name);

  G_OBJECT_CLASS (kr_file_changed_bar_parent_class)->finalize (object);
}

static void
kr_file_changed_bar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KrFileChangedBar *self = KR_FILE_CHANGED_BAR (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_file_changed_bar_class_init (KrFileChangedBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_file_changed_bar_dispose;
  object_class->finalize = kr_file_changed_bar_finalize;
  object_class->get_property = kr_file_changed_bar_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      KR_FILE_STATE_UNCHANGED, KR_FILE_STATE_DELETED, KR_FILE_STATE_UNCHANGED,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[KEEP] = g_signal_new ("keep", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVE_COPY] = g_signal_new ("save-copy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-file-changed-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, info_bar);
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, title_label);
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, body_label);
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, reload_button);
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, keep_button);
  gtk_widget_class_bind_template_child (widget_class, KrFileChangedBar, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, reload_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
}

static void
kr_file_changed_bar_init (KrFileChangedBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would read "_Restore Restore". */
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  update (self);
}

void
kr_file_changed_bar_set_file (KrFileChangedBar *self,
                              GFile            *file,
                              const char       *etag)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KR_IS_FILE_CHANGED_BAR (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_free (self->etag);
  self->etag = g_strdup (etag);
  g_clear_pointer (&self->dismissed_etag, g_free);
  self->dismissed_state = KR_FILE_STATE_UNCHANGED;

  if (self->file == NULL || file == NULL || !g_file_equal (self->file, file))
    {
      stop_watching (self);
      g_set_object (&self->file, file);
      if (file != NULL)
        {
          /* Moves too: another program's save renames a new file over it. */
          self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
          if (self->monitor != NULL)
            g_signal_connect_object (self->monitor, "changed",
                                     G_CALLBACK (monitor_changed_cb), self, G_CONNECT_SWAPPED);
          else
            g_debug ("Cannot watch the file; it is checked when the window is used: %s",
                     error->message);
        }
    }

  set_state (self, KR_FILE_STATE_UNCHANGED, etag);
}

void
kr_file_changed_bar_check (KrFileChangedBar *self)
{
  g_return_if_fail (KR_IS_FILE_CHANGED_BAR (self));

  if (self->file == NULL || self->cancellable != NULL)
    return;

  self->cancellable = g_cancellable_new ();
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, query_cb, self);
}

KrFileState
kr_file_changed_bar_get_state (KrFileChangedBar *self)
{
  g_return_val_if_fail (KR_IS_FILE_CHANGED_BAR (self), KR_FILE_STATE_UNCHANGED);
  return self->state;
}

const char *
kr_file_changed_bar_get_disk_etag (KrFileChangedBar *self)
{
  g_return_val_if_fail (KR_IS_FILE_CHANGED_BAR (self), NULL);
  return self->disk_etag;
}

void
kr_file_changed_bar_set_name (KrFileChangedBar *self,
                              const char       *name)
{
  g_return_if_fail (KR_IS_FILE_CHANGED_BAR (self));

  g_free (self->name);
  self->name = g_strdup (name);
  update (self);
}

void
kr_file_changed_bar_dismiss (KrFileChangedBar *self)
{
  g_return_if_fail (KR_IS_FILE_CHANGED_BAR (self));

  self->dismissed_state = self->state;
  g_free (self->dismissed_etag);
  self->dismissed_etag = g_strdup (self->disk_etag);
  update (self);
}
