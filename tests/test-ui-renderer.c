/* test-ui-renderer.c: without a GPU the app draws with cairo, unless the
 * user chose otherwise
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first tests need no display: they check how a GPU is recognised,
 * what goes into the environment, and that it is put back. The last ones
 * start the real app under Xvfb and read which renderer drew its first
 * frame (KLANTREIS_REPORT_STARTUP=1), and start the app in this process
 * to see what a program it opens gets.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kr-application.h"
#include "kr-launch.h"
#include "kr-renderer.h"
#include "kr-test-util.h"

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
}

/* A desktop file that handles krtest: links by writing its environment to
 * launched.env in the cache folder, and the choice of it as their default. */
static void
set_up_link_handler (const char *home)
{
  g_autofree char *applications = g_build_filename (home, "applications", NULL);
  g_autofree char *desktop = g_build_filename (applications, "kr-test-env.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (home, "mimeapps.list", NULL);
  g_autofree char *out = g_build_filename (home, "launched.env", NULL);
  g_autofree char *entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = g_strdup_printf ("[Desktop Entry]\n"
                           "Type=Application\n"
                           "Name=Environment\n"
                           "Exec=/bin/sh -c \"env > %s.part; echo KRTEST_DONE=1 >> %s.part; "
                           "mv %s.part %s\" krtest %%u\n"
                           "MimeType=x-scheme-handler/krtest;\n"
                           "NoDisplay=true\n", out, out, out, out);
  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_file_set_contents (desktop, entry, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps,
                       "[Default Applications]\nx-scheme-handler/krtest=kr-test-env.desktop\n",
                       -1, &error);
  g_assert_no_error (error);
}

static void
test_gpu_detection (void)
{
  g_autofree char *dev = kr_test_make_tmpdir ();
  g_autofree char *dri = g_build_filename (dev, "dri", NULL);

  /* Nothing: a virtual machine without a graphics device. */
  g_assert_false (kr_renderer_machine_has_gpu (dev));

  /* A card node without a render node is a plain framebuffer. */
  g_assert_cmpint (g_mkdir (dri, 0700), ==, 0);
  touch (dri, "card0");
  g_assert_false (kr_renderer_machine_has_gpu (dev));

  touch (dri, "renderD128");
  g_assert_true (kr_renderer_machine_has_gpu (dev));

  kr_test_remove_tree (dri);
  g_assert_false (kr_renderer_machine_has_gpu (dev));

  /* NVIDIA's own driver has no render node. */
  touch (dev, "nvidiactl");
  g_assert_true (kr_renderer_machine_has_gpu (dev));

  kr_test_remove_tree (dev);
}

static void
test_plan (void)
{
  g_autofree char *old_gtk = NULL;
  g_autofree char *old_gtk_kept = NULL;
  g_autofree char *new_gtk = NULL;
  g_autofree char *new_gtk_kept = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *chosen_empty = NULL;
  const char *name;

  /* GTK 4.8 to 4.14 read the wish from GDK_DEBUG, after the user's own keys. */
  old_gtk = kr_renderer_plan_without_gl (8, NULL, NULL, "gl", &name);
  g_assert_cmpstr (name, ==, "GDK_DEBUG");
  g_assert_cmpstr (old_gtk, ==, "gl-disable,vulkan-disable");
  old_gtk_kept = kr_renderer_plan_without_gl (14, "", "interactive", NULL, &name);
  g_assert_cmpstr (name, ==, "GDK_DEBUG");
  g_assert_cmpstr (old_gtk_kept, ==, "interactive,gl-disable,vulkan-disable");

  /* GTK 4.16 and later from GDK_DISABLE. */
  new_gtk = kr_renderer_plan_without_gl (16, NULL, "interactive", NULL, &name);
  g_assert_cmpstr (name, ==, "GDK_DISABLE");
  g_assert_cmpstr (new_gtk, ==, "gl,vulkan");
  new_gtk_kept = kr_renderer_plan_without_gl (20, NULL, NULL, "dmabuf", &name);
  g_assert_cmpstr (name, ==, "GDK_DISABLE");
  g_assert_cmpstr (new_gtk_kept, ==, "dmabuf,gl,vulkan");

  /* A renderer the user chose is left alone. */
  chosen = kr_renderer_plan_without_gl (8, "ngl", NULL, NULL, &name);
  g_assert_null (chosen);
  g_assert_null (name);
  chosen_empty = kr_renderer_plan_without_gl (16, "gl", NULL, NULL, &name);
  g_assert_null (chosen_empty);
}

/* Which variable this GTK reads. */
static const char *
variable_for_this_gtk (void)
{
  return gtk_get_minor_version () >= 16 ? "GDK_DISABLE" : "GDK_DEBUG";
}

static void
test_launch_context (void)
{
  const char *name = variable_for_this_gtk ();
  const char *keys = gtk_get_minor_version () >= 16 ? "gl,vulkan" : "gl-disable,vulkan-disable";
  g_autofree char *expected = g_strconcat ("misc,", keys, NULL);
  g_autoptr(GAppLaunchContext) context = g_app_launch_context_new ();
  g_autoptr(GAppLaunchContext) chosen_context = g_app_launch_context_new ();
  g_auto(GStrv) environment = NULL;
  g_auto(GStrv) chosen_environment = NULL;

  /* Mesa's switch makes any machine one without a GPU. */
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_unsetenv ("GSK_RENDERER");
  g_setenv (name, "misc", TRUE);

  kr_renderer_avoid_software_gl ();
  g_assert_true (kr_renderer_changed_environment ());
  g_assert_cmpstr (g_getenv (name), ==, expected);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");

  /* A program the app opens gets what the user had. */
  kr_renderer_prepare_launch_context (context);
  environment = g_app_launch_context_get_environment (context);
  g_assert_cmpstr (g_environ_getenv (environment, name), ==, "misc");
  g_assert_null (g_environ_getenv (environment, "GSK_RENDERER"));
  g_assert_cmpstr (g_environ_getenv (environment, "LIBGL_ALWAYS_SOFTWARE"), ==, "1");

  kr_renderer_restore_environment ();
  g_assert_false (kr_renderer_changed_environment ());
  g_assert_cmpstr (g_getenv (name), ==, "misc");
  g_assert_null (g_getenv ("GSK_RENDERER"));

  /* The user's choice of renderer wins: nothing changes. */
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  kr_renderer_avoid_software_gl ();
  g_assert_false (kr_renderer_changed_environment ());
  g_assert_cmpstr (g_getenv (name), ==, "misc");
  kr_renderer_prepare_launch_context (chosen_context);
  chosen_environment = g_app_launch_context_get_environment (chosen_context);
  g_assert_cmpstr (g_environ_getenv (chosen_environment, "GSK_RENDERER"), ==, "gl");

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_unsetenv (name);
}

static gboolean
have_display (void)
{
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    return TRUE;

  g_test_skip ("no display; run under xvfb-run");
  return FALSE;
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  kr_launch_uri_finish (result, error);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "launched");
}

/* The whole path in this process: GTK starts with GL off and draws the
 * first window with cairo, and a program the app opens (here a handler for
 * krtest: links, set up in main ()) starts with the user's environment. */
static void
test_app_opens_with_users_environment (void)
{
  const char *name = variable_for_this_gtk ();
  g_autofree char *out = g_build_filename (g_get_user_cache_dir (), "launched.env", NULL);
  g_autoptr(KrApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) launch_error = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *window;
  GskRenderer *renderer;

  if (!have_display ())
    return;

  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv (name);

  kr_renderer_avoid_software_gl ();

  app = kr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  /* Registering starts the application, and GTK with it. */
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_realized (GTK_WIDGET (window)));
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (renderer), ==, "GskCairoRenderer");

  /* The app's own environment keeps the wish; the program it opens does
   * not get it. */
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  kr_launch_uri (window, "krtest:hallo", NULL, launched_cb, &launch_error);
  WAIT_UNTIL (launch_error != NULL);
  g_assert_true (g_error_matches (launch_error, G_IO_ERROR, G_IO_ERROR_EXISTS));
  WAIT_UNTIL (g_file_get_contents (out, &contents, NULL, NULL) && strstr (contents, "\nKRTEST_DONE=1") != NULL);
  g_assert_null (strstr (contents, "\nGSK_RENDERER="));
  g_assert_null (strstr (contents, name));
  g_assert_nonnull (strstr (contents, "\nLIBGL_ALWAYS_SOFTWARE=1"));

  /* The environment stays as it is now: other threads run. The tests after
   * this one give their programs an environment of their own. */
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Starts the app on the sample and returns the name of the renderer that
 * drew its first frame. @gsk_renderer NULL leaves the choice to the app.
 * @gl_failed tells whether GTK said it could not set GL up. */
static char *
renderer_of_first_frame (const char *gsk_renderer,
                         gboolean   *gl_failed)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *home = kr_test_make_tmpdir ();
  char *renderer = NULL;
  char *line;

  *gl_failed = FALSE;
  g_subprocess_launcher_setenv (launcher, "KLANTREIS_REPORT_STARTUP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", home, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "GDK_DEBUG");
  g_subprocess_launcher_unsetenv (launcher, "GDK_DISABLE");
  if (gsk_renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", gsk_renderer, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "GSK_RENDERER");

  process = g_subprocess_launcher_spawn (launcher, &error, KR_APP_PATH, KR_SAMPLE_PATH, NULL);
  g_assert_no_error (error);

  /* G_DEBUG=fatal-warnings reaches the app too: a warning ends it before
   * its first frame, and the stream ends without a report. */
  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (process));
  while (renderer == NULL &&
         (line = g_data_input_stream_read_line_utf8 (err, NULL, NULL, NULL)) != NULL)
    {
      if (g_str_has_prefix (line, "startup.renderer "))
        renderer = g_strdup (line + strlen ("startup.renderer "));
      else
        g_test_message ("app: %s", line);
      if (strstr (line, "Failed to realize renderer") != NULL)
        *gl_failed = TRUE;
      g_free (line);
    }

  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  kr_test_remove_tree (home);

  g_assert_nonnull (renderer);
  return renderer;
}

static void
test_app_without_gpu (void)
{
  g_autofree char *renderer = NULL;
  gboolean gl_failed;

  if (!have_display ())
    return;

  renderer = renderer_of_first_frame (NULL, &gl_failed);
  g_assert_cmpstr (renderer, ==, "GskCairoRenderer");
  /* Cairo by choice: GTK did not try GL and give up on it first. */
  g_assert_false (gl_failed);
}

static void
test_app_keeps_users_choice (void)
{
  g_autofree char *renderer = NULL;
  gboolean gl_failed;

  if (!have_display ())
    return;

  renderer = renderer_of_first_frame ("gl", &gl_failed);
  /* Xvfb has GL through Mesa's llvmpipe (libgl1-mesa-dri). */
  if (gl_failed)
    {
      g_test_skip ("GL cannot be set up on this display");
      return;
    }
  g_assert_cmpstr (renderer, !=, "GskCairoRenderer");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = kr_test_make_tmpdir ();
  int ret;

  /* Before GLib reads them: a home of the test's own, where a handler for
   * krtest: links writes its environment to a file. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  set_up_link_handler (home);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/gpu-detection", test_gpu_detection);
  g_test_add_func ("/renderer/plan", test_plan);
  g_test_add_func ("/renderer/launch-context", test_launch_context);
  g_test_add_func ("/renderer/app-opens-with-users-environment",
                   test_app_opens_with_users_environment);
  g_test_add_func ("/renderer/app-without-gpu", test_app_without_gpu);
  g_test_add_func ("/renderer/app-keeps-users-choice", test_app_keeps_users_choice);

  ret = g_test_run ();
  kr_test_remove_tree (home);
  return ret;
}
