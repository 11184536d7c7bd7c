/* test-recovery.c: recovery copies on disk, their locks and records, and
 * what a copy changed against the saved file
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copies are really written to and read from a folder of the test's
 * own. Another running instance is a real second process (this program,
 * started again with --hold), which is ended with SIGKILL as a crash
 * would end it.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kr-model.h"
#include "kr-test-sample.h"
#include "kr-test-util.h"

static const char *program_path;

static char *
make_recovery_dir (char **home)
{
  *home = kr_test_make_tmpdir ();
  return g_build_filename (*home, "klantreis", "recovery", NULL);
}

static guint
count_files (const char *dir)
{
  GDir *folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  if (folder == NULL)
    return 0;
  while (g_dir_read_name (folder) != NULL)
    n++;
  g_dir_close (folder);
  return n;
}

static GBytes *
sample_bytes (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();

  return kr_journey_to_bytes (journey);
}

static void
test_dir_mode (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_true (kr_recovery_ensure_dir (dir, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dir, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  /* A folder made before with a looser mode is closed to others. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_true (kr_recovery_ensure_dir (dir, &error));
  g_assert_cmpint (g_stat (dir, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  kr_test_remove_tree (home);
}

static void
test_default_dir (void)
{
  g_autofree char *dir = kr_recovery_get_default_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_state_dir (), "klantreis",
                                                "recovery", NULL);

  g_assert_cmpstr (dir, ==, expected);
}

static void
test_write_and_claim (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KrRecoveryCopy) copy = kr_recovery_copy_new (dir);
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *journey_path = NULL;
  g_autofree char *record_path = NULL;
  g_autofree char *record = NULL;
  g_autofree char *id = NULL;
  KrRecoveryCopy *claimed;
  GStatBuf buf;

  /* Nothing on disk until the first write. */
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_assert_false (kr_recovery_copy_exists (copy));

  g_assert_true (kr_recovery_copy_write (copy, bytes, "file:///srv/team/reis.klantreis",
                                         "1700000000:1", now, NULL, &error));
  g_assert_no_error (error);
  kr_recovery_copy_set_written (copy, "file:///srv/team/reis.klantreis", "1700000000:1", now);
  g_assert_true (kr_recovery_copy_exists (copy));
  g_assert_cmpuint (count_files (dir), ==, 3);

  /* The copy is the canonical form, byte for byte, and only the user's. */
  journey_path = kr_recovery_copy_get_journey_path (copy);
  again = kr_test_read_bytes (journey_path);
  g_assert_true (g_bytes_equal (bytes, again));
  g_assert_cmpint (g_stat (journey_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  record_path = kr_recovery_copy_get_record_path (copy);
  g_assert_true (g_file_get_contents (record_path, &record, NULL, NULL));
  g_assert_nonnull (strstr (record, "Original=file:///srv/team/reis.klantreis\n"));
  g_assert_nonnull (strstr (record, "OriginalEtag=1700000000:1\n"));
  g_assert_nonnull (strstr (record, kr_recovery_get_instance_id ()));

  /* While its owner holds it, nobody claims it, this process included. */
  none = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  /* Let go with its files kept, as a window closed without a question
   * would: now it is an orphan. */
  id = g_strdup (kr_recovery_copy_get_id (copy));
  g_clear_object (&copy);
  g_assert_cmpuint (count_files (dir), ==, 3);

  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  claimed = g_ptr_array_index (found, 0);
  g_assert_cmpstr (kr_recovery_copy_get_id (claimed), ==, id);
  g_assert_cmpstr (kr_recovery_copy_get_original_uri (claimed), ==,
                   "file:///srv/team/reis.klantreis");
  g_assert_cmpstr (kr_recovery_copy_get_original_etag (claimed), ==, "1700000000:1");
  g_assert_cmpstr (kr_recovery_copy_get_instance (claimed), ==, kr_recovery_get_instance_id ());
  g_assert_cmpint (g_date_time_to_unix (kr_recovery_copy_get_saved (claimed)), ==,
                   g_date_time_to_unix (now));

  journey = kr_recovery_copy_load_journey (claimed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "Ik wil mijn huis verduurzamen");

  /* Claimed once is claimed: a second scan finds nothing. */
  g_clear_pointer (&none, g_ptr_array_unref);
  none = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_cmpuint (none->len, ==, 0);

  /* Cleared and let go, it leaves nothing. */
  kr_recovery_copy_clear (claimed);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_cmpuint (count_files (dir), ==, 0);

  kr_test_remove_tree (home);
}

static void
test_untitled_and_newest_first (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(GDateTime) earlier = g_date_time_new_local (2026, 3, 1, 10, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2026, 3, 1, 11, 30, 0);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  KrRecoveryCopy *first, *second;

  first = kr_recovery_copy_new (dir);
  g_assert_true (kr_recovery_copy_write (first, bytes, NULL, NULL, earlier, NULL, &error));
  second = kr_recovery_copy_new (dir);
  g_assert_true (kr_recovery_copy_write (second, bytes, NULL, NULL, later, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kr_recovery_copy_get_id (first), !=, kr_recovery_copy_get_id (second));
  g_object_unref (first);
  g_object_unref (second);

  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  first = g_ptr_array_index (found, 0);
  second = g_ptr_array_index (found, 1);
  /* A journey that was never saved has no original. */
  g_assert_null (kr_recovery_copy_get_original_uri (first));
  g_assert_null (kr_recovery_copy_get_original_etag (first));
  g_assert_true (g_date_time_equal (kr_recovery_copy_get_saved (first), later));
  g_assert_true (g_date_time_equal (kr_recovery_copy_get_saved (second), earlier));

  kr_test_remove_tree (home);
}

static void
test_clear_keeps_the_id (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KrRecoveryCopy) copy = kr_recovery_copy_new (dir);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (kr_recovery_copy_get_id (copy));

  g_assert_true (kr_recovery_copy_write (copy, bytes, NULL, NULL, now, NULL, &error));
  /* Saved: the copy goes, but the lock stays for the next change. */
  kr_recovery_copy_clear (copy);
  g_assert_false (kr_recovery_copy_exists (copy));
  g_assert_cmpuint (count_files (dir), ==, 1);
  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_assert_true (kr_recovery_copy_write (copy, bytes, NULL, NULL, now, NULL, &error));
  g_assert_cmpstr (kr_recovery_copy_get_id (copy), ==, id);
  g_assert_cmpuint (count_files (dir), ==, 3);
  kr_recovery_copy_clear (copy);
  g_clear_object (&copy);
  g_assert_cmpuint (count_files (dir), ==, 0);

  kr_test_remove_tree (home);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_leftovers (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journey = NULL;
  const char *a = "0b7e6c58-3c8c-4a51-9a9e-0d1f3c7f0a11";
  const char *b = "5f2c1d70-8e44-4c6b-b1f3-6a7d9e0c2b22";
  const char *c = "9a8b7c6d-1e2f-4a3b-8c4d-5e6f7a8b9c33";
  g_autofree char *a_record = g_strconcat (a, ".record", NULL);
  g_autofree char *b_lock = g_strconcat (b, ".lock", NULL);
  g_autofree char *c_journey = g_strconcat (c, ".klantreis", NULL);
  g_autofree char *c_temp = g_strconcat (c, ".klantreis.X3ZQ1A", NULL);

  g_assert_true (kr_recovery_ensure_dir (dir, &error));
  /* A record whose journey was never written, a lock left by a power cut,
   * a journey without its record with the temporary file of a write that
   * was cut off, and a file that is none of ours. */
  write_file (dir, a_record, "[Recovery]\nVersion=1\n");
  write_file (dir, b_lock, "");
  journey = g_build_filename (dir, c_journey, NULL);
  g_file_set_contents (journey, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  write_file (dir, c_temp, "{ \"format\": ");
  write_file (dir, "notes.txt", "mine");

  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  /* The journey without a record is work all the same: it is offered,
   * as a journey with no original, from the time of its file. */
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (kr_recovery_copy_get_id (g_ptr_array_index (found, 0)), ==, c);
  g_assert_null (kr_recovery_copy_get_original_uri (g_ptr_array_index (found, 0)));
  g_assert_nonnull (kr_recovery_copy_get_saved (g_ptr_array_index (found, 0)));

  /* The rest of ours is gone; the unknown file is left alone. */
  g_assert_cmpuint (count_files (dir), ==, 3);
  g_assert_true (g_file_test (journey, G_FILE_TEST_EXISTS));
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_cmpuint (count_files (dir), ==, 3);

  kr_test_remove_tree (home);
}

static void
test_unwritable (void)
{
  g_autofree char *home = kr_test_make_tmpdir ();
  g_autofree char *blocker = g_build_filename (home, "state", NULL);
  g_autofree char *dir = g_build_filename (blocker, "klantreis", "recovery", NULL);
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KrRecoveryCopy) copy = kr_recovery_copy_new (dir);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  /* Root may write anywhere; a folder whose parent is a file stops it too. */
  write_file (home, "state", "not a folder");

  g_assert_false (kr_recovery_copy_write (copy, bytes, NULL, NULL, now, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  /* A folder that cannot be read is an error; one that is not there has
   * no copies. */
  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_nonnull (error);
  g_assert_null (found);
  g_clear_error (&error);

  /* Once the way is clear the same copy is written. */
  g_unlink (blocker);
  g_assert_true (kr_recovery_copy_write (copy, bytes, NULL, NULL, now, NULL, &error));
  g_assert_no_error (error);
  kr_recovery_copy_clear (copy);
  g_clear_object (&copy);

  g_clear_pointer (&found, g_ptr_array_unref);
  kr_test_remove_tree (home);
  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
}

/* Another instance, in another process, holds a copy until it is killed. */
static void
test_other_instance (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             program_path, "--hold", dir, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "written");

  /* Running, it keeps its copy to itself. */
  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A crash gives no chance to clean up. */
  g_subprocess_send_signal (holder, SIGKILL);
  g_subprocess_wait (holder, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_term_sig (holder), ==, SIGKILL);

  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (kr_recovery_copy_get_original_uri (g_ptr_array_index (found, 0)), ==,
                   "file:///tmp/held.klantreis");
  g_assert_cmpstr (kr_recovery_copy_get_instance (g_ptr_array_index (found, 0)), !=,
                   kr_recovery_get_instance_id ());

  kr_recovery_copy_clear (g_ptr_array_index (found, 0));
  g_clear_pointer (&found, g_ptr_array_unref);
  kr_test_remove_tree (home);
}

static int
hold_copy (const char *dir)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KrRecoveryCopy) copy = kr_recovery_copy_new (dir);
  g_autoptr(GError) error = NULL;

  if (!kr_recovery_copy_write (copy, bytes, "file:///tmp/held.klantreis", NULL, now, NULL,
                               &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("written\n");
  fflush (stdout);
  /* Until the test ends this process. */
  for (;;)
    pause ();
}

static void
test_history_unsaved (void)
{
  g_autoptr(KrHistory) history = kr_history_new ();

  g_assert_false (kr_history_get_modified (history));
  kr_history_mark_unsaved (history);
  g_assert_true (kr_history_get_modified (history));
  /* Nothing to undo to reach a saved state. */
  g_assert_false (kr_history_undo (history));
  g_assert_true (kr_history_get_modified (history));
  kr_history_mark_saved (history);
  g_assert_false (kr_history_get_modified (history));
}

/* Autosave */

static void
set_title (KrHistory  *history,
           KrJourney  *journey,
           const char *title)
{
  kr_history_push (history, kr_set_command_new (journey, "Rename", "title", title, NULL));
}

static gboolean
copy_holds (KrAutosave *autosave,
            KrJourney  *journey)
{
  KrRecoveryCopy *copy = kr_autosave_get_copy (autosave);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) expected = NULL;
  gsize length;

  if (copy == NULL || kr_autosave_get_busy (autosave))
    return FALSE;
  path = kr_recovery_copy_get_journey_path (copy);
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  expected = kr_journey_to_bytes (journey);
  return length == g_bytes_get_size (expected) &&
         memcmp (contents, g_bytes_get_data (expected, NULL), length) == 0;
}

static void
test_autosave_follows_history (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(KrAutosave) autosave = kr_autosave_new (dir);
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrHistory) history = kr_history_new ();
  g_autoptr(GFile) original = g_file_new_for_path ("/srv/team/verduurzamen.klantreis");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *record_path = NULL;
  g_autofree char *record = NULL;
  KrRecoveryCopy *copy;

  kr_autosave_set_timing (autosave, 50, 500, 50);
  kr_autosave_set_document (autosave, journey, history, NULL);
  kr_autosave_set_original (autosave, original, "1700000000:2");

  /* Unmodified: nothing is written, however long it waits. */
  kr_autosave_write_now (autosave);
  g_assert_null (kr_autosave_get_copy (autosave));

  set_title (history, journey, "Ik wil mijn huis duurzaam maken");
  WAIT_UNTIL (copy_holds (autosave, journey));
  g_assert_cmpuint (kr_autosave_get_n_written (autosave), ==, 1);
  copy = kr_autosave_get_copy (autosave);
  record_path = kr_recovery_copy_get_record_path (copy);
  g_assert_true (g_file_get_contents (record_path, &record, NULL, NULL));
  g_assert_nonnull (strstr (record, "Original=file:///srv/team/verduurzamen.klantreis\n"));
  g_assert_nonnull (strstr (record, "OriginalEtag=1700000000:2\n"));

  /* Every change after it reaches the copy too. */
  set_title (history, journey, "Ik maak mijn huis duurzaam");
  WAIT_UNTIL (copy_holds (autosave, journey));

  /* Saved: the copy goes. */
  kr_history_mark_saved (history);
  g_assert_false (kr_recovery_copy_exists (copy));

  /* Changed again, and undone back to the saved state: gone again. */
  set_title (history, journey, "Ik isoleer mijn huis");
  WAIT_UNTIL (copy_holds (autosave, journey));
  kr_history_undo (history);
  g_assert_false (kr_recovery_copy_exists (copy));

  /* Discarded with changes: gone, and the next change brings it back. */
  kr_history_redo (history);
  WAIT_UNTIL (copy_holds (autosave, journey));
  kr_autosave_discard (autosave);
  g_assert_false (kr_recovery_copy_exists (copy));
  set_title (history, journey, "Ik isoleer mijn zolder");
  WAIT_UNTIL (copy_holds (autosave, journey));

  /* A window that goes without a question leaves its copy, which the next
   * start finds, written to the last change. */
  set_title (history, journey, "Ik isoleer mijn kelder");
  kr_autosave_write_sync (autosave);
  g_assert_true (copy_holds (autosave, journey));
  g_clear_object (&autosave);
  found = kr_recovery_claim_orphans (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  {
    g_autoptr(KrJourney) recovered = kr_recovery_copy_load_journey (g_ptr_array_index (found, 0),
                                                                    &error);
    g_assert_no_error (error);
    g_assert_cmpstr (kr_journey_get_title (recovered), ==, "Ik isoleer mijn kelder");
  }

  kr_recovery_copy_clear (g_ptr_array_index (found, 0));
  g_clear_pointer (&found, g_ptr_array_unref);
  kr_test_remove_tree (home);
}

static gboolean
tick_cb (gpointer user_data)
{
  gboolean *ticked = user_data;

  *ticked = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_autosave_while_changes_keep_coming (void)
{
  g_autofree char *home = NULL;
  g_autofree char *dir = make_recovery_dir (&home);
  g_autoptr(KrAutosave) autosave = kr_autosave_new (dir);
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrHistory) history = kr_history_new ();
  gint64 start = g_get_monotonic_time ();
  guint changes = 0;

  kr_autosave_set_document (autosave, journey, history, NULL);

  /* A change every 200 ms, faster than the quiet time: the copy is still
   * written, at the latest after the longest wait. */
  while (kr_autosave_get_n_written (autosave) == 0 &&
         g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
    {
      g_autofree char *title = g_strdup_printf ("Stap %u", changes++);
      gboolean ticked = FALSE;

      set_title (history, journey, title);
      g_timeout_add (200, tick_cb, &ticked);
      while (!ticked)
        g_main_context_iteration (NULL, TRUE);
    }

  g_assert_cmpuint (kr_autosave_get_n_written (autosave), ==, 1);
  /* Written before the changes stopped, and not before the longest wait. */
  g_assert_cmpuint (changes, >=, KR_AUTOSAVE_MAX_DELAY_MS / 200);

  kr_autosave_discard (autosave);
  WAIT_UNTIL (!kr_autosave_get_busy (autosave));
  g_clear_object (&autosave);
  kr_test_remove_tree (home);
}

static void
test_autosave_failing (void)
{
  g_autofree char *home = kr_test_make_tmpdir ();
  g_autofree char *blocker = g_build_filename (home, "state", NULL);
  g_autofree char *dir = g_build_filename (blocker, "klantreis", "recovery", NULL);
  g_autoptr(KrAutosave) autosave = kr_autosave_new (dir);
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrHistory) history = kr_history_new ();

  write_file (home, "state", "not a folder");
  kr_autosave_set_timing (autosave, 50, 500, 100);
  kr_autosave_set_document (autosave, journey, history, NULL);

  /* Editing goes on while the copy cannot be written; after a few tries
   * it says so, once. */
  set_title (history, journey, "Ik wil mijn huis duurzaam maken");
  WAIT_UNTIL (kr_autosave_get_failing (autosave));
  g_assert_error (kr_autosave_get_error (autosave), G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpuint (kr_autosave_get_n_written (autosave), ==, 0);
  set_title (history, journey, "Ik maak mijn huis duurzaam");
  g_assert_true (kr_autosave_get_failing (autosave));

  /* Once the disk takes it again, the next try writes it. */
  g_unlink (blocker);
  WAIT_UNTIL (copy_holds (autosave, journey));
  g_assert_false (kr_autosave_get_failing (autosave));
  g_assert_null (kr_autosave_get_error (autosave));

  kr_autosave_discard (autosave);
  g_clear_object (&autosave);
  kr_test_remove_tree (home);
}

/* Diffs */

static const KrJourneyChange *
find_change (GPtrArray           *changes,
             KrJourneyChangeKind  kind,
             const char          *id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const KrJourneyChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind && g_strcmp0 (change->id, id) == 0)
        return change;
    }

  return NULL;
}

static void
test_diff_none (void)
{
  g_autoptr(KrJourney) a = kr_test_load_sample ();
  g_autoptr(KrJourney) b = kr_test_load_sample ();
  g_autoptr(GPtrArray) changes = kr_journey_diff (a, b);

  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_notes_and_phases (void)
{
  g_autoptr(KrJourney) saved = kr_test_load_sample ();
  g_autoptr(KrJourney) copy = kr_test_load_sample ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(KrNote) added = NULL;
  g_autoptr(KrPhase) new_phase = NULL;
  g_autoptr(KrNote) first = g_list_model_get_item (kr_journey_get_notes (copy), 0);
  g_autoptr(KrNote) second = g_list_model_get_item (kr_journey_get_notes (copy), 1);
  g_autoptr(KrNote) third = g_list_model_get_item (kr_journey_get_notes (copy), 2);
  g_autoptr(KrNote) removed = g_list_model_get_item (kr_journey_get_notes (copy), 3);
  g_autoptr(KrPhase) phase = g_list_model_get_item (kr_journey_get_phases (copy), 1);
  g_autofree char *first_text = g_strdup (kr_note_get_text (first));
  g_autofree char *removed_id = g_strdup (kr_note_get_id (removed));
  g_autofree char *removed_text = g_strdup (kr_note_get_text (removed));
  g_autofree char *old_phase_title = g_strdup (kr_phase_get_title (phase));
  const KrJourneyChange *change;
  guint position;

  kr_journey_set_title (copy, "Ik wil mijn huis verduurzamen, versie 2");
  kr_note_set_text (first, "Ik bel de gemeente");
  kr_note_set_valence (second, kr_note_get_valence (second) == 3 ? 2 : 3);
  kr_note_set_has_valence (second, TRUE);
  kr_note_set_channel (third, "balie");
  g_assert_nonnull (kr_journey_find_note (copy, removed_id, &position));
  g_list_store_remove (G_LIST_STORE (kr_journey_get_notes (copy)), position);
  added = kr_note_new ("n-new", kr_phase_get_id (phase), KR_NOTE_KIND_PAIN, "Niemand neemt op");
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (copy)), added);
  kr_phase_set_title (phase, "Ik vraag subsidie aan");
  new_phase = kr_phase_new ("p-new", "Ik geniet van mijn warme huis");
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (copy)), new_phase);

  changes = kr_journey_diff (saved, copy);

  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, KR_JOURNEY_CHANGE_TITLE);
  g_assert_cmpstr (change->old_text, ==, "Ik wil mijn huis verduurzamen");
  g_assert_cmpstr (change->new_text, ==, "Ik wil mijn huis verduurzamen, versie 2");

  change = find_change (changes, KR_JOURNEY_CHANGE_PHASE_CHANGED, kr_phase_get_id (phase));
  g_assert_nonnull (change);
  g_assert_cmpint (change->parts, ==, KR_CHANGED_TEXT);
  g_assert_cmpstr (change->old_text, ==, old_phase_title);
  g_assert_cmpstr (change->new_text, ==, "Ik vraag subsidie aan");

  change = find_change (changes, KR_JOURNEY_CHANGE_PHASE_ADDED, "p-new");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->new_text, ==, "Ik geniet van mijn warme huis");

  change = find_change (changes, KR_JOURNEY_CHANGE_NOTE_CHANGED, kr_note_get_id (first));
  g_assert_nonnull (change);
  g_assert_cmpint (change->parts, ==, KR_CHANGED_TEXT);
  g_assert_cmpstr (change->old_text, ==, first_text);
  g_assert_cmpstr (change->new_text, ==, "Ik bel de gemeente");

  change = find_change (changes, KR_JOURNEY_CHANGE_NOTE_CHANGED, kr_note_get_id (second));
  g_assert_nonnull (change);
  g_assert_cmpint (change->parts, ==, KR_CHANGED_PLACE);

  change = find_change (changes, KR_JOURNEY_CHANGE_NOTE_CHANGED, kr_note_get_id (third));
  g_assert_nonnull (change);
  g_assert_cmpint (change->parts, ==, KR_CHANGED_DETAILS);

  change = find_change (changes, KR_JOURNEY_CHANGE_NOTE_REMOVED, removed_id);
  g_assert_nonnull (change);
  g_assert_cmpstr (change->old_text, ==, removed_text);
  g_assert_null (change->new_text);
  g_assert_nonnull (change->phase);

  change = find_change (changes, KR_JOURNEY_CHANGE_NOTE_ADDED, "n-new");
  g_assert_nonnull (change);
  g_assert_cmpint (change->note_kind, ==, KR_NOTE_KIND_PAIN);
  /* Named by the phase as it is in the copy. */
  g_assert_cmpstr (change->phase, ==, "Ik vraag subsidie aan");

  /* Nothing else: the other notes and phases are the same. */
  g_assert_cmpuint (changes->len, ==, 8);
  g_assert_null (find_change (changes, KR_JOURNEY_CHANGE_DETAILS, NULL));
}

static void
test_diff_details_and_order (void)
{
  g_autoptr(KrJourney) saved = kr_test_load_sample ();
  g_autoptr(KrJourney) copy = kr_test_load_sample ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(KrPhase) last = NULL;
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (copy));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (phases));
  const KrJourneyChange *change;

  /* The last phase taken to the front: it moved, the others did not. */
  last = g_list_model_get_item (G_LIST_MODEL (phases), n - 1);
  g_list_store_remove (phases, n - 1);
  g_list_store_insert (phases, 0, last);
  kr_journey_set_scope (copy, KR_SCOPE_GOAL, "Een warm huis dat minder kost");

  changes = kr_journey_diff (saved, copy);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, KR_JOURNEY_CHANGE_PHASE_CHANGED);
  g_assert_cmpstr (change->id, ==, kr_phase_get_id (last));
  g_assert_cmpint (change->parts, ==, KR_CHANGED_PLACE);
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, KR_JOURNEY_CHANGE_DETAILS);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--hold") == 0)
    return hold_copy (argv[2]);

  program_path = argv[0];
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recovery/dir/mode", test_dir_mode);
  g_test_add_func ("/recovery/dir/default", test_default_dir);
  g_test_add_func ("/recovery/copy/write-and-claim", test_write_and_claim);
  g_test_add_func ("/recovery/copy/untitled-newest-first", test_untitled_and_newest_first);
  g_test_add_func ("/recovery/copy/clear-keeps-the-id", test_clear_keeps_the_id);
  g_test_add_func ("/recovery/copy/leftovers", test_leftovers);
  g_test_add_func ("/recovery/copy/unwritable", test_unwritable);
  g_test_add_func ("/recovery/copy/other-instance", test_other_instance);
  g_test_add_func ("/recovery/history-unsaved", test_history_unsaved);
  g_test_add_func ("/recovery/autosave/follows-history", test_autosave_follows_history);
  g_test_add_func ("/recovery/autosave/while-changes-keep-coming",
                   test_autosave_while_changes_keep_coming);
  g_test_add_func ("/recovery/autosave/failing", test_autosave_failing);
  g_test_add_func ("/recovery/diff/none", test_diff_none);
  g_test_add_func ("/recovery/diff/notes-and-phases", test_diff_notes_and_phases);
  g_test_add_func ("/recovery/diff/details-and-order", test_diff_details_and_order);

  return g_test_run ();
}
