/* test-ui-canvas.c: the journey map, driven as a user drives it
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test works a real window on a copy of the sample journey through
 * the canvas's own gesture and key controllers and its actions, with
 * coordinates worked out from the layout, and then reads the model: the
 * phase, order and valence of the notes, the phases, and what undo and
 * redo make of each step. Runs under Xvfb with G_DEBUG=fatal-warnings.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kr-application.h"
#include "kr-canvas.h"
#include "kr-canvas-item.h"
#include "kr-canvas-private.h"
#include "kr-curve.h"
#include "kr-emotion-wheel.h"
#include "kr-feeling-popover.h"
#include "kr-note-popover.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window.h"

static KrApplication *app;

/* --- fixtures -------------------------------------------------------------- */

typedef struct
{
  char      *dir;
  KrWindow  *window;
  KrCanvas  *canvas;
  KrJourney *journey;
  KrHistory *history;
} Fixture;

static void
close_window (KrWindow *window)
{
  /* Back to the saved state, so that closing asks nothing. */
  while (kr_history_get_can_undo (kr_window_get_history (window)))
    kr_history_undo (kr_window_get_history (window));
  kr_ui_test_close_window (window);
}

static void
fixture_open (Fixture *f,
              const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  f->dir = kr_test_make_tmpdir ();
  path = g_build_filename (f->dir, name, NULL);
  g_file_get_contents (KR_SAMPLE_PATH, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  f->window = kr_ui_test_open_window (app, file);
  f->canvas = KR_CANVAS (kr_ui_test_find_widget (GTK_WIDGET (f->window), KR_TYPE_CANVAS));
  g_assert_nonnull (f->canvas);
  f->journey = kr_window_get_journey (f->window);
  f->history = kr_window_get_history (f->window);
  g_assert_true (kr_canvas_get_journey (f->canvas) == f->journey);

  /* Drawn once, with its first view, before anything is pointed at. */
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->canvas)) &&
              gtk_widget_get_width (GTK_WIDGET (f->canvas)) > 0 &&
              kr_canvas_get_layout (f->canvas) != NULL);
  kr_canvas_zoom_to_fit (f->canvas);
  /* The keys go where a person's would: to the window in front. */
  kr_ui_input_focus_window (GTK_WINDOW (f->window));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_open (f, "journey.klantreis");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_window (f->window);
  kr_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* --- driving the canvas ---------------------------------------------------- */

/* Every press, move and key goes through the X server (kr-ui-input.h),
 * as a person's would; the tests then read what the app made of it. */
static const KrLayoutNote *
layout_note (Fixture    *f,
             const char *id)
{
  KrNote *note = kr_journey_find_note (f->journey, id, NULL);
  const KrLayoutNote *lnote;

  g_assert_nonnull (note);
  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), note);
  g_assert_nonnull (lnote);
  return lnote;
}

static const KrLayoutPhase *
layout_phase (Fixture    *f,
              const char *id)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);

  for (guint i = 0; i < kr_layout_get_n_phases (layout); i++)
    if (g_strcmp0 (kr_phase_get_id (kr_layout_get_phase (layout, i)->phase), id) == 0)
      return kr_layout_get_phase (layout, i);

  g_assert_not_reached ();
}

/* Layout pointers last until the next change of the journey: the tests
 * look them up again after each step. */

/* The centre of a note, in the canvas's own coordinates. */
static void
note_point (Fixture    *f,
            const char *id,
            double     *x,
            double     *y)
{
  const KrLayoutNote *lnote = layout_note (f, id);

  kr_canvas_map_to_widget (f->canvas,
                           lnote->rect.x + lnote->rect.width / 2,
                           lnote->rect.y + lnote->rect.height / 2,
                           x, y);
}

/* The y, in map units, at which an activity has @valence. */
static double
valence_y (Fixture *f,
           double   valence)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);

  return kr_layout_get_neutral_y (layout) - valence * kr_layout_get_valence_step (layout);
}

/* A press at widget point (@x, @y), a move to the map point (@map_x,
 * @map_y), and a release. */
static void
drag_to_map (Fixture *f,
             double   x,
             double   y,
             double   map_x,
             double   map_y)
{
  double to_x, to_y;

  kr_canvas_map_to_widget (f->canvas, map_x, map_y, &to_x, &to_y);
  kr_ui_input_drag (GTK_WIDGET (f->canvas), GDK_BUTTON_PRIMARY, x, y, to_x, to_y, 0);
}

/* A click on a note without moving: it is selected alone. */
static void
click_note (Fixture    *f,
            const char *id)
{
  double x, y;

  note_point (f, id, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, 0);
}

static void
double_click (Fixture *f,
              double   x,
              double   y)
{
  kr_ui_input_double_click (GTK_WIDGET (f->canvas), x, y);
}

/* A key, to whatever has the keyboard focus. */
static void
press_key (Fixture         *f,
           guint            keyval,
           GdkModifierType  state)
{
  kr_ui_input_key (keyval, state);
}

static void
activate_canvas (Fixture    *f,
                 const char *name,
                 GVariant   *param)
{
  GActionGroup *actions = kr_canvas_get_actions (f->canvas);

  g_assert_true (g_action_group_get_action_enabled (actions, name));
  g_action_group_activate_action (actions, name, param);
}

/* Ctrl+Z and Shift+Ctrl+Z, as a user undoes. */
static void
undo (Fixture *f)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "undo"));
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
}

static void
redo (Fixture *f)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "redo"));
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
}

/* Types @text over what the in-place editor holds, unless it is NULL, and
 * presses @keyval there, which must end the edit. */
static void
type_in_editor (Fixture    *f,
                const char *text,
                guint       keyval)
{
  GtkWidget *editor = kr_canvas_get_editor (f->canvas);

  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_has_focus (editor));
  if (text != NULL)
    {
      kr_ui_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
      kr_ui_input_type (text);
    }
  kr_ui_input_key (keyval, 0);
  g_assert_null (kr_canvas_get_editor (f->canvas));
}

static KrNote *
note (Fixture    *f,
      const char *id)
{
  KrNote *found = kr_journey_find_note (f->journey, id, NULL);

  g_assert_nonnull (found);
  return found;
}

static guint
n_notes (Fixture *f)
{
  return g_list_model_get_n_items (kr_journey_get_notes (f->journey));
}

static guint
n_phases (Fixture *f)
{
  return g_list_model_get_n_items (kr_journey_get_phases (f->journey));
}

static const char *
phase_id_at (Fixture *f,
             guint    position)
{
  g_autoptr(KrPhase) phase = g_list_model_get_item (kr_journey_get_phases (f->journey), position);

  /* The store keeps its own reference. */
  return kr_phase_get_id (phase);
}

/* The note with @text, in @phase_id unless that is NULL. */
static KrNote *
find_note_in (KrJourney  *journey,
              const char *phase_id,
              const char *text)
{
  GListModel *notes = kr_journey_get_notes (journey);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) found = g_list_model_get_item (notes, i);

      /* The store keeps its own reference. */
      if (g_strcmp0 (kr_note_get_text (found), text) == 0 &&
          (phase_id == NULL || g_strcmp0 (kr_note_get_phase (found), phase_id) == 0))
        return found;
    }

  return NULL;
}

static KrNote *
find_note_by_text (KrJourney  *journey,
                   const char *text)
{
  return find_note_in (journey, NULL, text);
}

static const char *
item_label (Fixture *f,
            gpointer note_or_phase)
{
  /* The items follow the journey at the next frame; not waiting for it. */
  g_assert_nonnull (kr_canvas_get_layout (f->canvas));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->canvas));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (KR_IS_CANVAS_ITEM (child) &&
          (kr_canvas_item_get_note (KR_CANVAS_ITEM (child)) == note_or_phase ||
           kr_canvas_item_get_phase (KR_CANVAS_ITEM (child)) == note_or_phase))
        return kr_canvas_item_get_label (KR_CANVAS_ITEM (child));
    }

  return NULL;
}

/* --- tests ------------------------------------------------------------------- */

/* n4, "Ik wil iets voor het milieu doen.", an activity at +3 in phase 1,
 * dragged into phase 3 at the same height. */
static void
test_drag_across_phases (Fixture       *f,
                         gconstpointer  data)
{
  const KrLayoutPhase *target = layout_phase (f, "p3");
  KrNote *n4 = note (f, "n4");
  double x, y;

  note_point (f, "n4", &x, &y);
  drag_to_map (f, x, y, target->column.x + target->column.width - 4, valence_y (f, 3));

  g_assert_cmpstr (kr_note_get_phase (n4), ==, "p3");
  g_assert_cmpint (kr_note_get_kind (n4), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (kr_note_get_valence (n4), ==, 3);
  /* Dropped right of the other two, so it comes last in time. */
  g_assert_cmpuint (kr_note_get_order (n4), ==, 2);
  g_assert_true (kr_history_get_modified (f->history));

  /* One drag, one step. */
  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n4), ==, "p1");
  g_assert_cmpuint (kr_note_get_order (n4), ==, 3);
  g_assert_false (kr_history_get_modified (f->history));
  g_assert_false (kr_history_get_can_undo (f->history));

  redo (f);
  g_assert_cmpstr (kr_note_get_phase (n4), ==, "p3");
}

/* The same note dragged straight down below the neutral line: its
 * experience turns negative, and the label says so. */
static void
test_drag_across_line (Fixture       *f,
                       gconstpointer  data)
{
  KrNote *n4 = note (f, "n4");
  double x, y, map_x;

  g_assert_nonnull (strstr (item_label (f, n4), "above the line, phase 1"));

  note_point (f, "n4", &x, &y);
  kr_canvas_widget_to_map (f->canvas, x, y, &map_x, NULL);
  drag_to_map (f, x, y, map_x, valence_y (f, -2));

  g_assert_cmpstr (kr_note_get_phase (n4), ==, "p1");
  g_assert_cmpfloat (kr_note_get_valence (n4), ==, -2);
  g_assert_nonnull (strstr (item_label (f, n4), "below the line, phase 1"));

  undo (f);
  g_assert_cmpfloat (kr_note_get_valence (n4), ==, 3);
  redo (f);
  g_assert_cmpfloat (kr_note_get_valence (n4), ==, -2);
}

/* Two notes picked (click, then Ctrl+Tab and Ctrl+Space as in GTK's
 * lists) and dragged by one of them: both move, and one undo puts both
 * back. */
static void
test_drag_several (Fixture       *f,
                   gconstpointer  data)
{
  const KrLayoutPhase *target;
  KrNote *n10 = note (f, "n10");
  KrNote *n11 = note (f, "n11");
  GPtrArray *selection;
  double x, y;

  click_note (f, "n10");
  selection = kr_canvas_get_selection (f->canvas);
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_true (selection->pdata[0] == n10);

  press_key (f, GDK_KEY_Tab, GDK_CONTROL_MASK);
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 1);
  press_key (f, GDK_KEY_space, GDK_CONTROL_MASK);
  selection = kr_canvas_get_selection (f->canvas);
  g_assert_cmpuint (selection->len, ==, 2);
  g_assert_true (g_ptr_array_find (selection, n11, NULL));

  /* n10 is at +1 and n11 at −1; n10 goes to +2 in phase 4, n11 keeps
   * its distance. */
  note_point (f, "n10", &x, &y);
  target = layout_phase (f, "p4");
  drag_to_map (f, x, y, target->column.x + 4, valence_y (f, 2));

  g_assert_cmpstr (kr_note_get_phase (n10), ==, "p4");
  g_assert_cmpstr (kr_note_get_phase (n11), ==, "p4");
  g_assert_cmpfloat (kr_note_get_valence (n10), ==, 2);
  g_assert_cmpfloat (kr_note_get_valence (n11), ==, 0);
  g_assert_cmpuint (kr_note_get_order (n10), ==, 0);
  g_assert_cmpuint (kr_note_get_order (n11), ==, 1);

  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n10), ==, "p2");
  g_assert_cmpstr (kr_note_get_phase (n11), ==, "p2");
  g_assert_cmpfloat (kr_note_get_valence (n10), ==, 1);
  g_assert_cmpfloat (kr_note_get_valence (n11), ==, -1);
  g_assert_false (kr_history_get_can_undo (f->history));

  redo (f);
  g_assert_cmpstr (kr_note_get_phase (n11), ==, "p4");
}

static gboolean
selected (Fixture    *f,
          const char *id)
{
  return g_ptr_array_find (kr_canvas_get_selection (f->canvas), note (f, id), NULL);
}

/* Ctrl-click adds a note to the selection or takes it out; Shift-click
 * adds it; a plain click picks one alone. */
static void
test_select_clicks (Fixture       *f,
                    gconstpointer  data)
{
  double x, y;

  click_note (f, "n10");
  note_point (f, "n12", &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, GDK_CONTROL_MASK);
  g_assert_true (selected (f, "n10") && selected (f, "n12"));
  note_point (f, "n13", &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, GDK_SHIFT_MASK);
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 3);
  note_point (f, "n12", &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, GDK_CONTROL_MASK);
  g_assert_false (selected (f, "n12"));
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 2);

  /* A plain click on one of them picks it alone. */
  click_note (f, "n13");
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 1);
  g_assert_true (selected (f, "n13"));
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* A band drawn with Shift over empty space picks the notes it touches, and
 * adds them to what was picked. */
static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  const KrLayoutPhase *p2 = layout_phase (f, "p2");
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_ACTIVITIES);
  double x0, y0, x1, y1;

  click_note (f, "n4");
  /* Round the whole of phase 2's activities, from the corner of its lane. */
  kr_canvas_map_to_widget (f->canvas, p2->column.x + 2, lane.y + 2, &x0, &y0);
  kr_canvas_map_to_widget (f->canvas, p2->column.x + p2->column.width - 2,
                           lane.y + lane.height - 2, &x1, &y1);
  kr_ui_input_drag (GTK_WIDGET (f->canvas), GDK_BUTTON_PRIMARY, x0, y0, x1, y1, GDK_SHIFT_MASK);

  g_assert_true (selected (f, "n4"));
  for (guint i = 10; i <= 13; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      g_assert_true (selected (f, id));
    }
  g_assert_false (selected (f, "n14"));
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 5);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* An activity dragged into the red thread's row of pains becomes a pain;
 * one undo makes it an activity again. */
static void
test_drag_into_lane (Fixture       *f,
                     gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p2 = layout_phase (f, "p2");
  KrNote *n11 = note (f, "n11");
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_RED_THREAD);
  double x, y;

  note_point (f, "n11", &x, &y);
  drag_to_map (f, x, y, p2->column.x + p2->column.width - 8, lane.y + lane.height - 8);
  g_assert_cmpint (kr_note_get_kind (n11), ==, KR_NOTE_KIND_PAIN);
  g_assert_cmpstr (kr_note_get_phase (n11), ==, "p2");
  g_assert_nonnull (strstr (item_label (f, n11), "Pain: "));

  undo (f);
  g_assert_cmpint (kr_note_get_kind (n11), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (kr_note_get_valence (n11), ==, -1);
}

/* A new note goes where the user is: the phase whose title or curve point
 * has the focus, the phase of the note picked, and with nothing at all
 * the first phase; never wherever the view happens to be. "Add Note Here"
 * from the map's menu on the scope card follows the same rule. */
static void
test_new_note_place (Fixture       *f,
                     gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p4 = layout_phase (f, "p4");
  KrRect title = kr_layout_get_title_rect (layout);
  KrNote *added;
  double x, y;

  /* The view on the last phases, nothing picked: phase 1 all the same. */
  _kr_canvas_set_view (f->canvas, 1.0, kr_layout_get_width (layout), f->canvas->scroll_y);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_cmpstr (kr_note_get_phase (added), ==, "p1");
  press_key (f, GDK_KEY_Escape, 0);
  g_assert_false (kr_history_get_can_undo (f->history));

  /* Phase 4's title clicked: phase 4, at the end of its activities. */
  kr_canvas_zoom_to_fit (f->canvas);
  kr_ui_input_settle ();
  p4 = layout_phase (f, "p4");
  kr_canvas_map_to_widget (f->canvas, p4->title.x + p4->title.width / 2,
                           p4->title.y + p4->title.height / 2, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, 0);
  press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_cmpstr (kr_note_get_phase (added), ==, "p4");
  g_assert_cmpuint (kr_note_get_order (added), ==, 4);
  press_key (f, GDK_KEY_Escape, 0);

  /* "Add Note Here" on the scope card, with phase 2's note picked. */
  click_note (f, "n11");
  layout = kr_canvas_get_layout (f->canvas);
  title = kr_layout_get_title_rect (layout);
  kr_canvas_map_to_widget (f->canvas, title.x + title.width / 2, title.y + title.height / 2,
                           &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->canvas_menu));
  kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->canvas_menu, "Add Note Here"));
  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_cmpstr (kr_note_get_phase (added), ==, "p2");
  press_key (f, GDK_KEY_Escape, 0);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* A called-out activity in four keys beside its words: Ctrl+Enter, the
 * words, Enter, and its height, "-" and a digit for one below the line.
 * The facilitator's focus is in the phase the room talks about. */
static void
test_capture_keys (Fixture       *f,
                   gconstpointer  data)
{
  guint before = n_notes (f);
  KrNote *added;

  click_note (f, "n25");
  kr_ui_input_reset_key_count ();
  press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  kr_ui_input_type ("Ik bel de helpdesk");
  press_key (f, GDK_KEY_Return, 0);
  press_key (f, GDK_KEY_minus, 0);
  press_key (f, GDK_KEY_3, 0);
  g_assert_cmpuint (kr_ui_input_get_key_count () - strlen ("Ik bel de helpdesk"), <=, 4);

  added = find_note_in (f->journey, "p4", "Ik bel de helpdesk");
  g_assert_nonnull (added);
  g_assert_cmpfloat (kr_note_get_valence (added), ==, -3);
  g_assert_cmpuint (kr_note_get_order (added), ==, kr_note_get_order (note (f, "n25")) + 1);
  g_assert_cmpuint (n_notes (f), ==, before + 1);

  /* The next one follows it, at once: Ctrl+Enter is where the last was. */
  press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  kr_ui_input_type ("Ik wacht");
  press_key (f, GDK_KEY_Return, 0);
  press_key (f, GDK_KEY_2, 0);
  g_assert_cmpfloat (kr_note_get_valence (find_note_in (f->journey, "p4", "Ik wacht")), ==, 2);
}

/* At a zoom where a note's words are too small to read, what is typed
 * shows at a size the room can read, over the note. */
static void
test_enlarged_editor (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PangoFontDescription) font = kr_style_create_font (f->canvas->style,
                                                               KR_STYLE_TEXT_NOTE);
  double px = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  graphene_rect_t bounds;
  GtkWidget *editor;
  double x, y, scale;

  g_assert_cmpfloat (px * kr_canvas_get_zoom (f->canvas), <, 14);
  note_point (f, "n18", &x, &y);
  double_click (f, x, y);
  editor = kr_canvas_get_editor (f->canvas);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (f->canvas), &bounds));
  scale = bounds.size.width / gtk_widget_get_width (editor);
  g_assert_cmpfloat (px * scale, >=, 14);
  /* All of it in view. */
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (f->canvas)));
  kr_ui_input_key (GDK_KEY_Escape, 0);

  /* At 100 % the words are large enough: the editor is the note. */
  _kr_canvas_set_view (f->canvas, 1.0, f->canvas->scroll_x, f->canvas->scroll_y);
  _kr_canvas_scroll_to_rect (f->canvas, &layout_note (f, "n18")->rect);
  kr_ui_input_settle ();
  note_point (f, "n18", &x, &y);
  double_click (f, x, y);
  editor = kr_canvas_get_editor (f->canvas);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat_with_epsilon (bounds.size.width / gtk_widget_get_width (editor), 1.0, 1e-6);
  kr_ui_input_key (GDK_KEY_Escape, 0);
}

/* Three lines of text from another application: three notes, after the
 * selected one, in one undoable step. */
static void
test_paste_text (Fixture       *f,
                 gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->canvas));
  guint before = n_notes (f);
  const char *lines[] = { "Ik lees de brief", "Ik bel de helpdesk", "Ik wacht af" };
  KrNote *n18 = note (f, "n18");

  click_note (f, "n18");
  gdk_clipboard_set_text (clipboard, "Ik lees de brief\n• Ik bel de helpdesk\n\nIk wacht af\n");
  activate_canvas (f, "paste", NULL);
  WAIT_UNTIL (n_notes (f) == before + 3);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      KrNote *pasted = find_note_by_text (f->journey, lines[i]);

      g_assert_nonnull (pasted);
      g_assert_cmpstr (kr_note_get_phase (pasted), ==, "p3");
      g_assert_cmpint (kr_note_get_kind (pasted), ==, KR_NOTE_KIND_ACTIVITY);
      /* At the height of the note they follow, one after the other. */
      g_assert_cmpfloat (kr_note_get_valence (pasted), ==, kr_note_get_valence (n18));
      g_assert_cmpuint (kr_note_get_order (pasted), ==, kr_note_get_order (n18) + 1 + i);
    }
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 3);

  undo (f);
  g_assert_cmpuint (n_notes (f), ==, before);
  g_assert_null (find_note_by_text (f->journey, "Ik wacht af"));
  redo (f);
  g_assert_cmpuint (n_notes (f), ==, before + 3);
}

/* A small window of its own that offers @content to drag, as a text editor
 * or a file manager would, dragged by a real press, moves and a release
 * onto the map point (@map_x, @map_y). */
static GdkContentProvider *
prepare_cb (GtkDragSource *source,
            double         x,
            double         y,
            gpointer       user_data)
{
  return g_object_ref (user_data);
}

static void
drag_onto (GtkWidget          *target,
           double              to_x,
           double              to_y,
           GdkContentProvider *content)
{
  GtkWidget *source_window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Drag me");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkWindow *target_window = GTK_WINDOW (gtk_widget_get_root (target));
  double x, y;

  gtk_window_set_default_size (GTK_WINDOW (source_window), 160, 80);
  gtk_window_set_child (GTK_WINDOW (source_window), label);
  /* The window goes before the content does. */
  g_signal_connect (source, "prepare", G_CALLBACK (prepare_cb), content);
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
  kr_ui_input_focus_window (GTK_WINDOW (source_window));

  kr_ui_input_widget_centre (label, &x, &y);
  kr_ui_input_drag_between (label, x, y, target, to_x, to_y);

  gtk_window_destroy (GTK_WINDOW (source_window));
  kr_ui_input_focus_window (target_window);
}

static void
drag_into_map (Fixture            *f,
               GdkContentProvider *content,
               double              map_x,
               double              map_y)
{
  double to_x, to_y;

  kr_canvas_map_to_widget (f->canvas, map_x, map_y, &to_x, &to_y);
  drag_onto (GTK_WIDGET (f->canvas), to_x, to_y, content);
}

/* Text dropped from another application: a note per line, where it fell. */
static void
test_drop_text (Fixture       *f,
                gconstpointer  data)
{
  const KrLayoutPhase *p5 = layout_phase (f, "p5");
  g_autoptr(GdkContentProvider) content = NULL;
  guint before = n_notes (f);

  content = gdk_content_provider_new_typed (G_TYPE_STRING,
                                            "Ik lees de voorwaarden\r\nIk vraag mijn buurman");
  drag_into_map (f, content, p5->column.x + 8, valence_y (f, 4));

  WAIT_UNTIL (n_notes (f) == before + 2);
  for (guint i = 0; i < 2; i++)
    {
      KrNote *dropped = find_note_in (f->journey, "p5", i == 0 ? "Ik lees de voorwaarden"
                                                                 : "Ik vraag mijn buurman");

      g_assert_nonnull (dropped);
      g_assert_cmpint (kr_note_get_kind (dropped), ==, KR_NOTE_KIND_ACTIVITY);
      g_assert_cmpfloat (kr_note_get_valence (dropped), ==, 4);
      /* At the start of the phase, where they fell. */
      g_assert_cmpuint (kr_note_get_order (dropped), ==, i);
    }

  undo (f);
  g_assert_cmpuint (n_notes (f), ==, before);
}

static KrWindow *
window_with_file (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (KR_IS_WINDOW (l->data) && kr_window_get_file (l->data) != NULL &&
        g_file_equal (kr_window_get_file (l->data), file))
      return l->data;
  return NULL;
}

/* A journey dragged from a file manager opens; it never becomes a note
 * holding its path. On a window with work it opens beside it; on an empty
 * window, in it. */
static void
test_drop_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "tweede.klantreis", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GError) error = NULL;
  const KrLayoutPhase *p5 = layout_phase (f, "p5");
  guint before = n_notes (f);
  KrWindow *empty, *opened;
  GtkWidget *empty_page;

  g_file_get_contents (KR_SAMPLE_PATH, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  content = gdk_content_provider_new_typed (G_TYPE_FILE, file);

  drag_into_map (f, content, p5->column.x + 8, valence_y (f, 4));
  WAIT_UNTIL ((opened = window_with_file (file)) != NULL && !kr_window_get_loading (opened));
  g_assert_true (opened != f->window);
  g_assert_cmpuint (n_notes (f), ==, before);
  g_assert_false (kr_history_get_can_undo (f->history));
  kr_ui_test_close_window (opened);

  /* An empty window takes it itself, dropped anywhere on it. */
  empty = kr_ui_test_open_window (app, NULL);
  kr_ui_input_focus_window (GTK_WINDOW (empty));
  empty_page = GTK_WIDGET (kr_ui_test_find_widget (GTK_WIDGET (empty), ADW_TYPE_STATUS_PAGE));
  drag_onto (empty_page, gtk_widget_get_width (empty_page) / 2.0,
             gtk_widget_get_height (empty_page) * 0.8, content);
  WAIT_UNTIL (window_with_file (file) == empty && !kr_window_get_loading (empty));
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_notes (kr_window_get_journey (empty))),
                    ==, before);
  kr_ui_test_close_window (empty);
}

/* Notes copied in one window are pasted, with their kind and marks, into
 * another journey. */
static void
test_copy_between_windows (Fixture       *f,
                           gconstpointer  data)
{
  Fixture other = { 0 };
  KrNote *pasted;
  guint before;

  fixture_open (&other, "other.klantreis");
  before = n_notes (&other);

  /* n5 is a gain, a moment of truth on the red thread. The windows lie
   * one over the other: each comes to the front to be worked in. */
  kr_ui_input_focus_window (GTK_WINDOW (f->window));
  click_note (f, "n5");
  press_key (f, GDK_KEY_c, GDK_CONTROL_MASK);

  kr_ui_input_focus_window (GTK_WINDOW (other.window));
  click_note (&other, "n18");
  press_key (&other, GDK_KEY_v, GDK_CONTROL_MASK);
  WAIT_UNTIL (n_notes (&other) == before + 1);

  pasted = find_note_in (other.journey, "p3", kr_note_get_text (note (f, "n5")));
  g_assert_nonnull (pasted);
  g_assert_true (pasted != note (&other, "n5"));
  g_assert_cmpint (kr_note_get_kind (pasted), ==, KR_NOTE_KIND_GAIN);
  g_assert_true (kr_note_get_moment_of_truth (pasted));
  g_assert_true (kr_note_get_red_thread (pasted));
  /* The source is untouched. */
  g_assert_false (kr_history_get_can_undo (f->history));

  /* Cut takes the note away, in one step. */
  before = n_notes (f);
  kr_ui_input_focus_window (GTK_WINDOW (f->window));
  press_key (f, GDK_KEY_x, GDK_CONTROL_MASK);
  g_assert_cmpuint (n_notes (f), ==, before - 1);
  undo (f);
  g_assert_cmpuint (n_notes (f), ==, before);

  close_window (other.window);
  kr_test_remove_tree (other.dir);
  g_free (other.dir);
}

/* Ctrl+Enter adds an activity after the selected note and opens the
 * editor; Enter keeps the text. Adding and writing it is one step. */
static void
test_add_and_type (Fixture       *f,
                   gconstpointer  data)
{
  guint before = n_notes (f);
  KrNote *added;
  KrNote *n18 = note (f, "n18");

  click_note (f, "n18");
  press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpuint (n_notes (f), ==, before + 1);
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));

  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_true (added != n18);
  g_assert_cmpstr (kr_note_get_phase (added), ==, "p3");
  g_assert_cmpint (kr_note_get_kind (added), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpuint (kr_note_get_order (added), ==, kr_note_get_order (n18) + 1);
  g_assert_cmpstr (kr_note_get_text (added), ==, "");

  type_in_editor (f, "Ik bel de installateur", GDK_KEY_Return);
  g_assert_cmpstr (kr_note_get_text (added), ==, "Ik bel de installateur");
  g_assert_nonnull (strstr (item_label (f, added), "Activity: Ik bel de installateur"));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Add Note");

  undo (f);
  g_assert_cmpuint (n_notes (f), ==, before);
  g_assert_false (kr_history_get_can_undo (f->history));
  redo (f);
  g_assert_nonnull (find_note_by_text (f->journey, "Ik bel de installateur"));
  g_assert_false (kr_history_get_can_redo (f->history));
}

/* A double-click on an empty lane adds a note of that lane there; Escape
 * takes it away again, leaving no step behind. */
static void
test_double_click_lane (Fixture       *f,
                        gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p6 = layout_phase (f, "p6");
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_IMPROVEMENTS);
  guint before = n_notes (f);
  KrNote *added;
  double x, y;

  kr_canvas_map_to_widget (f->canvas, p6->column.x + p6->column.width - 8,
                           lane.y + lane.height / 2, &x, &y);
  double_click (f, x, y);

  g_assert_cmpuint (n_notes (f), ==, before + 1);
  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_cmpstr (kr_note_get_phase (added), ==, "p6");
  g_assert_cmpint (kr_note_get_kind (added), ==, KR_NOTE_KIND_IMPROVEMENT);
  g_assert_cmpuint (kr_note_get_order (added), ==, 3);

  type_in_editor (f, NULL, GDK_KEY_Escape);
  g_assert_cmpuint (n_notes (f), ==, before);
  g_assert_false (kr_history_get_can_undo (f->history));

  /* The same in the activities, below the line: the height is the
   * experience. The layout is new since the edit. */
  p6 = layout_phase (f, "p6");
  kr_canvas_map_to_widget (f->canvas, p6->column.x + p6->column.width - 8,
                           valence_y (f, -4), &x, &y);
  double_click (f, x, y);
  added = kr_canvas_get_selection (f->canvas)->pdata[0];
  g_assert_cmpint (kr_note_get_kind (added), ==, KR_NOTE_KIND_ACTIVITY);
  g_assert_cmpfloat (kr_note_get_valence (added), ==, -4);
  type_in_editor (f, "Ik geef het op", GDK_KEY_Return);
  g_assert_cmpstr (kr_note_get_text (added), ==, "Ik geef het op");
}

/* A double-click on a note edits its text: Escape leaves it, Enter keeps
 * the new text as one step. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  KrNote *n18 = note (f, "n18");
  g_autofree char *old = g_strdup (kr_note_get_text (n18));
  GtkTextBuffer *buffer;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;
  double x, y;

  note_point (f, "n18", &x, &y);
  double_click (f, x, y);
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kr_canvas_get_editor (f->canvas)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, old);

  type_in_editor (f, "Iets anders", GDK_KEY_Escape);
  g_assert_cmpstr (kr_note_get_text (n18), ==, old);
  g_assert_false (kr_history_get_can_undo (f->history));

  /* Enter on the selected note opens the editor too. */
  click_note (f, "n18");
  press_key (f, GDK_KEY_Return, 0);
  type_in_editor (f, "Ik volg het stappenplan van RVO", GDK_KEY_Return);
  g_assert_cmpstr (kr_note_get_text (n18), ==, "Ik volg het stappenplan van RVO");

  /* Undo while typing undoes the typing, not the journey's last step. */
  click_note (f, "n18");
  press_key (f, GDK_KEY_Return, 0);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kr_canvas_get_editor (f->canvas)));
  gtk_text_buffer_insert_at_cursor (buffer, " en RVO", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));
  g_assert_cmpstr (kr_note_get_text (n18), ==, "Ik volg het stappenplan van RVO");
  g_assert_true (kr_history_get_can_undo (f->history));
  type_in_editor (f, NULL, GDK_KEY_Escape);

  undo (f);
  g_assert_cmpstr (kr_note_get_text (n18), ==, old);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* A double-click on a phase's title renames it in place, as one step. */
static void
test_rename_phase (Fixture       *f,
                   gconstpointer  data)
{
  const KrLayoutPhase *p3 = layout_phase (f, "p3");
  KrPhase *phase = p3->phase;
  g_autofree char *old = g_strdup (kr_phase_get_title (phase));
  double x, y;

  kr_canvas_map_to_widget (f->canvas, p3->title.x + p3->title.width / 2,
                           p3->title.y + p3->title.height / 2, &x, &y);
  double_click (f, x, y);
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));
  type_in_editor (f, "Ik laat mijn ramen isoleren", GDK_KEY_Return);
  g_assert_cmpstr (kr_phase_get_title (phase), ==, "Ik laat mijn ramen isoleren");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Rename Phase");

  undo (f);
  g_assert_cmpstr (kr_phase_get_title (phase), ==, old);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* Delete removes the selected notes; undo brings them back. */
static void
test_delete_notes (Fixture       *f,
                   gconstpointer  data)
{
  guint before = n_notes (f);

  click_note (f, "n14");
  press_key (f, GDK_KEY_Delete, 0);
  g_assert_cmpuint (n_notes (f), ==, before - 1);
  g_assert_null (kr_journey_find_note (f->journey, "n14", NULL));
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 0);

  undo (f);
  g_assert_nonnull (kr_journey_find_note (f->journey, "n14", NULL));
}

static guint
count_notes_in (Fixture    *f,
                const char *phase_id)
{
  GListModel *notes = kr_journey_get_notes (f->journey);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) item = g_list_model_get_item (notes, i);

      count += g_strcmp0 (kr_note_get_phase (item), phase_id) == 0;
    }

  return count;
}

/* Deleting a phase takes its notes with it, in one step; undo brings both
 * back. */
static void
test_delete_phase (Fixture       *f,
                   gconstpointer  data)
{
  guint before = n_notes (f);
  guint in_p2 = count_notes_in (f, "p2");

  g_assert_cmpuint (in_p2, ==, 8);
  activate_canvas (f, "delete-phase", g_variant_new_string ("p2"));
  g_assert_cmpuint (n_phases (f), ==, 5);
  g_assert_null (kr_journey_find_phase (f->journey, "p2", NULL));
  g_assert_cmpuint (n_notes (f), ==, before - in_p2);
  g_assert_cmpuint (kr_layout_get_n_phases (kr_canvas_get_layout (f->canvas)), ==, 5);

  undo (f);
  g_assert_cmpuint (n_phases (f), ==, 6);
  g_assert_cmpstr (phase_id_at (f, 1), ==, "p2");
  g_assert_cmpuint (count_notes_in (f, "p2"), ==, in_p2);
  g_assert_false (kr_history_get_can_undo (f->history));

  redo (f);
  g_assert_cmpuint (n_phases (f), ==, 5);
}

/* Dragging the title of phase 1 past the middle of phase 3 puts it third. */
static void
test_reorder_phase (Fixture       *f,
                    gconstpointer  data)
{
  const KrLayoutPhase *p1 = layout_phase (f, "p1");
  const KrLayoutPhase *p3 = layout_phase (f, "p3");
  double x, y;

  kr_canvas_map_to_widget (f->canvas, p1->title.x + p1->title.width / 2,
                           p1->title.y + p1->title.height / 2, &x, &y);
  drag_to_map (f, x, y, p3->column.x + p3->column.width * 0.75,
               p1->title.y + p1->title.height / 2);

  g_assert_cmpstr (phase_id_at (f, 0), ==, "p2");
  g_assert_cmpstr (phase_id_at (f, 1), ==, "p3");
  g_assert_cmpstr (phase_id_at (f, 2), ==, "p1");
  /* The notes go with their phase, and the labels count anew. */
  g_assert_cmpstr (kr_note_get_phase (note (f, "n4")), ==, "p1");
  g_assert_nonnull (strstr (item_label (f, note (f, "n4")), "phase 3"));

  undo (f);
  g_assert_cmpstr (phase_id_at (f, 0), ==, "p1");
  g_assert_cmpstr (phase_id_at (f, 2), ==, "p3");
  redo (f);
  g_assert_cmpstr (phase_id_at (f, 2), ==, "p1");
}

/* Phases added from the phase menu, typed in place, marked ★, and moved
 * with the menu's actions. */
/* Whether the phase menu open now offers @action. */
static gboolean
phase_menu_offers (Fixture    *f,
                   const char *action)
{
  GMenuModel *menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->canvas->phase_menu));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              strcmp (name, action) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_phase_menu (Fixture       *f,
                 gconstpointer  data)
{
  const KrLayoutPhase *p6 = layout_phase (f, "p6");
  GActionGroup *actions = kr_canvas_get_actions (f->canvas);
  g_autoptr(GVariant) state = NULL;
  KrPhase *added;
  double x, y;

  activate_canvas (f, "add-phase-after", g_variant_new_string ("p6"));
  g_assert_cmpuint (n_phases (f), ==, 7);
  type_in_editor (f, "Ik evalueer de subsidie", GDK_KEY_Return);
  added = kr_journey_find_phase (f->journey, phase_id_at (f, 6), NULL);
  g_assert_cmpstr (kr_phase_get_title (added), ==, "Ik evalueer de subsidie");
  g_assert_cmpstr (item_label (f, added), ==, "Phase 7: Ik evalueer de subsidie");

  activate_canvas (f, "add-phase-before", g_variant_new_string ("p1"));
  type_in_editor (f, "Ik hoor over de subsidie", GDK_KEY_Return);
  g_assert_cmpuint (n_phases (f), ==, 8);
  added = kr_journey_find_phase (f->journey, phase_id_at (f, 0), NULL);
  g_assert_cmpstr (kr_phase_get_title (added), ==, "Ik hoor over de subsidie");

  /* A right click on a title opens its menu; its ★ marks the phase. */
  p6 = layout_phase (f, "p6");
  kr_canvas_map_to_widget (f->canvas, p6->title.x + 20, p6->title.y + p6->title.height / 2,
                           &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->phase_menu));
  state = g_action_group_get_action_state (actions, "phase-moment-of-truth");
  g_assert_false (g_variant_get_boolean (state));
  kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->phase_menu, "Moment of Truth ★"));
  g_assert_true (kr_phase_get_moment_of_truth (kr_journey_find_phase (f->journey, "p6", NULL)));

  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->phase_menu));
  g_assert_true (phase_menu_offers (f, "canvas.move-phase-left"));
  kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->phase_menu, "Move Left"));
  g_assert_cmpstr (phase_id_at (f, 5), ==, "p6");

  /* The first phase cannot move left, nor the last one right. */
  _kr_canvas_show_phase_menu (f->canvas, kr_journey_find_phase (f->journey, phase_id_at (f, 0), NULL));
  g_assert_false (phase_menu_offers (f, "canvas.move-phase-left"));
  g_assert_true (phase_menu_offers (f, "canvas.move-phase-right"));
  _kr_canvas_show_phase_menu (f->canvas,
                              kr_journey_find_phase (f->journey, phase_id_at (f, n_phases (f) - 1), NULL));
  g_assert_true (phase_menu_offers (f, "canvas.move-phase-left"));
  g_assert_false (phase_menu_offers (f, "canvas.move-phase-right"));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  g_assert_false (gtk_widget_get_mapped (f->canvas->phase_menu));

  /* Each was one step: a phase added and named too. */
  undo (f);
  g_assert_cmpstr (phase_id_at (f, 6), ==, "p6");
  undo (f);
  g_assert_false (kr_phase_get_moment_of_truth (kr_journey_find_phase (f->journey, "p6", NULL)));
  undo (f);
  g_assert_cmpuint (n_phases (f), ==, 7);
  undo (f);
  g_assert_cmpuint (n_phases (f), ==, 6);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* The note with the keyboard focus, or NULL. */
static KrNote *
focused_note (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (f->canvas)));

  return KR_IS_CANVAS_ITEM (focus) ? kr_canvas_item_get_note (KR_CANVAS_ITEM (focus)) : NULL;
}

static KrCanvasItem *
focused_item (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (f->canvas)));

  g_assert_true (KR_IS_CANVAS_ITEM (focus));
  return KR_CANVAS_ITEM (focus);
}

/* The arrow keys move the focus over the wall: left and right in time,
 * on into the next phase; up and down to what stands above and below.
 * The note focused is the one picked. Nothing changes in the journey. */
static void
test_keyboard_focus (Fixture       *f,
                     gconstpointer  data)
{
  click_note (f, "n1");
  g_assert_true (focused_note (f) == note (f, "n1"));

  /* Phase 1's activities in time: n1, n2, n3, n4; then phase 2's n10. */
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (focused_note (f) == note (f, "n2"));
  press_key (f, GDK_KEY_Right, 0);
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (focused_note (f) == note (f, "n4"));
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (focused_note (f) == note (f, "n10"));
  g_assert_true (kr_canvas_get_selection (f->canvas)->pdata[0] == note (f, "n10"));
  press_key (f, GDK_KEY_Left, 0);
  g_assert_true (focused_note (f) == note (f, "n4"));

  /* n4 is phase 1's highest activity: above it is the phase's title, and
   * right of that the next phase's. */
  press_key (f, GDK_KEY_Up, 0);
  g_assert_true (kr_canvas_item_get_phase (focused_item (f)) == layout_phase (f, "p1")->phase);
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (kr_canvas_item_get_phase (focused_item (f)) == layout_phase (f, "p2")->phase);
  /* Down from the title, the highest activity of phase 2. */
  press_key (f, GDK_KEY_Down, 0);
  g_assert_true (focused_note (f) == note (f, "n10"));

  /* Down from the activities, past the curve, to the red thread. */
  click_note (f, "n13");
  press_key (f, GDK_KEY_Down, 0);
  g_assert_cmpint (kr_note_get_kind (focused_note (f)), ==, KR_NOTE_KIND_PAIN);
  g_assert_cmpstr (kr_note_get_phase (focused_note (f)), ==, "p2");

  g_assert_false (kr_history_get_can_undo (f->history));
}

/* With Alt the arrows move the note: up and down one step of experience,
 * left and right in time and into the next phase; Ctrl+Page Up and Down
 * take it to the phase before or after. Every press is one step. */
static void
test_keyboard_moves (Fixture       *f,
                     gconstpointer  data)
{
  KrNote *n24 = note (f, "n24");

  click_note (f, "n24");
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 1);

  press_key (f, GDK_KEY_Up, GDK_ALT_MASK);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 2);
  press_key (f, GDK_KEY_Down, GDK_ALT_MASK);
  press_key (f, GDK_KEY_Down, GDK_ALT_MASK);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 0);
  g_assert_nonnull (strstr (item_label (f, n24), "on the line, phase 4"));
  press_key (f, GDK_KEY_Down, GDK_ALT_MASK);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, -1);
  g_assert_nonnull (strstr (item_label (f, n24), "below the line, phase 4"));

  press_key (f, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p4");
  g_assert_cmpuint (kr_note_get_order (n24), ==, 1);
  g_assert_cmpuint (kr_note_get_order (note (f, "n25")), ==, 0);

  press_key (f, GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_cmpuint (kr_note_get_order (n24), ==, 0);
  /* At the start of phase 4, left goes on to the end of phase 3. */
  press_key (f, GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p3");
  g_assert_cmpuint (kr_note_get_order (n24), ==, 2);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, -1);
  /* And back. */
  press_key (f, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p4");
  g_assert_cmpuint (kr_note_get_order (n24), ==, 0);

  /* A whole phase on, to the end of its activities, at the same height. */
  press_key (f, GDK_KEY_Page_Down, GDK_CONTROL_MASK);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p5");
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, -1);
  g_assert_true (find_note_in (f->journey, "p5", kr_note_get_text (n24)) == n24);
  press_key (f, GDK_KEY_Page_Up, GDK_CONTROL_MASK);
  press_key (f, GDK_KEY_Page_Up, GDK_CONTROL_MASK);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p3");
  /* The focus stays on the note that moved. */
  g_assert_true (focused_note (f) == n24);

  /* Every press was one step. */
  undo (f);
  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p5");
  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p4");
  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p3");
  undo (f);
  g_assert_cmpstr (kr_note_get_phase (n24), ==, "p4");
  undo (f);
  g_assert_cmpuint (kr_note_get_order (n24), ==, 1);
  undo (f);
  g_assert_cmpuint (kr_note_get_order (n24), ==, 0);
  undo (f);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 0);
  undo (f);
  undo (f);
  undo (f);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 1);
  g_assert_false (kr_history_get_can_undo (f->history));

  /* Without anything picked the arrows pan the view instead. */
  press_key (f, GDK_KEY_Escape, 0);
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 0);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  press_key (f, GDK_KEY_Down, 0);
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* A digit is an activity's height, "-" and a digit one below the line, as
 * one step; "+" and "-" alone step it. */
static void
test_keyboard_height (Fixture       *f,
                      gconstpointer  data)
{
  KrNote *n24 = note (f, "n24");

  click_note (f, "n24");
  press_key (f, GDK_KEY_4, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 4);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Set Experience");

  press_key (f, GDK_KEY_minus, 0);
  press_key (f, GDK_KEY_3, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, -3);
  undo (f);
  /* "-3" was one step: back to +4, not to +3. */
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 4);

  press_key (f, GDK_KEY_minus, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 3);
  press_key (f, GDK_KEY_plus, 0);
  press_key (f, GDK_KEY_plus, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 5);
  press_key (f, GDK_KEY_0, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 0);
  g_assert_nonnull (strstr (item_label (f, n24), "on the line, phase 4"));
  /* Beyond the scale is nothing. */
  press_key (f, GDK_KEY_7, 0);
  g_assert_cmpfloat (kr_note_get_valence (n24), ==, 0);

  /* A pain has no height: a digit changes nothing. */
  click_note (f, "n28");
  press_key (f, GDK_KEY_2, 0);
  g_assert_false (kr_note_get_has_valence (note (f, "n28")));
}

/* A curve point takes the focus (Tab reaches it after the phase's
 * activities); up and down move it, each one step, and Delete gives it
 * back to the activities. */
static void
test_keyboard_curve (Fixture       *f,
                     gconstpointer  data)
{
  KrPhase *p1 = layout_phase (f, "p1")->phase;
  KrCanvasItem *item;

  click_note (f, "n4");
  press_key (f, GDK_KEY_Tab, 0);
  item = focused_item (f);
  g_assert_true (kr_canvas_item_get_curve_phase (item) == p1);
  g_assert_cmpstr (kr_canvas_item_get_label (item), ==, "Emotion curve, phase 1");
  g_assert_false (kr_phase_get_has_curve (p1));

  /* Derived at +0.5 from the activities: up makes it +2 of its own. */
  press_key (f, GDK_KEY_Up, 0);
  g_assert_true (kr_phase_get_has_curve (p1));
  g_assert_cmpfloat (kr_phase_get_curve (p1), ==, 2);
  press_key (f, GDK_KEY_Down, 0);
  press_key (f, GDK_KEY_Down, 0);
  g_assert_cmpfloat (kr_phase_get_curve (p1), ==, 0);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Move Curve Point");

  /* Right goes to the next phase's point. */
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (kr_canvas_item_get_curve_phase (focused_item (f)) == layout_phase (f, "p2")->phase);
  press_key (f, GDK_KEY_Left, 0);
  g_assert_true (kr_canvas_item_get_curve_phase (focused_item (f)) == p1);

  press_key (f, GDK_KEY_Delete, 0);
  g_assert_false (kr_phase_get_has_curve (p1));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Derive Curve Point");

  undo (f);
  g_assert_cmpfloat (kr_phase_get_curve (p1), ==, 0);
  /* The steps of the point, however many the keys made, and it is
   * derived again. */
  for (guint i = 0; i < 8 && kr_history_get_can_undo (f->history); i++)
    undo (f);
  g_assert_false (kr_history_get_can_undo (f->history));
  g_assert_false (kr_phase_get_has_curve (p1));
}

/* Tab walks the titles and notes in reading order, and focus picks. */
static void
test_focus_order (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *focus;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (f->canvas));

  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (root);
  g_assert_true (KR_IS_CANVAS_ITEM (focus));
  g_assert_cmpstr (kr_canvas_item_get_label (KR_CANVAS_ITEM (focus)), ==,
                   "Phase 1: Ik wil/moet verduurzamen");

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (root);
  g_assert_true (kr_canvas_item_get_note (KR_CANVAS_ITEM (focus)) == note (f, "n1"));
  g_assert_true (kr_canvas_get_selection (f->canvas)->pdata[0] == note (f, "n1"));
  g_assert_cmpstr (kr_canvas_item_get_label (KR_CANVAS_ITEM (focus)), ==,
                   "Activity: Ik moet iets met mijn woning (vb glas vervangen, omdat er een "
                   "ruit kapot is), below the line, phase 1");
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  double fit = kr_canvas_get_zoom (f->canvas);
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));

  g_assert_cmpfloat (kr_layout_get_width (layout) * fit, <=, width);
  g_assert_cmpfloat (kr_layout_get_height (layout) * fit, <=, height);

  /* The keys, as the zoom menu shows them. */
  press_key (f, GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (kr_canvas_get_zoom (f->canvas), >, fit);
  press_key (f, GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpfloat (kr_canvas_get_zoom (f->canvas), ==, 1.0);
  press_key (f, GDK_KEY_minus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (kr_canvas_get_zoom (f->canvas), <, 1.0);
  press_key (f, GDK_KEY_1, GDK_CONTROL_MASK);
  g_assert_cmpfloat (kr_canvas_get_zoom (f->canvas), ==, fit);

  /* Ctrl and the wheel zoom about the pointer: the map point under it
   * stays under it, across; up and down the map still fits the view and
   * stays in its middle. (XTest has no touchpad, so a pinch cannot be
   * made here; it goes through the same zoom.) */
  {
    double x = width * 0.3, y = height * 0.4, before_x, after_x;

    kr_canvas_widget_to_map (f->canvas, x, y, &before_x, NULL);
    kr_ui_input_scroll (GTK_WIDGET (f->canvas), x, y, -2, GDK_CONTROL_MASK);
    g_assert_cmpfloat (kr_canvas_get_zoom (f->canvas), >, fit * 1.2);
    kr_canvas_widget_to_map (f->canvas, x, y, &after_x, NULL);
    g_assert_cmpfloat (fabs (after_x - before_x), <, 2 / kr_canvas_get_zoom (f->canvas));
    g_assert_cmpfloat (kr_layout_get_height (layout) * kr_canvas_get_zoom (f->canvas), <, height);
    kr_ui_input_scroll (GTK_WIDGET (f->canvas), x, y, 2, GDK_CONTROL_MASK);
    g_assert_cmpfloat_with_epsilon (kr_canvas_get_zoom (f->canvas), fit, 0.01);
  }

  /* Zooming is no edit. */
  g_assert_false (kr_history_get_can_undo (f->history));
}

/* A new journey shows the way to its first phase; the map follows. */

/* One click on a phase's feeling row opens the wheel; two picks make it
 * "van … naar …", each an undo step, and the layout shows the chips. */
static void
test_feelings_from_map (Fixture       *f,
                        gconstpointer  data)
{
  const KrLayoutPhase *p3 = layout_phase (f, "p3");
  KrPhase *phase = p3->phase;
  GtkWidget *popover, *wheel;
  double x, y, wx, wy;

  kr_canvas_map_to_widget (f->canvas, p3->feeling.x + p3->feeling.width / 2,
                           p3->feeling.y + p3->feeling.height / 2, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, 0);

  popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_FEELING_POPOVER);
  g_assert_nonnull (popover);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));
  wheel = kr_feeling_popover_get_wheel (KR_FEELING_POPOVER (popover));
  WAIT_UNTIL (gtk_widget_get_width (wheel) > 200);

  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), kr_emotion_lookup ("fear"),
                                       &wx, &wy);
  kr_ui_input_click (wheel, wx, wy, GDK_BUTTON_PRIMARY, 1, 0);
  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), kr_emotion_lookup ("joy"),
                                       &wx, &wy);
  kr_ui_input_click (wheel, wx, wy, GDK_BUTTON_PRIMARY, 1, 0);

  g_assert_cmpstr (kr_phase_get_emotion_from (phase), ==, "fear");
  g_assert_cmpstr (kr_phase_get_emotion_to (phase), ==, "joy");
  g_assert_true (kr_history_get_modified (f->history));

  kr_history_undo (f->history);
  g_assert_cmpstr (kr_phase_get_emotion_from (phase), ==, "fear");
  g_assert_cmpstr (kr_phase_get_emotion_to (phase), ==, "trust");
  kr_history_undo (f->history);
  g_assert_cmpstr (kr_phase_get_emotion_from (phase), ==, "anticipation");
  g_assert_false (kr_history_get_modified (f->history));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* While a note is dragged, the curve it will make is shown live; the
 * model itself changes only when it is dropped. */
static void
test_curve_follows_drag (Fixture       *f,
                         gconstpointer  data)
{
  const KrLayoutNote *n4 = layout_note (f, "n4");
  KrPhase *p1 = layout_phase (f, "p1")->phase;
  double x, y, to_x, to_y, preview, before, after;

  g_assert_cmpint (kr_curve_point_for_phase (f->journey, p1, &before), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat_with_epsilon (before, 0.5, 1e-9);

  note_point (f, "n4", &x, &y);
  kr_canvas_map_to_widget (f->canvas, n4->rect.x + n4->rect.width / 2, valence_y (f, -4),
                           &to_x, &to_y);
  kr_ui_input_press (GTK_WIDGET (f->canvas), GDK_BUTTON_PRIMARY, x, y);
  kr_ui_input_move_in_steps (GTK_WIDGET (f->canvas), x, y, to_x, to_y);

  /* (-1 + 2 - 2 - 4) / 4, on screen, and nothing changed yet. */
  g_assert_true (_kr_canvas_get_preview_curve (f->canvas, 0, &preview));
  g_assert_cmpfloat_with_epsilon (preview, -1.25, 1e-9);
  g_assert_cmpfloat (kr_note_get_valence (note (f, "n4")), ==, 3);

  kr_ui_input_release (GDK_BUTTON_PRIMARY);
  g_assert_cmpfloat (kr_note_get_valence (note (f, "n4")), ==, -4);
  g_assert_cmpint (kr_curve_point_for_phase (f->journey, p1, &after), ==, KR_CURVE_POINT_DERIVED);
  g_assert_cmpfloat_with_epsilon (after, preview, 1e-9);
}

/* A note's own emotion, picked on the wheel in its popover. */
static void
test_note_emotion (Fixture       *f,
                   gconstpointer  data)
{
  KrNote *n50 = note (f, "n50");
  GtkWidget *popover, *button, *wheel;
  double wx, wy;

  g_assert_cmpstr (kr_note_get_emotion (n50), ==, "anger");
  click_note (f, "n50");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.note-properties", NULL));
  popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_NOTE_POPOVER);
  g_assert_nonnull (popover);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));

  button = kr_ui_test_find_widget (popover, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  wheel = kr_ui_test_find_widget (button, KR_TYPE_EMOTION_WHEEL);
  g_assert_nonnull (wheel);
  WAIT_UNTIL (gtk_widget_get_width (wheel) > 200);

  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), kr_emotion_lookup ("disapproval"),
                                       &wx, &wy);
  kr_ui_input_click (wheel, wx, wy, GDK_BUTTON_PRIMARY, 1, 0);
  g_assert_cmpstr (kr_note_get_emotion (n50), ==, "disapproval");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Set Emotion");

  kr_history_undo (f->history);
  g_assert_cmpstr (kr_note_get_emotion (n50), ==, "anger");
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A curve point is dragged in whole steps, live, as one undo step; a
 * double-click gives it back to the activities; the emotions can suggest
 * every point at once. */
static void
test_curve_points (Fixture       *f,
                   gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p1 = layout_phase (f, "p1");
  KrPhase *phase = p1->phase;
  double x, y, to_x, to_y, zero = kr_layout_get_curve_zero_y (layout);
  double step = kr_layout_get_curve_step (layout);

  g_assert_false (kr_phase_get_has_curve (phase));
  g_assert_true (p1->curve_derived);

  kr_canvas_map_to_widget (f->canvas, p1->curve_x, p1->curve_y, &x, &y);
  kr_canvas_map_to_widget (f->canvas, p1->curve_x, zero - 3.2 * step, &to_x, &to_y);
  kr_ui_input_press (GTK_WIDGET (f->canvas), GDK_BUTTON_PRIMARY, x, y);
  kr_ui_input_move_in_steps (GTK_WIDGET (f->canvas), x, y, to_x, to_y);
  /* Live: the phase has its value before the button is let go. */
  g_assert_true (kr_phase_get_has_curve (phase));
  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, 3);
  kr_ui_input_release (GDK_BUTTON_PRIMARY);

  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, 3);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Move Curve Point");
  /* One step takes the whole drag back. */
  g_assert_true (kr_history_undo (f->history));
  g_assert_false (kr_history_get_can_undo (f->history));
  g_assert_false (kr_phase_get_has_curve (phase));
  kr_history_redo (f->history);
  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, 3);

  /* A double-click on the explicit point derives it again. */
  WAIT_UNTIL (layout_phase (f, "p1")->curve_derived == FALSE);
  p1 = layout_phase (f, "p1");
  kr_canvas_map_to_widget (f->canvas, p1->curve_x, p1->curve_y, &x, &y);
  double_click (f, x, y);
  g_assert_false (kr_phase_get_has_curve (phase));
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Derive Curve Point");

  /* Suggestions from the emotions: apprehension (-1) to interest (+1). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.suggest-curve", NULL));
  g_assert_true (kr_phase_get_has_curve (phase));
  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, 0);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Suggest Curve from Emotions");
  kr_history_undo (f->history);
  g_assert_false (kr_phase_get_has_curve (phase));
}

/* The journey's title is edited in place too: by a double-click on it, or
 * from the menu. Escape leaves it, Enter renames the journey in one step,
 * the window's title follows, and an empty title keeps the old one. */
static void
test_rename_journey (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *old = g_strdup (kr_journey_get_title (f->journey));
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  KrRect title = kr_layout_get_title_rect (layout);
  GtkTextBuffer *buffer;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;
  double x, y;

  g_assert_cmpfloat (title.width, >, 0);
  kr_canvas_map_to_widget (f->canvas, title.x + title.width / 2, title.y + title.height / 2,
                           &x, &y);
  double_click (f, x, y);
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kr_canvas_get_editor (f->canvas)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, old);

  type_in_editor (f, "Ik wil van het gas af", GDK_KEY_Escape);
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, old);
  g_assert_false (kr_history_get_can_undo (f->history));

  g_assert_true (g_action_group_get_action_enabled (kr_canvas_get_actions (f->canvas),
                                                    "rename-journey"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "canvas.rename-journey",
                                             NULL));
  /* One line, as the window shows it. */
  type_in_editor (f, "Ik wil van\nhet gas af", GDK_KEY_Return);
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, "Ik wil van het gas af");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Rename Journey");
  WAIT_UNTIL (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "Ik wil van het gas af") != NULL);

  /* On the map too, once laid out again. */
  WAIT_UNTIL (kr_layout_get_title_rect (kr_canvas_get_layout (f->canvas)).width != title.width);

  kr_canvas_edit_title (f->canvas);
  type_in_editor (f, "   ", GDK_KEY_Return);
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, "Ik wil van het gas af");

  undo (f);
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, old);
  g_assert_false (kr_history_get_can_undo (f->history));
  redo (f);
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, "Ik wil van het gas af");
}

/* Ctrl+Z while a curve point is still held: the drag's step ends where
 * the point is, and is what gets undone. */
static void
test_undo_while_dragging (Fixture       *f,
                          gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p1 = layout_phase (f, "p1");
  KrPhase *phase = p1->phase;
  double x, y, to_x, to_y, zero = kr_layout_get_curve_zero_y (layout);

  /* A step before, so that Undo is on during the drag. */
  kr_history_push (f->history, kr_set_command_new (phase, "Rename Phase", "title", "Ik begin",
                                                   NULL));

  kr_canvas_map_to_widget (f->canvas, p1->curve_x, p1->curve_y, &x, &y);
  kr_canvas_map_to_widget (f->canvas, p1->curve_x, zero - 2 * kr_layout_get_curve_step (layout),
                           &to_x, &to_y);
  kr_ui_input_press (GTK_WIDGET (f->canvas), GDK_BUTTON_PRIMARY, x, y);
  kr_ui_input_move_in_steps (GTK_WIDGET (f->canvas), x, y, to_x, to_y);
  g_assert_true (kr_phase_get_has_curve (phase));

  undo (f);
  g_assert_false (kr_phase_get_has_curve (phase));
  g_assert_cmpstr (kr_phase_get_title (phase), ==, "Ik begin");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Rename Phase");

  /* Letting go afterwards changes nothing more. */
  kr_ui_input_release (GDK_BUTTON_PRIMARY);
  g_assert_false (kr_phase_get_has_curve (phase));
  redo (f);
  g_assert_cmpfloat (kr_phase_get_curve (phase), ==, 2);
}

/* Escape closes a popover and the keyboard is back where it was: on the
 * phase title or note the popover was about. */
static void
test_popover_focus_back (Fixture       *f,
                         gconstpointer  data)
{
  const KrLayoutPhase *p2 = layout_phase (f, "p2");
  GtkWidget *popover;
  double x, y;

  kr_canvas_map_to_widget (f->canvas, p2->title.x + 20, p2->title.y + p2->title.height / 2,
                           &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->phase_menu));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (f->canvas->phase_menu));
  g_assert_true (kr_canvas_item_get_phase (focused_item (f)) == p2->phase);

  click_note (f, "n11");
  press_key (f, GDK_KEY_Return, GDK_ALT_MASK);
  popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_NOTE_POPOVER);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (popover));
  g_assert_true (focused_note (f) == note (f, "n11"));

  /* So the keys go on working there. */
  press_key (f, GDK_KEY_Right, 0);
  g_assert_true (focused_note (f) == note (f, "n12"));
}

/* A gain's popover starts with the keyboard on Gain, not on Activity. */
static void
test_note_popover_focus (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *popover;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (f->canvas));
  GtkWidget *focus;

  g_assert_cmpint (kr_note_get_kind (note (f, "n5")), ==, KR_NOTE_KIND_GAIN);
  click_note (f, "n5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.note-properties", NULL));
  popover = kr_ui_test_find_widget (GTK_WIDGET (f->canvas), KR_TYPE_NOTE_POPOVER);
  g_assert_nonnull (popover);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));

  focus = gtk_root_get_focus (root);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, popover));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus)));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Scrolled sideways, the lane names stay at the left edge, and a press on
 * them is not a press on the note they cover. */
static void
test_pinned_gutter (Fixture       *f,
                    gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  KrRect gutter = kr_layout_get_gutter_rect (layout);
  const KrLayoutNote *n18 = layout_note (f, "n18");
  double zoom = 1.0;
  double width, x, y;

  /* At 100 %, so that the map is wider than the window. */
  _kr_canvas_set_view (f->canvas, zoom, 0, f->canvas->scroll_y);
  g_assert_cmpfloat (_kr_canvas_get_pinned_gutter_width (f->canvas), ==, 0);

  /* The note's left edge 4 px from the window's. */
  _kr_canvas_set_view (f->canvas, zoom, n18->rect.x * zoom - 4, f->canvas->scroll_y);
  width = _kr_canvas_get_pinned_gutter_width (f->canvas);
  g_assert_cmpfloat_with_epsilon (width, gutter.width * zoom, 1e-6);

  note_point (f, "n18", &x, &y);
  x = 8;
  g_assert_true (_kr_canvas_in_pinned_gutter (f->canvas, x, y));
  double_click (f, x, y);
  g_assert_null (kr_canvas_get_editor (f->canvas));
  g_assert_cmpuint (kr_canvas_get_selection (f->canvas)->len, ==, 0);

  /* Right of the names, the note is itself again. */
  note_point (f, "n18", &x, &y);
  x = MAX (x, width + 4);
  g_assert_false (_kr_canvas_in_pinned_gutter (f->canvas, x, y));
  double_click (f, x, y);
  g_assert_nonnull (kr_canvas_get_editor (f->canvas));
  type_in_editor (f, NULL, GDK_KEY_Escape);

  /* Brought into view by the keyboard, a note stops clear of the names. */
  n18 = layout_note (f, "n18");
  _kr_canvas_scroll_to_rect (f->canvas, &n18->rect);
  note_point (f, "n18", &x, &y);
  g_assert_cmpfloat (x - n18->rect.width * zoom / 2, >=, width);
}

/* The main loop until the map is laid out anew after an edit. */
static void
wait_for_relayout (Fixture *f)
{
  WAIT_UNTIL (!f->canvas->layout_dirty);
}

/* Notes that an edit moves slide to their new places, where they can be
 * seen going, unless the user asked for less motion. */
static void
test_slide (Fixture       *f,
            gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->canvas));
  KrNote *last = note (f, "n59");
  guint count = n_notes (f);
  double before, after, shown;

  before = layout_note (f, "n59")->rect.x;
  /* Four activities pasted into phase 1 widen it: all after it moves. */
  click_note (f, "n4");
  gdk_clipboard_set_text (clipboard, "Een\nTwee\nDrie\nVier\n");
  activate_canvas (f, "paste", NULL);
  WAIT_UNTIL (n_notes (f) == count + 4);
  wait_for_relayout (f);
  after = layout_note (f, "n59")->rect.x;
  g_assert_cmpfloat (after, >, before);

  /* On its way: the first frames show it near where it was. */
  g_assert_nonnull (f->canvas->slide_frame);
  shown = kr_layout_find_note (_kr_canvas_get_shown_layout (f->canvas), last)->rect.x;
  g_assert_cmpfloat (shown, <, after);
  g_assert_cmpfloat (shown, >=, before);

  /* And there in the end. */
  WAIT_UNTIL (f->canvas->slide_frame == NULL);
  g_assert_cmpfloat (kr_layout_find_note (_kr_canvas_get_shown_layout (f->canvas), last)->rect.x,
                     ==, after);

  /* With animations off, it is there at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  undo (f);
  wait_for_relayout (f);
  g_assert_null (f->canvas->slide_frame);
  g_assert_cmpfloat (kr_layout_find_note (_kr_canvas_get_shown_layout (f->canvas), last)->rect.x,
                     ==, before);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

/* High contrast in a dark window is a dark map, not a light one in dark
 * chrome; each setting alone keeps its own. */
static void
test_high_contrast_dark (Fixture       *f,
                         gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  WAIT_UNTIL (adw_style_manager_get_high_contrast (manager));
  kr_ui_input_settle ();
  g_assert_cmpint (kr_style_get_variant (f->canvas->style), ==, KR_STYLE_HIGH_CONTRAST_DARK);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  kr_ui_input_settle ();
  g_assert_cmpint (kr_style_get_variant (f->canvas->style), ==, KR_STYLE_HIGH_CONTRAST);

  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  WAIT_UNTIL (!adw_style_manager_get_high_contrast (manager));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  kr_ui_input_settle ();
  g_assert_cmpint (kr_style_get_variant (f->canvas->style), ==, KR_STYLE_DARK);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  kr_ui_input_settle ();
  g_assert_cmpint (kr_style_get_variant (f->canvas->style), ==, KR_STYLE_LIGHT);
}

/* Shift+F2 renames the journey from anywhere: on the map, over its title;
 * on an empty journey, which has no map yet, under the window's title. */
static void
test_rename_shortcut (void)
{
  KrWindow *window = kr_ui_test_open_window (app, NULL);
  KrJourney *journey = kr_window_get_journey (window);
  KrCanvas *canvas = KR_CANVAS (kr_ui_test_find_widget (GTK_WIDGET (window), KR_TYPE_CANVAS));
  GtkWidget *entry;

  kr_ui_input_focus_window (GTK_WINDOW (window));
  kr_ui_input_key (GDK_KEY_F2, GDK_SHIFT_MASK);
  entry = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (entry));
  WAIT_UNTIL (gtk_widget_get_mapped (entry));
  kr_ui_input_type ("Ik verhuis");
  kr_ui_input_key (GDK_KEY_Return, 0);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "Ik verhuis");
  g_assert_false (gtk_widget_get_mapped (entry));
  WAIT_UNTIL (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Ik verhuis") != NULL);

  /* With a phase there is a map, and the title is typed over on it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "canvas.add-phase", NULL);
  kr_ui_input_key (GDK_KEY_Escape, 0);
  kr_ui_input_key (GDK_KEY_F2, GDK_SHIFT_MASK);
  g_assert_nonnull (kr_canvas_get_editor (canvas));
  kr_ui_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  kr_ui_input_type ("Ik verhuis naar Utrecht");
  kr_ui_input_key (GDK_KEY_Return, 0);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "Ik verhuis naar Utrecht");

  close_window (window);
}

static void
test_empty_journey (void)
{
  KrWindow *window = kr_ui_test_open_window (app, NULL);
  KrCanvas *canvas = KR_CANVAS (kr_ui_test_find_widget (GTK_WIDGET (window), KR_TYPE_CANVAS));
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (canvas), GTK_TYPE_STACK));
  KrJourney *journey = kr_window_get_journey (window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_false (g_action_group_get_action_enabled (kr_canvas_get_actions (canvas), "add-note"));

  gtk_widget_activate_action (GTK_WIDGET (window), "canvas.add-phase", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_phases (journey)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "canvas");
  g_assert_nonnull (kr_canvas_get_editor (canvas));
  g_assert_true (gtk_widget_has_focus (kr_canvas_get_editor (canvas)));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  g_assert_null (kr_canvas_get_editor (canvas));

  close_window (window);
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ui/canvas/drag/across-phases", test_drag_across_phases);
  ADD ("/ui/canvas/drag/across-line", test_drag_across_line);
  ADD ("/ui/canvas/drag/several", test_drag_several);
  ADD ("/ui/canvas/drag/into-lane", test_drag_into_lane);
  ADD ("/ui/canvas/select/clicks", test_select_clicks);
  ADD ("/ui/canvas/select/rubber-band", test_rubber_band);
  ADD ("/ui/canvas/edit/new-note-place", test_new_note_place);
  ADD ("/ui/canvas/edit/capture-keys", test_capture_keys);
  ADD ("/ui/canvas/edit/enlarged", test_enlarged_editor);
  ADD ("/ui/canvas/clipboard/paste-text", test_paste_text);
  ADD ("/ui/canvas/clipboard/copy-between-windows", test_copy_between_windows);
  ADD ("/ui/canvas/clipboard/drop-text", test_drop_text);
  ADD ("/ui/canvas/clipboard/drop-file", test_drop_file);
  ADD ("/ui/canvas/edit/add-and-type", test_add_and_type);
  ADD ("/ui/canvas/edit/double-click-lane", test_double_click_lane);
  ADD ("/ui/canvas/edit/in-place", test_edit_in_place);
  ADD ("/ui/canvas/edit/rename-journey", test_rename_journey);
  ADD ("/ui/canvas/edit/rename-phase", test_rename_phase);
  ADD ("/ui/canvas/edit/delete-notes", test_delete_notes);
  ADD ("/ui/canvas/phase/delete", test_delete_phase);
  ADD ("/ui/canvas/phase/reorder", test_reorder_phase);
  ADD ("/ui/canvas/phase/menu", test_phase_menu);
  ADD ("/ui/canvas/keyboard/focus", test_keyboard_focus);
  ADD ("/ui/canvas/keyboard/moves", test_keyboard_moves);
  ADD ("/ui/canvas/keyboard/height", test_keyboard_height);
  ADD ("/ui/canvas/keyboard/curve", test_keyboard_curve);
  ADD ("/ui/canvas/keyboard/focus-order", test_focus_order);
  ADD ("/ui/canvas/view/zoom", test_zoom);
  ADD ("/ui/canvas/feelings/from-map", test_feelings_from_map);
  ADD ("/ui/canvas/curve/points", test_curve_points);
  ADD ("/ui/canvas/curve/undo-while-dragging", test_undo_while_dragging);
  ADD ("/ui/canvas/curve/follows-drag", test_curve_follows_drag);
  ADD ("/ui/canvas/feelings/note-emotion", test_note_emotion);
  ADD ("/ui/canvas/note-popover/focus", test_note_popover_focus);
  ADD ("/ui/canvas/popover/focus-back", test_popover_focus_back);
  ADD ("/ui/canvas/view/pinned-gutter", test_pinned_gutter);
  ADD ("/ui/canvas/view/high-contrast-dark", test_high_contrast_dark);
  ADD ("/ui/canvas/view/slide", test_slide);
  g_test_add_func ("/ui/canvas/empty-journey", test_empty_journey);
  g_test_add_func ("/ui/canvas/rename-shortcut", test_rename_shortcut);

#undef ADD

  ret = g_test_run ();

  app = NULL;
  kr_ui_test_finish (&test);
  return ret;
}
