/* kr-test-util.h: small helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

/* A fresh directory for one test, removed with everything in it by
 * kr_test_remove_tree (). */
static inline char *
kr_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("klantreis-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
kr_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      kr_test_remove_tree (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static inline GBytes *
kr_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* For GUI tests: runs the main loop until @cond holds, and fails the test
 * if it does not within a time that is generous for a loaded CI machine. */
#define KR_TEST_WAIT_SECONDS 20

static inline gboolean
kr_test_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

#define WAIT_UNTIL(cond)                                                              \
  G_STMT_START {                                                                      \
    gboolean timed_out_ = FALSE;                                                      \
    guint id_ = g_timeout_add_seconds (KR_TEST_WAIT_SECONDS, kr_test_timeout_cb, &timed_out_); \
    while (!(cond) && !timed_out_)                                                    \
      g_main_context_iteration (NULL, TRUE);                                          \
    if (!timed_out_)                                                                  \
      g_source_remove (id_);                                                          \
    g_assert_true (cond);                                                             \
  } G_STMT_END

G_END_DECLS
