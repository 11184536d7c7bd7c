/* kr-ui-input.h: real input for the GUI tests, through the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tests press, move, release and type as a person does: XTest makes
 * the X server produce the events, which then reach the app like those of
 * a mouse and a keyboard, through every gesture and controller of the
 * widgets on the way. Nothing here calls a signal of a gesture. Points
 * are given in a widget's own coordinates and found on the screen through
 * the window that shows the widget, wherever the window manager put it.
 *
 * Every call returns once the app has handled what it caused: the X
 * server has taken the events, and the main loop has had nothing more to
 * do for a moment.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The pointer to (@x, @y) of @widget, in one move. */
void     kr_ui_input_move_to       (GtkWidget       *widget,
                                    double           x,
                                    double           y);
/* @n_presses (1 or 2) of @button at (@x, @y), with @mods held. Two
 * presses come as fast as a hand gives a double-click. */
void     kr_ui_input_click         (GtkWidget       *widget,
                                    double           x,
                                    double           y,
                                    guint            button,
                                    guint            n_presses,
                                    GdkModifierType  mods);
void     kr_ui_input_double_click  (GtkWidget       *widget,
                                    double           x,
                                    double           y);
/* Presses @button at (@x, @y), moves to (@to_x, @to_y) in steps, and lets
 * go, with @mods held all along. */
void     kr_ui_input_drag          (GtkWidget       *widget,
                                    guint            button,
                                    double           x,
                                    double           y,
                                    double           to_x,
                                    double           to_y,
                                    GdkModifierType  mods);
/* A drag from (@x, @y) of @from to (@to_x, @to_y) of @to, which may be in
 * another window: dragging something from one window into another. */
void     kr_ui_input_drag_between  (GtkWidget       *from,
                                    double           x,
                                    double           y,
                                    GtkWidget       *to,
                                    double           to_x,
                                    double           to_y);
/* The halves of a drag, for looking at the app while the button is down. */
void     kr_ui_input_press         (GtkWidget       *widget,
                                    guint            button,
                                    double           x,
                                    double           y);
void     kr_ui_input_move_in_steps (GtkWidget       *widget,
                                    double           x,
                                    double           y,
                                    double           to_x,
                                    double           to_y);
void     kr_ui_input_release       (guint            button);
/* Wheel notches at (@x, @y): negative @notches up, positive down. */
void     kr_ui_input_scroll        (GtkWidget       *widget,
                                    double           x,
                                    double           y,
                                    int              notches,
                                    GdkModifierType  mods);
/* A key with @mods held, pressed and released. Keys that the keyboard
 * map lacks are mapped for the moment, as a keyboard layout would. */
void     kr_ui_input_key           (guint            keyval,
                                    GdkModifierType  mods);
/* Each character of @text as a key. */
void     kr_ui_input_type          (const char      *text);
/* Runs the main loop until it has had nothing to do for a moment. */
void     kr_ui_input_settle        (void);
/* Runs the main loop for @ms milliseconds: a person's pause. */
void     kr_ui_input_pause         (guint            ms);
/* Presents @window and waits until it has the keyboard. */
void     kr_ui_input_focus_window  (GtkWindow       *window);

/* Where a widget is on its window, in the widget's own coordinates. */
void     kr_ui_input_widget_centre (GtkWidget       *widget,
                                    double          *x,
                                    double          *y);
/* Where @widget is on the screen, in pixels. */
void     kr_ui_input_get_screen_rect (GtkWidget     *widget,
                                      GdkRectangle  *rect);
/* A click in the middle of @widget, as on a button. */
void     kr_ui_input_click_widget  (GtkWidget       *widget);

/* Writes what the screen shows to $KR_TEST_SCREENSHOTS/@name.png, when that
 * is set: for looking at a test's screens, and at a failing one's. */
void     kr_ui_input_save_screen   (const char      *name);

/* How many keys kr_ui_input_key () and kr_ui_input_type () have pressed,
 * so that a test can count what a task takes. */
guint    kr_ui_input_get_key_count (void);
void     kr_ui_input_reset_key_count (void);

G_END_DECLS
