/* test-ui-feelings.c: the emotion wheel and a phase's feelings, driven as a user would
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kr-emotion-wheel.h"
#include "kr-feeling-popover.h"
#include "kr-model.h"
#include "kr-test-util.h"
#include "kr-ui-input.h"

static void
settle (void)
{
  kr_ui_input_settle ();
}

static GtkWidget *
show_in_window (GtkWidget *child,
                int        size)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), size, size);
  gtk_window_set_child (GTK_WINDOW (window), child);
  kr_ui_input_focus_window (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_width (child) >= size / 2);
  settle ();
  return window;
}

static void
picked_cb (GtkWidget  *wheel,
           const char *id,
           GPtrArray  *picked)
{
  g_ptr_array_add (picked, g_strdup (id));
}

/* Every segment's centre is inside that segment, at any size. */
static void
test_wheel_geometry (void)
{
  const int sizes[] = { 260, 720 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      GtkWidget *wheel = kr_emotion_wheel_new ();
      GtkWidget *window = show_in_window (wheel, sizes[s]);
      guint n;
      const KrEmotion *all = kr_emotion_get_all (&n);

      for (guint i = 0; i < n; i++)
        {
          double x, y;

          kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), &all[i], &x, &y);
          g_assert_true (kr_emotion_wheel_emotion_at (KR_EMOTION_WHEEL (wheel), x, y) == &all[i]);
        }
      /* The hole in the middle and the corners pick nothing. */
      g_assert_null (kr_emotion_wheel_emotion_at (KR_EMOTION_WHEEL (wheel),
                                                  gtk_widget_get_width (wheel) / 2.0,
                                                  gtk_widget_get_height (wheel) / 2.0));
      g_assert_null (kr_emotion_wheel_emotion_at (KR_EMOTION_WHEEL (wheel), 1, 1));
      gtk_window_destroy (GTK_WINDOW (window));
      settle ();
    }
}

/* A click on a segment picks it. */
static void
test_wheel_click (void)
{
  GtkWidget *wheel = kr_emotion_wheel_new ();
  GtkWidget *window = show_in_window (wheel, 400);
  g_autoptr(GPtrArray) picked = g_ptr_array_new_with_free_func (g_free);
  double x, y;

  g_signal_connect (wheel, "emotion-picked", G_CALLBACK (picked_cb), picked);
  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), kr_emotion_lookup ("trust"),
                                       &x, &y);
  kr_ui_input_click (wheel, x, y, GDK_BUTTON_PRIMARY, 1, 0);
  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (wheel), kr_emotion_lookup ("optimism"),
                                       &x, &y);
  kr_ui_input_click (wheel, x, y, GDK_BUTTON_PRIMARY, 1, 0);

  g_assert_cmpuint (picked->len, ==, 2);
  g_assert_cmpstr (picked->pdata[0], ==, "trust");
  g_assert_cmpstr (picked->pdata[1], ==, "optimism");
  /* The picked segment has the keyboard focus, for a next step by keys. */
  g_assert_cmpstr (kr_emotion_wheel_get_focused (KR_EMOTION_WHEEL (wheel))->id, ==, "optimism");
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* A key to @widget, which has the keyboard focus, or one of its parts. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  g_assert_true (focus == widget || gtk_widget_is_ancestor (focus, widget));
  kr_ui_input_key (keyval, 0);
}

/* The keyboard walks round the wheel and in and out of the rings. */
static void
test_wheel_keyboard (void)
{
  GtkWidget *wheel = kr_emotion_wheel_new ();
  GtkWidget *window = show_in_window (wheel, 400);
  g_autoptr(GPtrArray) picked = g_ptr_array_new_with_free_func (g_free);
  KrEmotionWheel *w = KR_EMOTION_WHEEL (wheel);

  g_signal_connect (wheel, "emotion-picked", G_CALLBACK (picked_cb), picked);
  g_assert_true (gtk_widget_grab_focus (wheel));
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "joy");

  press_key (wheel, GDK_KEY_Right);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "trust");
  press_key (wheel, GDK_KEY_Down);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "admiration");
  press_key (wheel, GDK_KEY_Down);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "admiration");
  press_key (wheel, GDK_KEY_Up);
  press_key (wheel, GDK_KEY_Up);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "acceptance");
  press_key (wheel, GDK_KEY_Up);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "submission");
  press_key (wheel, GDK_KEY_Left);
  press_key (wheel, GDK_KEY_Left);
  g_assert_cmpstr (kr_emotion_wheel_get_focused (w)->id, ==, "optimism");
  g_assert_cmpuint (picked->len, ==, 0);

  press_key (wheel, GDK_KEY_Return);
  g_assert_cmpuint (picked->len, ==, 1);
  g_assert_cmpstr (picked->pdata[0], ==, "optimism");
  /* A letter picks nothing. */
  press_key (wheel, GDK_KEY_a);
  g_assert_cmpuint (picked->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

typedef struct
{
  KrPhase          *phase;
  KrHistory        *history;
  KrFeelingPopover *popover;
  GtkWidget        *window;
  GtkWidget        *wheel;
} Feelings;

static void
feelings_set_up (Feelings *f)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *anchor = gtk_button_new_with_label ("fase");

  /* A phase's cell at the top of the window, with room below for the
   * popover on a projector's 720 lines. */
  gtk_widget_set_halign (anchor, GTK_ALIGN_START);
  gtk_widget_set_valign (anchor, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), anchor);
  f->phase = kr_phase_new ("p1", "Ik vraag de subsidie aan");
  f->history = kr_history_new ();
  f->window = show_in_window (box, 600);
  f->popover = KR_FEELING_POPOVER (kr_feeling_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (f->popover), anchor);
  kr_feeling_popover_set_phase (f->popover, f->phase, f->history);
  gtk_popover_popup (GTK_POPOVER (f->popover));
  f->wheel = kr_feeling_popover_get_wheel (f->popover);
  WAIT_UNTIL (gtk_widget_get_width (f->wheel) >= 200);
  settle ();
}

static void
feelings_tear_down (Feelings *f)
{
  /* Each step gets its turn of the main loop, so that no event is left
   * for a surface that is gone by then. */
  gtk_popover_popdown (GTK_POPOVER (f->popover));
  settle ();
  kr_feeling_popover_set_phase (f->popover, NULL, NULL);
  gtk_widget_unparent (GTK_WIDGET (f->popover));
  settle ();
  gtk_window_destroy (GTK_WINDOW (f->window));
  settle ();
  g_clear_object (&f->history);
  g_assert_finalize_object (f->phase);
}

static void
click_emotion (Feelings   *f,
               const char *id)
{
  double x, y;

  kr_emotion_wheel_get_segment_centre (KR_EMOTION_WHEEL (f->wheel), kr_emotion_lookup (id), &x, &y);
  kr_ui_input_click (f->wheel, x, y, GDK_BUTTON_PRIMARY, 1, 0);
}

/* "Van ongerustheid naar sereniteit": two clicks, two undo steps. */
static void
test_phase_from_to_by_mouse (void)
{
  Feelings f;

  feelings_set_up (&f);
  kr_ui_input_save_screen ("feelings-popover");
  click_emotion (&f, "apprehension");
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "apprehension");
  g_assert_null (kr_phase_get_emotion_to (f.phase));
  click_emotion (&f, "serenity");
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "apprehension");
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "serenity");
  /* A third pick replaces "to", the slot now selected. */
  click_emotion (&f, "joy");
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "joy");

  kr_history_undo (f.history);
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "serenity");
  kr_history_undo (f.history);
  g_assert_null (kr_phase_get_emotion_to (f.phase));
  kr_history_undo (f.history);
  g_assert_null (kr_phase_get_emotion_from (f.phase));
  g_assert_false (kr_history_get_can_undo (f.history));
  kr_history_redo (f.history);
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "apprehension");
  feelings_tear_down (&f);
}

static void
test_phase_by_keyboard (void)
{
  Feelings f;

  feelings_set_up (&f);
  g_assert_true (gtk_widget_grab_focus (f.wheel));
  /* Joy → trust → fear, then out to apprehension. */
  press_key (f.wheel, GDK_KEY_Right);
  press_key (f.wheel, GDK_KEY_Right);
  press_key (f.wheel, GDK_KEY_Up);
  press_key (f.wheel, GDK_KEY_Return);
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "apprehension");
  press_key (f.wheel, GDK_KEY_Left);
  press_key (f.wheel, GDK_KEY_Left);
  press_key (f.wheel, GDK_KEY_space);
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "serenity");
  kr_history_undo (f.history);
  g_assert_null (kr_phase_get_emotion_to (f.phase));
  feelings_tear_down (&f);
}

static GtkWidget *
find_child_of_type (GtkWidget  *widget,
                    GType       type,
                    const char *icon_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (icon_name == NULL ||
           g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), icon_name) == 0))
        return child;
      if ((found = find_child_of_type (child, type, icon_name)) != NULL)
        return found;
    }
  return NULL;
}

/* Swap and clear, each one step; and "Ik voel me …" typed in. */
static void
test_phase_swap_clear_feeling (void)
{
  Feelings f;
  GtkWidget *swap, *clear, *entry;

  feelings_set_up (&f);
  click_emotion (&f, "annoyance");
  click_emotion (&f, "serenity");

  swap = find_child_of_type (GTK_WIDGET (f.popover), GTK_TYPE_BUTTON, "object-flip-horizontal-symbolic");
  clear = find_child_of_type (GTK_WIDGET (f.popover), GTK_TYPE_BUTTON, "edit-clear-symbolic");
  g_assert_nonnull (swap);
  g_assert_nonnull (clear);

  kr_ui_input_click_widget (swap);
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "serenity");
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "annoyance");
  g_assert_cmpstr (kr_history_get_undo_label (f.history), ==, "Swap Feelings");

  /* "To" is the selected slot after two picks: clearing it leaves "from". */
  kr_ui_input_click_widget (clear);
  g_assert_cmpstr (kr_phase_get_emotion_from (f.phase), ==, "serenity");
  g_assert_null (kr_phase_get_emotion_to (f.phase));
  kr_history_undo (f.history);
  g_assert_cmpstr (kr_phase_get_emotion_to (f.phase), ==, "annoyance");

  entry = find_child_of_type (GTK_WIDGET (f.popover), GTK_TYPE_ENTRY, NULL);
  kr_ui_input_click_widget (entry);
  kr_ui_input_type ("Ik voel me opgelucht");
  kr_ui_input_key (GDK_KEY_Return, 0);
  g_assert_cmpstr (kr_phase_get_feeling (f.phase), ==, "Ik voel me opgelucht");
  kr_history_undo (f.history);
  g_assert_null (kr_phase_get_feeling (f.phase));
  feelings_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* kr_ui_input_settle () waits for stillness, which a blinking cursor
   * never gives. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add_func ("/ui/wheel/geometry", test_wheel_geometry);
  g_test_add_func ("/ui/wheel/click", test_wheel_click);
  g_test_add_func ("/ui/wheel/keyboard", test_wheel_keyboard);
  g_test_add_func ("/ui/feelings/from-to-by-mouse", test_phase_from_to_by_mouse);
  g_test_add_func ("/ui/feelings/by-keyboard", test_phase_by_keyboard);
  g_test_add_func ("/ui/feelings/swap-clear-feeling", test_phase_swap_clear_feeling);

  return g_test_run ();
}
