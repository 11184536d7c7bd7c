/* kr-autosave.c: keeps a recovery copy of a journey with unsaved changes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main thread only makes the canonical bytes, which for a workshop's
 * journey takes a fraction of a millisecond (kr-bench recovery); writing
 * them, with the fsync that makes them survive a power cut, happens in a
 * thread of its own, so the canvas never waits for the disk. A write that
 * fails is tried again later, ever less often, and never reaches the user
 * as an error dialog: kr_autosave_get_failing () turns TRUE once, for the
 * window to mention.
 */
#define G_LOG_DOMAIN "kr-autosave"

#include "config.h"

#include "kr-autosave.h"
#include "kr-journey-io.h"

struct _KrAutosave
{
  GObject         parent_instance;

  char           *dir;
  KrJourney      *journey;
  KrHistory      *history;
  KrRecoveryCopy *copy;
  char           *original_uri;
  char           *original_etag;

  /* Changes that no copy on disk has yet. */
  guint           dirty : 1;
  /* A write is under way; another was asked for meanwhile. */
  guint           busy : 1;
  guint           pending : 1;
  /* The copy goes once the write under way is done. */
  guint           discard_after : 1;
  guint           failing : 1;

  guint           quiet_ms;
  guint           max_delay_ms;
  guint           retry_ms;
  guint           quiet_id;
  guint           deadline_id;
  guint           retry_id;
  guint           failures;
  GError         *error;
  guint           n_written;
};

enum {
  PROP_0,
  PROP_BUSY,
  PROP_FAILING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrAutosave, kr_autosave, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  KrRecoveryCopy *copy;
  GBytes         *bytes;
  char           *original_uri;
  char           *original_etag;
  GDateTime      *saved;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->copy);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->original_uri);
  g_free (data->original_etag);
  g_clear_pointer (&data->saved, g_date_time_unref);
  g_free (data);
}

static void
set_busy (KrAutosave *self,
          gboolean    busy)
{
  if (self->busy == !!busy)
    return;
  self->busy = !!busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
clear_timers (KrAutosave *self)
{
  g_clear_handle_id (&self->quiet_id, g_source_remove);
  g_clear_handle_id (&self->deadline_id, g_source_remove);
}

static gboolean
is_modified (KrAutosave *self)
{
  return self->history != NULL && kr_history_get_modified (self->history);
}

static WriteData *
prepare_write (KrAutosave *self)
{
  WriteData *data = g_new0 (WriteData, 1);

  if (self->copy == NULL)
    self->copy = kr_recovery_copy_new (self->dir);

  data->copy = g_object_ref (self->copy);
  data->bytes = kr_journey_to_bytes (self->journey);
  data->original_uri = g_strdup (self->original_uri);
  data->original_etag = g_strdup (self->original_etag);
  data->saved = g_date_time_new_now_local ();
  self->dirty = FALSE;
  return data;
}

static void
write_thread_func (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (kr_recovery_copy_write (data->copy, data->bytes, data->original_uri,
                              data->original_etag, data->saved, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean retry_cb (gpointer user_data);

static void
write_done (KrAutosave *self,
            WriteData  *data,
            GError     *error)
{
  if (error == NULL)
    {
      kr_recovery_copy_set_written (data->copy, data->original_uri, data->original_etag,
                                    data->saved);
      self->n_written++;
      self->failures = 0;
      g_clear_error (&self->error);
      if (self->failing)
        {
          self->failing = FALSE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILING]);
        }
    }
  else
    {
      guint delay = self->retry_ms;

      g_debug ("Recovery copy not written: %s", error->message);
      g_clear_error (&self->error);
      self->error = g_error_copy (error);
      self->failures++;
      /* What was not written is still to be written. */
      self->dirty = TRUE;
      for (guint i = 1; i < self->failures && delay < KR_AUTOSAVE_RETRY_MAX_MS; i++)
        delay *= 2;
      g_clear_handle_id (&self->retry_id, g_source_remove);
      self->retry_id = g_timeout_add (MAX (MIN (delay, KR_AUTOSAVE_RETRY_MAX_MS), self->retry_ms),
                                      retry_cb, self);
      if (self->failures >= KR_AUTOSAVE_FAILURES_TOLD && !self->failing)
        {
          self->failing = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILING]);
        }
    }

  /* Saved or discarded while the bytes were on their way. */
  if (self->discard_after)
    {
      self->discard_after = FALSE;
      kr_recovery_copy_clear (data->copy);
    }
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  KrAutosave *self = KR_AUTOSAVE (object);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  write_done (self, data, error);
  set_busy (self, FALSE);

  if (self->pending)
    {
      self->pending = FALSE;
      kr_autosave_write_now (self);
    }
}

/* Either timer writes, and the other is no longer needed. */
static gboolean
quiet_cb (gpointer user_data)
{
  KrAutosave *self = user_data;

  self->quiet_id = 0;
  clear_timers (self);
  kr_autosave_write_now (self);
  return G_SOURCE_REMOVE;
}

static gboolean
deadline_cb (gpointer user_data)
{
  KrAutosave *self = user_data;

  self->deadline_id = 0;
  clear_timers (self);
  kr_autosave_write_now (self);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_cb (gpointer user_data)
{
  KrAutosave *self = user_data;

  self->retry_id = 0;
  kr_autosave_write_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (KrAutosave *self)
{
  self->dirty = TRUE;

  /* While writes fail, the next try is already set, further off. */
  if (self->retry_id != 0)
    return;

  g_clear_handle_id (&self->quiet_id, g_source_remove);
  self->quiet_id = g_timeout_add (self->quiet_ms, quiet_cb, self);
  if (self->deadline_id == 0)
    self->deadline_id = g_timeout_add (self->max_delay_ms, deadline_cb, self);
}

static void
journey_changed_cb (KrAutosave *self)
{
  if (is_modified (self))
    schedule (self);
}

static void
history_notify_modified_cb (KrAutosave *self)
{
  /* Back where the file on disk is: nothing to recover. */
  if (!is_modified (self))
    kr_autosave_discard (self);
  else
    schedule (self);
}

static void
disconnect_document (KrAutosave *self)
{
  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (self->journey, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->journey);
  g_clear_object (&self->history);
}

static void
kr_autosave_dispose (GObject *object)
{
  KrAutosave *self = KR_AUTOSAVE (object);

  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  disconnect_document (self);

  G_OBJECT_CLASS (kr_autosave_parent_class)->dispose (object);
}

static void
kr_autosave_finalize (GObject *object)
{
  KrAutosave *self = KR_AUTOSAVE (object);

  /* A copy still on disk stays there, for the next start to offer. */
  g_clear_object (&self->copy);
  g_free (self->dir);
  g_free (self->original_uri);
  g_free (self->original_etag);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_autosave_parent_class)->finalize (object);
}

static void
kr_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KrAutosave *self = KR_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_FAILING:
      g_value_set_boolean (value, self->failing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_autosave_class_init (KrAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_autosave_dispose;
  object_class->finalize = kr_autosave_finalize;
  object_class->get_property = kr_autosave_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FAILING] =
    g_param_spec_boolean ("failing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_autosave_init (KrAutosave *self)
{
  self->quiet_ms = KR_AUTOSAVE_QUIET_MS;
  self->max_delay_ms = KR_AUTOSAVE_MAX_DELAY_MS;
  self->retry_ms = KR_AUTOSAVE_RETRY_MS;
}

KrAutosave *
kr_autosave_new (const char *dir)
{
  KrAutosave *self = g_object_new (KR_TYPE_AUTOSAVE, NULL);

  self->dir = dir != NULL ? g_strdup (dir) : kr_recovery_get_default_dir ();
  return self;
}

void
kr_autosave_set_timing (KrAutosave *self,
                        guint       quiet_ms,
                        guint       max_delay_ms,
                        guint       retry_ms)
{
  g_return_if_fail (KR_IS_AUTOSAVE (self));
  g_return_if_fail (quiet_ms > 0 && max_delay_ms >= quiet_ms && retry_ms > 0);

  self->quiet_ms = quiet_ms;
  self->max_delay_ms = max_delay_ms;
  self->retry_ms = retry_ms;
}

void
kr_autosave_set_document (KrAutosave     *self,
                          KrJourney      *journey,
                          KrHistory      *history,
                          KrRecoveryCopy *copy)
{
  g_return_if_fail (KR_IS_AUTOSAVE (self));
  g_return_if_fail (journey == NULL || KR_IS_JOURNEY (journey));
  g_return_if_fail ((journey == NULL) == (history == NULL));
  g_return_if_fail (copy == NULL || KR_IS_RECOVERY_COPY (copy));

  disconnect_document (self);
  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->dirty = FALSE;
  self->pending = FALSE;
  self->discard_after = FALSE;
  self->failures = 0;

  /* Another document, another copy: the old one, if it has files, stays
   * on disk as its window left it. */
  g_set_object (&self->copy, copy);

  if (journey == NULL)
    return;

  self->journey = g_object_ref (journey);
  self->history = g_object_ref (history);
  g_signal_connect_swapped (journey, "changed", G_CALLBACK (journey_changed_cb), self);
  g_signal_connect_swapped (history, "notify::modified",
                            G_CALLBACK (history_notify_modified_cb), self);
}

void
kr_autosave_set_original (KrAutosave *self,
                          GFile      *file,
                          const char *etag)
{
  g_return_if_fail (KR_IS_AUTOSAVE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_free (self->original_uri);
  self->original_uri = file != NULL ? g_file_get_uri (file) : NULL;
  g_free (self->original_etag);
  self->original_etag = g_strdup (etag);

  /* The record on disk says where the journey belongs now. */
  if (self->copy != NULL && kr_recovery_copy_exists (self->copy) && is_modified (self))
    schedule (self);
}

void
kr_autosave_discard (KrAutosave *self)
{
  g_return_if_fail (KR_IS_AUTOSAVE (self));

  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->dirty = FALSE;
  self->pending = FALSE;
  self->failures = 0;

  if (self->busy)
    self->discard_after = TRUE;
  else if (self->copy != NULL)
    kr_recovery_copy_clear (self->copy);
}

void
kr_autosave_write_now (KrAutosave *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KR_IS_AUTOSAVE (self));

  if (self->journey == NULL || !self->dirty || !is_modified (self))
    return;

  if (self->busy)
    {
      self->pending = TRUE;
      return;
    }

  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);

  task = g_task_new (self, NULL, write_cb, NULL);
  g_task_set_source_tag (task, kr_autosave_write_now);
  g_task_set_task_data (task, prepare_write (self), (GDestroyNotify) write_data_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, write_thread_func);
}

void
kr_autosave_write_sync (KrAutosave *self)
{
  g_autoptr(GError) error = NULL;
  WriteData *data;

  g_return_if_fail (KR_IS_AUTOSAVE (self));

  if (self->journey == NULL || !(self->dirty || self->pending) || !is_modified (self))
    return;

  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->pending = FALSE;

  /* A write still under way in its thread waits for this one, or is
   * dropped as older; either way this one's bytes end up on disk. */
  data = prepare_write (self);
  if (!kr_recovery_copy_write (data->copy, data->bytes, data->original_uri,
                               data->original_etag, data->saved, NULL, &error))
    g_message ("Recovery copy not written: %s", error->message);
  else
    kr_recovery_copy_set_written (data->copy, data->original_uri, data->original_etag,
                                  data->saved);
  write_data_free (data);
}

KrRecoveryCopy *
kr_autosave_get_copy (KrAutosave *self)
{
  g_return_val_if_fail (KR_IS_AUTOSAVE (self), NULL);
  return self->copy;
}

gboolean
kr_autosave_get_busy (KrAutosave *self)
{
  g_return_val_if_fail (KR_IS_AUTOSAVE (self), FALSE);
  return self->busy;
}

gboolean
kr_autosave_get_failing (KrAutosave *self)
{
  g_return_val_if_fail (KR_IS_AUTOSAVE (self), FALSE);
  return self->failing;
}

const GError *
kr_autosave_get_error (KrAutosave *self)
{
  g_return_val_if_fail (KR_IS_AUTOSAVE (self), NULL);
  return self->error;
}

guint
kr_autosave_get_n_written (KrAutosave *self)
{
  g_return_val_if_fail (KR_IS_AUTOSAVE (self), 0);
  return self->n_written;
}
