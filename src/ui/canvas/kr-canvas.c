/* kr-canvas.c: the journey map as one zoomable, editable wall
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas keeps one KrLayout of its journey, made again only when the
 * journey or the style changes, and at most once a frame however many
 * changes arrive. It paints that layout through the same painter as the
 * exports, scaled and moved by the view, and only the part on screen. On
 * top it draws what only a screen has: selection, focus and drag feedback.
 *
 * The parts: kr-canvas-view.c (zoom and pan), kr-canvas-selection.c,
 * kr-canvas-a11y.c (the focusable items over notes and phase titles),
 * kr-canvas-dnd.c (pointer gestures and drops) with kr-canvas-feedback.c
 * (what a drag looks like), kr-canvas-keys.c (the keyboard),
 * kr-canvas-actions.c (actions and popovers), kr-canvas-clipboard.c and
 * kr-canvas-edit.c (typing in place).
 */
#define G_LOG_DOMAIN "kr-canvas"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"
#include "kr-startup.h"

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_HISTORY,
  PROP_ZOOM,
  PROP_EDITING,
  N_PROPS
};

enum {
  OPEN_FILES,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrCanvas, kr_canvas, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static KrStyleVariant
get_style_variant (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  /* Both settings together: high contrast in a dark window is dark. */
  if (adw_style_manager_get_high_contrast (manager))
    return adw_style_manager_get_dark (manager) ? KR_STYLE_HIGH_CONTRAST_DARK
                                                : KR_STYLE_HIGH_CONTRAST;
  if (adw_style_manager_get_dark (manager))
    return KR_STYLE_DARK;
  return KR_STYLE_LIGHT;
}

static gboolean
deferred_cb (gpointer user_data)
{
  KrCanvas *self = user_data;

  self->deferred_id = 0;

  if (self->actions_pending)
    {
      self->actions_pending = FALSE;
      _kr_canvas_actions_update (self);
    }
  if (self->notify_zoom_pending)
    {
      self->notify_zoom_pending = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  return G_SOURCE_REMOVE;
}

static void
defer (KrCanvas *self)
{
  if (self->deferred_id == 0)
    self->deferred_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, deferred_cb, self, NULL);
}

static void
update_style (KrCanvas *self)
{
  KrStyleVariant variant = get_style_variant ();

  if (self->style != NULL && kr_style_get_variant (self->style) == variant)
    return;

  g_clear_pointer (&self->style, kr_style_free);
  self->style = kr_style_new (variant);
  _kr_canvas_queue_relayout (self);
}

static void
style_manager_notify_cb (KrCanvas        *self,
                         GParamSpec      *pspec,
                         AdwStyleManager *manager)
{
  update_style (self);
}

static void
journey_changed_cb (KrCanvas  *self,
                    KrJourney *journey)
{
  self->minus_time = 0;
  _kr_canvas_queue_relayout (self);
  /* Hidden behind the empty page the map is not laid out, but "Add
   * Phase" and friends must still follow the journey. */
  _kr_canvas_update_actions (self);
}

static gboolean
relayout_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  KrCanvas *self = KR_CANVAS (widget);

  self->tick_id = 0;
  _kr_canvas_ensure_layout (self);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                KrCanvas      *self)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (self)));

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
  kr_startup_report_first_frame (renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
}

/* The frame that first shows a journey ends the start-up measurement. */
static void
maybe_report_startup (KrCanvas *self)
{
  GdkFrameClock *frame_clock;

  if (self->startup_reported || !kr_startup_is_reporting ())
    return;
  if (self->layout == NULL || kr_layout_get_n_phases (self->layout) == 0)
    return;

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (frame_clock == NULL)
    return;

  self->startup_reported = TRUE;
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
}

/* How long what moves takes to reach its new place. */
#define SLIDE_DURATION (220 * G_TIME_SPAN_MILLISECOND)

static void
end_slide (KrCanvas *self)
{
  if (self->slide_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->slide_tick_id);
      self->slide_tick_id = 0;
    }
  g_clear_pointer (&self->slide_from, kr_layout_free);
  if (self->slide_frame != NULL)
    {
      g_clear_pointer (&self->slide_frame, kr_layout_free);
      g_clear_pointer (&self->map_node, gsk_render_node_unref);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
slide_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  KrCanvas *self = KR_CANVAS (widget);
  double t = (gdk_frame_clock_get_frame_time (frame_clock) - self->slide_start) /
             (double) SLIDE_DURATION;

  if (t >= 1 || self->layout == NULL || self->slide_from == NULL)
    {
      self->slide_tick_id = 0;
      end_slide (self);
      return G_SOURCE_REMOVE;
    }

  /* Fast away, gently in: an ease-out. */
  t = 1 - pow (1 - MAX (t, 0), 3);
  g_clear_pointer (&self->slide_frame, kr_layout_free);
  self->slide_frame = kr_layout_blend (self->slide_from, self->layout, t);
  g_clear_pointer (&self->map_node, gsk_render_node_unref);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* What the edit moved slides from @before, the map as it showed, unless
 * the user asked for less motion. Takes @before. */
static void
begin_slide (KrCanvas *self,
             KrLayout *before)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (widget), "gtk-enable-animations", &animations, NULL);

  /* Mid-slide, the next one starts from where things are now. */
  if (self->slide_frame != NULL)
    {
      kr_layout_free (before);
      before = g_steal_pointer (&self->slide_frame);
    }
  g_clear_pointer (&self->slide_from, kr_layout_free);

  if (!animations || !gtk_widget_get_mapped (widget) || !kr_layout_moved (before, self->layout))
    {
      kr_layout_free (before);
      end_slide (self);
      return;
    }

  self->slide_from = before;
  self->slide_start = g_get_monotonic_time ();
  self->slide_frame = kr_layout_blend (self->slide_from, self->layout, 0);
  if (self->slide_tick_id == 0)
    self->slide_tick_id = gtk_widget_add_tick_callback (widget, slide_tick_cb, NULL, NULL);
}

#define PINNED_SHADOW 10.0   /* px: the edge the map scrolls under */

/* Scrolled sideways, a wide map would lose the names of its lanes: they
 * stay at the left edge, as a spreadsheet keeps its first column, and the
 * map scrolls under them. */
static void
append_pinned_gutter (KrCanvas    *self,
                      GtkSnapshot *snapshot)
{
  double width = _kr_canvas_get_pinned_gutter_width (self);
  KrRect gutter;
  cairo_pattern_t *shadow;
  cairo_t *cr;

  if (width <= 0)
    return;

  gutter = kr_layout_get_gutter_rect (self->layout);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, width + PINNED_SHADOW,
                                                       self->view_height));
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, self->view_height);
  cairo_clip (cr);
  cairo_translate (cr, -gutter.x * self->zoom, -self->scroll_y);
  cairo_scale (cr, self->zoom, self->zoom);
  kr_painter_paint_gutter (cr, self->layout, self->style);
  cairo_restore (cr);

  shadow = cairo_pattern_create_linear (width, 0, width + PINNED_SHADOW, 0);
  cairo_pattern_add_color_stop_rgba (shadow, 0, 0, 0, 0, 0.14);
  cairo_pattern_add_color_stop_rgba (shadow, 1, 0, 0, 0, 0);
  cairo_set_source (cr, shadow);
  cairo_rectangle (cr, width, (gutter.y * self->zoom) - self->scroll_y, PINNED_SHADOW,
                   gutter.height * self->zoom);
  cairo_fill (cr);
  cairo_pattern_destroy (shadow);
  cairo_destroy (cr);
}

/* The map as it stands, kept as a node until the view or the journey
 * changes; the selection and what is dragged go on top, frame by frame. */
static void
paint_map (KrCanvas *self)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  const KrColour *background = kr_style_get_colour (self->style, KR_STYLE_COLOUR_BACKGROUND);
  KrRect clip = _kr_canvas_get_visible_rect (self);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, self->view_width, self->view_height));

  /* Around the map too, where the painter does not reach. */
  cairo_set_source_rgba (cr, background->r, background->g, background->b, background->a);
  cairo_paint (cr);

  cairo_translate (cr, -self->scroll_x, -self->scroll_y);
  cairo_scale (cr, self->zoom, self->zoom);
  kr_painter_paint (cr, _kr_canvas_get_shown_layout (self), self->style, &clip);
  cairo_destroy (cr);
  append_pinned_gutter (self, snapshot);

  self->map_node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static void
kr_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  KrCanvas *self = KR_CANVAS (widget);
  cairo_t *cr;

  /* The layout is brought up to date before allocation; one still out of
   * date here may point at notes that are gone, so it is not drawn. */
  if (self->layout == NULL || self->layout_dirty || self->view_width <= 0)
    return;

  if (self->map_node == NULL)
    paint_map (self);
  gtk_snapshot_append_node (snapshot, self->map_node);

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, self->view_width, self->view_height));
  _kr_canvas_snapshot_selection (self, cr);
  _kr_canvas_snapshot_drag (self, cr);
  _kr_canvas_snapshot_editor_ring (self, cr);
  cairo_destroy (cr);

  if (self->editor != NULL)
    gtk_widget_snapshot_child (widget, self->editor, snapshot);

  maybe_report_startup (self);
}

static void
kr_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  /* A view onto the map: any size will do, and the window decides. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
kr_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  KrCanvas *self = KR_CANVAS (widget);

  if (width != self->view_width || height != self->view_height)
    {
      self->view_width = width;
      self->view_height = height;
      g_clear_pointer (&self->map_node, gsk_render_node_unref);
    }

  self->in_allocate = TRUE;
  _kr_canvas_ensure_layout (self);

  if (self->layout != NULL)
    {
      if (self->view_pending && kr_layout_get_n_phases (self->layout) > 0)
        _kr_canvas_apply_first_view (self);
      else
        _kr_canvas_set_view (self, self->zoom, self->scroll_x, self->scroll_y);
    }

  self->in_allocate = FALSE;

  _kr_canvas_allocate_items (self);
  _kr_canvas_allocate_editor (self);
  _kr_canvas_present_popovers (self);
}

static void
focus_visible_cb (KrCanvas   *self,
                  GParamSpec *pspec,
                  GtkWindow  *window)
{
  /* The focus ring shows once the keyboard is in use. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kr_canvas_map (GtkWidget *widget)
{
  KrCanvas *self = KR_CANVAS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  GTK_WIDGET_CLASS (kr_canvas_parent_class)->map (widget);

  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::focus-visible",
                             G_CALLBACK (focus_visible_cb), self, G_CONNECT_SWAPPED);

  if (self->layout_dirty)
    _kr_canvas_queue_relayout (self);
}

static void
kr_canvas_unmap (GtkWidget *widget)
{
  KrCanvas *self = KR_CANVAS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, focus_visible_cb, self);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  end_slide (self);
  _kr_canvas_cancel_drag (self);

  GTK_WIDGET_CLASS (kr_canvas_parent_class)->unmap (widget);
}

static void
kr_canvas_css_changed (GtkWidget         *widget,
                       GtkCssStyleChange *change)
{
  KrCanvas *self = KR_CANVAS (widget);

  GTK_WIDGET_CLASS (kr_canvas_parent_class)->css_changed (widget, change);

  /* The accent colour of the selection may have changed with the theme. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
disconnect_journey (KrCanvas *self)
{
  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (self->journey, self);
}

static void
kr_canvas_dispose (GObject *object)
{
  KrCanvas *self = KR_CANVAS (object);

  _kr_canvas_end_edit (self, FALSE);
  _kr_canvas_dispose_popovers (self);
  _kr_canvas_clear_items (self);
  disconnect_journey (self);
  g_clear_handle_id (&self->deferred_id, g_source_remove);

  g_clear_object (&self->journey);
  g_clear_object (&self->history);
  g_clear_pointer (&self->slide_from, kr_layout_free);
  g_clear_pointer (&self->slide_frame, kr_layout_free);
  g_clear_pointer (&self->layout, kr_layout_free);
  g_clear_pointer (&self->map_node, gsk_render_node_unref);
  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->drag_notes, g_ptr_array_unref);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  g_clear_object (&self->drag_note);
  g_clear_object (&self->drag_phase);
  g_clear_object (&self->menu_phase);
  g_clear_object (&self->editor_css);
  g_clear_pointer (&self->editor_css_text, g_free);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (kr_canvas_parent_class)->dispose (object);
}

static void
kr_canvas_finalize (GObject *object)
{
  KrCanvas *self = KR_CANVAS (object);

  g_clear_pointer (&self->style, kr_style_free);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->curve_items, g_hash_table_unref);
  g_clear_pointer (&self->focus_order, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_canvas_parent_class)->finalize (object);
}

static void
kr_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KrCanvas *self = KR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editor != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
_kr_canvas_notify_editing (KrCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

static void
kr_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KrCanvas *self = KR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      kr_canvas_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_canvas_class_init (KrCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_canvas_dispose;
  object_class->finalize = kr_canvas_finalize;
  object_class->get_property = kr_canvas_get_property;
  object_class->set_property = kr_canvas_set_property;

  widget_class->snapshot = kr_canvas_snapshot;
  widget_class->measure = kr_canvas_measure;
  widget_class->size_allocate = kr_canvas_size_allocate;
  widget_class->map = kr_canvas_map;
  widget_class->unmap = kr_canvas_unmap;
  widget_class->css_changed = kr_canvas_css_changed;
  widget_class->focus = _kr_canvas_focus;
  widget_class->set_focus_child = _kr_canvas_set_focus_child;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         KR_TYPE_JOURNEY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         KR_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         KR_CANVAS_ZOOM_MIN, KR_CANVAS_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Whether text is being typed in place: it is not in the journey yet,
   * but saving would put it there. */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Files were dropped on the map: journeys to open, which is the
   * window's business, not the map's. */
  signals[OPEN_FILES] =
    g_signal_new ("open-files",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GDK_TYPE_FILE_LIST);

  gtk_widget_class_set_css_name (widget_class, "journeycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kr_canvas_init (KrCanvas *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->zoom = 1.0;
  self->view_pending = TRUE;
  self->selection = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_hash_table_new (NULL, NULL);
  self->curve_items = g_hash_table_new (NULL, NULL);
  self->focus_order = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Journey map"),
                                  -1);

  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (style_manager_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (style_manager_notify_cb), self, G_CONNECT_SWAPPED);
  update_style (self);

  _kr_canvas_actions_init (self);
  _kr_canvas_dnd_init (self);
  _kr_canvas_pointer_init (self);
  _kr_canvas_keys_init (self);
}

/* --- shared with the other parts ------------------------------------- */

void
_kr_canvas_queue_relayout (KrCanvas *self)
{
  self->layout_dirty = TRUE;
  g_clear_pointer (&self->map_node, gsk_render_node_unref);

  /* However many changes arrive, the layout is made once, at the start
   * of the next frame. */
  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), relayout_tick_cb,
                                                  NULL, NULL);

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_kr_canvas_ensure_layout (KrCanvas *self)
{
  g_autoptr(KrLayout) before = NULL;
  gint64 start, laid_out;

  if (!self->layout_dirty)
    return;

  self->layout_dirty = FALSE;
  before = g_steal_pointer (&self->layout);
  g_clear_pointer (&self->map_node, gsk_render_node_unref);

  start = g_get_monotonic_time ();
  if (self->journey != NULL)
    self->layout = kr_layout_compute (self->journey, self->style);
  laid_out = g_get_monotonic_time ();

  /* An edit of the journey on show slides what it moved; a new document
   * or its first view shows at once. */
  if (before != NULL && self->layout != NULL && !self->view_pending)
    begin_slide (self, g_steal_pointer (&before));
  else
    end_slide (self);

  _kr_canvas_sync_items (self);

  g_debug ("Layout in %.1f ms, items in %.1f ms",
           (laid_out - start) / 1000.0, (g_get_monotonic_time () - laid_out) / 1000.0);
  _kr_canvas_check_edit (self);
  _kr_canvas_update_actions (self);

  if (!self->in_allocate)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_kr_canvas_open_files (KrCanvas    *self,
                       GdkFileList *files)
{
  g_signal_emit (self, signals[OPEN_FILES], 0, files);
}

const KrLayout *
_kr_canvas_get_shown_layout (KrCanvas *self)
{
  return self->slide_frame != NULL ? self->slide_frame : self->layout;
}

void
_kr_canvas_notify_zoom (KrCanvas *self)
{
  if (self->in_allocate)
    {
      self->notify_zoom_pending = TRUE;
      defer (self);
      return;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
_kr_canvas_push (KrCanvas  *self,
                 KrCommand *command)
{
  if (command == NULL)
    return;

  if (self->history == NULL)
    {
      g_object_unref (command);
      return;
    }

  kr_history_push (self->history, command);
}

void
_kr_canvas_update_actions (KrCanvas *self)
{
  if (self->in_allocate)
    {
      self->actions_pending = TRUE;
      defer (self);
      return;
    }

  _kr_canvas_actions_update (self);
}

void
_kr_canvas_get_accent (KrCanvas *self,
                       GdkRGBA  *rgba)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  /* libadwaita's accent follows light, dark and high contrast. */
  if (!gtk_style_context_lookup_color (context, "accent_color", rgba))
    {
      const KrColour *focus = kr_style_get_colour (self->style, KR_STYLE_COLOUR_FOCUS);

      *rgba = (GdkRGBA) { focus->r, focus->g, focus->b, focus->a };
    }
}

/* --- public API ---------------------------------------------------------- */

GtkWidget *
kr_canvas_new (void)
{
  return g_object_new (KR_TYPE_CANVAS, NULL);
}

void
kr_canvas_set_document (KrCanvas  *self,
                        KrJourney *journey,
                        KrHistory *history)
{
  g_return_if_fail (KR_IS_CANVAS (self));
  g_return_if_fail (journey == NULL || KR_IS_JOURNEY (journey));
  g_return_if_fail (history == NULL || KR_IS_HISTORY (history));
  g_return_if_fail ((journey == NULL) == (history == NULL));

  if (self->journey == journey && self->history == history)
    return;

  /* What belongs to the old document goes with it. */
  _kr_canvas_end_edit (self, FALSE);
  _kr_canvas_cancel_drag (self);
  _kr_canvas_dispose_popovers (self);
  _kr_canvas_set_selection (self, NULL);
  disconnect_journey (self);

  g_set_object (&self->journey, journey);
  g_set_object (&self->history, history);
  self->has_insertion_point = FALSE;
  self->view_pending = TRUE;

  if (self->journey != NULL)
    g_signal_connect_swapped (self->journey, "changed", G_CALLBACK (journey_changed_cb), self);

  /* New items for the new notes, even where the pointers match. */
  _kr_canvas_clear_items (self);
  _kr_canvas_queue_relayout (self);
  _kr_canvas_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

KrJourney *
kr_canvas_get_journey (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  return self->journey;
}

KrHistory *
kr_canvas_get_history (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  return self->history;
}

GActionGroup *
kr_canvas_get_actions (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

const KrLayout *
kr_canvas_get_layout (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  _kr_canvas_ensure_layout (self);
  return self->layout;
}

void
kr_canvas_edit_note (KrCanvas *self,
                     KrNote   *note)
{
  g_return_if_fail (KR_IS_CANVAS (self));
  g_return_if_fail (KR_IS_NOTE (note));

  _kr_canvas_begin_edit (self, note, NULL, FALSE);
}

void
kr_canvas_edit_phase (KrCanvas *self,
                      KrPhase  *phase)
{
  g_return_if_fail (KR_IS_CANVAS (self));
  g_return_if_fail (KR_IS_PHASE (phase));

  _kr_canvas_begin_edit (self, NULL, phase, FALSE);
}

void
kr_canvas_focus_phase (KrCanvas *self,
                       KrPhase  *phase)
{
  g_return_if_fail (KR_IS_CANVAS (self));
  g_return_if_fail (KR_IS_PHASE (phase));

  _kr_canvas_focus_item (self, phase);
}

void
kr_canvas_edit_title (KrCanvas *self)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  _kr_canvas_begin_edit_title (self);
}

void
kr_canvas_commit_pending (KrCanvas *self)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  _kr_canvas_end_edit (self, TRUE);
  /* A curve point's drag closes its undo step with the point where it is. */
  _kr_canvas_cancel_drag (self);
}

GtkWidget *
kr_canvas_get_editor (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), NULL);

  return self->editor;
}
