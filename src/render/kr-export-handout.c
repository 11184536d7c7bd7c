/* kr-export-handout.c: the pages of a handout and of a poster
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A handout is the map with a legend, then the scope and the personas, a
 * page per phase and the red thread in full text. The text is cut into
 * blocks (a heading, a paragraph, a note); each block is laid out once with
 * Pango and the pages are filled line by line, so a block that does not fit
 * goes on over the next page and no text is ever cut off. Drawing a page
 * shows only the lines that belong to it, so every word is on exactly one
 * page of the PDF.
 */
#define G_LOG_DOMAIN "kr-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "kr-curve.h"
#include "kr-export-private.h"

const char *
kr_handout_tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* --- Text ----------------------------------------------------------------- */

PangoLayout *
kr_handout_new_layout (KrHandout  *self,
                       double      size,
                       PangoWeight weight,
                       double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (self->family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

double
kr_handout_text_width (KrHandout *self)
{
  return self->column_width;
}

/* A landscape page holds two columns of text (three on A3) rather than one
 * line too long to read: about 65 characters a line, as in a book. */
static void
set_columns (KrHandout *self)
{
  double area = self->width - 2 * MARGIN;

  self->n_columns = MAX (1, (guint) floor ((area + COLUMN_GAP) / (COLUMN_MIN_WIDTH + COLUMN_GAP)));
  self->column_width = (area - (self->n_columns - 1) * COLUMN_GAP) / self->n_columns;
}

static double
block_indent (BlockKind kind,
              Marker    marker)
{
  if (marker == MARKER_VALENCE)
    return VALENCE_INDENT;
  return kind == BLOCK_ITEM ? 18.0 : 0.0;
}

static void
add_block_full (KrHandout  *self,
                BlockKind   kind,
                Marker      marker,
                double      valence,
                const char *markup)
{
  Block block = { kind, marker, valence, NULL, block_indent (kind, marker), FALSE, 0, 0, NULL, NULL };
  PangoLayoutIter *iter;
  double size = kind == BLOCK_H2 ? H2_SIZE : kind == BLOCK_H3 ? H3_SIZE : BODY_SIZE;
  PangoWeight weight = kind == BLOCK_H2 || kind == BLOCK_H3 ? PANGO_WEIGHT_BOLD
                                                           : PANGO_WEIGHT_NORMAL;
  guint i = 0;

  block.space_before = kind == BLOCK_H2 ? 14.0 : kind == BLOCK_H3 ? 8.0 : 4.0;
  block.layout = kr_handout_new_layout (self, size, weight, kr_handout_text_width (self) - block.x);
  kr_render_set_markup (block.layout, markup);
  block.rtl = kr_render_layout_is_rtl (block.layout);
  block.n_lines = pango_layout_get_line_count (block.layout);
  block.line_top = g_new (double, block.n_lines);
  block.line_bottom = g_new (double, block.n_lines);

  iter = pango_layout_get_iter (block.layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      block.line_top[i] = y0 / (double) PANGO_SCALE;
      block.line_bottom[i] = y1 / (double) PANGO_SCALE;
      i++;
    }
  while (i < block.n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  block.n_lines = i;

  g_array_append_val (self->blocks, block);
  g_array_index (self->sections, Section, self->sections->len - 1).n_blocks++;
}

static void
add_block (KrHandout  *self,
           BlockKind   kind,
           Marker      marker,
           const char *markup)
{
  add_block_full (self, kind, marker, 0, markup);
}

/* Plain @text, which may hold & or < (a translation, a note). */
static void
add_text (KrHandout  *self,
          BlockKind   kind,
          Marker      marker,
          const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  add_block (self, kind, marker, escaped);
}

static void
add_heading (KrHandout  *self,
             BlockKind   kind,
             const char *text)
{
  add_text (self, kind, MARKER_NONE, text);
}

/* "<b>Label</b>  value", for the scope and the empathy map. */
static gboolean
is_set (const char *value)
{
  return value != NULL && *value != '\0';
}

/* Nothing for a field left empty. */
static void
add_field (KrHandout  *self,
           const char *label,
           const char *value)
{
  g_autofree char *markup = NULL;

  if (!is_set (value))
    return;
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", label, value);
  add_block (self, BLOCK_TEXT, MARKER_NONE, markup);
}

static gboolean
persona_has_content (KrPersona *persona)
{
  for (KrPersonaField field = 0; field < KR_PERSONA_N_FIELDS; field++)
    if (is_set (kr_persona_get_field (persona, field)))
      return TRUE;
  return FALSE;
}

static void
begin_section (KrHandout  *self,
               const char *title,
               const char *outline)
{
  Section section = { g_strdup (title), g_strdup (outline ?: title), self->blocks->len, 0 };

  g_array_append_val (self->sections, section);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_free (block->line_top);
  g_free (block->line_bottom);
}

static void
section_clear (gpointer data)
{
  Section *section = data;

  g_free (section->title);
  g_free (section->outline);
}

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->pieces, g_array_unref);
}

/* --- Content ------------------------------------------------------------- */

char *
kr_handout_format_valence (double value)
{
  /* A minus sign, not a hyphen, as on the map's scale; the locale's own
   * decimal separator. */
  const char *sign = value > 0 ? "+" : value < 0 ? "−" : "";
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (number, sizeof number, value == floor (value) ? "%.0f" : "%.1f", fabs (value));
  return g_strconcat (sign, number, NULL);
}

static Marker
marker_for_kind (KrNoteKind kind)
{
  switch (kind)
    {
    case KR_NOTE_KIND_PAIN:
      return MARKER_PAIN;
    case KR_NOTE_KIND_GAIN:
      return MARKER_GAIN;
    case KR_NOTE_KIND_IMPROVEMENT:
      return MARKER_IMPROVEMENT;
    case KR_NOTE_KIND_ACTIVITY:
    default:
      return MARKER_BULLET;
    }
}

/* A note: its text, and under it in small grey its channel and marks. An
 * activity has its valence beside it, where a bullet would be. */
static void
add_note (KrHandout *self,
          KrNote    *note,
          gboolean   with_kind_marker)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;
  const char *channel = kr_note_get_channel (note);
  Marker marker = MARKER_BULLET;

  if (channel != NULL && *channel != '\0')
    {
      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      /* TRANSLATORS: where the customer meets the service: website, letter, … */
      g_string_append_printf (meta, kr_handout_tr (N_("Channel: %s")), channel);
    }
  if (kr_note_get_moment_of_truth (note))
    {
      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      g_string_append_printf (meta, "★ %s", kr_handout_tr (N_("Moment of truth")));
    }
  if (kr_note_get_red_thread (note))
    {
      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      g_string_append (meta, kr_handout_tr (N_("Red thread")));
    }

  text = g_markup_escape_text (kr_note_get_text (note) ?: "", -1);
  if (meta->len > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (meta->str, -1);
      markup = g_strdup_printf ("%s\n<span size=\"%d\" foreground=\"#555555\">%s</span>",
                                text, (int) (META_SIZE * PANGO_SCALE), escaped);
    }
  else
    markup = g_steal_pointer (&text);

  if (with_kind_marker)
    marker = marker_for_kind (kr_note_get_kind (note));
  if (marker == MARKER_BULLET && kr_note_get_kind (note) == KR_NOTE_KIND_ACTIVITY &&
      kr_note_get_has_valence (note))
    marker = MARKER_VALENCE;
  else if (kr_note_get_moment_of_truth (note) && marker == MARKER_BULLET)
    marker = MARKER_STAR;
  add_block_full (self, BLOCK_ITEM, marker, kr_note_get_valence (note), markup);
}

static char *
phase_heading (KrPhase *phase,
               guint    index)
{
  const char *title = kr_phase_get_title (phase);

  if (title == NULL || *title == '\0')
    title = kr_handout_tr (N_("Untitled phase"));
  /* TRANSLATORS: a phase's number, its title, and a ★ when it is a moment of truth */
  return g_strdup_printf (kr_handout_tr (N_("%u. %s%s")), index + 1, title,
                          kr_phase_get_moment_of_truth (phase) ? " ★" : "");
}

static void
build_scope (KrHandout *self)
{
  static const struct
  {
    KrScopeField field;
    const char  *label;
  } fields[] = {
    { KR_SCOPE_CUSTOMER, N_("Customer") },
    { KR_SCOPE_GOAL, N_("Goal") },
    { KR_SCOPE_START, N_("Start") },
    { KR_SCOPE_END, N_("End") },
    { KR_SCOPE_OUT_OF_SCOPE, N_("Out of scope") },
    { KR_SCOPE_KNOWN, N_("Already known") },
  };
  static const struct
  {
    KrPersonaField field;
    const char    *label;
  } empathy[] = {
    { KR_PERSONA_THINKS_FEELS, N_("Thinks and feels") },
    { KR_PERSONA_HEARS, N_("Hears") },
    { KR_PERSONA_SEES, N_("Sees") },
    { KR_PERSONA_SAYS_DOES, N_("Says and does") },
    { KR_PERSONA_WANTS_NEEDS, N_("Wants and needs") },
  };
  GListModel *personas = kr_journey_get_personas (self->journey);
  guint n_personas = g_list_model_get_n_items (personas);
  gboolean has_scope = is_set (kr_journey_get_reason (self->journey));
  gboolean has_personas = FALSE;

  /* What was never filled in is left out: a reader gains nothing from a
   * page of dashes. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    has_scope = has_scope || is_set (kr_journey_get_scope (self->journey, fields[i].field));
  for (guint i = 0; i < n_personas && !has_personas; i++)
    {
      g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);

      has_personas = persona_has_content (persona);
    }

  if (has_scope)
    {
      begin_section (self, kr_handout_tr (N_("Scope")), NULL);
      add_field (self, kr_handout_tr (N_("Reason")), kr_journey_get_reason (self->journey));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        add_field (self, kr_handout_tr (fields[i].label),
                   kr_journey_get_scope (self->journey, fields[i].field));
    }

  if (!has_personas)
    return;
  if (has_scope)
    add_heading (self, BLOCK_H2, kr_handout_tr (N_("Personas")));
  else
    begin_section (self, kr_handout_tr (N_("Personas")), NULL);
  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);
      const char *name = kr_persona_get_field (persona, KR_PERSONA_NAME);
      const char *description = kr_persona_get_field (persona, KR_PERSONA_DESCRIPTION);

      if (!persona_has_content (persona))
        continue;
      add_heading (self, BLOCK_H3, is_set (name) ? name : kr_handout_tr (N_("Unnamed persona")));
      if (is_set (description))
        add_text (self, BLOCK_TEXT, MARKER_NONE, description);
      for (guint k = 0; k < G_N_ELEMENTS (empathy); k++)
        add_field (self, kr_handout_tr (empathy[k].label),
                   kr_persona_get_field (persona, empathy[k].field));
    }
}

static const char *const kind_headings[KR_NOTE_N_KINDS] = {
  N_("Activities"),
  N_("Pains"),
  N_("Gains"),
  N_("Improvements"),
};

static void
build_phase (KrHandout *self,
             KrPhase   *phase,
             guint      index)
{
  g_autofree char *heading = phase_heading (phase, index);
  const KrEmotion *from = kr_emotion_lookup (kr_phase_get_emotion_from (phase) ?: "");
  const KrEmotion *to = kr_emotion_lookup (kr_phase_get_emotion_to (phase) ?: "");
  const char *feeling = kr_phase_get_feeling (phase);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *curve = NULL;
  double value = 0;

  begin_section (self, heading, NULL);

  if (kr_phase_get_moment_of_truth (phase))
    add_text (self, BLOCK_TEXT, MARKER_NONE, kr_handout_tr (N_("This phase is a moment of truth.")));

  add_heading (self, BLOCK_H2, kr_handout_tr (N_("Feeling")));
  if (from != NULL && to != NULL && from != to)
    g_string_append_printf (line, "%s → %s", kr_emotion_get_name (from), kr_emotion_get_name (to));
  else if (from != NULL || to != NULL)
    g_string_append (line, kr_emotion_get_name (from != NULL ? from : to));
  if (line->len > 0)
    add_text (self, BLOCK_TEXT, MARKER_NONE, line->str);
  if (feeling != NULL && *feeling != '\0')
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", feeling);
      add_block (self, BLOCK_TEXT, MARKER_NONE, markup);
    }
  if (line->len == 0 && (feeling == NULL || *feeling == '\0'))
    add_block (self, BLOCK_TEXT, MARKER_NONE, "—");

  add_heading (self, BLOCK_H2, kr_handout_tr (N_("Emotion curve")));
  switch (kr_curve_point_for_phase (self->journey, phase, &value))
    {
    case KR_CURVE_POINT_EXPLICIT:
      curve = kr_handout_format_valence (value);
      break;
    case KR_CURVE_POINT_DERIVED:
      {
        g_autofree char *number = kr_handout_format_valence (value);
        /* TRANSLATORS: a curve value worked out from the phase's activities */
        curve = g_strdup_printf (kr_handout_tr (N_("%s (derived from the activities)")), number);
      }
      break;
    case KR_CURVE_POINT_NONE:
    default:
      curve = g_strdup (kr_handout_tr (N_("no value")));
      break;
    }
  add_text (self, BLOCK_TEXT, MARKER_NONE, curve);

  for (KrNoteKind kind = 0; kind < KR_NOTE_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) notes = kr_journey_collect_notes (self->journey,
                                                             kr_phase_get_id (phase), kind);

      /* In time order, as on the map. */
      if (notes->len == 0)
        continue;
      add_heading (self, BLOCK_H2, kr_handout_tr (kind_headings[kind]));
      for (guint i = 0; i < notes->len; i++)
        add_note (self, g_ptr_array_index (notes, i), TRUE);
    }
}

/* Everything that matters most, across the phases. */
static void
build_red_thread (KrHandout *self)
{
  GListModel *phases = kr_journey_get_phases (self->journey);
  guint n_phases = g_list_model_get_n_items (phases);
  static const char *const headings[] = {
    N_("Moments of truth"), N_("Pains"), N_("Gains"), N_("Improvements"),
  };

  begin_section (self, kr_handout_tr (N_("Red thread")), NULL);
  for (guint group = 0; group < G_N_ELEMENTS (headings); group++)
    {
      gboolean any = FALSE;

      add_heading (self, BLOCK_H2, kr_handout_tr (headings[group]));
      for (guint i = 0; i < n_phases; i++)
        {
          g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
          g_autoptr(GPtrArray) notes = NULL;
          gboolean phase_star = group == 0 && kr_phase_get_moment_of_truth (phase);

          if (group == 0)
            {
              notes = g_ptr_array_new ();
              for (KrNoteKind kind = 0; kind < KR_NOTE_N_KINDS; kind++)
                {
                  g_autoptr(GPtrArray) some = kr_journey_collect_notes (self->journey,
                                                                        kr_phase_get_id (phase),
                                                                        kind);
                  for (guint k = 0; k < some->len; k++)
                    if (kr_note_get_moment_of_truth (g_ptr_array_index (some, k)))
                      g_ptr_array_add (notes, g_ptr_array_index (some, k));
                }
            }
          else
            notes = kr_journey_collect_notes (self->journey, kr_phase_get_id (phase),
                                              (KrNoteKind) group);

          if (notes->len == 0 && !phase_star)
            continue;
          any = TRUE;
          {
            g_autofree char *heading = phase_heading (phase, i);
            add_heading (self, BLOCK_H3, heading);
          }
          if (phase_star)
            add_text (self, BLOCK_ITEM, MARKER_STAR,
                      kr_handout_tr (N_("This phase is a moment of truth.")));
          for (guint k = 0; k < notes->len; k++)
            add_note (self, g_ptr_array_index (notes, k), group != 0);
        }
      if (!any)
        add_block (self, BLOCK_TEXT, MARKER_NONE, "—");
    }
}

/* --- Pages --------------------------------------------------------------- */

static double
heading_height (KrHandout  *self,
                const char *text)
{
  g_autoptr(PangoLayout) layout = kr_handout_new_layout (self, H1_SIZE, PANGO_WEIGHT_BOLD,
                                              self->width - 2 * MARGIN);
  int height;

  kr_render_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE + 10.0;
}

char *
kr_handout_continued_title (const Section *section,
                            gboolean       continued)
{
  if (!continued)
    return g_strdup (section->title);
  /* TRANSLATORS: a heading on the next page of a section that did not fit */
  return g_strdup_printf ("%s %s", section->title, kr_handout_tr (N_("(continued)")));
}

static Page *
new_page (KrHandout *self,
          PageKind   kind,
          int        section,
          gboolean   continued,
          double    *y)
{
  Page page = { kind, 0, section, continued, g_array_new (FALSE, FALSE, sizeof (Piece)) };

  g_array_append_val (self->pages, page);
  if (y != NULL)
    {
      g_autofree char *title = kr_handout_continued_title (&g_array_index (self->sections, Section, section),
                                                continued);
      *y = MARGIN + heading_height (self, title);
    }
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

/* Where text goes next on the text pages of one section: the column, the
 * page, and how far down it is. */
typedef struct
{
  KrHandout *self;
  guint      section;
  Page      *page;
  guint      column;
  double     top;              /* of the columns, below the page's heading */
  double     y;
  gboolean   empty;            /* nothing in this column yet */
} Cursor;

static void
cursor_next_column (Cursor *c)
{
  if (c->column + 1 < c->self->n_columns)
    c->column++;
  else
    {
      c->page = new_page (c->self, PAGE_TEXT, c->section, TRUE, &c->top);
      c->column = 0;
    }
  c->y = c->top;
  c->empty = TRUE;
}

static gboolean
is_heading (const Block *block)
{
  return block->kind == BLOCK_H2 || block->kind == BLOCK_H3;
}

/* A heading stays with what follows it: the headings right below it, and
 * the text under them as far as it is never parted below (all of a short
 * block, the first two lines of a longer one).
 * How tall that is, from the top of heading @b. */
static double
keep_together_height (KrHandout     *self,
                      const Section *section,
                      guint          b)
{
  const Block *block = &g_array_index (self->blocks, Block, b);
  double height = block->line_bottom[block->n_lines - 1];

  for (guint n = b + 1; n < section->first_block + section->n_blocks; n++)
    {
      const Block *next = &g_array_index (self->blocks, Block, n);

      height += next->space_before;
      if (!is_heading (next))
        return height + next->line_bottom[next->n_lines <= SHORT_BLOCK_LINES ? next->n_lines - 1
                                                                            : 1];
      height += next->line_bottom[next->n_lines - 1];
    }

  return height;
}

static void
paginate (KrHandout *self)
{
  double bottom = self->height - MARGIN - FOOTER_HEIGHT;

  for (guint s = 0; s < self->sections->len; s++)
    {
      const Section *section = &g_array_index (self->sections, Section, s);
      Cursor c = { self, s, NULL, 0, 0, 0, TRUE };

      c.page = new_page (self, PAGE_TEXT, s, FALSE, &c.top);
      c.y = c.top;

      for (guint b = section->first_block; b < section->first_block + section->n_blocks; b++)
        {
          const Block *block = &g_array_index (self->blocks, Block, b);
          guint line = 0;

          if (!c.empty)
            c.y += block->space_before;

          if (is_heading (block) && !c.empty &&
              c.y + keep_together_height (self, section, b) > bottom)
            cursor_next_column (&c);

          while (line < block->n_lines)
            {
              Piece piece = { b, line, 0, c.column * (self->column_width + COLUMN_GAP), c.y };
              double top = block->line_top[line];

              while (line < block->n_lines &&
                     (c.y + block->line_bottom[line] - top <= bottom ||
                      (piece.n_lines == 0 && c.empty)))
                {
                  piece.n_lines++;
                  line++;
                }

              /* Where a block must be parted, no line is left alone: a
               * short block (a note with its details, say) goes over to
               * the next column whole, a single line at the bottom of a
               * column goes over with the rest, and the last line takes
               * the one before it along. An empty column takes what it
               * gets, or the text would never be placed. */
              if (line < block->n_lines && !c.empty &&
                  (block->n_lines - piece.first_line <= SHORT_BLOCK_LINES || piece.n_lines < 2))
                {
                  piece.n_lines = 0;
                  line = piece.first_line;
                }
              else if (line + 1 == block->n_lines && piece.n_lines >= 3)
                {
                  piece.n_lines--;
                  line--;
                }

              if (piece.n_lines > 0)
                {
                  g_array_append_val (c.page->pieces, piece);
                  c.y += block->line_bottom[line - 1] - top;
                  c.empty = FALSE;
                }
              if (line < block->n_lines)
                cursor_next_column (&c);
            }
        }
    }
}

KrHandout *
kr_handout_new (KrJourney      *journey,
                KrExportLayout  layout,
                KrPaper         paper,
                const char     *date)
{
  KrHandout *self;
  PangoFontMap *font_map;
  cairo_font_options_t *options;
  const char *title;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  self = g_new0 (KrHandout, 1);
  self->journey = g_object_ref (journey);
  self->layout_kind = layout;
  title = kr_journey_get_title (journey);
  self->title = g_strdup (title != NULL && *title != '\0' ? title : kr_handout_tr (N_("Untitled journey")));
  self->date = g_strdup (date ?: "");

  switch (paper)
    {
    case KR_PAPER_A2:
      self->width = 1683.78;
      self->height = 1190.55;
      break;
    case KR_PAPER_A3:
      self->width = 1190.55;
      self->height = 841.89;
      break;
    case KR_PAPER_LETTER:
      self->width = 792;
      self->height = 612;
      break;
    case KR_PAPER_A4:
    default:
      self->width = 841.89;
      self->height = 595.276;
      break;
    }

  set_columns (self);
  self->style = kr_style_new (KR_STYLE_PRINT);
  self->family = g_strdup (kr_style_get_font (self->style));

  /* Unhinted metrics, so that the pages measure the same on paper, in a
   * preview and in an image. */
  font_map = pango_cairo_font_map_get_default ();
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, page_clear);

  self->maps = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_layout_free);
  kr_handout_build_map (self);
  for (guint i = 0; i < self->maps->len; i++)
    new_page (self, PAGE_MAP, -1, FALSE, NULL)->map = i;
  if (layout == KR_EXPORT_HANDOUT)
    {
      GListModel *phases = kr_journey_get_phases (journey);

      build_scope (self);
      for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
        {
          g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
          build_phase (self, phase, i);
        }
      build_red_thread (self);
      paginate (self);
    }

  return self;
}

void
kr_handout_free (KrHandout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_clear_pointer (&self->style, kr_style_free);
  g_clear_object (&self->journey);
  g_free (self->family);
  g_free (self->title);
  g_free (self->date);
  g_free (self);
}

guint
kr_handout_get_n_pages (KrHandout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
kr_handout_get_page_size (KrHandout *self,
                          double    *width,
                          double    *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

const char *
kr_handout_get_page_outline (KrHandout *self,
                             guint      page)
{
  const Page *p;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);

  p = &g_array_index (self->pages, Page, page);
  if (p->kind == PAGE_MAP)
    return p->map == 0 ? kr_handout_tr (N_("Journey map")) : NULL;
  if (p->continued)
    return NULL;
  return g_array_index (self->sections, Section, p->section).outline;
}
