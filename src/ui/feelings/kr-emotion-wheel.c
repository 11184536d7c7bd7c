/* kr-emotion-wheel.c: Plutchik's wheel of emotions as a picker
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Users know the wheel as a picture, so the picker is that picture: eight
 * petals in Plutchik's order and colours, three rings from intense (inner)
 * to mild (outer), and the eight primary dyads in a band around them, each
 * between the two petals it mixes.
 *
 * GTK 4.8 has no accessible API for parts of a widget, so every segment
 * also has a real child widget: invisible, focusable, with the role of a
 * button and the emotion's name as its label. The wheel draws everything;
 * the children carry focus and speak to assistive technologies.
 */
#define G_LOG_DOMAIN "kr-emotion-wheel"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kr-emotion-wheel.h"
#include "kr-style.h"

/* Radii as fractions of the wheel's radius. */
/* The innermost ring is the narrowest round, so its names run along the
 * radius, and it reaches further in to give them room. */
static const double ring_inner[] = {
  [KR_RING_INTENSE] = 0.10,
  [KR_RING_BASIC] = 0.40,
  [KR_RING_MILD] = 0.61,
  [KR_RING_DYAD] = 0.84,
};
static const double ring_outer[] = {
  [KR_RING_INTENSE] = 0.40,
  [KR_RING_BASIC] = 0.61,
  [KR_RING_MILD] = 0.82,
  [KR_RING_DYAD] = 1.0,
};

/* The segment children: focus and accessibility, no drawing. */

#define KR_TYPE_WHEEL_SEGMENT (kr_wheel_segment_get_type ())
G_DECLARE_FINAL_TYPE (KrWheelSegment, kr_wheel_segment, KR, WHEEL_SEGMENT, GtkWidget)

struct _KrWheelSegment
{
  GtkWidget        parent_instance;
  const KrEmotion *emotion;
};

G_DEFINE_FINAL_TYPE (KrWheelSegment, kr_wheel_segment, GTK_TYPE_WIDGET)

static void
kr_wheel_segment_class_init (KrWheelSegmentClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "wheelsegment");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
kr_wheel_segment_init (KrWheelSegment *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Pointer events go to the wheel, which knows the true shapes. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

static GtkWidget *
kr_wheel_segment_new (const KrEmotion *emotion)
{
  KrWheelSegment *self = g_object_new (KR_TYPE_WHEEL_SEGMENT, NULL);

  self->emotion = emotion;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kr_emotion_get_name (emotion),
                                  -1);
  return GTK_WIDGET (self);
}

/* The wheel */

struct _KrEmotionWheel
{
  GtkWidget        parent_instance;

  GtkWidget       *segments[KR_N_EMOTIONS];
  const KrEmotion *hovered;
  const KrEmotion *chosen[2];
};

G_DEFINE_FINAL_TYPE (KrEmotionWheel, kr_emotion_wheel, GTK_TYPE_WIDGET)

enum {
  EMOTION_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
get_geometry (KrEmotionWheel *self,
              double         *cx,
              double         *cy,
              double         *radius)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  *cx = width / 2;
  *cy = height / 2;
  *radius = MAX (0, MIN (width, height) / 2 - 2);
}

/* The angles a segment spans. Petal p is centred at the top for joy and
 * runs clockwise; a dyad is centred on the line between its two petals. */
static void
segment_angles (const KrEmotion *emotion,
                double          *start,
                double          *end)
{
  double centre = -G_PI / 2 + emotion->petal * G_PI / 4;

  if (emotion->ring == KR_RING_DYAD)
    centre += G_PI / 8;
  *start = centre - G_PI / 8;
  *end = centre + G_PI / 8;
}

static guint
emotion_index (const KrEmotion *emotion)
{
  return emotion - kr_emotion_get_all (NULL);
}

static void
segment_path (cairo_t         *cr,
              const KrEmotion *emotion,
              double           cx,
              double           cy,
              double           radius)
{
  double start, end;

  segment_angles (emotion, &start, &end);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius * ring_outer[emotion->ring], start, end);
  cairo_arc_negative (cr, cx, cy, radius * ring_inner[emotion->ring], end, start);
  cairo_close_path (cr);
}

static void
segment_centre (const KrEmotion *emotion,
                double           cx,
                double           cy,
                double           radius,
                double          *x,
                double          *y)
{
  double start, end, r;

  segment_angles (emotion, &start, &end);
  r = radius * (ring_inner[emotion->ring] + ring_outer[emotion->ring]) / 2;
  *x = cx + r * cos ((start + end) / 2);
  *y = cy + r * sin ((start + end) / 2);
}

/* Fills with @rgb, a colour of the emotions table. */
static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  KrColour colour = kr_colour_from_rgb (rgb);

  cairo_set_source_rgba (cr, colour.r, colour.g, colour.b, colour.a);
}

static guint32
rgba_to_rgb (const GdkRGBA *rgba)
{
  return ((guint32) round (CLAMP (rgba->red, 0, 1) * 255) << 16) |
         ((guint32) round (CLAMP (rgba->green, 0, 1) * 255) << 8) |
         (guint32) round (CLAMP (rgba->blue, 0, 1) * 255);
}

/* The page the wheel is drawn on, and the ink of its text: light or dark,
 * as the style is. */
typedef struct
{
  GdkRGBA ink;
  GdkRGBA page;
} WheelColours;

static void
get_colours (KrEmotionWheel *self,
             WheelColours   *colours)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colours->ink);
  if (!gtk_style_context_lookup_color (context, "popover_bg_color", &colours->page))
    colours->page = (GdkRGBA) { 1, 1, 1, 1 };
}

/* A segment's colour as drawn: the mixed emotions of the outer ring are
 * paler, half way to the page, light or dark. */
static guint32
segment_colour (const KrEmotion    *emotion,
                const WheelColours *colours)
{
  guint32 page = rgba_to_rgb (&colours->page);
  guint32 mixed = 0;

  if (emotion->ring != KR_RING_DYAD)
    return emotion->colour;

  for (int shift = 0; shift <= 16; shift += 8)
    mixed |= ((((emotion->colour >> shift) & 0xff) + ((page >> shift) & 0xff)) / 2) << shift;
  return mixed;
}

/* A segment's label: one line, shrunk until it fits the segment's chord;
 * a word is never broken. Only at the smallest readable size does it end
 * in an ellipsis. */
static PangoLayout *
create_label_layout (KrEmotionWheel  *self,
                     const KrEmotion *emotion,
                     double           radius,
                     double          *width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                        kr_emotion_get_name (emotion));
  PangoFontDescription *font = pango_font_description_new ();
  double r, size;
  int text_width, text_height;

  r = radius * (ring_inner[emotion->ring] + ring_outer[emotion->ring]) / 2;
  /* The chord of the segment at its middle radius, less a margin; in the
   * innermost ring the length of the segment from the hole outwards. */
  if (emotion->ring == KR_RING_INTENSE)
    *width = radius * (ring_outer[emotion->ring] - ring_inner[emotion->ring]) * 0.92;
  else
    *width = 2 * r * sin (G_PI / 8) * 0.94;
  size = MAX (6.5, radius * 0.056);
  if (emotion->ring == KR_RING_BASIC)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  for (;;)
    {
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      if (text_width <= *width || size <= 6.5)
        break;
      size = MAX (6.5, size * 0.92);
    }
  pango_font_description_free (font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (int)(*width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  return layout;
}

/* Labels follow the circle, as on the printed wheel, and are turned so
 * that none reads upside down. */
static void
draw_label (KrEmotionWheel     *self,
            cairo_t            *cr,
            const KrEmotion    *emotion,
            const WheelColours *colours,
            double              cx,
            double              cy,
            double              radius)
{
  g_autoptr(PangoLayout) layout = NULL;
  double start, end, x, y, width, tangent;
  int text_width, text_height;
  KrColour fill, ink;

  layout = create_label_layout (self, emotion, radius, &width);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  segment_angles (emotion, &start, &end);
  segment_centre (emotion, cx, cy, radius, &x, &y);
  /* Across the segment, or along the radius in the innermost ring. */
  tangent = (start + end) / 2 + (emotion->ring == KR_RING_INTENSE ? 0 : G_PI / 2);
  /* Never upside down; straight up and down, it reads upwards. */
  if (cos (tangent) < -1e-6 || (fabs (cos (tangent)) <= 1e-6 && sin (tangent) > 0))
    tangent += G_PI;

  /* Dark text on light colours and light text on dark ones, as on the
   * map's notes, so every label stays readable. */
  fill = kr_colour_from_rgb (segment_colour (emotion, colours));
  ink = kr_colour_contrasting (&fill);
  cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, ink.a);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, tangent);
  cairo_move_to (cr, -width / 2, -text_height / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_badge (KrEmotionWheel     *self,
            cairo_t            *cr,
            const KrEmotion    *emotion,
            const WheelColours *colours,
            const char         *text,
            double              cx,
            double              cy,
            double              radius)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_new ();
  double start, end, r, x, y, size = MAX (8, radius * 0.075);
  int tw, th;

  /* On the middle of the segment's outer edge, clear of every label. */
  segment_angles (emotion, &start, &end);
  r = radius * ring_outer[emotion->ring];
  x = cx + r * cos ((start + end) / 2);
  y = cy + r * sin ((start + end) / 2);

  /* In the text's ink, ringed and numbered in the page's colour. */
  cairo_arc (cr, x, y, size, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &colours->ink);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &colours->page);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  pango_font_description_set_absolute_size (font, size * 1.2 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_get_pixel_size (layout, &tw, &th);
  cairo_move_to (cr, x - tw / 2.0, y - th / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static const KrEmotion *
focused_emotion (KrEmotionWheel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* The window's focus widget, which is set at once, whether or not the
   * window is active yet: the keys go there as soon as it is. */
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && KR_IS_WHEEL_SEGMENT (focus) &&
      gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    return KR_WHEEL_SEGMENT (focus)->emotion;
  return NULL;
}

static void
kr_emotion_wheel_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KrEmotionWheel *self = KR_EMOTION_WHEEL (widget);
  const KrEmotion *focused = focused_emotion (self);
  guint n;
  const KrEmotion *all = kr_emotion_get_all (&n);
  double cx, cy, radius;
  cairo_t *cr;
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };
  WheelColours colours;

  get_geometry (self, &cx, &cy, &radius);
  get_colours (self, &colours);
  if (radius < 8)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0,
                                                                 gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));

  for (guint i = 0; i < n; i++)
    {
      const KrEmotion *emotion = &all[i];
      gboolean hovered = emotion == self->hovered;

      segment_path (cr, emotion, cx, cy, radius);
      set_source_rgb (cr, segment_colour (emotion, &colours));
      cairo_fill_preserve (cr);
      if (hovered)
        {
          cairo_set_source_rgba (cr, 1, 1, 1, 0.35);
          cairo_fill_preserve (cr);
        }
      /* Thin gaps between segments, in the colour of the page. */
      gdk_cairo_set_source_rgba (cr, &colours.page);
      cairo_set_line_width (cr, MAX (1.5, radius * 0.012));
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    draw_label (self, cr, &all[i], &colours, cx, cy, radius);

  for (guint k = 0; k < 2; k++)
    if (self->chosen[k] != NULL)
      {
        segment_path (cr, self->chosen[k], cx, cy, radius);
        gdk_cairo_set_source_rgba (cr, &colours.ink);
        cairo_set_line_width (cr, MAX (2.5, radius * 0.02));
        cairo_stroke (cr);
        draw_badge (self, cr, self->chosen[k], &colours, k == 0 ? "1" : "2", cx, cy, radius);
      }

  if (focused != NULL)
    {
      segment_path (cr, focused, cx, cy, radius);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, MAX (3, radius * 0.025));
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
kr_emotion_wheel_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* Small enough for a popover, and a square wants as much as it gets. */
  *minimum = 220;
  *natural = for_size > 0 ? MAX (260, for_size) : 320;
}

/* Each child covers the bounding box of its segment's middle; precise
 * shapes do not matter, only that screen readers can place them. */
static void
kr_emotion_wheel_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KrEmotionWheel *self = KR_EMOTION_WHEEL (widget);
  const KrEmotion *all = kr_emotion_get_all (NULL);
  double cx, cy, radius;

  get_geometry (self, &cx, &cy, &radius);
  for (guint i = 0; i < KR_N_EMOTIONS; i++)
    {
      double x, y, size = radius * 0.16;

      segment_centre (&all[i], cx, cy, radius, &x, &y);
      gtk_widget_size_allocate (self->segments[i],
                                &(GtkAllocation) { (int)(x - size / 2), (int)(y - size / 2),
                                                   MAX (1, (int)size), MAX (1, (int)size) },
                                -1);
    }
}

const KrEmotion *
kr_emotion_wheel_emotion_at (KrEmotionWheel *self,
                             double          x,
                             double          y)
{
  const KrEmotion *all;
  double cx, cy, radius, dx, dy, r, angle;
  guint n;

  g_return_val_if_fail (KR_IS_EMOTION_WHEEL (self), NULL);

  get_geometry (self, &cx, &cy, &radius);
  dx = x - cx;
  dy = y - cy;
  r = sqrt (dx * dx + dy * dy) / MAX (radius, 1);
  angle = atan2 (dy, dx);

  all = kr_emotion_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      double start, end, a = angle;

      if (r < ring_inner[all[i].ring] || r > ring_outer[all[i].ring])
        continue;
      segment_angles (&all[i], &start, &end);
      /* Bring the angle into the segment's turn of the circle. */
      while (a < start)
        a += 2 * G_PI;
      while (a > start + 2 * G_PI)
        a -= 2 * G_PI;
      if (a <= end)
        return &all[i];
    }

  return NULL;
}

void
kr_emotion_wheel_get_segment_centre (KrEmotionWheel  *self,
                                     const KrEmotion *emotion,
                                     double          *x,
                                     double          *y)
{
  double cx, cy, radius;

  g_return_if_fail (KR_IS_EMOTION_WHEEL (self));
  g_return_if_fail (emotion != NULL);

  get_geometry (self, &cx, &cy, &radius);
  segment_centre (emotion, cx, cy, radius, x, y);
}

static void
pick (KrEmotionWheel  *self,
      const KrEmotion *emotion)
{
  if (emotion != NULL)
    g_signal_emit (self, signals[EMOTION_PICKED], 0, emotion->id);
}

static void
motion_cb (KrEmotionWheel           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  const KrEmotion *emotion = kr_emotion_wheel_emotion_at (self, x, y);

  if (emotion != self->hovered)
    {
      self->hovered = emotion;
      /* The inner ring's labels may be cut short in a small wheel: the full
       * name is always one hover away. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   emotion != NULL ? kr_emotion_get_name (emotion) : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (KrEmotionWheel           *self,
          GtkEventControllerMotion *controller)
{
  if (self->hovered != NULL)
    {
      self->hovered = NULL;
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
released_cb (KrEmotionWheel  *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  const KrEmotion *emotion = kr_emotion_wheel_emotion_at (self, x, y);

  if (emotion == NULL)
    return;
  kr_emotion_wheel_focus_emotion (self, emotion);
  pick (self, emotion);
}

/* The keyboard walks the wheel: left and right go round it, up goes out
 * towards the mild ring and the dyads, down goes in towards intense. */
static const KrEmotion *
neighbour (const KrEmotion *from,
           guint            keyval)
{
  int petal = from->petal;
  int ring = from->ring;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      petal = (petal + 1) % KR_N_PETALS;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      petal = (petal + KR_N_PETALS - 1) % KR_N_PETALS;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      /* intense (3) → basic (2) → mild (1) → dyad (0) */
      ring = MAX (ring - 1, KR_RING_DYAD);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      ring = MIN (ring + 1, KR_RING_INTENSE);
      break;
    default:
      return NULL;
    }

  return kr_emotion_at (petal, ring);
}

static gboolean
key_pressed_cb (KrEmotionWheel        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  const KrEmotion *focused = focused_emotion (self);
  const KrEmotion *next;

  if (focused == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      pick (self, focused);
      return TRUE;
    default:
      break;
    }

  next = neighbour (focused, keyval);
  if (next == NULL)
    return FALSE;
  kr_emotion_wheel_focus_emotion (self, next);
  return TRUE;
}

static void
focus_changed_cb (KrEmotionWheel *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Tab into the wheel lands on a chosen emotion, or on joy at the top. */
static gboolean
kr_emotion_wheel_grab_focus (GtkWidget *widget)
{
  KrEmotionWheel *self = KR_EMOTION_WHEEL (widget);
  const KrEmotion *target = self->chosen[0];

  if (target == NULL)
    target = kr_emotion_at (KR_PETAL_JOY, KR_RING_BASIC);
  return gtk_widget_grab_focus (self->segments[emotion_index (target)]);
}

static gboolean
kr_emotion_wheel_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  KrEmotionWheel *self = KR_EMOTION_WHEEL (widget);

  /* The wheel is one stop in the Tab chain; inside it the arrows move. */
  if (focused_emotion (self) != NULL)
    return FALSE;
  return kr_emotion_wheel_grab_focus (widget);
}

static void
kr_emotion_wheel_dispose (GObject *object)
{
  KrEmotionWheel *self = KR_EMOTION_WHEEL (object);

  for (guint i = 0; i < KR_N_EMOTIONS; i++)
    g_clear_pointer (&self->segments[i], gtk_widget_unparent);

  G_OBJECT_CLASS (kr_emotion_wheel_parent_class)->dispose (object);
}

static void
kr_emotion_wheel_class_init (KrEmotionWheelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_emotion_wheel_dispose;
  widget_class->snapshot = kr_emotion_wheel_snapshot;
  widget_class->measure = kr_emotion_wheel_measure;
  widget_class->size_allocate = kr_emotion_wheel_size_allocate;
  widget_class->grab_focus = kr_emotion_wheel_grab_focus;
  widget_class->focus = kr_emotion_wheel_focus;

  /**
   * KrEmotionWheel::emotion-picked:
   * @id: the emotion's id, as the file format stores it
   *
   * A click, a tap, or Enter or Space on the focused segment.
   */
  signals[EMOTION_PICKED] =
    g_signal_new ("emotion-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "emotionwheel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kr_emotion_wheel_init (KrEmotionWheel *self)
{
  const KrEmotion *all = kr_emotion_get_all (NULL);
  GtkEventController *controller;
  GtkGesture *click;

  for (guint i = 0; i < KR_N_EMOTIONS; i++)
    {
      self->segments[i] = kr_wheel_segment_new (&all[i]);
      gtk_widget_set_parent (self->segments[i], GTK_WIDGET (self));
      g_signal_connect_swapped (self->segments[i], "notify::has-focus",
                                G_CALLBACK (focus_changed_cb), self);
    }

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Wheel of emotions"),
                                  -1);
}

GtkWidget *
kr_emotion_wheel_new (void)
{
  return g_object_new (KR_TYPE_EMOTION_WHEEL, NULL);
}

void
kr_emotion_wheel_set_chosen (KrEmotionWheel *self,
                             const char     *first,
                             const char     *second)
{
  g_return_if_fail (KR_IS_EMOTION_WHEEL (self));

  self->chosen[0] = kr_emotion_lookup (first);
  self->chosen[1] = kr_emotion_lookup (second);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const KrEmotion *
kr_emotion_wheel_get_focused (KrEmotionWheel *self)
{
  g_return_val_if_fail (KR_IS_EMOTION_WHEEL (self), NULL);
  return focused_emotion (self);
}

void
kr_emotion_wheel_focus_emotion (KrEmotionWheel  *self,
                                const KrEmotion *emotion)
{
  g_return_if_fail (KR_IS_EMOTION_WHEEL (self));
  g_return_if_fail (emotion != NULL);

  gtk_widget_grab_focus (self->segments[emotion_index (emotion)]);
}

gboolean
kr_emotion_wheel_label_is_cut (KrEmotionWheel  *self,
                               const KrEmotion *emotion)
{
  g_autoptr(PangoLayout) layout = NULL;
  double cx, cy, radius, width;

  g_return_val_if_fail (KR_IS_EMOTION_WHEEL (self), FALSE);
  g_return_val_if_fail (emotion != NULL, FALSE);

  get_geometry (self, &cx, &cy, &radius);
  layout = create_label_layout (self, emotion, radius, &width);
  return pango_layout_is_ellipsized (layout);
}
