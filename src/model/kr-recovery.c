/* kr-recovery.c: recovery copies of journeys with unsaved changes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-recovery"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "kr-journey-io.h"
#include "kr-recovery.h"

#define JOURNEY_SUFFIX ".klantreis"
#define RECORD_SUFFIX  ".record"
#define LOCK_SUFFIX    ".lock"
#define RECORD_GROUP   "Recovery"
#define RECORD_VERSION 1

struct _KrRecoveryCopy
{
  GObject    parent_instance;

  /* Fixed at construction: a write in another thread reads only these. */
  char      *dir;
  char      *id;

  /* The lock, taken by the first write or by claiming; -1 until then. */
  GMutex     lock_mutex;
  int        lock_fd;

  /* One write at a time, and never an older one over a newer one. */
  GMutex     write_mutex;
  gint64     written_us;

  /* What the record on disk says; changed on the owning thread only. */
  char      *original_uri;
  char      *original_etag;
  GDateTime *saved;
  char      *instance;
};

G_DEFINE_FINAL_TYPE (KrRecoveryCopy, kr_recovery_copy, G_TYPE_OBJECT)

static char *
build_path (KrRecoveryCopy *self,
            const char     *suffix)
{
  g_autofree char *name = g_strconcat (self->id, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

/* Opens and locks @path. Returns the descriptor, or -1 with @busy set when
 * another open file (another process, or another copy object) holds it,
 * or -1 with @error set when it cannot be opened or locked at all. */
static int
take_lock (const char  *path,
           gboolean    *busy,
           GError     **error)
{
  int fd;
  int saved_errno;

  *busy = FALSE;
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not lock the recovery copy: %s"), g_strerror (saved_errno));
      return -1;
    }

  /* flock () locks belong to the open file, not the process: two copy
   * objects in one process cannot both own an id either. */
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;

  saved_errno = errno;
  close (fd);
  if (saved_errno == EWOULDBLOCK)
    *busy = TRUE;
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Could not lock the recovery copy: %s"), g_strerror (saved_errno));
  return -1;
}

static gboolean
ensure_locked (KrRecoveryCopy  *self,
               GError         **error)
{
  g_autofree char *path = NULL;
  gboolean busy;
  gboolean ok = TRUE;

  g_mutex_lock (&self->lock_mutex);
  if (self->lock_fd < 0)
    {
      path = build_path (self, LOCK_SUFFIX);
      self->lock_fd = take_lock (path, &busy, error);
      if (self->lock_fd < 0 && busy)
        {
          /* A random id that someone else holds: never write into it. */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                       _("Another running Klantreis owns this recovery copy"));
        }
      ok = self->lock_fd >= 0;
    }
  g_mutex_unlock (&self->lock_mutex);

  return ok;
}

static void
remove_files (KrRecoveryCopy *self)
{
  g_autofree char *journey = build_path (self, JOURNEY_SUFFIX);
  g_autofree char *record = build_path (self, RECORD_SUFFIX);

  /* The journey first: a record without a journey is a leftover that the
   * next scan cleans away, never an offer. */
  g_unlink (journey);
  g_unlink (record);
}

static void
kr_recovery_copy_finalize (GObject *object)
{
  KrRecoveryCopy *self = KR_RECOVERY_COPY (object);

  if (self->lock_fd >= 0)
    {
      /* Only a lock with nothing left to guard goes: a lock file removed
       * while its copy is still there could be taken twice. */
      if (!kr_recovery_copy_exists (self))
        {
          g_autofree char *lock = build_path (self, LOCK_SUFFIX);

          remove_files (self);
          g_unlink (lock);
        }
      close (self->lock_fd);
    }

  g_mutex_clear (&self->lock_mutex);
  g_mutex_clear (&self->write_mutex);
  g_free (self->dir);
  g_free (self->id);
  g_free (self->original_uri);
  g_free (self->original_etag);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_free (self->instance);

  G_OBJECT_CLASS (kr_recovery_copy_parent_class)->finalize (object);
}

static void
kr_recovery_copy_class_init (KrRecoveryCopyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_recovery_copy_finalize;
}

static void
kr_recovery_copy_init (KrRecoveryCopy *self)
{
  g_mutex_init (&self->lock_mutex);
  g_mutex_init (&self->write_mutex);
  self->lock_fd = -1;
  self->written_us = G_MININT64;
}

static KrRecoveryCopy *
copy_new_with_id (const char *dir,
                  const char *id)
{
  KrRecoveryCopy *self = g_object_new (KR_TYPE_RECOVERY_COPY, NULL);

  self->dir = g_strdup (dir);
  self->id = g_strdup (id);
  return self;
}

char *
kr_recovery_get_default_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "klantreis", "recovery", NULL);
}

gboolean
kr_recovery_ensure_dir (const char  *dir,
                        GError     **error)
{
  int saved_errno;

  g_return_val_if_fail (dir != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) == 0)
    {
      /* The copies are the user's unsaved work: nobody else reads them,
       * even where the folder was made before with a looser mode. */
      if (g_chmod (dir, 0700) == 0)
        return TRUE;
    }

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not make the folder for recovery copies “%s”: %s"),
               dir, g_strerror (saved_errno));
  return FALSE;
}

const char *
kr_recovery_get_instance_id (void)
{
  static gsize once;
  static char *instance;

  if (g_once_init_enter (&once))
    {
      g_autofree char *random = g_uuid_string_random ();

      instance = g_strdup_printf ("%s:%d:%.8s", g_get_host_name (), (int) getpid (), random);
      g_once_init_leave (&once, 1);
    }

  return instance;
}

KrRecoveryCopy *
kr_recovery_copy_new (const char *dir)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  id = g_uuid_string_random ();
  return copy_new_with_id (dir, id);
}

const char *
kr_recovery_copy_get_id (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return self->id;
}

const char *
kr_recovery_copy_get_original_uri (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return self->original_uri;
}

const char *
kr_recovery_copy_get_original_etag (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return self->original_etag;
}

GDateTime *
kr_recovery_copy_get_saved (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return self->saved;
}

const char *
kr_recovery_copy_get_instance (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return self->instance;
}

char *
kr_recovery_copy_get_journey_path (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return build_path (self, JOURNEY_SUFFIX);
}

char *
kr_recovery_copy_get_record_path (KrRecoveryCopy *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);
  return build_path (self, RECORD_SUFFIX);
}

gboolean
kr_recovery_copy_exists (KrRecoveryCopy *self)
{
  g_autofree char *journey = NULL;

  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), FALSE);

  journey = build_path (self, JOURNEY_SUFFIX);
  return g_file_test (journey, G_FILE_TEST_IS_REGULAR);
}

static char *
format_record (const char *original_uri,
               const char *original_etag,
               GDateTime  *saved)
{
  g_autoptr(GKeyFile) record = g_key_file_new ();
  g_autofree char *when = g_date_time_format_iso8601 (saved);

  g_key_file_set_integer (record, RECORD_GROUP, "Version", RECORD_VERSION);
  if (original_uri != NULL)
    g_key_file_set_string (record, RECORD_GROUP, "Original", original_uri);
  if (original_etag != NULL)
    g_key_file_set_string (record, RECORD_GROUP, "OriginalEtag", original_etag);
  g_key_file_set_string (record, RECORD_GROUP, "Saved", when);
  g_key_file_set_string (record, RECORD_GROUP, "Instance", kr_recovery_get_instance_id ());

  return g_key_file_to_data (record, NULL, NULL);
}

static gboolean
write_file (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  /* Beside and renamed, and on the disk before the rename: a power cut
   * leaves the last copy or this one, never half of either. */
  if (g_file_set_contents_full (path, data, length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0600, &local_error))
    return TRUE;

  g_set_error (error, local_error->domain, local_error->code,
               _("Could not write the recovery copy: %s"), local_error->message);
  return FALSE;
}

gboolean
kr_recovery_copy_write (KrRecoveryCopy  *self,
                        GBytes          *journey,
                        const char      *original_uri,
                        const char      *original_etag,
                        GDateTime       *saved,
                        GCancellable    *cancellable,
                        GError         **error)
{
  g_autofree char *journey_path = NULL;
  g_autofree char *record_path = NULL;
  g_autofree char *record = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  gint64 saved_us;
  const char *data;
  gsize length;

  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), FALSE);
  g_return_val_if_fail (journey != NULL, FALSE);
  g_return_val_if_fail (saved != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A write that waited for another one made later has nothing to add. */
  locker = g_mutex_locker_new (&self->write_mutex);
  saved_us = g_date_time_to_unix (saved) * G_USEC_PER_SEC + g_date_time_get_microsecond (saved);
  if (saved_us < self->written_us)
    return TRUE;

  /* Made again each time: the folder may have been removed, or been
   * impossible to make before. */
  if (!kr_recovery_ensure_dir (self->dir, error))
    return FALSE;

  /* The lock before the first file: a scan never sees a copy of a
   * running instance unlocked. */
  if (!ensure_locked (self, error))
    return FALSE;

  /* The journey first: if only one of the two is written, it is the one
   * with the work in it. */
  journey_path = build_path (self, JOURNEY_SUFFIX);
  data = g_bytes_get_data (journey, &length);
  if (!write_file (journey_path, data, length, error))
    return FALSE;

  record_path = build_path (self, RECORD_SUFFIX);
  record = format_record (original_uri, original_etag, saved);
  if (!write_file (record_path, record, strlen (record), error))
    return FALSE;

  self->written_us = saved_us;
  return TRUE;
}

void
kr_recovery_copy_set_written (KrRecoveryCopy *self,
                              const char     *original_uri,
                              const char     *original_etag,
                              GDateTime      *saved)
{
  g_return_if_fail (KR_IS_RECOVERY_COPY (self));

  g_free (self->original_uri);
  self->original_uri = g_strdup (original_uri);
  g_free (self->original_etag);
  self->original_etag = g_strdup (original_etag);
  g_clear_pointer (&self->saved, g_date_time_unref);
  self->saved = saved != NULL ? g_date_time_ref (saved) : NULL;
  g_free (self->instance);
  self->instance = g_strdup (kr_recovery_get_instance_id ());
}

KrJourney *
kr_recovery_copy_load_journey (KrRecoveryCopy  *self,
                               GError         **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (KR_IS_RECOVERY_COPY (self), NULL);

  path = build_path (self, JOURNEY_SUFFIX);
  file = g_file_new_for_path (path);
  return kr_journey_load_file (file, NULL, NULL, NULL, error);
}

void
kr_recovery_copy_clear (KrRecoveryCopy *self)
{
  g_return_if_fail (KR_IS_RECOVERY_COPY (self));

  g_mutex_lock (&self->write_mutex);
  remove_files (self);
  g_mutex_unlock (&self->write_mutex);
  g_clear_pointer (&self->saved, g_date_time_unref);
}

/* Scanning */

/* Reads what the record says into @self; a missing or damaged record
 * leaves the fields empty, since the journey beside it is what counts. */
static void
read_record (KrRecoveryCopy *self)
{
  g_autofree char *path = build_path (self, RECORD_SUFFIX);
  g_autoptr(GKeyFile) record = g_key_file_new ();
  g_autofree char *saved = NULL;

  g_clear_pointer (&self->original_uri, g_free);
  g_clear_pointer (&self->original_etag, g_free);
  g_clear_pointer (&self->instance, g_free);
  g_clear_pointer (&self->saved, g_date_time_unref);

  if (g_key_file_load_from_file (record, path, G_KEY_FILE_NONE, NULL))
    {
      self->original_uri = g_key_file_get_string (record, RECORD_GROUP, "Original", NULL);
      self->original_etag = g_key_file_get_string (record, RECORD_GROUP, "OriginalEtag", NULL);
      self->instance = g_key_file_get_string (record, RECORD_GROUP, "Instance", NULL);
      saved = g_key_file_get_string (record, RECORD_GROUP, "Saved", NULL);
      if (saved != NULL)
        self->saved = g_date_time_new_from_iso8601 (saved, NULL);
    }

  if (self->saved == NULL)
    {
      g_autofree char *journey = build_path (self, JOURNEY_SUFFIX);
      GStatBuf buf;

      if (g_stat (journey, &buf) == 0)
        self->saved = g_date_time_new_from_unix_local (buf.st_mtime);
    }
}

/* Where the folder cannot be locked at all (some network file systems),
 * the record's process on this host is asked whether it still runs. */
static gboolean
owner_is_alive (KrRecoveryCopy *self)
{
  g_auto(GStrv) parts = NULL;
  gint64 pid;

  read_record (self);
  if (self->instance == NULL)
    return FALSE;
  parts = g_strsplit (self->instance, ":", 3);
  if (g_strv_length (parts) < 2 || g_strcmp0 (parts[0], g_get_host_name ()) != 0 ||
      !g_ascii_string_to_signed (parts[1], 10, 1, G_MAXINT, &pid, NULL))
    return FALSE;

  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

/* The id of a file in the folder: the name up to its first dot, when it is
 * one of ours (a temporary file of an interrupted write included). */
static char *
id_of_name (const char *name)
{
  const char *dot = strchr (name, '.');
  g_autofree char *id = NULL;

  if (dot == NULL)
    return NULL;
  id = g_strndup (name, dot - name);
  if (!g_uuid_string_is_valid (id))
    return NULL;
  if (!g_str_has_prefix (dot, JOURNEY_SUFFIX) && !g_str_has_prefix (dot, RECORD_SUFFIX) &&
      !g_str_has_prefix (dot, LOCK_SUFFIX))
    return NULL;

  return g_steal_pointer (&id);
}

/* Removes what interrupted writes of @id left: "<id>.klantreis.XXXXXX". */
static void
remove_temporaries (const char *dir,
                    const char *id,
                    GPtrArray  *names)
{
  g_autofree char *journey = g_strconcat (id, JOURNEY_SUFFIX, ".", NULL);
  g_autofree char *record = g_strconcat (id, RECORD_SUFFIX, ".", NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_str_has_prefix (name, journey) || g_str_has_prefix (name, record))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
        }
    }
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  KrRecoveryCopy *x = *(KrRecoveryCopy **) a;
  KrRecoveryCopy *y = *(KrRecoveryCopy **) b;

  if (x->saved == NULL || y->saved == NULL)
    return (x->saved == NULL) - (y->saved == NULL);
  return g_date_time_compare (y->saved, x->saved);
}

GPtrArray *
kr_recovery_claim_orphans (const char    *dir,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  GHashTableIter iter;
  const char *name;
  char *id;
  GDir *folder;

  g_return_val_if_fail (dir != NULL, NULL);

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&copies);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not read the folder of recovery copies: %s"), local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_ptr_array_add (names, g_strdup (name));
      id = id_of_name (name);
      if (id != NULL)
        g_hash_table_add (ids, id);
    }
  g_dir_close (folder);

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr(KrRecoveryCopy) copy = copy_new_with_id (dir, id);
      g_autofree char *lock = build_path (copy, LOCK_SUFFIX);
      g_autoptr(GError) lock_error = NULL;
      gboolean busy;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      copy->lock_fd = take_lock (lock, &busy, &lock_error);
      if (busy)
        continue;
      if (copy->lock_fd < 0)
        {
          g_debug ("Recovery copy %s: %s", id, lock_error->message);
          if (owner_is_alive (copy) || !kr_recovery_copy_exists (copy))
            continue;
        }

      remove_temporaries (dir, id, names);

      /* Checked under the lock: the owner may have removed it meanwhile.
       * Without a journey, the copy's finalisation cleans the rest away. */
      if (!kr_recovery_copy_exists (copy))
        continue;

      read_record (copy);
      g_ptr_array_add (copies, g_steal_pointer (&copy));
    }

  g_ptr_array_sort (copies, compare_newest_first);
  return g_steal_pointer (&copies);
}
