/* test-ui-fit.c: every popover and dialog fits a projector's screen
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator's beamer has 1280×720 pixels. Each popover and dialog the
 * journey window opens is opened here as a user opens it, by real clicks
 * and keys, wherever it can be asked for: near the top of the screen and
 * near the bottom. Its place on the screen, read through the X server, must
 * lie on the monitor whole. The same runs once in English and once in
 * Dutch, whose words are longer; no label of the emotion wheel may be cut
 * short in either.
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "kr-canvas-private.h"
#include "kr-emotion-wheel.h"
#include "kr-export-dialog.h"
#include "kr-feeling-popover.h"
#include "kr-method-panel.h"
#include "kr-metrics-popover.h"
#include "kr-new-journey-dialog.h"
#include "kr-note-popover.h"
#include "kr-writing-help.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window-private.h"

static KrApplication *app;

typedef struct
{
  KrWindow *window;
  KrCanvas *canvas;
  char     *dir;
} Fixture;

/* A popover's widget reaches into the room its surface keeps for the
 * shadow; what shows is its content. */
static GtkWidget *
visible_part (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget) && gtk_popover_get_child (GTK_POPOVER (widget)) != NULL)
    return gtk_popover_get_child (GTK_POPOVER (widget));
  return widget;
}

static void
assert_on_screen (GtkWidget  *widget,
                  const char *what)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  GdkRectangle screen, rect;

  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);
  kr_ui_input_get_screen_rect (visible_part (widget), &rect);
  g_test_message ("%s: %d×%d at %d,%d on %d×%d", what, rect.width, rect.height, rect.x, rect.y,
                  screen.width, screen.height);

  if (rect.x < screen.x || rect.y < screen.y ||
      rect.x + rect.width > screen.x + screen.width ||
      rect.y + rect.height > screen.y + screen.height)
    g_error ("%s is not on the screen whole: %d×%d at %d,%d on %d×%d", what, rect.width,
             rect.height, rect.x, rect.y, screen.width, screen.height);

  /* Nor squeezed to fit, with the rest cut off. */
  if (GTK_IS_POPOVER (widget))
    {
      GtkWidget *content = visible_part (widget);
      int natural;

      /* What it asks for holds its margins; what it has, not. */
      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, rect.width, NULL, &natural,
                          NULL, NULL);
      natural -= gtk_widget_get_margin_top (content) + gtk_widget_get_margin_bottom (content);
      if (natural > rect.height + 1)
        g_error ("%s is squeezed: %d px of the %d it needs", what, rect.height, natural);
    }
}

static void
assert_wheel_labels_whole (GtkWidget  *wheel,
                           const char *what)
{
  guint n;
  const KrEmotion *all = kr_emotion_get_all (&n);

  for (guint i = 0; i < n; i++)
    if (kr_emotion_wheel_label_is_cut (KR_EMOTION_WHEEL (wheel), &all[i]))
      g_error ("%s: the label “%s” is cut short at a wheel of %d px", what,
               kr_emotion_get_name (&all[i]), gtk_widget_get_width (wheel));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);

  f->window = kr_ui_test_open_window (app, file);
  f->canvas = KR_CANVAS (kr_ui_test_find_widget (GTK_WIDGET (f->window), KR_TYPE_CANVAS));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->canvas)) &&
              kr_canvas_get_layout (f->canvas) != NULL);
  kr_ui_input_focus_window (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  while (kr_history_get_can_undo (kr_window_get_history (f->window)))
    kr_history_undo (kr_window_get_history (f->window));
  kr_ui_test_close_window (f->window);
}

static const KrLayoutPhase *
phase (Fixture *f,
       guint    index)
{
  return kr_layout_get_phase (kr_canvas_get_layout (f->canvas), index);
}

/* The view at 100 %, scrolled so that map point @map_y shows at widget
 * height @widget_y. */
static void
scroll_map_y_to (Fixture *f,
                 double   map_y,
                 double   widget_y)
{
  _kr_canvas_set_view (f->canvas, 1.0, f->canvas->scroll_x, map_y - widget_y);
  kr_ui_input_settle ();
}

static void
close_with_escape (GtkWidget *popover)
{
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (popover));
}

/* The wheel of a phase's feelings, from a feeling cell high and low on the
 * screen and from the whole map at once. */
static void
test_feeling_popover (Fixture       *f,
                      gconstpointer  data)
{
  const double heights[] = { 0.15, 0.5, 0.92 };

  for (guint i = 0; i < G_N_ELEMENTS (heights) + 1; i++)
    {
      const KrLayoutPhase *lphase;
      GtkWidget *popover, *wheel;
      g_autofree char *what = NULL;
      double x, y;

      if (i < G_N_ELEMENTS (heights))
        scroll_map_y_to (f, phase (f, 1)->feeling.y + phase (f, 1)->feeling.height / 2,
                         gtk_widget_get_height (GTK_WIDGET (f->canvas)) * heights[i]);
      else
        kr_canvas_zoom_to_fit (f->canvas);
      kr_ui_input_settle ();

      lphase = phase (f, 1);
      kr_canvas_map_to_widget (f->canvas, lphase->feeling.x + lphase->feeling.width / 2,
                               lphase->feeling.y + lphase->feeling.height / 2, &x, &y);
      x = CLAMP (x, 40, gtk_widget_get_width (GTK_WIDGET (f->canvas)) - 40);
      kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, 0);
      popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_FEELING_POPOVER);
      g_assert_nonnull (popover);
      WAIT_UNTIL (gtk_widget_get_mapped (popover));

      what = g_strdup_printf ("the feeling popover from %.0f px down", y);
      kr_ui_input_save_screen (what);
      assert_on_screen (popover, what);
      wheel = kr_feeling_popover_get_wheel (KR_FEELING_POPOVER (popover));
      assert_wheel_labels_whole (wheel, what);
      close_with_escape (popover);
    }
}

/* A note's properties, for a note high and low on the screen, and the
 * wheel of its own emotion inside. */
static void
test_note_popover (Fixture       *f,
                   gconstpointer  data)
{
  const double heights[] = { 0.1, 0.9 };

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      const KrLayoutNote *lnote;
      GtkWidget *popover, *button, *emotion_popover, *wheel;
      g_autofree char *what = NULL;
      double x, y;

      lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas),
                                   kr_journey_find_note (kr_window_get_journey (f->window),
                                                         "n12", NULL));
      scroll_map_y_to (f, lnote->rect.y + lnote->rect.height / 2,
                       gtk_widget_get_height (GTK_WIDGET (f->canvas)) * heights[i]);
      lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas),
                                   kr_journey_find_note (kr_window_get_journey (f->window),
                                                         "n12", NULL));
      kr_canvas_map_to_widget (f->canvas, lnote->rect.x + lnote->rect.width / 2,
                               lnote->rect.y + lnote->rect.height / 2, &x, &y);
      x = CLAMP (x, 40, gtk_widget_get_width (GTK_WIDGET (f->canvas)) - 40);
      kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
      popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_NOTE_POPOVER);
      g_assert_nonnull (popover);
      WAIT_UNTIL (gtk_widget_get_mapped (popover));

      what = g_strdup_printf ("the note popover from %.0f px down", y);
      kr_ui_input_save_screen (what);
      assert_on_screen (popover, what);

      button = kr_ui_test_find_widget (popover, GTK_TYPE_MENU_BUTTON);
      kr_ui_input_click_widget (button);
      emotion_popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
      WAIT_UNTIL (gtk_widget_get_mapped (emotion_popover));
      g_free (what);
      what = g_strdup_printf ("a note's emotion wheel from %.0f px down", y);
      kr_ui_input_save_screen (what);
      assert_on_screen (emotion_popover, what);
      wheel = kr_ui_test_find_widget (emotion_popover, KR_TYPE_EMOTION_WHEEL);
      assert_wheel_labels_whole (wheel, what);

      close_with_escape (emotion_popover);
      close_with_escape (popover);
    }
}

/* The menus of the map: a phase's, and the map's own in the far corner. */
static void
test_map_menus (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  const KrLayoutPhase *lphase;
  double x, y;

  kr_canvas_zoom_to_fit (f->canvas);
  kr_ui_input_settle ();
  lphase = phase (f, kr_layout_get_n_phases (kr_canvas_get_layout (f->canvas)) - 1);
  kr_canvas_map_to_widget (f->canvas, lphase->title.x + lphase->title.width - 8,
                           lphase->title.y + lphase->title.height / 2, &x, &y);
  kr_ui_input_click (canvas, x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->phase_menu != NULL && gtk_widget_get_mapped (f->canvas->phase_menu));
  assert_on_screen (f->canvas->phase_menu, "the last phase's menu");
  close_with_escape (f->canvas->phase_menu);

  kr_ui_input_click (canvas, gtk_widget_get_width (canvas) - 4, gtk_widget_get_height (canvas) - 4,
                     GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->canvas_menu != NULL && gtk_widget_get_mapped (f->canvas->canvas_menu));
  assert_on_screen (f->canvas->canvas_menu, "the map's menu from its bottom right corner");
  close_with_escape (f->canvas->canvas_menu);
}

static void
check_menu_button (GtkWidget  *button,
                   const char *what)
{
  GtkWidget *popover;

  kr_ui_input_click_widget (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));
  kr_ui_input_save_screen (what);
  assert_on_screen (popover, what);
  close_with_escape (popover);
}

/* A phase's measures, from its menu: with the whole map in view, and at
 * 100 % near the top of the screen. */
static void
test_metrics_popover (Fixture       *f,
                      gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      const KrLayoutPhase *lphase;
      g_autofree char *what = NULL;
      double x, y;

      if (i == 0)
        kr_canvas_zoom_to_fit (f->canvas);
      else
        scroll_map_y_to (f, phase (f, 0)->title.y, 40);
      kr_ui_input_settle ();

      lphase = phase (f, kr_layout_get_n_phases (kr_canvas_get_layout (f->canvas)) - 1);
      kr_canvas_map_to_widget (f->canvas, lphase->title.x + 20,
                               lphase->title.y + lphase->title.height / 2, &x, &y);
      x = CLAMP (x, 40, gtk_widget_get_width (GTK_WIDGET (f->canvas)) - 40);
      kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
      WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->phase_menu));
      {
        /* The menu item's label, as it shows: without its mnemonic. */
        g_autoptr(GString) label = g_string_new (_("Mea_sures…"));

        g_string_replace (label, "_", "", 0);
        kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->phase_menu, label->str));
      }
      WAIT_UNTIL (f->canvas->metrics_popover != NULL &&
                  gtk_widget_get_mapped (f->canvas->metrics_popover));

      what = g_strdup_printf ("a phase's measures, view %u", i);
      kr_ui_input_save_screen (what);
      assert_on_screen (f->canvas->metrics_popover, what);
      close_with_escape (f->canvas->metrics_popover);
    }
}

/* The writing guide under an activity typed at the bottom of its lane,
 * where there is no room below it. */
static void
test_writing_help (Fixture       *f,
                   gconstpointer  data)
{
  const KrLayout *layout;
  KrRect lane;
  GtkWidget *help;
  double x, y;

  layout = kr_canvas_get_layout (f->canvas);
  lane = kr_layout_get_lane (layout, KR_LANE_ACTIVITIES);
  scroll_map_y_to (f, lane.y + lane.height - 20, gtk_widget_get_height (GTK_WIDGET (f->canvas)) - 30);
  layout = kr_canvas_get_layout (f->canvas);
  kr_canvas_map_to_widget (f->canvas, phase (f, 0)->column.x + phase (f, 0)->column.width - 12,
                           lane.y + lane.height - 20, &x, &y);
  kr_ui_input_double_click (GTK_WIDGET (f->canvas), x, y);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) != NULL);
  kr_ui_input_type ("Ik ");
  WAIT_UNTIL ((help = f->canvas->writing_help) != NULL && gtk_widget_get_mapped (help));
  kr_ui_input_save_screen ("the writing guide at the bottom");
  assert_on_screen (help, "the writing guide at the bottom");
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) == NULL);
}

/* The note popover of an idea for improvement, with its owner and status,
 * for a note low on the screen. */
static void
test_improvement_popover (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *notes = kr_journey_get_notes (kr_window_get_journey (f->window));
  KrNote *idea = NULL;
  const KrLayoutNote *lnote;
  double x, y;

  for (guint i = g_list_model_get_n_items (notes); i > 0 && idea == NULL; i--)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i - 1);
      if (kr_note_get_kind (note) == KR_NOTE_KIND_IMPROVEMENT)
        idea = note;
    }
  g_assert_nonnull (idea);

  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), idea);
  scroll_map_y_to (f, lnote->rect.y + lnote->rect.height / 2,
                   gtk_widget_get_height (GTK_WIDGET (f->canvas)) * 0.9);
  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), idea);
  _kr_canvas_set_view (f->canvas, 1.0, lnote->rect.x - 200, f->canvas->scroll_y);
  kr_ui_input_settle ();
  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), idea);
  kr_canvas_map_to_widget (f->canvas, lnote->rect.x + lnote->rect.width / 2,
                           lnote->rect.y + lnote->rect.height / 2, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->note_popover != NULL && gtk_widget_get_mapped (f->canvas->note_popover));
  kr_ui_input_save_screen ("an idea's popover");
  assert_on_screen (f->canvas->note_popover, "an idea's popover");
  close_with_escape (f->canvas->note_popover);
}

/* The method's panel beside the map, each of its pages, and the scope
 * card's menu that leads there. */
static void
test_method_panel (Fixture       *f,
                   gconstpointer  data)
{
  const KrMethodPage pages[] = {
    KR_METHOD_PAGE_DETAILS, KR_METHOD_PAGE_PERSONAS, KR_METHOD_PAGE_COACH,
  };
  const KrLayout *layout;
  KrRect lane, title;
  double x, y;

  kr_ui_input_key (GDK_KEY_F9, 0);
  WAIT_UNTIL (adw_flap_get_reveal_flap (f->window->flap) &&
              gtk_widget_get_mapped (GTK_WIDGET (f->window->method_panel)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *what = g_strdup_printf ("the method panel, page %u", i);

      kr_method_panel_show_page (f->window->method_panel, pages[i]);
      kr_ui_input_settle ();
      kr_ui_input_save_screen (what);
      assert_on_screen (GTK_WIDGET (f->window->method_panel), what);
      /* The map keeps more than half the window. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->canvas)), >,
                       gtk_widget_get_width (GTK_WIDGET (f->window)) / 2);
    }
  kr_ui_input_key (GDK_KEY_F9, 0);
  WAIT_UNTIL (!adw_flap_get_reveal_flap (f->window->flap));

  kr_canvas_zoom_to_fit (f->canvas);
  kr_ui_input_settle ();
  layout = kr_canvas_get_layout (f->canvas);
  lane = kr_layout_get_lane (layout, KR_LANE_HEADER);
  title = kr_layout_get_title_rect (layout);
  kr_canvas_map_to_widget (f->canvas, title.x + title.width + 20, lane.y + lane.height / 2, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->canvas_menu != NULL && gtk_widget_get_mapped (f->canvas->canvas_menu));
  assert_on_screen (f->canvas->canvas_menu, "the scope card's menu");
  close_with_escape (f->canvas->canvas_menu);
}

/* The header bar's menus. */
static void
test_header_menus (Fixture       *f,
                   gconstpointer  data)
{
  check_menu_button (GTK_WIDGET (f->window->primary_menu_button), "the main menu");
  check_menu_button (GTK_WIDGET (f->window->zoom_button), "the zoom menu");
  check_menu_button (kr_ui_test_find_widget (GTK_WIDGET (f->window->add_button),
                                             GTK_TYPE_MENU_BUTTON),
                     "the add menu");
  check_menu_button (kr_ui_test_find_widget (GTK_WIDGET (f->window->open_button),
                                             GTK_TYPE_MENU_BUTTON),
                     "the recent journeys");
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
check_window (GType       type,
              const char *what)
{
  GtkWindow *window;

  WAIT_UNTIL ((window = find_toplevel (type)) != NULL);
  kr_ui_input_focus_window (window);
  kr_ui_input_save_screen (what);
  assert_on_screen (GTK_WIDGET (window), what);
  gtk_window_close (window);
  WAIT_UNTIL (find_toplevel (type) == NULL);
}

/* The windows and dialogs the journey window opens. */
static void
test_dialogs (Fixture       *f,
              gconstpointer  data)
{
  kr_ui_input_key (GDK_KEY_question, GDK_CONTROL_MASK);
  check_window (GTK_TYPE_SHORTCUTS_WINDOW, "the keyboard shortcuts");

  kr_ui_input_focus_window (GTK_WINDOW (f->window));
  kr_ui_input_key (GDK_KEY_e, GDK_CONTROL_MASK);
  check_window (KR_TYPE_EXPORT_DIALOG, "the export dialog");

  kr_ui_input_focus_window (GTK_WINDOW (f->window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  check_window (ADW_TYPE_ABOUT_WINDOW, "the about window");

  kr_ui_input_focus_window (GTK_WINDOW (f->window));
  kr_ui_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  check_window (KR_TYPE_NEW_JOURNEY_DIALOG, "the new journey dialog");
}

int
main (int   argc,
      char *argv[])
{
  KrUiTest test = { 0 };
  const char *language = g_getenv ("KR_TEST_LANGUAGE");
  int ret;

  /* The Dutch run needs the Dutch locale and the catalogue just built. */
  if (language != NULL && g_str_equal (language, "nl") &&
      setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_print ("1..0 # SKIP the nl_NL.UTF-8 locale is not installed (build-aux/test installs it)\n");
      return 0;
    }
  bindtextdomain (GETTEXT_PACKAGE, KR_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!kr_ui_test_init (&test, &argc, &argv))
    return 0;
  app = test.app;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ui/fit/feeling-popover", test_feeling_popover);
  ADD ("/ui/fit/note-popover", test_note_popover);
  ADD ("/ui/fit/map-menus", test_map_menus);
  ADD ("/ui/fit/header-menus", test_header_menus);
  ADD ("/ui/fit/dialogs", test_dialogs);
  ADD ("/ui/fit/metrics-popover", test_metrics_popover);
  ADD ("/ui/fit/writing-help", test_writing_help);
  ADD ("/ui/fit/improvement-popover", test_improvement_popover);
  ADD ("/ui/fit/method-panel", test_method_panel);

#undef ADD

  ret = g_test_run ();

  app = NULL;
  kr_ui_test_finish (&test);
  return ret;
}
