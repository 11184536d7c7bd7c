/* kr-canvas-view.c: where the map is and how large
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view is a zoom and a scroll offset: a point of the map at (x, y)
 * shows at (x × zoom − scroll_x, y × zoom − scroll_y) in the widget. A
 * map smaller than the view sits in its middle; a larger one can be
 * panned until a margin shows at its edge, never further, so it cannot
 * be lost off screen.
 */
#define G_LOG_DOMAIN "kr-canvas-view"

#include "config.h"

#include <math.h>

#include "kr-canvas-private.h"

/* The most "fit journey" enlarges a small map: beyond it, a map of one
 * phase would fill a projector with a handful of giant notes. */
#define FIT_ZOOM_MAX 1.5
/* Below this a whole journey is too small to read at first sight; the
 * first view then fits the width of the phases only. */
#define FIRST_VIEW_ZOOM_MIN 0.6

static double
clamp_axis (double scroll,
            double extent,
            double view)
{
  /* A map smaller than the view sits in its middle; a larger one may be
   * panned until its edge shows a margin, never further. */
  if (extent + 2 * KR_CANVAS_MARGIN <= view)
    return (extent - view) / 2;
  return CLAMP (scroll, -KR_CANVAS_MARGIN, extent + KR_CANVAS_MARGIN - view);
}

static void
clamp_scroll (KrCanvas *self,
              double    zoom,
              double   *scroll_x,
              double   *scroll_y)
{
  if (self->layout == NULL || self->view_width <= 0 || self->view_height <= 0)
    return;

  *scroll_x = clamp_axis (*scroll_x, kr_layout_get_width (self->layout) * zoom,
                          self->view_width);
  *scroll_y = clamp_axis (*scroll_y, kr_layout_get_height (self->layout) * zoom,
                          self->view_height);
}

static double
fit_zoom (KrCanvas *self,
          gboolean  width_only)
{
  double zoom_x, zoom_y;

  zoom_x = (self->view_width - 2 * KR_CANVAS_MARGIN) /
           MAX (kr_layout_get_width (self->layout), 1);
  zoom_y = (self->view_height - 2 * KR_CANVAS_MARGIN) /
           MAX (kr_layout_get_height (self->layout), 1);

  return CLAMP (width_only ? zoom_x : MIN (zoom_x, zoom_y), KR_CANVAS_ZOOM_MIN, FIT_ZOOM_MAX);
}

/* The first sight of a journey: all of it when that is legible, else its
 * full width from the top, since the phases are what a group reads first. */
void
_kr_canvas_apply_first_view (KrCanvas *self)
{
  double zoom = fit_zoom (self, FALSE);

  g_debug ("First view of %.0f × %.0f in %d × %d: fit %.2f", kr_layout_get_width (self->layout),
           kr_layout_get_height (self->layout), self->view_width, self->view_height, zoom);
  self->view_pending = FALSE;

  if (zoom >= FIRST_VIEW_ZOOM_MIN)
    {
      kr_canvas_zoom_to_fit (self);
      return;
    }

  /* Never larger than life for a first look: a narrow map of one phase
   * would otherwise fill the screen with a few giant letters. */
  zoom = CLAMP (fit_zoom (self, TRUE), FIRST_VIEW_ZOOM_MIN, 1.0);
  _kr_canvas_set_view (self, zoom, -KR_CANVAS_MARGIN, -KR_CANVAS_MARGIN);
}

void
_kr_canvas_invalidate_view (KrCanvas *self)
{
  g_clear_pointer (&self->map_node, gsk_render_node_unref);
  if (!self->in_allocate)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_kr_canvas_set_view (KrCanvas *self,
                     double    zoom,
                     double    scroll_x,
                     double    scroll_y)
{
  gboolean zoom_changed;

  zoom = CLAMP (zoom, KR_CANVAS_ZOOM_MIN, KR_CANVAS_ZOOM_MAX);
  clamp_scroll (self, zoom, &scroll_x, &scroll_y);

  /* Whole pixels keep the text of the painted map crisp. */
  scroll_x = round (scroll_x);
  scroll_y = round (scroll_y);

  zoom_changed = zoom != self->zoom;
  if (!zoom_changed && scroll_x == self->scroll_x && scroll_y == self->scroll_y)
    return;

  self->zoom = zoom;
  self->scroll_x = scroll_x;
  self->scroll_y = scroll_y;
  _kr_canvas_invalidate_view (self);

  if (zoom_changed)
    {
      _kr_canvas_update_actions (self);
      _kr_canvas_notify_zoom (self);
    }
}

void
_kr_canvas_zoom_at (KrCanvas *self,
                    double    zoom,
                    double    widget_x,
                    double    widget_y)
{
  double map_x, map_y;

  zoom = CLAMP (zoom, KR_CANVAS_ZOOM_MIN, KR_CANVAS_ZOOM_MAX);
  kr_canvas_widget_to_map (self, widget_x, widget_y, &map_x, &map_y);

  /* The point under the pointer stays under it. */
  _kr_canvas_set_view (self, zoom, map_x * zoom - widget_x, map_y * zoom - widget_y);
}

void
_kr_canvas_pan_by (KrCanvas *self,
                   double    dx,
                   double    dy)
{
  _kr_canvas_set_view (self, self->zoom, self->scroll_x + dx, self->scroll_y + dy);
}

void
_kr_canvas_scroll_to_rect (KrCanvas     *self,
                           const KrRect *map_rect)
{
  graphene_rect_t r;
  double scroll_x = self->scroll_x;
  double scroll_y = self->scroll_y;
  double pad = KR_CANVAS_MARGIN;
  double left = pad;

  if (self->view_width <= 0 || self->view_height <= 0)
    return;

  _kr_canvas_rect_to_widget (self, map_rect, &r);

  /* What stands right of the lane names stays clear of them when they
   * are kept in view on the left. */
  if (self->layout != NULL && !self->layout_dirty)
    {
      KrRect gutter = kr_layout_get_gutter_rect (self->layout);

      if (map_rect->x >= gutter.x + gutter.width)
        left += gutter.width * self->zoom;
    }

  /* The least movement that brings it in, with a margin for its ring. */
  if (r.origin.x < left)
    scroll_x += r.origin.x - left;
  else if (r.origin.x + r.size.width > self->view_width - pad)
    scroll_x += MIN (r.origin.x + r.size.width - (self->view_width - pad), r.origin.x - left);

  if (r.origin.y < pad)
    scroll_y += r.origin.y - pad;
  else if (r.origin.y + r.size.height > self->view_height - pad)
    scroll_y += MIN (r.origin.y + r.size.height - (self->view_height - pad), r.origin.y - pad);

  _kr_canvas_set_view (self, self->zoom, scroll_x, scroll_y);
}

void
_kr_canvas_rect_to_widget (KrCanvas        *self,
                           const KrRect    *map_rect,
                           graphene_rect_t *out)
{
  graphene_rect_init (out,
                      map_rect->x * self->zoom - self->scroll_x,
                      map_rect->y * self->zoom - self->scroll_y,
                      map_rect->width * self->zoom,
                      map_rect->height * self->zoom);
}

double
_kr_canvas_get_pinned_gutter_width (KrCanvas *self)
{
  KrRect gutter;

  if (self->layout == NULL || self->layout_dirty || kr_layout_get_n_phases (self->layout) == 0)
    return 0;

  /* Only once the map has scrolled the names out of view on the left. */
  gutter = kr_layout_get_gutter_rect (self->layout);
  if (gutter.x * self->zoom >= self->scroll_x)
    return 0;
  return gutter.width * self->zoom;
}

gboolean
_kr_canvas_in_pinned_gutter (KrCanvas *self,
                             double    x,
                             double    y)
{
  double width = _kr_canvas_get_pinned_gutter_width (self);
  KrRect gutter;
  double top, bottom;

  if (width <= 0 || x < 0 || x >= width)
    return FALSE;

  gutter = kr_layout_get_gutter_rect (self->layout);
  top = gutter.y * self->zoom - self->scroll_y;
  bottom = (gutter.y + gutter.height) * self->zoom - self->scroll_y;
  return y >= top && y < bottom;
}

KrRect
_kr_canvas_get_visible_rect (KrCanvas *self)
{
  return (KrRect) {
    self->scroll_x / self->zoom,
    self->scroll_y / self->zoom,
    self->view_width / self->zoom,
    self->view_height / self->zoom,
  };
}

double
kr_canvas_get_zoom (KrCanvas *self)
{
  g_return_val_if_fail (KR_IS_CANVAS (self), 1.0);

  return self->zoom;
}

void
kr_canvas_set_zoom (KrCanvas *self,
                    double    zoom)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  self->view_pending = FALSE;
  _kr_canvas_zoom_at (self, zoom, self->view_width / 2.0, self->view_height / 2.0);
}

void
kr_canvas_zoom_to_fit (KrCanvas *self)
{
  double zoom;

  g_return_if_fail (KR_IS_CANVAS (self));

  _kr_canvas_ensure_layout (self);

  /* Not yet allocated: the first allocation shows the whole map. */
  if (self->layout == NULL || self->view_width <= 0 || self->view_height <= 0)
    {
      self->view_pending = TRUE;
      return;
    }

  self->view_pending = FALSE;
  zoom = fit_zoom (self, FALSE);
  /* Centred: clamp_scroll centres a map smaller than the view. */
  _kr_canvas_set_view (self, zoom,
                       (kr_layout_get_width (self->layout) * zoom - self->view_width) / 2,
                       (kr_layout_get_height (self->layout) * zoom - self->view_height) / 2);
}

void
kr_canvas_map_to_widget (KrCanvas *self,
                         double    map_x,
                         double    map_y,
                         double   *widget_x,
                         double   *widget_y)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  if (widget_x != NULL)
    *widget_x = map_x * self->zoom - self->scroll_x;
  if (widget_y != NULL)
    *widget_y = map_y * self->zoom - self->scroll_y;
}

void
kr_canvas_widget_to_map (KrCanvas *self,
                         double    widget_x,
                         double    widget_y,
                         double   *map_x,
                         double   *map_y)
{
  g_return_if_fail (KR_IS_CANVAS (self));

  if (map_x != NULL)
    *map_x = (widget_x + self->scroll_x) / self->zoom;
  if (map_y != NULL)
    *map_y = (widget_y + self->scroll_y) / self->zoom;
}
