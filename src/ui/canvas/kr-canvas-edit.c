/* kr-canvas-edit.c: typing on a note, a phase title or the journey's
 * title, in place
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text view is laid over the note (or the title), in the map's font, so
 * that typing looks like writing on the note. It is laid out in map units
 * and scaled with the view, so that zooming never restyles it. Where the
 * map is too small to read what is typed, as when a whole journey is on a
 * projector, it stands enlarged over its note instead. Enter keeps the
 * text, Shift+Enter starts a new line, Escape puts the old text back;
 * clicking elsewhere or leaving with Tab keeps it too. The change is one
 * undoable step, and the words typed into a new note or phase belong to
 * the step that added it. A note made for typing into, left empty, goes
 * again.
 */
#define G_LOG_DOMAIN "kr-canvas-edit"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"

/* The journey's title editor, in map units. */
#define TITLE_EDIT_ROOM      240.0
#define TITLE_EDIT_MIN_WIDTH 640.0
/* Text typed smaller than this on screen is shown enlarged, in pixels:
 * what the room reads from the wall while the facilitator types. */
#define READABLE_PX          14.0
/* How large it is then shown. */
#define ENLARGED_PX          18.0

static gboolean
edit_target_rect (KrCanvas *self,
                  KrRect   *rect)
{
  guint index;

  if (self->layout == NULL || self->layout_dirty)
    return FALSE;

  if (self->edit_title)
    {
      g_autoptr(PangoFontDescription) font = kr_style_create_font (self->style,
                                                                   KR_STYLE_TEXT_TITLE);
      /* The editor's margins (see update_editor_style ()), in map units. */
      double margin = pango_font_description_get_size (font) / (double) PANGO_SCALE * 0.6;

      /* Around the title, so that its text stays where it was, with room
       * to type a longer one. */
      *rect = kr_layout_get_title_rect (self->layout);
      rect->x -= margin;
      rect->y -= margin;
      rect->width = MAX (rect->width + TITLE_EDIT_ROOM, TITLE_EDIT_MIN_WIDTH) + 2 * margin;
      rect->height += 2 * margin;
      return TRUE;
    }

  if (self->edit_note != NULL)
    {
      const KrLayoutNote *lnote = kr_layout_find_note (self->layout, self->edit_note);

      if (lnote == NULL)
        return FALSE;
      *rect = lnote->rect;
      return TRUE;
    }

  if (self->edit_phase != NULL && _kr_canvas_phase_index (self, self->edit_phase, &index))
    {
      *rect = kr_layout_get_phase (self->layout, index)->title;
      return TRUE;
    }

  return FALSE;
}

static char *
colour_to_css (const KrColour *colour)
{
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  /* CSS wants a decimal point, whatever the locale writes. */
  g_ascii_formatd (alpha, sizeof alpha, "%.3f", colour->a);
  return g_strdup_printf ("rgba(%d,%d,%d,%s)",
                          (int) round (colour->r * 255), (int) round (colour->g * 255),
                          (int) round (colour->b * 255), alpha);
}

static PangoFontDescription *
create_editor_font (KrCanvas *self)
{
  return kr_style_create_font (self->style, self->edit_note != NULL ? KR_STYLE_TEXT_NOTE
                                            : self->edit_title ? KR_STYLE_TEXT_TITLE
                                            : KR_STYLE_TEXT_PHASE);
}

/* The map's own font and paper for the text, in map units, so that typing
 * looks like writing on the note itself; the allocation scales it. */
static void
update_editor_style (KrCanvas *self)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *css = NULL;
  g_autofree char *paper_css = NULL;
  g_autofree char *ink_css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];
  KrColour paper;
  KrColour ink_colour;
  const KrColour *ink;
  double px;
  int margin;

  font = create_editor_font (self);
  px = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (self->edit_note != NULL)
    {
      paper = *kr_style_get_note_paper (self->style, kr_note_get_kind (self->edit_note));
      ink_colour = *kr_style_get_colour (self->style, KR_STYLE_COLOUR_NOTE_TEXT);
      /* A note of its own colour keeps it, with ink that reads on it, as
       * the painter draws it. */
      if (kr_colour_parse (kr_note_get_colour (self->edit_note), &paper))
        ink_colour = kr_colour_contrasting (&paper);
      ink = &ink_colour;
    }
  else
    {
      /* The title stands on the map's background, a phase's in its lane. */
      paper = *kr_style_get_colour (self->style, self->edit_title ? KR_STYLE_COLOUR_BACKGROUND
                                                                  : KR_STYLE_COLOUR_LANE);
      ink = kr_style_get_colour (self->style, KR_STYLE_COLOUR_TEXT);
    }
  paper.a = 1.0;
  paper_css = colour_to_css (&paper);
  ink_css = colour_to_css (ink);

  g_ascii_formatd (size, sizeof size, "%.2f", px);
  css = g_strdup_printf ("textview.kr-canvas-editor, textview.kr-canvas-editor text {"
                         " font-family: %s; font-size: %spx; font-weight: %d;"
                         " background-color: %s; color: %s; }\n",
                         pango_font_description_get_family (font), size,
                         (int) pango_font_description_get_weight (font),
                         paper_css, ink_css);

  if (self->editor != NULL)
    {
      GtkTextView *view = GTK_TEXT_VIEW (self->editor);

      margin = (int) round (MAX (2.0, px * 0.6));
      gtk_text_view_set_left_margin (view, margin);
      gtk_text_view_set_right_margin (view, margin);
      gtk_text_view_set_top_margin (view, margin);
      gtk_text_view_set_bottom_margin (view, margin);
    }

  if (self->editor_css == NULL)
    self->editor_css = gtk_css_provider_new ();

  if (g_strcmp0 (css, self->editor_css_text) == 0)
    return;
  gtk_css_provider_load_from_data (self->editor_css, css, -1);
  g_free (self->editor_css_text);
  self->editor_css_text = g_steal_pointer (&css);
}

static gboolean
focus_is_in_editor (KrCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == self->editor || gtk_widget_is_ancestor (focus, self->editor));
}

static gboolean
editor_commit_idle (gpointer user_data)
{
  KrCanvas *self = user_data;

  if (self->editor != NULL && !focus_is_in_editor (self))
    _kr_canvas_end_edit (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
editor_focus_leave_cb (GtkEventControllerFocus *controller,
                       KrCanvas                *self)
{
  /* Not while GTK is moving the focus: the editor goes away afterwards. A
   * popover of the editor's own (its context menu) takes focus without
   * ending the edit, and gives it back. */
  g_idle_add_full (G_PRIORITY_DEFAULT, editor_commit_idle, g_object_ref (self), g_object_unref);
}

static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       KrCanvas              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* Shift+Enter breaks the line; plain Enter is done. */
      if (mods & GDK_SHIFT_MASK)
        return GDK_EVENT_PROPAGATE;
      _kr_canvas_end_edit (self, TRUE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      _kr_canvas_end_edit (self, FALSE);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Exactly one of @note, @phase and @title. */
static void
begin_edit (KrCanvas *self,
            KrNote   *note,
            KrPhase  *phase,
            gboolean  title,
            gboolean  is_new)
{
  GtkEventController *controller;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  KrRect rect;
  const char *text;
  const char *label;

  if (self->editor != NULL)
    _kr_canvas_end_edit (self, TRUE);

  if (self->journey == NULL || self->history == NULL ||
      (note != NULL) + (phase != NULL) + (title != FALSE) != 1)
    return;

  _kr_canvas_ensure_layout (self);
  _kr_canvas_cancel_drag (self);
  if (self->note_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->note_popover));
  if (self->phase_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->phase_menu));

  g_set_object (&self->edit_note, note);
  g_set_object (&self->edit_phase, phase);
  self->edit_title = title;
  self->edit_is_new = is_new;

  if (!edit_target_rect (self, &rect))
    {
      g_clear_object (&self->edit_note);
      g_clear_object (&self->edit_phase);
      self->edit_title = FALSE;
      return;
    }
  _kr_canvas_scroll_to_rect (self, &rect);

  if (note != NULL)
    {
      text = kr_note_get_text (note);
      label = _("Note text");
    }
  else if (phase != NULL)
    {
      text = kr_phase_get_title (phase);
      label = _("Phase title");
    }
  else
    {
      text = kr_journey_get_title (self->journey);
      label = _("Journey title");
    }

  self->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
  /* Tab leaves the editor, as it leaves any field, and keeps the text. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
  gtk_widget_add_css_class (self->editor, "kr-canvas-editor");
  gtk_widget_add_css_class (self->editor, note != NULL ? "note" : phase != NULL ? "phase" : "title");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  update_editor_style (self);
  gtk_style_context_add_provider (gtk_widget_get_style_context (self->editor),
                                  GTK_STYLE_PROVIDER (self->editor_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  /* Typing replaces a new phase's placeholder title; elsewhere the
   * cursor goes to the end, to add to what is there. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  if (is_new)
    gtk_text_buffer_select_range (buffer, &start, &end);
  else
    gtk_text_buffer_place_cursor (buffer, &end);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self);
  gtk_widget_add_controller (self->editor, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (editor_focus_leave_cb), self);
  gtk_widget_add_controller (self->editor, controller);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  _kr_canvas_attach_writing_help (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _kr_canvas_notify_editing (self);
}

void
_kr_canvas_begin_edit (KrCanvas *self,
                       KrNote   *note,
                       KrPhase  *phase,
                       gboolean  is_new)
{
  begin_edit (self, note, phase, FALSE, is_new);
}

void
_kr_canvas_begin_edit_title (KrCanvas *self)
{
  begin_edit (self, NULL, NULL, TRUE, FALSE);
}

/* A new note left empty: the step that made it is taken back, as if it
 * had never been added. Only when that step is still the last one. */
static void
drop_new_note (KrCanvas *self,
               KrNote   *note)
{
  if (kr_journey_find_note (self->journey, kr_note_get_id (note), NULL) != note)
    return;

  if (g_strcmp0 (kr_history_get_undo_label (self->history), _("Add Note")) == 0)
    kr_history_undo (self->history);
  else
    {
      g_autoptr(GPtrArray) notes = g_ptr_array_new ();

      g_ptr_array_add (notes, note);
      _kr_canvas_push (self, kr_edit_delete_notes (self->journey, notes));
    }
}

/* The words typed into a note or phase just added finish the step that
 * added it: one undo takes both, as it took one gesture to make them. */
static void
push_edit (KrCanvas   *self,
           gboolean    is_new,
           const char *add_label,
           KrCommand  *command)
{
  if (self->history == NULL)
    {
      g_object_unref (command);
      return;
    }

  if (is_new && g_strcmp0 (kr_history_get_undo_label (self->history), add_label) == 0)
    kr_history_push_onto_last (self->history, command);
  else
    kr_history_push (self->history, command);
}

void
_kr_canvas_end_edit (KrCanvas *self,
                     gboolean  commit)
{
  g_autoptr(KrNote) note = NULL;
  g_autoptr(KrPhase) phase = NULL;
  g_autofree char *text = NULL;
  GtkWidget *editor;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean had_focus, is_new, title;

  if (self->editor == NULL || self->edit_finishing)
    return;

  self->edit_finishing = TRUE;

  editor = self->editor;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  note = g_steal_pointer (&self->edit_note);
  phase = g_steal_pointer (&self->edit_phase);
  title = self->edit_title;
  self->edit_title = FALSE;
  is_new = self->edit_is_new;
  self->edit_is_new = FALSE;

  had_focus = gtk_widget_has_focus (editor);
  _kr_canvas_detach_writing_help (self);
  self->editor = NULL;
  gtk_widget_unparent (editor);
  _kr_canvas_notify_editing (self);

  if (note != NULL && kr_journey_find_note (self->journey, kr_note_get_id (note), NULL) == note)
    {
      if (is_new && (!commit || text[0] == '\0'))
        drop_new_note (self, note);
      else if (commit && g_strcmp0 (text, kr_note_get_text (note)) != 0)
        push_edit (self, is_new, _("Add Note"),
                   kr_set_command_new (note, _("Edit Note"), "text", text, NULL));
    }
  else if (phase != NULL &&
           kr_journey_find_phase (self->journey, kr_phase_get_id (phase), NULL) == phase)
    {
      /* A phase keeps its old title rather than none at all. */
      if (commit && text[0] != '\0' && g_strcmp0 (text, kr_phase_get_title (phase)) != 0)
        push_edit (self, is_new, _("Add Phase"),
                   kr_set_command_new (phase, _("Rename Phase"), "title", text, NULL));
    }
  else if (title)
    {
      /* So does the journey: "Untitled journey" is not what anyone typed.
       * A title is one line, as the window's title shows it. */
      g_strdelimit (text, "\n", ' ');
      if (commit && text[0] != '\0' && g_strcmp0 (text, kr_journey_get_title (self->journey)) != 0)
        _kr_canvas_push (self, kr_set_command_new (self->journey, _("Rename Journey"), "title",
                                                   text, NULL));
    }

  /* The keyboard stays on what was edited. */
  if (had_focus)
    {
      KrCanvasItem *item = _kr_canvas_find_item (self, note != NULL ? (gpointer) note
                                                                    : (gpointer) phase);

      if (item != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (item));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self));
    }

  self->edit_finishing = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How much the editor is scaled from map units: the view's zoom, or more
 * where that would make the text too small to read as it is typed. */
static double
editor_scale (KrCanvas *self,
              gboolean *enlarged)
{
  g_autoptr(PangoFontDescription) font = create_editor_font (self);
  double px = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  *enlarged = px * self->zoom < READABLE_PX;
  return *enlarged ? ENLARGED_PX / px : self->zoom;
}

void
_kr_canvas_allocate_editor (KrCanvas *self)
{
  graphene_rect_t r;
  GskTransform *transform;
  KrRect rect;
  gboolean enlarged;
  double scale, x, y;
  int min_height, nat_height, width, height;

  if (self->editor == NULL || !edit_target_rect (self, &rect))
    return;

  scale = editor_scale (self, &enlarged);
  if (enlarged != gtk_widget_has_css_class (self->editor, "enlarged"))
    {
      if (enlarged)
        gtk_widget_add_css_class (self->editor, "enlarged");
      else
        gtk_widget_remove_css_class (self->editor, "enlarged");
    }

  /* As wide as the note, in map units; taller if the text needs it, as
   * paper would not. */
  width = MAX (40, (int) ceil (rect.width));
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, width,
                      &min_height, &nat_height, NULL, NULL);
  height = MAX (nat_height, (int) ceil (rect.height));

  _kr_canvas_rect_to_widget (self, &rect, &r);
  x = r.origin.x;
  y = r.origin.y;
  if (enlarged)
    {
      /* Over the middle of its note, and all of it in view. */
      x = r.origin.x + (r.size.width - width * scale) / 2;
      x = CLAMP (x, KR_CANVAS_MARGIN, MAX (KR_CANVAS_MARGIN,
                                           self->view_width - width * scale - KR_CANVAS_MARGIN));
      y = CLAMP (y, KR_CANVAS_MARGIN, MAX (KR_CANVAS_MARGIN,
                                           self->view_height - height * scale - KR_CANVAS_MARGIN));
    }

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (floor (x), floor (y)));
  transform = gsk_transform_scale (transform, scale, scale);
  gtk_widget_allocate (self->editor, width, height, -1, transform);
}

/* The accent round the editor, drawn by the map at any scale, so that it
 * is clear which note the keys go to. */
void
_kr_canvas_snapshot_editor_ring (KrCanvas *self,
                                 cairo_t  *cr)
{
  graphene_rect_t bounds;
  GdkRGBA accent;

  if (self->editor == NULL ||
      !gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &bounds))
    return;

  _kr_canvas_get_accent (self, &accent);
  if (gtk_widget_has_css_class (self->editor, "enlarged"))
    {
      /* Lifted off the map: a shadow says it floats over its note. */
      for (int i = 1; i <= 4; i++)
        {
          kr_paint_rounded_rect (cr, bounds.origin.x - i, bounds.origin.y - i + 3,
                                 bounds.size.width + 2 * i, bounds.size.height + 2 * i, 6 + i);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
          cairo_fill (cr);
        }
    }
  kr_paint_rounded_rect (cr, bounds.origin.x - 2, bounds.origin.y - 2,
                         bounds.size.width + 4, bounds.size.height + 4, 4);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
}

void
_kr_canvas_check_edit (KrCanvas *self)
{
  KrRect rect;

  if (self->editor == NULL || self->edit_finishing)
    return;

  /* Undone from under the editor, or its phase deleted. */
  if (!edit_target_rect (self, &rect))
    _kr_canvas_end_edit (self, FALSE);
}
