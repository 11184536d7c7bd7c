/* kr-ui-input.c: real input for the GUI tests, through the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>

#include "kr-ui-input.h"

/* How long the main loop must have been idle for the app to be done. GTK
 * hands events on at the next frame, 16 ms away at most. */
#define QUIET_US      (40 * G_TIME_SPAN_MILLISECOND)
#define SETTLE_MAX_US (10 * G_TIME_SPAN_SECOND)
/* Steps of a drag: enough for a gesture to pass its threshold and see the
 * way in between, as a hand's motion does. */
#define DRAG_STEPS 8
/* Steps of a move to where a click or a press goes. */
#define GLIDE_STEPS 4

static guint key_count;
/* The last click, so that two clicks meant apart do not make a double one. */
static gint64 last_click_time;

/* GDK's own connection to the X server, where the app's windows are. */
static Display *
get_xdisplay (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  return gdk_x11_display_get_xdisplay (display);
}

/* A connection of the tests' own, as a keyboard and a mouse are not the
 * app: the X server treats what the app asks for itself differently, for
 * one while one of its popovers holds the pointer. */
static Display *
get_input_display (void)
{
  static Display *input;

  if (input == NULL)
    {
      input = XOpenDisplay (gdk_display_get_name (gdk_display_get_default ()));
      g_assert_nonnull (input);
    }
  return input;
}

/* The events are out, and have reached the app. */
static void
flush_input (void)
{
  XSync (get_input_display (), False);
  XSync (get_xdisplay (), False);
}

void
kr_ui_input_settle (void)
{
  Display *dpy = get_xdisplay ();
  gint64 start = g_get_monotonic_time ();
  gint64 last_busy = start;

  /* The server has taken every request, and what it sent back is queued. */
  flush_input ();

  while (g_get_monotonic_time () - last_busy < QUIET_US &&
         g_get_monotonic_time () - start < SETTLE_MAX_US)
    {
      if (g_main_context_iteration (NULL, FALSE))
        last_busy = g_get_monotonic_time ();
      else
        g_usleep (G_TIME_SPAN_MILLISECOND);
      if (XPending (dpy) > 0)
        last_busy = g_get_monotonic_time ();
    }
}

/* The main loop for @span, as the app runs while a hand moves. */
static void
run_for (gint64 span)
{
  gint64 end = g_get_monotonic_time () + span;

  XFlush (get_input_display ());
  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (G_TIME_SPAN_MILLISECOND);
}

void
kr_ui_input_pause (guint ms)
{
  run_for (ms * G_TIME_SPAN_MILLISECOND);
  kr_ui_input_settle ();
}

/* (@x, @y) of @widget on the screen, through the X window of the surface
 * that shows it: a toplevel or a popover. */
static void
to_root (GtkWidget *widget,
         double     x,
         double     y,
         int       *root_x,
         int       *root_y)
{
  Display *dpy = get_xdisplay ();
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double dx, dy;
  Window child;

  g_assert_nonnull (native);
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  /* Client-side decorations put a shadow around the window's content. */
  gtk_native_get_surface_transform (native, &dx, &dy);
  XTranslateCoordinates (dpy, gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (dpy),
                         (int) round (point.x + dx), (int) round (point.y + dy),
                         root_x, root_y, &child);
}

/* Moves the pointer to (@root_x, @root_y) in a few steps from where it
 * is, as a hand does. One jump would do for most things, but after a
 * popover has let go of the pointer GDK misses the press that follows a
 * lone jump. */
static void
glide_to (int root_x,
          int root_y)
{
  Display *dpy = get_input_display ();
  Window root, child;
  int x, y, win_x, win_y;
  unsigned int mask;

  XQueryPointer (dpy, DefaultRootWindow (dpy), &root, &child, &x, &y, &win_x, &win_y, &mask);
  for (int i = 1; i <= GLIDE_STEPS; i++)
    {
      XTestFakeMotionEvent (dpy, -1, x + (root_x - x) * i / GLIDE_STEPS,
                            y + (root_y - y) * i / GLIDE_STEPS, CurrentTime);
      kr_ui_input_settle ();
    }
}

static void
fake_motion (GtkWidget *widget,
             double     x,
             double     y)
{
  int root_x, root_y;

  to_root (widget, x, y, &root_x, &root_y);
  XTestFakeMotionEvent (get_input_display (), -1, root_x, root_y, CurrentTime);
}

static void
glide (GtkWidget *widget,
       double     x,
       double     y)
{
  int root_x, root_y;

  to_root (widget, x, y, &root_x, &root_y);
  glide_to (root_x, root_y);
}

static void
fake_button (guint    button,
             gboolean press)
{
  XTestFakeButtonEvent (get_input_display (), button, press, CurrentTime);
}

/* --- keys ------------------------------------------------------------------ */

typedef struct
{
  KeyCode  keycode;
  gboolean shift;
  gboolean borrowed;    /* a spare keycode mapped to the keysym for now */
} KeyStroke;

static KeyCode
find_spare_keycode (Display *dpy)
{
  int min, max, per_code;
  KeyCode spare = 0;
  KeySym *map;

  XDisplayKeycodes (dpy, &min, &max);
  map = XGetKeyboardMapping (dpy, min, max - min + 1, &per_code);
  for (int code = max; code >= min && spare == 0; code--)
    {
      gboolean empty = TRUE;

      for (int i = 0; i < per_code; i++)
        empty = empty && map[(code - min) * per_code + i] == NoSymbol;
      if (empty)
        spare = code;
    }
  XFree (map);

  g_assert_cmpuint (spare, !=, 0);
  return spare;
}

static KeyStroke
stroke_for (guint keyval)
{
  Display *dpy = get_xdisplay ();
  KeyStroke stroke = { 0 };
  KeySym syms[2] = { keyval, keyval };

  stroke.keycode = XKeysymToKeycode (dpy, keyval);
  if (stroke.keycode != 0)
    {
      if (XkbKeycodeToKeysym (dpy, stroke.keycode, 0, 0) == keyval)
        return stroke;
      if (XkbKeycodeToKeysym (dpy, stroke.keycode, 0, 1) == keyval)
        {
          stroke.shift = TRUE;
          return stroke;
        }
    }

  /* Not on the keyboard: lend it a key nobody uses, as xdotool does. */
  stroke.keycode = find_spare_keycode (dpy);
  stroke.borrowed = TRUE;
  XChangeKeyboardMapping (dpy, stroke.keycode, G_N_ELEMENTS (syms), syms, 1);
  XSync (dpy, False);
  /* GDK learns of the new map before it sees the key. */
  kr_ui_input_settle ();
  return stroke;
}

static void
fake_key (KeyCode  keycode,
          gboolean press)
{
  XTestFakeKeyEvent (get_input_display (), keycode, press, CurrentTime);
}

static void
press_modifiers (GdkModifierType mods,
                 gboolean        press)
{
  Display *dpy = get_xdisplay ();
  const struct { GdkModifierType mask; KeySym sym; } modifiers[] = {
    { GDK_CONTROL_MASK, XK_Control_L },
    { GDK_SHIFT_MASK, XK_Shift_L },
    { GDK_ALT_MASK, XK_Alt_L },
    { GDK_SUPER_MASK, XK_Super_L },
  };

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (mods & modifiers[i].mask)
      fake_key (XKeysymToKeycode (dpy, modifiers[i].sym), press);
}

void
kr_ui_input_key (guint           keyval,
                 GdkModifierType mods)
{
  KeyStroke stroke = stroke_for (keyval);

  if (stroke.shift)
    mods |= GDK_SHIFT_MASK;

  press_modifiers (mods, TRUE);
  fake_key (stroke.keycode, TRUE);
  fake_key (stroke.keycode, FALSE);
  press_modifiers (mods, FALSE);
  key_count++;
  kr_ui_input_settle ();

  if (stroke.borrowed)
    {
      KeySym none[2] = { NoSymbol, NoSymbol };

      XChangeKeyboardMapping (get_xdisplay (), stroke.keycode, G_N_ELEMENTS (none), none, 1);
      kr_ui_input_settle ();
    }
}

void
kr_ui_input_type (const char *text)
{
  g_return_if_fail (g_utf8_validate (text, -1, NULL));

  /* The keys go out one after the other, as fast as a typist's, and the
   * app takes them in order. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint keyval = c == '\n' ? GDK_KEY_Return : gdk_unicode_to_keyval (c);
      KeyStroke stroke = stroke_for (keyval);
      GdkModifierType mods = (stroke.shift || c == '\n') ? GDK_SHIFT_MASK : 0;

      press_modifiers (mods, TRUE);
      fake_key (stroke.keycode, TRUE);
      fake_key (stroke.keycode, FALSE);
      press_modifiers (mods, FALSE);
      key_count++;
      if (stroke.borrowed)
        {
          KeySym none[2] = { NoSymbol, NoSymbol };

          kr_ui_input_settle ();
          XChangeKeyboardMapping (get_xdisplay (), stroke.keycode, G_N_ELEMENTS (none), none, 1);
        }
    }
  kr_ui_input_settle ();
}

guint
kr_ui_input_get_key_count (void)
{
  return key_count;
}

void
kr_ui_input_reset_key_count (void)
{
  key_count = 0;
}

/* --- the pointer ----------------------------------------------------------- */


void
kr_ui_input_move_to (GtkWidget *widget,
                     double     x,
                     double     y)
{
  glide (widget, x, y);
}

/* A person who means two clicks, not a double one, waits a little between
 * them: as long as GTK takes a double-click to last. (GTK also counts a
 * click soon after a double-click elsewhere as the first of a new one
 * only after its time has run out.) */
static void
wait_out_double_click (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int time_ms = 400;
  gint64 until;

  g_object_get (settings, "gtk-double-click-time", &time_ms, NULL);
  until = last_click_time + (time_ms + 50) * G_TIME_SPAN_MILLISECOND;
  if (last_click_time > 0 && g_get_monotonic_time () < until)
    run_for (until - g_get_monotonic_time ());
}

void
kr_ui_input_click (GtkWidget       *widget,
                   double           x,
                   double           y,
                   guint            button,
                   guint            n_presses,
                   GdkModifierType  mods)
{
  int root_x, root_y;

  g_return_if_fail (n_presses == 1 || n_presses == 2);

  to_root (widget, x, y, &root_x, &root_y);
  wait_out_double_click ();
  glide_to (root_x, root_y);
  press_modifiers (mods, TRUE);
  for (guint i = 0; i < n_presses; i++)
    {
      /* The presses of a double-click are as close as a hand makes them,
       * and the app handles the first before the second arrives. */
      if (i > 0)
        run_for (60 * G_TIME_SPAN_MILLISECOND);
      /* A finger holds the button down for a moment, and the app sees the
       * press before the release. */
      fake_button (button, TRUE);
      run_for (30 * G_TIME_SPAN_MILLISECOND);
      fake_button (button, FALSE);
      XFlush (get_input_display ());
    }
  press_modifiers (mods, FALSE);
  kr_ui_input_settle ();

  last_click_time = g_get_monotonic_time ();
}

void
kr_ui_input_double_click (GtkWidget *widget,
                          double     x,
                          double     y)
{
  kr_ui_input_click (widget, x, y, GDK_BUTTON_PRIMARY, 2, 0);
}

void
kr_ui_input_press (GtkWidget *widget,
                   guint      button,
                   double     x,
                   double     y)
{
  glide (widget, x, y);
  fake_button (button, TRUE);
  kr_ui_input_settle ();
}

void
kr_ui_input_move_in_steps (GtkWidget *widget,
                           double     x,
                           double     y,
                           double     to_x,
                           double     to_y)
{
  for (guint i = 1; i <= DRAG_STEPS; i++)
    {
      double t = (double) i / DRAG_STEPS;

      fake_motion (widget, x + (to_x - x) * t, y + (to_y - y) * t);
      kr_ui_input_settle ();
    }
}

void
kr_ui_input_release (guint button)
{
  fake_button (button, FALSE);
  kr_ui_input_settle ();
}

void
kr_ui_input_drag (GtkWidget       *widget,
                  guint            button,
                  double           x,
                  double           y,
                  double           to_x,
                  double           to_y,
                  GdkModifierType  mods)
{
  press_modifiers (mods, TRUE);
  kr_ui_input_press (widget, button, x, y);
  kr_ui_input_move_in_steps (widget, x, y, to_x, to_y);
  kr_ui_input_release (button);
  press_modifiers (mods, FALSE);
  kr_ui_input_settle ();
}

void
kr_ui_input_drag_between (GtkWidget *from,
                          double     x,
                          double     y,
                          GtkWidget *to,
                          double     to_x,
                          double     to_y)
{
  int x0, y0, x1, y1;

  to_root (from, x, y, &x0, &y0);
  to_root (to, to_x, to_y, &x1, &y1);

  kr_ui_input_press (from, GDK_BUTTON_PRIMARY, x, y);
  /* Slowly, with pauses, as the drag-and-drop protocol needs the windows
   * on both ends to answer each other. */
  for (guint i = 1; i <= 4 * DRAG_STEPS; i++)
    {
      double t = (double) i / (4 * DRAG_STEPS);

      XTestFakeMotionEvent (get_input_display (), -1, (int) round (x0 + (x1 - x0) * t),
                            (int) round (y0 + (y1 - y0) * t), CurrentTime);
      run_for (10 * G_TIME_SPAN_MILLISECOND);
      kr_ui_input_settle ();
    }
  kr_ui_input_release (GDK_BUTTON_PRIMARY);
  /* The drop is a conversation between the two ends too. */
  run_for (100 * G_TIME_SPAN_MILLISECOND);
  kr_ui_input_settle ();
}

void
kr_ui_input_scroll (GtkWidget       *widget,
                    double           x,
                    double           y,
                    int              notches,
                    GdkModifierType  mods)
{
  /* Buttons 4 and 5 are the wheel's notches up and down. */
  guint button = notches < 0 ? 4 : 5;

  glide (widget, x, y);
  press_modifiers (mods, TRUE);
  for (int i = 0; i < ABS (notches); i++)
    {
      fake_button (button, TRUE);
      fake_button (button, FALSE);
      kr_ui_input_settle ();
    }
  press_modifiers (mods, FALSE);
  kr_ui_input_settle ();
}

/* --- windows and widgets --------------------------------------------------- */

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
kr_ui_input_focus_window (GtkWindow *window)
{
  gboolean timed_out = FALSE;
  guint id;

  gtk_window_present (window);
  id = g_timeout_add_seconds (20, timeout_cb, &timed_out);
  while (!(gtk_widget_get_mapped (GTK_WIDGET (window)) && gtk_window_is_active (window)) &&
         !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_true (gtk_window_is_active (window));
  kr_ui_input_settle ();
}

void
kr_ui_input_widget_centre (GtkWidget *widget,
                           double    *x,
                           double    *y)
{
  *x = gtk_widget_get_width (widget) / 2.0;
  *y = gtk_widget_get_height (widget) / 2.0;
}

void
kr_ui_input_get_screen_rect (GtkWidget    *widget,
                             GdkRectangle *rect)
{
  int x0, y0, x1, y1;

  kr_ui_input_settle ();
  to_root (widget, 0, 0, &x0, &y0);
  to_root (widget, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &x1, &y1);
  *rect = (GdkRectangle) { x0, y0, x1 - x0, y1 - y0 };
}

void
kr_ui_input_click_widget (GtkWidget *widget)
{
  double x, y;

  g_assert_true (gtk_widget_get_mapped (widget));
  kr_ui_input_widget_centre (widget, &x, &y);
  kr_ui_input_click (widget, x, y, GDK_BUTTON_PRIMARY, 1, 0);
}

void
kr_ui_input_save_screen (const char *name)
{
  const char *dir = g_getenv ("KR_TEST_SCREENSHOTS");
  Display *dpy;
  Window root;
  XWindowAttributes attrs;
  XImage *image;
  cairo_surface_t *surface;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL || dir[0] == '\0')
    return;

  kr_ui_input_settle ();
  dpy = get_xdisplay ();
  root = DefaultRootWindow (dpy);
  XGetWindowAttributes (dpy, root, &attrs);
  image = XGetImage (dpy, root, 0, 0, attrs.width, attrs.height, AllPlanes, ZPixmap);
  g_assert_nonnull (image);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, attrs.width, attrs.height);
  cairo_surface_flush (surface);
  for (int y = 0; y < attrs.height; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < attrs.width; x++)
        row[x] = XGetPixel (image, x, y) & 0xffffff;
    }
  cairo_surface_mark_dirty (surface);

  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  XDestroyImage (image);
}
