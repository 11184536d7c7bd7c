/* test-ui-smoke.c: the windows and pages build, open, edit, save and close
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with G_DEBUG=fatal-warnings, so a broken .ui template or
 * a warning anywhere on these paths fails the test.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kr-application.h"
#include "kr-canvas.h"
#include "kr-error-dialog.h"
#include "kr-emotion-wheel.h"
#include "kr-feeling-popover.h"
#include "kr-canvas-item.h"
#include "kr-coach-panel.h"
#include "kr-empathy-map.h"
#include "kr-journey-details.h"
#include "kr-method-panel.h"
#include "kr-metrics-popover.h"
#include "kr-note-popover.h"
#include "kr-personas-page.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window.h"
#include "kr-writing-help.h"

#define SAMPLE_TITLE "Ik wil mijn huis verduurzamen"

static KrApplication *app;

/* Copies the sample into @dir, so that saving never touches the source tree. */
static GFile *
copy_sample (const char *dir)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (dir, "verduurzamen.klantreis", NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (KR_SAMPLE_PATH, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Whether the map is the page on show and one of its phase titles or
 * notes reads @text, as a screen reader would say it. */
static gboolean
canvas_shows (KrWindow   *window,
              const char *text)
{
  GtkWidget *canvas = kr_ui_test_find_widget (GTK_WIDGET (window), KR_TYPE_CANVAS);

  g_assert_nonnull (canvas);
  if (!gtk_widget_get_child_visible (canvas) || kr_canvas_get_layout (KR_CANVAS (canvas)) == NULL)
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (canvas);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *label;

      if (!KR_IS_CANVAS_ITEM (child))
        continue;
      label = kr_canvas_item_get_label (KR_CANVAS_ITEM (child));
      if (label != NULL && strstr (label, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
title_contains (KrWindow   *window,
                const char *text)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  return title != NULL && strstr (title, text) != NULL;
}

static gboolean
title_is_modified (KrWindow *window)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  return title != NULL && g_str_has_prefix (title, "•");
}

static gboolean
action_enabled (KrWindow   *window,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static AdwMessageDialog *
find_dialog (KrWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) &&
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

/* Answers @dialog the way a user does, by clicking the button labelled
 * @label, which also closes it. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  WAIT_UNTIL (gtk_widget_get_mapped (button));
  kr_ui_input_focus_window (GTK_WINDOW (dialog));
  kr_ui_input_click_widget (button);
}

static void
set_title (KrWindow   *window,
           const char *title)
{
  kr_history_push (kr_window_get_history (window),
                   kr_set_command_new (kr_window_get_journey (window), "Change title",
                                       "title", title,
                                       NULL));
}

static void
test_templates (void)
{
  const GType types[] = {
    KR_TYPE_CANVAS, KR_TYPE_NOTE_POPOVER, KR_TYPE_FEELING_POPOVER, KR_TYPE_EMOTION_WHEEL,
    KR_TYPE_WINDOW, KR_TYPE_METHOD_PANEL, KR_TYPE_JOURNEY_DETAILS, KR_TYPE_PERSONAS_PAGE,
    KR_TYPE_EMPATHY_MAP, KR_TYPE_COACH_PANEL, KR_TYPE_METRICS_POPOVER, KR_TYPE_WRITING_HELP,
  };
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget;

      g_type_ensure (types[i]);
      widget = g_object_ref_sink (g_object_new (types[i], NULL));

      if (GTK_IS_WINDOW (widget))
        gtk_window_destroy (GTK_WINDOW (widget));

      g_assert_finalize_object (widget);
    }

  builder = gtk_builder_new_from_resource ("/io/github/klantreis/Klantreis/kr-shortcuts-window.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* The shortcuts window is built when it is asked for, over the window. */
static void
test_shortcuts_window (void)
{
  KrWindow *window = kr_ui_test_open_window (app, NULL);
  GtkWindow *shortcuts = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = toplevel;
    }
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  gtk_window_destroy (shortcuts);
  kr_ui_test_close_window (window);
}

static void
test_new_window (void)
{
  KrWindow *window = kr_ui_test_open_window (app, NULL);

  g_assert_null (kr_window_get_file (window));
  g_assert_true (kr_window_is_empty_and_unmodified (window));
  g_assert_true (title_contains (window, "New Journey"));
  g_assert_false (title_is_modified (window));
  /* A journey that was never saved can be saved; nothing can be undone. */
  g_assert_true (action_enabled (window, "save"));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));

  kr_ui_test_close_window (window);
}

/* The sample opens from the menu as an untitled copy, in the empty window. */
static void
test_open_sample (void)
{
  KrWindow *window = kr_ui_test_open_window (app, NULL);

  g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
  WAIT_UNTIL (title_contains (window, "Ik wil mijn huis verduurzamen"));
  g_assert_null (kr_window_get_file (window));
  g_assert_false (title_is_modified (window));
  g_assert_true (canvas_shows (window, "Phase 3: Ik laat (raam)isolatie plaatsen"));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  kr_ui_test_close_window (window);
}

static void
test_open_edit_undo (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);
  KrWindow *window = kr_ui_test_open_window (app, file);
  KrHistory *history = kr_window_get_history (window);

  g_assert_true (g_file_equal (kr_window_get_file (window), file));
  g_assert_true (kr_window_has_file (window, file));
  g_assert_false (kr_window_is_empty_and_unmodified (window));
  g_assert_true (title_contains (window, SAMPLE_TITLE));
  g_assert_false (title_is_modified (window));
  g_assert_true (canvas_shows (window, "Phase 1: Ik wil/moet verduurzamen"));
  g_assert_true (canvas_shows (window, "Gain: Ik ben nu genoodzaakt om te verduurzamen"));
  g_assert_false (action_enabled (window, "save"));

  set_title (window, "Ik wil mijn huis nog duurzamer maken");
  g_assert_true (title_is_modified (window));
  g_assert_true (title_contains (window, "nog duurzamer"));
  g_assert_true (action_enabled (window, "save"));
  g_assert_true (action_enabled (window, "undo"));

  kr_history_undo (history);
  g_assert_false (title_is_modified (window));
  g_assert_true (title_contains (window, SAMPLE_TITLE));
  g_assert_false (action_enabled (window, "save"));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (action_enabled (window, "redo"));

  kr_ui_test_close_window (window);
}

static void
test_open_twice_focuses (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);
  KrWindow *empty = kr_ui_test_open_window (app, NULL);
  guint n_windows;

  /* The empty window is reused for the first open ... */
  kr_application_open_file (app, file);
  g_assert_true (kr_window_has_file (empty, file));
  WAIT_UNTIL (!kr_window_get_loading (empty));

  /* ... and opening the same file again makes no second window. */
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  kr_application_open_file (app, file);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))),
                    ==, n_windows);
  g_assert_false (kr_window_get_loading (empty));

  kr_ui_test_close_window (empty);
}

static void
test_failed_open_keeps_document (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *bad_path = g_build_filename (dir, "bad.klantreis", NULL);
  g_autoptr(GFile) sample = g_file_new_for_path (KR_SAMPLE_PATH);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  KrWindow *window = kr_ui_test_open_window (app, sample);
  KrJourney *journey = kr_window_get_journey (window);
  AdwMessageDialog *dialog;

  g_file_set_contents (bad_path, "{ \"format\": \"klantreis\", ", -1, &error);
  g_assert_no_error (error);

  g_assert_true (kr_window_load_file (window, bad));
  WAIT_UNTIL (!kr_window_get_loading (window));

  g_assert_true (kr_window_get_journey (window) == journey);
  g_assert_true (g_file_equal (kr_window_get_file (window), sample));
  g_assert_true (title_contains (window, SAMPLE_TITLE));
  g_assert_true (canvas_shows (window, "Phase 1: Ik wil/moet verduurzamen"));

  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open Journey");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "“bad.klantreis”\n"));
  click_response (dialog, "_Close");
  WAIT_UNTIL (find_dialog (window) == NULL);

  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
test_save (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autoptr(GFile) file = copy_sample (dir);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  KrWindow *window = kr_ui_test_open_window (app, file);

  set_title (window, "Ik wil mijn huis nog duurzamer maken");
  g_assert_true (title_is_modified (window));

  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_false (title_is_modified (window));
  g_assert_false (action_enabled (window, "save"));
  g_assert_null (find_dialog (window));

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"title\": \"Ik wil mijn huis nog duurzamer maken\""));

  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
test_save_conflict (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autoptr(GFile) file = copy_sample (dir);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  KrWindow *window = kr_ui_test_open_window (app, file);
  guint64 mtime;

  set_title (window, "Ik wil mijn huis nog duurzamer maken");

  /* Someone else saves the file meanwhile, a little later by the clock. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, 0, NULL, &error);
  g_assert_no_error (error);
  mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  g_file_set_contents (path, "{ \"format\": \"klantreis\" }\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime + 10, 0, NULL, &error);
  g_assert_no_error (error);

  /* Cancel leaves their file and our changes alone. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");
  click_response (dialog, "_Cancel");
  WAIT_UNTIL (find_dialog (window) == NULL);
  g_assert_true (title_is_modified (window));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (contents, "nog duurzamer"));
  g_clear_pointer (&contents, g_free);

  /* Save Anyway replaces it. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  click_response (dialog, "_Save Anyway");
  WAIT_UNTIL (find_dialog (window) == NULL);
  g_assert_false (title_is_modified (window));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "nog duurzamer"));

  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
test_failed_save_keeps_changes (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *subdir = g_build_filename (dir, "sub", NULL);
  g_autofree char *path = g_build_filename (subdir, "journey.klantreis", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  KrWindow *window;
  gsize length;

  g_file_get_contents (KR_SAMPLE_PATH, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  window = kr_ui_test_open_window (app, file);
  set_title (window, "Ik wil mijn huis nog duurzamer maken");

  /* Permissions do not stop root; a parent that is a regular file does. */
  kr_test_remove_tree (subdir);
  g_file_set_contents (subdir, "not a directory", -1, &error);
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save Journey");
  g_assert_true (title_is_modified (window));
  g_assert_true (action_enabled (window, "save"));
  click_response (dialog, "_Close");
  WAIT_UNTIL (find_dialog (window) == NULL);

  /* Undo back to the saved state, so that closing asks nothing. */
  kr_history_undo (kr_window_get_history (window));
  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
closed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  int *answer = user_data;

  *answer = kr_window_close_with_confirmation_finish (KR_WINDOW (object), result);
}

/* Puts @text in the in-place editor of the journey's title, as if typed,
 * without pressing Enter. */
static void
type_title_without_enter (KrWindow   *window,
                          const char *text)
{
  KrCanvas *canvas = KR_CANVAS (kr_ui_test_find_widget (GTK_WIDGET (window), KR_TYPE_CANVAS));
  GtkWidget *editor;

  kr_canvas_edit_title (canvas);
  editor = kr_canvas_get_editor (canvas);
  g_assert_nonnull (editor);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
  g_assert_false (title_is_modified (window));
}

/* What is still being typed is saved too, and asked about on closing. */
static void
test_save_while_typing (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autoptr(GFile) file = copy_sample (dir);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  KrWindow *window = kr_ui_test_open_window (app, file);
  GtkWidget *widget = GTK_WIDGET (window);
  AdwMessageDialog *dialog;

  type_title_without_enter (window, "Ik wil van het gas af");
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_false (title_is_modified (window));
  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"title\": \"Ik wil van het gas af\""));

  /* Closing while typing asks, rather than dropping the text. */
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  type_title_without_enter (window, "Ik wil helemaal van het gas af");
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_true (title_is_modified (window));
  g_assert_cmpstr (kr_journey_get_title (kr_window_get_journey (window)), ==,
                   "Ik wil helemaal van het gas af");
  click_response (dialog, "_Discard");
  WAIT_UNTIL (widget == NULL);

  kr_test_remove_tree (dir);
}

/* What is done in a window while a journey loads into it is kept: the
 * journey opens in a window of its own. */
static void
test_edit_while_loading (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);
  KrWindow *window = kr_ui_test_open_window (app, NULL);
  GtkWidget *widget = GTK_WIDGET (window);
  AdwMessageDialog *dialog;
  GList *windows;
  KrWindow *other = NULL;

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_assert_true (kr_window_load_file (window, file));
  g_assert_true (kr_window_get_loading (window));
  set_title (window, "Ik begin iets nieuws");
  WAIT_UNTIL (!kr_window_get_loading (window));

  g_assert_cmpstr (kr_journey_get_title (kr_window_get_journey (window)), ==,
                   "Ik begin iets nieuws");
  g_assert_true (title_is_modified (window));

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  for (GList *l = windows; l != NULL; l = l->next)
    if (KR_IS_WINDOW (l->data) && l->data != (gpointer) window)
      other = l->data;
  g_assert_nonnull (other);
  g_assert_true (kr_window_has_file (other, file));
  g_assert_cmpstr (kr_journey_get_title (kr_window_get_journey (other)), ==,
                   "Ik wil mijn huis verduurzamen");

  kr_ui_test_close_window (other);
  kr_window_close_with_confirmation (window, NULL, NULL);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  click_response (dialog, "_Discard");
  WAIT_UNTIL (widget == NULL);
}

/* The reason under an error starts as a sentence, unless it starts with a
 * place in the file, which is kept as it is written there. */
static void
test_error_sentence (void)
{
  g_autofree char *none = kr_error_dialog_sentence (NULL);
  static const char *const cases[][2] = {
    { "the document: expected a journey object, found text",
      "The document: expected a journey object, found text" },
    { "version: the journey was made by a newer version",
      "Version: the journey was made by a newer version" },
    { "notes[2].phase: no phase has the id “ph9”", "notes[2].phase: no phase has the id “ph9”" },
    { "scope.customer: expected text", "scope.customer: expected text" },
    { "Line 9, column 35: expected a comma", "Line 9, column 35: expected a comma" },
    { "élan", "Élan" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sentence = kr_error_dialog_sentence (cases[i][0]);
      g_assert_cmpstr (sentence, ==, cases[i][1]);
    }
  g_assert_cmpstr (none, ==, "");
}

static gboolean
recent_menu_has (const char *label)
{
  GMenuModel *menu = kr_application_get_recent_menu (app);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          strcmp (text, label) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Two recent journeys of the same name are told apart by their folders. */
static void
test_recent_same_name (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *thuis = g_build_filename (dir, "thuis", NULL);
  g_autofree char *werk = g_build_filename (dir, "werk", NULL);
  g_autofree char *alone_path = g_build_filename (dir, "alleen.klantreis", NULL);
  g_autoptr(GFile) a = NULL;
  g_autoptr(GFile) b = NULL;
  g_autoptr(GFile) alone = g_file_new_for_path (alone_path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (thuis, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (werk, 0700), ==, 0);
  a = copy_sample (thuis);
  b = copy_sample (werk);
  g_file_set_contents (alone_path, "{}", -1, &error);
  g_assert_no_error (error);

  kr_application_add_recent (app, a);
  kr_application_add_recent (app, b);
  kr_application_add_recent (app, alone);
  WAIT_UNTIL (recent_menu_has ("verduurzamen.klantreis — thuis") &&
              recent_menu_has ("verduurzamen.klantreis — werk"));
  g_assert_true (recent_menu_has ("alleen.klantreis"));

  kr_test_remove_tree (dir);
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, text))
      return TRUE;
  return FALSE;
}

/* A value adjusted while opening is listed, place first, on request. */
static void
test_load_warnings (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "warn",
                                                 "curve-minus-12.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KrWindow *window = kr_ui_test_open_window (app, file);
  AdwMessageDialog *dialog;

  g_assert_true (action_enabled (window, "show-load-warnings"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-load-warnings", NULL);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Adjusted Values");
  g_assert_true (has_label_containing (adw_message_dialog_get_extra_child (dialog),
                                       "phases[1].curve"));
  click_response (dialog, "_Close");
  WAIT_UNTIL (find_dialog (window) == NULL);
  kr_ui_test_close_window (window);
}

static void
test_close_asks (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);
  KrWindow *window = kr_ui_test_open_window (app, file);
  GtkWidget *widget = GTK_WIDGET (window);
  AdwMessageDialog *dialog;
  int answer = -1;

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  set_title (window, "Ik wil mijn huis nog duurzamer maken");

  /* Cancel keeps the window and its changes. */
  kr_window_close_with_confirmation (window, closed_cb, &answer);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  click_response (dialog, "_Cancel");
  WAIT_UNTIL (answer != -1);
  g_assert_cmpint (answer, ==, FALSE);
  g_assert_nonnull (widget);
  g_assert_true (title_is_modified (window));

  /* Closing the window by its close button asks the same question. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  click_response (dialog, "_Cancel");
  WAIT_UNTIL (find_dialog (window) == NULL);
  g_assert_nonnull (widget);

  /* Discard closes without saving. */
  answer = -1;
  kr_window_close_with_confirmation (window, closed_cb, &answer);
  WAIT_UNTIL ((dialog = find_dialog (window)) != NULL);
  click_response (dialog, "_Discard");
  WAIT_UNTIL (answer != -1);
  g_assert_cmpint (answer, ==, TRUE);
  WAIT_UNTIL (widget == NULL);
}

static void
test_quit_asks_per_window (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);
  KrWindow *plain = kr_ui_test_open_window (app, NULL);
  KrWindow *edited = kr_ui_test_open_window (app, file);
  GtkWidget *plain_widget = GTK_WIDGET (plain);
  GtkWidget *edited_widget = GTK_WIDGET (edited);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (plain_widget), (gpointer *) &plain_widget);
  g_object_add_weak_pointer (G_OBJECT (edited_widget), (gpointer *) &edited_widget);
  set_title (edited, "Ik wil mijn huis nog duurzamer maken");

  /* Cancel stops quitting at the window with changes. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  WAIT_UNTIL ((dialog = find_dialog (edited)) != NULL);
  click_response (dialog, "_Cancel");
  WAIT_UNTIL (find_dialog (edited) == NULL);
  g_assert_nonnull (edited_widget);

  /* Discard lets quitting go on until every window is closed. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  WAIT_UNTIL ((dialog = find_dialog (edited)) != NULL);
  click_response (dialog, "_Discard");
  WAIT_UNTIL (plain_widget == NULL && edited_widget == NULL);
}

int
main (int   argc,
      char *argv[])
{
  KrUiTest test = { 0 };
  int ret;

  if (!kr_ui_test_init (&test, &argc, &argv))
    return 0;
  app = test.app;

  g_test_add_func ("/ui/templates", test_templates);
  g_test_add_func ("/ui/window/new", test_new_window);
  g_test_add_func ("/ui/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/ui/window/open-sample", test_open_sample);
  g_test_add_func ("/ui/window/open-edit-undo", test_open_edit_undo);
  g_test_add_func ("/ui/window/open-twice-focuses", test_open_twice_focuses);
  g_test_add_func ("/ui/window/failed-open-keeps-document", test_failed_open_keeps_document);
  g_test_add_func ("/ui/window/save", test_save);
  g_test_add_func ("/ui/window/save-conflict", test_save_conflict);
  g_test_add_func ("/ui/window/failed-save-keeps-changes", test_failed_save_keeps_changes);
  g_test_add_func ("/ui/window/save-while-typing", test_save_while_typing);
  g_test_add_func ("/ui/window/edit-while-loading", test_edit_while_loading);
  g_test_add_func ("/ui/window/error-sentence", test_error_sentence);
  g_test_add_func ("/ui/window/recent-same-name", test_recent_same_name);
  g_test_add_func ("/ui/window/load-warnings", test_load_warnings);
  g_test_add_func ("/ui/window/close-asks", test_close_asks);
  /* Last: quitting closes every window. */
  g_test_add_func ("/ui/app/quit-asks-per-window", test_quit_asks_per_window);

  ret = g_test_run ();

  app = NULL;
  kr_ui_test_finish (&test);
  return ret;
}
