/* kr-canvas-clipboard.c: notes between windows, journeys and applications
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copied notes go on the clipboard twice: as the format's own note objects
 * (KR_NOTES_MIME_TYPE), which another journey pastes with every field, and
 * as plain text, one note per line, for a mail or a document. Paste takes
 * the notes when they are there and otherwise makes one note per line of
 * text, so a list typed during a workshop becomes a row of notes.
 */
#define G_LOG_DOMAIN "kr-canvas-clipboard"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kr-canvas-private.h"

typedef struct
{
  KrCanvas *canvas;
  /* The document the paste was asked for: a paste that arrives after the
   * window switched journeys is dropped. */
  KrJourney *journey;
} PasteData;

static PasteData *
paste_data_new (KrCanvas *self)
{
  PasteData *data = g_new0 (PasteData, 1);

  data->canvas = g_object_ref (self);
  data->journey = g_object_ref (self->journey);
  return data;
}

static void
paste_data_free (PasteData *data)
{
  g_clear_object (&data->canvas);
  g_clear_object (&data->journey);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasteData, paste_data_free)

static gboolean
paste_data_is_current (PasteData *data)
{
  return data->canvas->journey == data->journey;
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  KrCanvas *self = user_data;
  guint ia = G_MAXUINT, ib = G_MAXUINT;

  g_ptr_array_find (self->focus_order, _kr_canvas_find_item (self, *(gpointer *) a), &ia);
  g_ptr_array_find (self->focus_order, _kr_canvas_find_item (self, *(gpointer *) b), &ib);
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

/* The selection as the wall reads, not in the order it was picked. */
static GPtrArray *
dup_selection_in_order (KrCanvas *self)
{
  GPtrArray *notes = _kr_canvas_borrow_notes (self->selection);

  _kr_canvas_ensure_layout (self);
  g_ptr_array_sort_with_data (notes, compare_reading_order, self);
  return notes;
}

static void
select_pasted (KrCanvas  *self,
               GPtrArray *pasted)
{
  if (pasted == NULL || pasted->len == 0)
    return;

  _kr_canvas_set_selection (self, pasted);
  _kr_canvas_focus_item (self, pasted->pdata[0]);
}

void
_kr_canvas_copy (KrCanvas *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) json_bytes = NULL;
  GdkContentProvider *providers[2];
  gsize json_length;

  if (self->selection->len == 0)
    return;

  notes = dup_selection_in_order (self);
  json = kr_notes_to_json (notes);
  json_length = strlen (json);
  text = kr_notes_to_text (notes);

  json_bytes = g_bytes_new_take (g_steal_pointer (&json), json_length);
  providers[0] = gdk_content_provider_new_for_bytes (KR_NOTES_MIME_TYPE, json_bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

void
_kr_canvas_cut (KrCanvas *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  KrCommand *command;

  if (self->selection->len == 0 || self->journey == NULL)
    return;

  _kr_canvas_copy (self);

  notes = _kr_canvas_borrow_notes (self->selection);
  command = kr_edit_delete_notes (self->journey, notes);
  if (command != NULL)
    kr_command_set_label (command, g_dngettext (GETTEXT_PACKAGE, "Cut Note", "Cut Notes",
                                                notes->len));
  _kr_canvas_push (self, command);
  _kr_canvas_set_selection (self, NULL);
}

void
_kr_canvas_paste_text (KrCanvas   *self,
                       const char *text,
                       gboolean    at_point,
                       double      x,
                       double      y)
{
  g_autoptr(GPtrArray) pasted = NULL;
  KrPhase *phase = NULL;
  KrNoteKind kind = KR_NOTE_KIND_ACTIVITY;
  guint index = G_MAXUINT;
  double valence = 0;

  if (self->journey == NULL || text == NULL)
    return;

  _kr_canvas_ensure_layout (self);
  if (self->layout == NULL)
    return;

  if (at_point)
    {
      KrDropTarget target;

      /* Dropped text lands where the drop showed it would, on a lane of
       * notes or not; off them, as activities. */
      if (!kr_layout_drop_target (self->layout, KR_NOTE_KIND_ACTIVITY, NULL, x, y, &target) ||
          target.phase >= kr_layout_get_n_phases (self->layout))
        return;

      phase = kr_layout_get_phase (self->layout, target.phase)->phase;
      kind = target.kind;
      index = target.index;
      valence = target.kind == KR_NOTE_KIND_ACTIVITY ? target.valence : NAN;
    }
  else if (!_kr_canvas_find_insertion (self, &phase, &kind, &index, &valence))
    return;

  _kr_canvas_push (self, kr_edit_paste_text (self->journey, text, kr_phase_get_id (phase),
                                             kind, index,
                                             kind == KR_NOTE_KIND_ACTIVITY ? valence : NAN,
                                             &pasted));
  select_pasted (self, pasted);
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  if (text == NULL)
    {
      g_debug ("Could not read text from the clipboard: %s",
               error != NULL ? error->message : "no text");
      return;
    }

  if (paste_data_is_current (data))
    _kr_canvas_paste_text (data->canvas, text, FALSE, 0, 0);
}

static void
paste_json (KrCanvas   *self,
            const char *json)
{
  g_autoptr(GPtrArray) pasted = NULL;
  KrPhase *phase;
  KrNoteKind kind;
  guint index;
  double valence;

  if (!_kr_canvas_find_insertion (self, &phase, &kind, &index, &valence))
    return;

  _kr_canvas_push (self, kr_edit_paste_json (self->journey, json, kr_phase_get_id (phase),
                                             index, &pasted));
  select_pasted (self, pasted);
}

static void
splice_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *json = NULL;
  GMemoryOutputStream *stream = G_MEMORY_OUTPUT_STREAM (object);

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (stream), result, &error) < 0)
    {
      g_debug ("Could not read notes from the clipboard: %s", error->message);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (stream);
  json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (paste_data_is_current (data))
    paste_json (data->canvas, json);
}

static void
read_notes_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GOutputStream) output = NULL;

  input = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, &error);
  if (input == NULL)
    {
      g_debug ("Could not read notes from the clipboard: %s", error->message);
      return;
    }

  /* The clipboard may be fed by this very process, so it is read with
   * the main loop running, never in one blocking go. */
  output = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (output, input,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL,
                                splice_cb, g_steal_pointer (&data));
}

void
_kr_canvas_paste (KrCanvas *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  static const char *notes_mime_types[] = { KR_NOTES_MIME_TYPE, NULL };

  if (self->journey == NULL ||
      g_list_model_get_n_items (kr_journey_get_phases (self->journey)) == 0)
    return;

  if (gdk_content_formats_contain_mime_type (formats, KR_NOTES_MIME_TYPE))
    gdk_clipboard_read_async (clipboard, notes_mime_types, G_PRIORITY_DEFAULT, NULL,
                              read_notes_cb, paste_data_new (self));
  else if (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING) ||
           gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8") ||
           gdk_content_formats_contain_mime_type (formats, "text/plain"))
    gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, paste_data_new (self));
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}
