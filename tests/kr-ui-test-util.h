/* kr-ui-test-util.h: what every GUI test program sets up and tears down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-application.h"
#include "kr-test-util.h"

G_BEGIN_DECLS

typedef struct
{
  KrApplication *app;
  char          *home;
} KrUiTest;

/* Initialises GTK and a registered application with a throw-away home, so
 * recent files and settings never touch the user's. Returns FALSE, having
 * printed a skipped TAP plan, when there is no display to test on. */
static inline gboolean
kr_ui_test_init (KrUiTest   *test,
                 int        *argc,
                 char     ***argv)
{
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run to test the user interface\n");
      return FALSE;
    }

  test->home = kr_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", test->home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", test->home, TRUE);
  g_setenv ("XDG_CACHE_HOME", test->home, TRUE);

  gtk_test_init (argc, argv, NULL);

  test->app = kr_application_new ();
  /* Test runs may overlap; each needs its own primary instance. */
  g_application_set_flags (G_APPLICATION (test->app),
                           g_application_get_flags (G_APPLICATION (test->app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test->app), NULL, &error);
  g_assert_no_error (error);
  return TRUE;
}

static inline void
kr_ui_test_finish (KrUiTest *test)
{
  g_clear_object (&test->app);
  kr_test_remove_tree (test->home);
  g_clear_pointer (&test->home, g_free);
}

G_END_DECLS
