/* kr-ui-test-util.h: what every GUI test program sets up and tears down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <locale.h>

#include "kr-application.h"
#include "kr-test-util.h"
#include "kr-window.h"

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
  /* Recovery copies too. */
  g_setenv ("XDG_STATE_HOME", test->home, TRUE);

  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init () chooses a locale of its own; a run in another
   * language takes the environment's back. */
  if (g_getenv ("KR_TEST_LANGUAGE") != NULL)
    setlocale (LC_ALL, "");
  /* A blinking cursor animates without end, and kr_ui_input_settle ()
   * waits for the app to be still. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  test->app = kr_application_new ();
  /* Test runs may overlap; each needs its own primary instance. */
  g_application_set_flags (G_APPLICATION (test->app),
                           g_application_get_flags (G_APPLICATION (test->app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test->app), NULL, &error);
  g_assert_no_error (error);
  return TRUE;
}

/* The first widget of @type in @widget's tree, @widget included. */
static inline GtkWidget *
kr_ui_test_find_widget (GtkWidget *widget,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kr_ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label showing @text (without its mnemonic underline) in @widget's
 * tree, such as a menu item's or a button's, or NULL. */
static inline GtkWidget *
kr_ui_test_find_label (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kr_ui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A new window of @app, shown; with @file (or NULL) loaded into it. */
static inline KrWindow *
kr_ui_test_open_window (KrApplication *app,
                        GFile         *file)
{
  KrWindow *window = kr_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    {
      g_assert_true (kr_window_load_file (window, file));
      g_assert_true (kr_window_get_loading (window));
      WAIT_UNTIL (!kr_window_get_loading (window));
    }

  return window;
}

/* Closes @window, as its close button does, and waits until it is gone. */
static inline void
kr_ui_test_close_window (KrWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL (widget == NULL);
}

static inline void
kr_ui_test_finish (KrUiTest *test)
{
  g_clear_object (&test->app);
  kr_test_remove_tree (test->home);
  g_clear_pointer (&test->home, g_free);
}

G_END_DECLS
