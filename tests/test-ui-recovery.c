/* test-ui-recovery.c: crash recovery and files that change underneath, as
 * a user meets them
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The crash tests start the real klantreis, edit it with real keys
 * (xdotool finds and raises its window; XTest types), end it with SIGKILL
 * once its recovery copy is on disk, and then start the app again in this
 * process, where the journey is restored with a real click and compared
 * with what was typed. The other tests change the open file on disk
 * behind the window's back and answer the bar it shows, by clicking.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kr-file-changed-bar.h"
#include "kr-recovery-page.h"
#include "kr-recovery-row.h"
#include "kr-test-util.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window.h"

static KrUiTest ui;

static char *
recovery_dir (void)
{
  return kr_recovery_get_default_dir ();
}

static GFile *
copy_sample (const char *dir,
             const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (KR_SAMPLE_PATH, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
click_button (GtkWidget  *within,
              const char *label)
{
  GtkWidget *button = NULL;

  GtkWidget *revealer;

  WAIT_UNTIL ((button = find_button (within, label)) != NULL);
  /* A bar that slides in moves its buttons until it is all there. */
  revealer = gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER);
  if (revealer != NULL)
    WAIT_UNTIL (gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
  kr_ui_input_settle ();
  kr_ui_input_click_widget (button);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The name of the page the window shows: recovery, empty or canvas. */
static const char *
page_of (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "recovery") != NULL)
    return gtk_stack_get_visible_child_name (GTK_STACK (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = page_of (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
close_all_windows (void)
{
  GtkWindow *window;

  while ((window = find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    {
      if (KR_IS_WINDOW (window))
        {
          kr_autosave_discard (kr_window_get_autosave (KR_WINDOW (window)));
          kr_history_mark_saved (kr_window_get_history (KR_WINDOW (window)));
        }
      gtk_window_destroy (window);
      kr_ui_input_settle ();
    }
}

static gboolean
bytes_equal_journey (GBytes    *bytes,
                     KrJourney *journey)
{
  g_autoptr(GBytes) expected = kr_journey_to_bytes (journey);

  return g_bytes_equal (bytes, expected);
}

/* The journey in the one recovery copy in the folder, once it holds @text. */
static KrJourney *
wait_for_copy_with (const char *text)
{
  g_autofree char *dir = recovery_dir ();
  gint64 deadline = g_get_monotonic_time () + KR_TEST_WAIT_SECONDS * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GDir *folder = g_dir_open (dir, 0, NULL);
      const char *name;

      while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *contents = NULL;

          if (g_str_has_suffix (name, ".klantreis") &&
              g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL)
            {
              g_autoptr(GFile) file = g_file_new_for_path (path);
              g_autoptr(GError) error = NULL;
              KrJourney *journey = kr_journey_load_file (file, NULL, NULL, NULL, &error);

              g_dir_close (folder);
              g_assert_no_error (error);
              return journey;
            }
        }
      if (folder != NULL)
        g_dir_close (folder);
      g_usleep (100 * 1000);
    }

  g_assert_not_reached ();
}

static void
run_xdotool (const char *first_arg,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;
  va_list args;

  g_ptr_array_add (argv, (char *) "xdotool");
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Starts the real app on @file (or on nothing), with this test's home, and
 * puts its window in front. */
static GSubprocess *
start_app (GFile *file)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *pid = NULL;
  g_autofree char *window = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GSubprocess *app;
  char *argv[] = { "xdotool", "search", "--sync", "--onlyvisible", "--pid", NULL, NULL };
  int status;

  /* Its own instance, not this process's: the app is unique per session. */
  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", ui.home, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "GDK_DEBUG");
  app = g_subprocess_launcher_spawn (launcher, &error, KR_APP_PATH, path, NULL);
  g_assert_no_error (error);

  pid = g_strdup (g_subprocess_get_identifier (app));
  argv[5] = pid;
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  window = g_strndup (out, strcspn (out, "\n"));
  run_xdotool ("windowactivate", "--sync", window, NULL);
  /* The window has the keyboard; its first frame is drawn. */
  kr_ui_input_pause (800);
  return app;
}

static void
kill_app (GSubprocess *app)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (app, SIGKILL);
  g_subprocess_wait (app, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_term_sig (app), ==, SIGKILL);
}

/* This process starts again: it looks for copies, and a new window offers
 * them. */
static KrWindow *
start_again (void)
{
  KrRecoveryOffer *offer = kr_application_get_recovery_offer (ui.app);
  GListModel *items = kr_recovery_offer_get_items (offer);
  KrWindow *window;

  kr_recovery_offer_scan (offer);
  WAIT_UNTIL (!kr_recovery_offer_get_scanning (offer));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);

  window = kr_ui_test_open_window (ui.app, NULL);
  kr_ui_input_focus_window (GTK_WINDOW (window));
  g_assert_cmpstr (page_of (GTK_WIDGET (window)), ==, "recovery");
  return window;
}

static void
test_crash_saved_journey (void)
{
  g_autoptr(GFile) file = copy_sample (ui.home, "verduurzamen.klantreis");
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(KrJourney) on_screen = NULL;
  g_autoptr(KrJourney) saved = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *title = NULL;
  const KrJourneyChange *change;
  KrWindow *window;

  app = start_app (file);
  /* A facilitator adds what the room calls out. */
  kr_ui_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  kr_ui_input_type ("Ik bel de helpdesk");
  kr_ui_input_key (GDK_KEY_Return, 0);
  on_screen = wait_for_copy_with ("Ik bel de helpdesk");
  kill_app (app);

  /* The copy is the journey on screen: the saved file plus that note. */
  saved = kr_journey_load_file (file, NULL, NULL, NULL, NULL);
  changes = kr_journey_diff (saved, on_screen);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, KR_JOURNEY_CHANGE_NOTE_ADDED);
  g_assert_cmpstr (change->new_text, ==, "Ik bel de helpdesk");

  window = start_again ();
  kr_ui_input_save_screen ("recovery-offer");
  click_button (GTK_WIDGET (window), "_Restore");
  WAIT_UNTIL (kr_window_get_file (window) != NULL);

  /* Restored as it was on screen, modified, and tied to its file. */
  {
    g_autoptr(GBytes) expected = kr_journey_to_bytes (on_screen);

    g_assert_true (bytes_equal_journey (expected, kr_window_get_journey (window)));
  }
  g_assert_true (g_file_equal (kr_window_get_file (window), file));
  g_assert_true (kr_history_get_modified (kr_window_get_history (window)));
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_true (g_str_has_prefix (title, "•"));
  /* Recovery never wrote to the original. */
  {
    g_autoptr(KrJourney) still = kr_journey_load_file (file, NULL, NULL, NULL, NULL);
    g_autoptr(GBytes) a = kr_journey_to_bytes (still);

    g_assert_true (bytes_equal_journey (a, saved));
  }

  /* Saving it removes the copy. */
  kr_ui_input_key (GDK_KEY_s, GDK_CONTROL_MASK);
  WAIT_UNTIL (!kr_history_get_modified (kr_window_get_history (window)));
  g_assert_false (kr_recovery_copy_exists (kr_autosave_get_copy (kr_window_get_autosave (window))));

  close_all_windows ();
}

static void
test_crash_untitled_journey (void)
{
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(KrJourney) on_screen = NULL;
  g_autoptr(KrJourney) blank = kr_journey_new ();
  g_autoptr(GPtrArray) changes = NULL;
  const KrJourneyChange *change;
  KrWindow *window;

  /* A new journey: Enter takes the empty page's first step. */
  app = start_app (NULL);
  kr_ui_input_key (GDK_KEY_Return, 0);
  kr_ui_input_type ("Ik zoek informatie");
  kr_ui_input_key (GDK_KEY_Return, 0);
  on_screen = wait_for_copy_with ("Ik zoek informatie");
  kill_app (app);

  changes = kr_journey_diff (blank, on_screen);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, KR_JOURNEY_CHANGE_PHASE_ADDED);
  g_assert_cmpstr (change->new_text, ==, "Ik zoek informatie");

  window = start_again ();
  g_assert_nonnull (find_button (GTK_WIDGET (window), "_Restore"));
  /* Never saved: nothing to compare with. */
  g_assert_null (find_button (GTK_WIDGET (window), "_Compare with Saved File"));
  click_button (GTK_WIDGET (window), "_Restore");
  WAIT_UNTIL (g_list_model_get_n_items (kr_journey_get_phases (kr_window_get_journey (window))) == 1);
  {
    g_autoptr(GBytes) expected = kr_journey_to_bytes (on_screen);

    g_assert_true (bytes_equal_journey (expected, kr_window_get_journey (window)));
  }
  g_assert_null (kr_window_get_file (window));
  g_assert_true (kr_history_get_modified (kr_window_get_history (window)));

  close_all_windows ();
}

/* A copy in the folder as a crash leaves it: written, and let go. */
static void
leave_copy (KrJourney *journey,
            GFile     *original)
{
  g_autofree char *dir = recovery_dir ();
  g_autoptr(KrRecoveryCopy) copy = kr_recovery_copy_new (dir);
  g_autoptr(GBytes) bytes = kr_journey_to_bytes (journey);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *uri = original != NULL ? g_file_get_uri (original) : NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kr_recovery_copy_write (copy, bytes, uri, NULL, now, NULL, &error));
  g_assert_no_error (error);
}

static void
test_compare_and_discard (void)
{
  g_autoptr(GFile) file = copy_sample (ui.home, "vergelijk.klantreis");
  g_autoptr(KrJourney) changed = kr_journey_load_file (file, NULL, NULL, NULL, NULL);
  g_autoptr(KrPhase) phase = g_list_model_get_item (kr_journey_get_phases (changed), 0);
  KrRecoveryRow *row;
  AdwMessageDialog *dialog;
  KrWindow *window;
  g_autofree char *dir = recovery_dir ();

  kr_phase_set_title (phase, "Ik merk dat mijn huis koud is");
  leave_copy (changed, file);
  window = start_again ();

  click_button (GTK_WIDGET (window), "_Compare with Saved File");
  row = KR_RECOVERY_ROW (kr_ui_test_find_widget (GTK_WIDGET (window), KR_TYPE_RECOVERY_ROW));
  WAIT_UNTIL (kr_recovery_row_get_compared (row));
  kr_ui_input_settle ();
  g_assert_nonnull (kr_ui_test_find_label (GTK_WIDGET (row),
                                           "Renamed phase “Ik wil/moet verduurzamen” to "
                                           "“Ik merk dat mijn huis koud is”"));
  kr_ui_input_save_screen ("recovery-compare");

  /* Discarding asks; the answer removes the copy and the offer. */
  click_button (GTK_WIDGET (window), "_Discard…");
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  click_button (GTK_WIDGET (dialog), "_Discard");
  WAIT_UNTIL (g_list_model_get_n_items (kr_recovery_offer_get_items (
                kr_application_get_recovery_offer (ui.app))) == 0);
  {
    GDir *folder = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (folder));
    g_dir_close (folder);
  }
  /* With nothing left to offer, the window is an empty journey again. */
  WAIT_UNTIL (g_strcmp0 (page_of (GTK_WIDGET (window)), "empty") == 0);
  close_all_windows ();
}

/* Files that change underneath */

static void
write_other_version (GFile      *file,
                     const char *title)
{
  g_autoptr(KrJourney) journey = kr_journey_load_file (file, NULL, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  kr_journey_set_title (journey, title);
  /* Entity tags are times: a change within the same microsecond would
   * look like none. */
  g_usleep (2000);
  g_assert_true (kr_journey_save_file (journey, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static KrFileChangedBar *
file_bar (KrWindow *window)
{
  return KR_FILE_CHANGED_BAR (kr_ui_test_find_widget (GTK_WIDGET (window),
                                                      KR_TYPE_FILE_CHANGED_BAR));
}

static char *
title_on_disk (GFile *file)
{
  g_autoptr(KrJourney) journey = kr_journey_load_file (file, NULL, NULL, NULL, NULL);

  return g_strdup (kr_journey_get_title (journey));
}

static void
add_note_by_keys (KrWindow   *window,
                  const char *text)
{
  GtkWidget *canvas = kr_ui_test_find_widget (GTK_WIDGET (window), g_type_from_name ("KrCanvas"));

  gtk_widget_grab_focus (canvas);
  kr_ui_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  kr_ui_input_type (text);
  kr_ui_input_key (GDK_KEY_Return, 0);
}

static void
test_changed_on_disk (void)
{
  g_autoptr(GFile) file = copy_sample (ui.home, "gedeeld.klantreis");
  g_autofree char *title = NULL;
  KrWindow *window = kr_ui_test_open_window (ui.app, file);
  AdwMessageDialog *dialog;
  KrFileChangedBar *bar = file_bar (window);

  kr_ui_input_focus_window (GTK_WINDOW (window));
  add_note_by_keys (window, "Ik lees de folder");
  g_assert_cmpint (kr_file_changed_bar_get_state (bar), ==, KR_FILE_STATE_UNCHANGED);

  /* A colleague saves the same file on the share. */
  write_other_version (file, "Versie van een collega");
  WAIT_UNTIL (kr_file_changed_bar_get_state (bar) == KR_FILE_STATE_CHANGED);
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "_Reload") != NULL);
  kr_ui_input_save_screen ("file-changed-bar");

  /* Saving now asks, and Cancel keeps their file. */
  kr_ui_input_key (GDK_KEY_s, GDK_CONTROL_MASK);
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  click_button (GTK_WIDGET (dialog), "_Cancel");
  WAIT_UNTIL (find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  title = title_on_disk (file);
  g_assert_cmpstr (title, ==, "Versie van een collega");
  g_clear_pointer (&title, g_free);

  /* Keep Mine: the bar goes, and the next save goes over theirs. */
  click_button (GTK_WIDGET (bar), "_Keep Mine");
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "_Keep Mine") == NULL);
  kr_ui_input_key (GDK_KEY_s, GDK_CONTROL_MASK);
  WAIT_UNTIL (!kr_history_get_modified (kr_window_get_history (window)));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  title = title_on_disk (file);
  g_assert_cmpstr (title, ==, "Ik wil mijn huis verduurzamen");
  g_clear_pointer (&title, g_free);
  /* Its own save shows no bar. */
  kr_ui_input_pause (600);
  g_assert_cmpint (kr_file_changed_bar_get_state (bar), ==, KR_FILE_STATE_UNCHANGED);

  /* Reload: their version replaces mine, in this window. */
  add_note_by_keys (window, "Ik vergelijk offertes");
  write_other_version (file, "Tweede versie van een collega");
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "_Reload") != NULL);
  click_button (GTK_WIDGET (bar), "_Reload");
  WAIT_UNTIL (g_strcmp0 (kr_journey_get_title (kr_window_get_journey (window)),
                         "Tweede versie van een collega") == 0);
  g_assert_false (kr_history_get_modified (kr_window_get_history (window)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 1);
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "_Reload") == NULL);

  close_all_windows ();
}

static void
test_deleted_and_save_copy (void)
{
  g_autoptr(GFile) file = copy_sample (ui.home, "weg.klantreis");
  g_autofree char *copy_path = g_build_filename (ui.home, "weg (copy).klantreis", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autofree char *title = NULL;
  KrWindow *window = kr_ui_test_open_window (ui.app, file);
  KrFileChangedBar *bar = file_bar (window);
  GtkWindow *chooser;

  kr_ui_input_focus_window (GTK_WINDOW (window));

  /* Deleted: nothing to reload; keeping mine makes it unsaved work. */
  g_assert_cmpint (g_unlink (g_file_peek_path (file)), ==, 0);
  WAIT_UNTIL (kr_file_changed_bar_get_state (bar) == KR_FILE_STATE_DELETED);
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "_Keep Mine") != NULL);
  g_assert_null (find_button (GTK_WIDGET (bar), "_Reload"));
  click_button (GTK_WIDGET (bar), "_Keep Mine");
  g_assert_true (kr_history_get_modified (kr_window_get_history (window)));
  kr_ui_input_key (GDK_KEY_s, GDK_CONTROL_MASK);
  WAIT_UNTIL (g_file_query_exists (file, NULL));

  /* Changed again: save mine as a copy beside it, theirs stays. */
  write_other_version (file, "Hun versie");
  WAIT_UNTIL (find_button (GTK_WIDGET (bar), "Save a _Copy…") != NULL);
  click_button (GTK_WIDGET (bar), "Save a _Copy…");
  WAIT_UNTIL ((chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  kr_ui_input_focus_window (chooser);
  kr_ui_input_key (GDK_KEY_Return, 0);
  WAIT_UNTIL (g_file_query_exists (copy, NULL));
  WAIT_UNTIL (kr_window_get_file (window) != NULL && g_file_equal (kr_window_get_file (window), copy));
  title = title_on_disk (file);
  g_assert_cmpstr (title, ==, "Hun versie");
  g_clear_pointer (&title, g_free);
  title = title_on_disk (copy);
  g_assert_cmpstr (title, ==, "Ik wil mijn huis verduurzamen");
  WAIT_UNTIL (kr_file_changed_bar_get_state (bar) == KR_FILE_STATE_UNCHANGED);

  close_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!kr_ui_test_init (&ui, &argc, &argv))
    return 0;

  g_test_add_func ("/ui/recovery/crash/saved-journey", test_crash_saved_journey);
  g_test_add_func ("/ui/recovery/crash/untitled-journey", test_crash_untitled_journey);
  g_test_add_func ("/ui/recovery/compare-and-discard", test_compare_and_discard);
  g_test_add_func ("/ui/recovery/file/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/ui/recovery/file/deleted-and-save-copy", test_deleted_and_save_copy);

  ret = g_test_run ();
  kr_ui_test_finish (&ui);
  return ret;
}
