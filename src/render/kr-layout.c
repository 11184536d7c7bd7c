/* kr-layout.c: where everything of a journey map goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kr-curve.h"
#include "kr-layout-private.h"

typedef struct
{
  KrNote *note;
  guint   position;
} SortEntry;

/* The notes of one phase, per kind, in order. */
typedef struct
{
  GArray *kinds[KR_NOTE_N_KINDS];   /* SortEntry */
} PhaseNotes;

static const char *const field_labels[] = {
  N_("Customer"),
  N_("Goal"),
  N_("Start and end"),
  N_("Start"),
  N_("End"),
  N_("Out of scope"),
};

static const char *const lane_captions[KR_N_LANES] = {
  [KR_LANE_HEADER] = NULL,
  [KR_LANE_PHASES] = N_("Phases"),
  [KR_LANE_ACTIVITIES] = N_("Activities"),
  [KR_LANE_CURVE] = N_("Emotion curve"),
  [KR_LANE_FEELING] = N_("Feeling"),
  [KR_LANE_RED_THREAD] = N_("Red thread"),
  [KR_LANE_IMPROVEMENTS] = N_("Improvements"),
};

const char *
kr_lane_caption (KrLane lane)
{
  g_return_val_if_fail (lane < KR_N_LANES, NULL);

  return lane_captions[lane] != NULL ? _(lane_captions[lane]) : NULL;
}

/* --- Notes per phase ---------------------------------------------------- */

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  guint ox = kr_note_get_order (x->note), oy = kr_note_get_order (y->note);

  if (ox != oy)
    return ox < oy ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* The curve point from the activities already collected, rather than
 * collecting them again for every phase. */
static KrCurvePointKind
curve_point (KrPhase *phase,
             GArray  *activities,
             double  *value)
{
  g_autofree KrNote **notes = g_new (KrNote *, MAX (activities->len, 1));

  for (guint i = 0; i < activities->len; i++)
    notes[i] = g_array_index (activities, SortEntry, i).note;
  return kr_curve_point_from_activities (phase, notes, activities->len, value);
}

/* One pass over the notes instead of kr_journey_collect_notes () per phase
 * and kind, which would walk them all 4 × phases times; the order is the
 * same: by `order`, then by position in the list. */
static PhaseNotes *
collect_phase_notes (KrJourney *journey,
                     guint      first_phase,
                     guint      n_phases)
{
  GListModel *phases = kr_journey_get_phases (journey);
  GListModel *notes = kr_journey_get_notes (journey);
  guint n_notes = g_list_model_get_n_items (notes);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  PhaseNotes *result = g_new0 (PhaseNotes, MAX (n_phases, 1));

  /* The first of two phases with one id wins, as in kr_journey_find_phase ():
   * a part of the journey still looks at the phases before it. */
  for (guint p = 0; p < first_phase + n_phases; p++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, p);

      if (!g_hash_table_contains (ids, kr_phase_get_id (phase)))
        g_hash_table_insert (ids, (gpointer) kr_phase_get_id (phase),
                             GUINT_TO_POINTER (p >= first_phase ? p - first_phase + 1 : 0));
    }
  for (guint p = 0; p < n_phases; p++)
    for (guint k = 0; k < KR_NOTE_N_KINDS; k++)
      result[p].kinds[k] = g_array_new (FALSE, FALSE, sizeof (SortEntry));

  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (ids, kr_note_get_phase (note) ?: ""));
      KrNoteKind kind = kr_note_get_kind (note);

      /* A note of no phase has no place on the map. */
      if (p == 0 || kind >= KR_NOTE_N_KINDS)
        continue;
      g_array_append_val (result[p - 1].kinds[kind], ((SortEntry) { note, i }));
    }

  for (guint p = 0; p < n_phases; p++)
    for (guint k = 0; k < KR_NOTE_N_KINDS; k++)
      g_array_sort (result[p].kinds[k], compare_entries);

  return result;
}

static void
phase_notes_free (PhaseNotes *notes,
                  guint       n_phases)
{
  for (guint p = 0; p < n_phases; p++)
    for (guint k = 0; k < KR_NOTE_N_KINDS; k++)
      g_array_unref (notes[p].kinds[k]);
  g_free (notes);
}

/* Activities keep their time order left to right, but may share a column
 * band with notes at another height: each goes as far left as it can
 * without touching an earlier note whose height range meets its own. */
static double
place_activities (const KrMetrics *m,
                  GArray          *placed)
{
  double right = 0;
  double vgap = m->note_gap / 2;

  for (guint i = 0; i < placed->len; i++)
    {
      KrPlaced *p = &g_array_index (placed, KrPlaced, i);
      double valence = CLAMP (kr_note_get_valence (p->note), KR_VALENCE_MIN, KR_VALENCE_MAX);
      double x;

      p->dy = -valence * m->valence_step - p->height / 2;
      x = i == 0 ? 0 : g_array_index (placed, KrPlaced, i - 1).dx + m->note_step;

      /* Earlier notes lie ever further left, so once one is clear of
       * @x, all before it are too. */
      for (guint j = i; j-- > 0;)
        {
          const KrPlaced *q = &g_array_index (placed, KrPlaced, j);

          if (q->dx + m->note_width + m->note_gap <= x)
            break;
          if (p->dy < q->dy + q->height + vgap && q->dy < p->dy + p->height + vgap)
            x = q->dx + m->note_width + m->note_gap;
        }
      p->dx = x;
      right = MAX (right, x + m->note_width);
    }

  return right;
}

/* The width a row of @n notes asks for: a few side by side before rows
 * wrap, more for a crowded phase, so that a phase grows wide before it
 * grows tall. */
static double
row_width (const KrMetrics *m,
           guint            n)
{
  guint per_row;

  if (n == 0)
    return 0;
  per_row = MIN (n, MAX (3, (guint) ceil (sqrt (n))));
  return per_row * m->note_width + (per_row - 1) * m->note_gap;
}

double
kr_layout_place_row (const KrMetrics *m,
                     GArray          *placed,
                     double           width)
{
  double x = 0, y = 0, row_height = 0;

  for (guint i = 0; i < placed->len; i++)
    {
      KrPlaced *p = &g_array_index (placed, KrPlaced, i);

      if (x > 0 && x + m->note_width > width + 0.001)
        {
          y += row_height + m->note_gap;
          x = 0;
          row_height = 0;
        }
      p->dx = x;
      p->dy = y;
      x += m->note_width + m->note_gap;
      row_height = MAX (row_height, p->height);
    }

  return y + row_height;
}

/* --- Layout ------------------------------------------------------------- */

static void
layout_field_clear (gpointer data)
{
  KrLayoutField *field = data;

  g_free (field->value);
}

static void
layout_phase_clear (gpointer data)
{
  KrLayoutPhase *phase = data;

  g_clear_object (&phase->phase);
}

static void
layout_note_clear (gpointer data)
{
  KrLayoutNote *note = data;

  g_clear_object (&note->note);
}

static void
add_field (GArray     *fields,
           const char *label,
           char       *value)
{
  KrLayoutField field = { label, value };

  g_array_append_val (fields, field);
}

static gboolean
is_set (const char *value)
{
  return value != NULL && *value != '\0';
}

/* Title and scope summary; returns the height of the header's content.
 * The screen map sets the summary in one row and grows as wide as it
 * needs; a frame of @max_width wraps it into rows. */
static double
layout_header (KrLayout  *layout,
               KrJourney *journey,
               KrMeasure *ms,
               double     max_width,
               double    *width)
{
  const KrMetrics *m = &layout->m;
  const char *start = kr_journey_get_scope (journey, KR_SCOPE_START);
  const char *end = kr_journey_get_scope (journey, KR_SCOPE_END);
  double x = m->margin + m->lane_pad;
  double y = m->margin + m->lane_pad;
  double fields_height = 0, fields_width = 0, title_width = 0, row_height = 0;
  double field_width = m->field_width;
  guint per_row;
  const char *title;

  if (is_set (kr_journey_get_title (journey)))
    layout->title = g_strdup (kr_journey_get_title (journey));

  if (layout->has_title)
    {
      title = layout->title ?: _("Untitled journey");
      title_width = kr_measure_width (ms, KR_STYLE_TEXT_TITLE, title, m->title_max_width,
                                      m->title_max_height);
      layout->title_rect = (KrRect) { x, y, title_width,
                                      kr_measure_text (ms, KR_STYLE_TEXT_TITLE, title,
                                                       m->title_max_width, m->title_max_height) };
      y += layout->title_rect.height;
    }
  else
    layout->title_rect = (KrRect) { x, y, 0, 0 };

  if (is_set (kr_journey_get_scope (journey, KR_SCOPE_CUSTOMER)))
    add_field (layout->fields, field_labels[0],
               g_strdup (kr_journey_get_scope (journey, KR_SCOPE_CUSTOMER)));
  if (is_set (kr_journey_get_scope (journey, KR_SCOPE_GOAL)))
    add_field (layout->fields, field_labels[1],
               g_strdup (kr_journey_get_scope (journey, KR_SCOPE_GOAL)));
  if (is_set (start) && is_set (end))
    add_field (layout->fields, field_labels[2], g_strdup_printf ("%s → %s", start, end));
  else if (is_set (start))
    add_field (layout->fields, field_labels[3], g_strdup (start));
  else if (is_set (end))
    add_field (layout->fields, field_labels[4], g_strdup (end));
  if (is_set (kr_journey_get_scope (journey, KR_SCOPE_OUT_OF_SCOPE)))
    add_field (layout->fields, field_labels[5],
               g_strdup (kr_journey_get_scope (journey, KR_SCOPE_OUT_OF_SCOPE)));

  per_row = MAX (layout->fields->len, 1);
  if (max_width > 0)
    {
      double room = max_width - 2 * m->lane_pad;

      /* As many fields a row as keep at least half their width. */
      while (per_row > 1 && per_row * (field_width / 2 + m->field_gap) - m->field_gap > room)
        per_row--;
      field_width = MIN (field_width, (room - (per_row - 1) * m->field_gap) / per_row);
    }

  if (layout->fields->len > 0 && layout->has_title)
    y += 14 * m->scale;
  for (guint i = 0; i < layout->fields->len; i++)
    {
      KrLayoutField *field = &g_array_index (layout->fields, KrLayoutField, i);
      double fx = x + (i % per_row) * (field_width + m->field_gap);
      double label_height, value_height;

      if (i > 0 && i % per_row == 0)
        {
          fields_height += row_height + 10 * m->scale;
          row_height = 0;
        }
      label_height = kr_measure_text (ms, KR_STYLE_TEXT_CAPTION,
                                      g_dgettext (GETTEXT_PACKAGE, field->label),
                                      field_width, 1);
      value_height = kr_measure_text (ms, KR_STYLE_TEXT_SCOPE, field->value,
                                      field_width, m->field_max_height);
      field->label_rect = (KrRect) { fx, y + fields_height, field_width, label_height };
      field->value_rect = (KrRect) { fx, y + fields_height + label_height + 4 * m->scale,
                                     field_width, value_height };
      row_height = MAX (row_height, label_height + 4 * m->scale + value_height);
      fields_width = MAX (fields_width, fx + field_width - x);
    }
  fields_height += row_height;

  *width = m->lane_pad + MAX (title_width, fields_width) + m->lane_pad;
  return y + fields_height + m->lane_pad - m->margin;
}

/* The "van … naar …" chips and the feeling text of one phase, relative to
 * the top left of the column's content; returns their height. */
static double
layout_feeling (const KrMetrics    *m,
                KrMeasure          *ms,
                KrPhase            *phase,
                double              width,
                KrLayoutPhaseExtra *extra)
{
  const char *ids[2] = { kr_phase_get_emotion_from (phase), kr_phase_get_emotion_to (phase) };
  double x = 0, y = 0, height = 0;

  extra->n_chips = 0;
  for (guint i = 0; i < 2; i++)
    {
      const KrEmotion *emotion = kr_emotion_lookup (ids[i]);
      double chip_width;

      if (emotion == NULL)
        continue;

      chip_width = kr_measure_width (ms, KR_STYLE_TEXT_CHIP, kr_emotion_get_name (emotion), -1, -1);
      chip_width = MIN (ceil (chip_width) + 2 * m->chip_pad, width);

      if (extra->n_chips == 1)
        {
          if (x + m->arrow_width + chip_width > width)
            {
              /* The arrow starts the second line, so the chips still read
               * as "from → to". */
              x = 0;
              y += m->chip_height + 6 * m->scale;
            }
          extra->arrow = (KrRect) { x, y, m->arrow_width, m->chip_height };
          x += m->arrow_width;
          chip_width = MIN (chip_width, width - x);
        }
      extra->emotions[extra->n_chips] = emotion;
      extra->chips[extra->n_chips++] = (KrRect) { x, y, chip_width, m->chip_height };
      x += chip_width;
      height = y + m->chip_height;
    }

  if (is_set (kr_phase_get_feeling (phase)))
    {
      double top = height > 0 ? height + 10 * m->scale : 0;
      double text_height = kr_measure_text (ms, KR_STYLE_TEXT_FEELING,
                                            kr_phase_get_feeling (phase), width,
                                            m->feeling_max_height);

      extra->feeling_text = (KrRect) { 0, top, width, text_height };
      height = top + text_height;
    }

  return height;
}

static void
offset_rect (KrRect *rect,
             double  dx,
             double  dy)
{
  if (rect->width > 0 || rect->height > 0)
    {
      rect->x += dx;
      rect->y += dy;
    }
}

KrLayout *
kr_layout_compute_full (KrJourney           *journey,
                        const KrStyle       *style,
                        const KrLayoutFrame *frame,
                        gboolean             fill)
{
  KrLayout *layout;
  KrMetrics *m;
  GListModel *phase_model;
  guint n_all, first, n_phases, n_slots = 0;
  PhaseNotes *notes;
  KrPhaseWork *work;
  KrMeasure *ms;
  gboolean framed;
  double header_width = 0, header_height = 0, x, y, activities_up = 0;
  double title_height = 0, feeling_height = 0, block[KR_NOTE_N_KINDS] = { 0 };
  double heights[KR_N_LANES];

  phase_model = kr_journey_get_phases (journey);
  n_all = g_list_model_get_n_items (phase_model);
  first = MIN (frame->first_phase, n_all);
  n_phases = n_all - first;
  if (frame->n_phases > 0)
    n_phases = MIN (n_phases, frame->n_phases);
  framed = frame->width > 0;

  layout = g_new0 (KrLayout, 1);
  layout->frame = *frame;
  layout->first_phase = first;
  layout->has_header = !(frame->flags & KR_LAYOUT_FRAME_NO_HEADER);
  layout->has_title = layout->has_header && !(frame->flags & KR_LAYOUT_FRAME_NO_TITLE);
  layout->style = kr_style_copy (style);
  if (frame->note_size > 0)
    kr_style_set_note_size (layout->style, frame->note_size);
  if (frame->min_text_size > 0)
    kr_style_set_min_text_size (layout->style, frame->min_text_size);
  layout->fields = g_array_new (FALSE, TRUE, sizeof (KrLayoutField));
  g_array_set_clear_func (layout->fields, layout_field_clear);
  layout->phases = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutPhase), n_phases);
  g_array_set_clear_func (layout->phases, layout_phase_clear);
  layout->extras = g_array_sized_new (FALSE, TRUE, sizeof (KrLayoutPhaseExtra), n_phases);
  layout->notes = g_array_new (FALSE, TRUE, sizeof (KrLayoutNote));
  g_array_set_clear_func (layout->notes, layout_note_clear);
  layout->note_index = g_hash_table_new (NULL, NULL);
  m = &layout->m;

  notes = collect_phase_notes (journey, first, n_phases);
  ms = kr_measure_begin (layout->style, m);
  if (framed)
    {
      guint useful = 0;

      for (guint p = 0; p < n_phases; p++)
        useful += kr_layout_useful_slots (notes[p].kinds);
      n_slots = kr_layout_frame_metrics (layout, ms, n_phases, useful);
    }
  if (layout->has_header)
    header_height = layout_header (layout, journey, ms, framed ? frame->width : 0, &header_width);
  /* A header with nothing to show takes no room. */
  if (!layout->has_title && layout->fields->len == 0)
    {
      layout->has_header = FALSE;
      header_height = header_width = 0;
    }

  /* Sizes first: the lanes are as tall as the tallest phase needs. */
  work = g_new0 (KrPhaseWork, MAX (n_phases, 1));
  g_array_set_size (layout->phases, n_phases);
  g_array_set_size (layout->extras, n_phases);
  for (guint p = 0; p < n_phases; p++)
    {
      KrPhaseWork *w = &work[p];
      KrLayoutPhase *lp = &g_array_index (layout->phases, KrLayoutPhase, p);

      lp->phase = g_list_model_get_item (phase_model, first + p);
      for (guint k = 0; k < KR_NOTE_N_KINDS; k++)
        {
          GArray *entries = notes[p].kinds[k];

          w->kinds[k] = g_array_sized_new (FALSE, TRUE, sizeof (KrPlaced), entries->len);
          for (guint i = 0; i < entries->len; i++)
            {
              KrPlaced placed = { g_array_index (entries, SortEntry, i).note };

              kr_measure_note (ms, placed.note, &placed.height, &placed.ellipsized);
              g_array_append_val (w->kinds[k], placed);
            }
        }
    }
  /* A frame's columns share its width as their notes need; activities are
   * placed once the valence step is known, below. */
  if (framed)
    kr_layout_frame_share (layout, ms, work, n_phases, n_slots);

  for (guint p = 0; p < n_phases; p++)
    {
      KrPhaseWork *w = &work[p];
      KrLayoutPhase *lp = &g_array_index (layout->phases, KrLayoutPhase, p);
      KrLayoutPhaseExtra *extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, p);
      double content, title_width;

      if (framed)
        content = w->content_width;
      else
        {
          content = place_activities (m, w->kinds[KR_NOTE_KIND_ACTIVITY]);
          for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
            content = MAX (content, row_width (m, w->kinds[k]->len));
          content = MAX (content, m->col_min_width - 2 * m->col_pad);
        }
      w->content_width = content;
      for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
        {
          w->block_height[k] = kr_layout_place_row (m, w->kinds[k], content);
          block[k] = MAX (block[k], w->block_height[k]);
        }

      title_width = content - m->badge_size - 10 * m->scale -
                    (kr_phase_get_moment_of_truth (lp->phase) ? m->star_size + 8 * m->scale : 0);
      w->title_height = kr_measure_text (ms, KR_STYLE_TEXT_PHASE,
                                         kr_phase_get_title (lp->phase) ?: "",
                                         title_width, m->phase_max_height);
      extra->title_text = (KrRect) { m->badge_size + 10 * m->scale, 0, title_width, w->title_height };
      title_height = MAX (title_height, MAX (w->title_height, m->badge_size));

      w->feeling_height = layout_feeling (m, ms, lp->phase, content, extra);
      feeling_height = MAX (feeling_height, w->feeling_height);

      switch (curve_point (lp->phase, notes[p].kinds[KR_NOTE_KIND_ACTIVITY], &lp->curve_value))
        {
        case KR_CURVE_POINT_EXPLICIT:
          break;
        case KR_CURVE_POINT_DERIVED:
          lp->curve_derived = TRUE;
          break;
        case KR_CURVE_POINT_NONE:
        default:
          lp->curve_gap = TRUE;
          break;
        }
    }
  kr_measure_end (ms);

  /* Lanes top to bottom. Rows of notes never shrink below one note, so
   * there is always a place to drop the first. */
  for (guint k = KR_NOTE_KIND_PAIN; k < KR_NOTE_N_KINDS; k++)
    block[k] = MAX (block[k], m->note_min_height);
  heights[KR_LANE_HEADER] = header_height;
  heights[KR_LANE_PHASES] = title_height + 2 * m->lane_pad;
  heights[KR_LANE_ACTIVITIES] = 2 * (-KR_VALENCE_MIN * m->valence_step +
                                     m->note_max_height / 2 + m->lane_pad);
  heights[KR_LANE_CURVE] = 2 * (-KR_CURVE_MIN * m->curve_step + m->curve_pad);
  heights[KR_LANE_FEELING] = MAX (feeling_height, m->chip_height) + 2 * m->lane_pad;
  heights[KR_LANE_RED_THREAD] = 2 * m->lane_pad + block[KR_NOTE_KIND_GAIN] + m->row_gap +
                                block[KR_NOTE_KIND_PAIN];
  heights[KR_LANE_IMPROVEMENTS] = 2 * m->lane_pad + block[KR_NOTE_KIND_IMPROVEMENT];
  if (framed)
    {
      double others = 0;

      for (guint l = 0; l < KR_N_LANES; l++)
        if (l != KR_LANE_ACTIVITIES)
          others += heights[l];
      if (fill && frame->height > 0)
        kr_layout_grow_valence_step (m, work, n_phases, frame->height - 2 * m->margin - others);
      heights[KR_LANE_ACTIVITIES] = kr_layout_place_framed_activities (m, work, n_phases,
                                                                       &activities_up);
    }

  x = m->margin + m->gutter;
  for (guint p = 0; p < n_phases; p++)
    x += work[p].content_width + 2 * m->col_pad + m->col_spare;
  if (n_phases == 0)
    x += framed ? frame->width - x : m->col_min_width;
  layout->width = MAX (x, m->margin + header_width) + m->margin;

  y = m->margin;
  for (guint l = 0; l < KR_N_LANES; l++)
    {
      layout->lanes[l] = (KrRect) { m->margin, y, layout->width - 2 * m->margin, heights[l] };
      y += heights[l];
    }
  layout->height = y + m->margin;
  layout->neutral_y = framed ? layout->lanes[KR_LANE_ACTIVITIES].y + activities_up
                             : layout->lanes[KR_LANE_ACTIVITIES].y + heights[KR_LANE_ACTIVITIES] / 2;
  layout->curve_zero_y = layout->lanes[KR_LANE_CURVE].y + heights[KR_LANE_CURVE] / 2;
  layout->gain_row = layout->lanes[KR_LANE_RED_THREAD];
  layout->gain_row.height = m->lane_pad + block[KR_NOTE_KIND_GAIN] + m->row_gap / 2;
  layout->pain_row = layout->gain_row;
  layout->pain_row.y += layout->gain_row.height;
  layout->pain_row.height = heights[KR_LANE_RED_THREAD] - layout->gain_row.height;

  /* Then every place. */
  x = m->margin + m->gutter;
  for (guint p = 0; p < n_phases; p++)
    {
      KrPhaseWork *w = &work[p];
      KrLayoutPhase *lp = &g_array_index (layout->phases, KrLayoutPhase, p);
      KrLayoutPhaseExtra *extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, p);
      double width = w->content_width + 2 * m->col_pad + m->col_spare;
      double cx = x + m->col_pad + m->col_spare / 2;
      const KrRect *phases_lane = &layout->lanes[KR_LANE_PHASES];
      const KrRect *feeling_lane = &layout->lanes[KR_LANE_FEELING];
      /* Lane order of the notes: activities, then gains above pains. */
      static const KrNoteKind kinds[] = {
        KR_NOTE_KIND_ACTIVITY, KR_NOTE_KIND_GAIN, KR_NOTE_KIND_PAIN, KR_NOTE_KIND_IMPROVEMENT,
      };

      lp->column = (KrRect) { x, phases_lane->y, width,
                              layout->lanes[KR_LANE_IMPROVEMENTS].y +
                              layout->lanes[KR_LANE_IMPROVEMENTS].height - phases_lane->y };
      lp->title = (KrRect) { x, phases_lane->y, width, phases_lane->height };
      lp->feeling = (KrRect) { x, feeling_lane->y, width, feeling_lane->height };
      lp->curve_x = x + width / 2;
      lp->curve_y = lp->curve_gap ? layout->curve_zero_y
                                  : layout->curve_zero_y - lp->curve_value * m->curve_step;

      extra->badge = (KrRect) { cx, phases_lane->y + m->lane_pad, m->badge_size, m->badge_size };
      offset_rect (&extra->title_text, cx, phases_lane->y + m->lane_pad);
      if (extra->title_text.height < m->badge_size)
        extra->title_text.y += (m->badge_size - extra->title_text.height) / 2;
      if (kr_phase_get_moment_of_truth (lp->phase))
        extra->star = (KrRect) { x + width - m->col_pad - m->star_size,
                                 phases_lane->y + m->lane_pad + (m->badge_size - m->star_size) / 2,
                                 m->star_size, m->star_size };
      for (guint i = 0; i < extra->n_chips; i++)
        offset_rect (&extra->chips[i], cx, feeling_lane->y + m->lane_pad);
      offset_rect (&extra->arrow, cx, feeling_lane->y + m->lane_pad);
      offset_rect (&extra->feeling_text, cx, feeling_lane->y + m->lane_pad);

      extra->first_note = layout->notes->len;
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          KrNoteKind kind = kinds[i];
          GArray *placed = w->kinds[kind];
          double top;

          if (kind == KR_NOTE_KIND_ACTIVITY)
            top = layout->neutral_y;
          else if (kind == KR_NOTE_KIND_GAIN)
            top = layout->lanes[KR_LANE_RED_THREAD].y + m->lane_pad;
          else if (kind == KR_NOTE_KIND_PAIN)
            top = layout->pain_row.y + m->row_gap / 2;
          else
            top = layout->lanes[KR_LANE_IMPROVEMENTS].y + m->lane_pad;

          for (guint j = 0; j < placed->len; j++)
            {
              const KrPlaced *pl = &g_array_index (placed, KrPlaced, j);
              KrLayoutNote note = {
                .note = g_object_ref (pl->note),
                .phase = p,
                .lane = kr_note_kind_to_lane (kind),
                .index = j,
                .rect = { cx + pl->dx, top + pl->dy, m->note_width, pl->height },
                .ellipsized = pl->ellipsized,
              };

              g_array_append_val (layout->notes, note);
              g_hash_table_insert (layout->note_index, pl->note,
                                   GUINT_TO_POINTER (layout->notes->len));
            }
          g_array_unref (placed);
        }
      extra->n_notes = layout->notes->len - extra->first_note;
      x += width;
    }

  phase_notes_free (notes, n_phases);
  g_free (work);

  if (first > 0)
    {
      g_autoptr(KrPhase) before = g_list_model_get_item (phase_model, first - 1);

      layout->curve_enters = kr_curve_point_for_phase (journey, before, &layout->curve_enter_value) !=
                             KR_CURVE_POINT_NONE;
    }
  if (first + n_phases < n_all && n_phases > 0)
    {
      g_autoptr(KrPhase) after = g_list_model_get_item (phase_model, first + n_phases);

      layout->curve_leaves = kr_curve_point_for_phase (journey, after, &layout->curve_leave_value) !=
                             KR_CURVE_POINT_NONE;
    }

  layout->fits = (frame->height <= 0 || layout->height <= frame->height + 0.01) &&
                 (!framed || (layout->width <= frame->width + 0.01 &&
                              m->note_width >= 0.66 * 184 * m->scale));
  return layout;
}

KrLayout *
kr_layout_compute (KrJourney     *journey,
                   const KrStyle *style)
{
  return kr_layout_compute_in_frame (journey, style, NULL);
}

KrLayout *
kr_layout_compute_in_frame (KrJourney           *journey,
                            const KrStyle       *style,
                            const KrLayoutFrame *frame)
{
  static const KrLayoutFrame screen = { 0 };

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  return kr_layout_compute_full (journey, style, frame != NULL ? frame : &screen, TRUE);
}

double
kr_layout_get_text_size (const KrLayout *layout,
                         KrStyleText     text)
{
  g_return_val_if_fail (layout != NULL, 0);

  return kr_style_get_text_size (layout->style, text);
}

guint
kr_layout_get_first_phase (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->first_phase;
}


void
kr_layout_free (KrLayout *layout)
{
  if (layout == NULL)
    return;

  g_free (layout->title);
  kr_style_free (layout->style);
  g_array_unref (layout->fields);
  g_array_unref (layout->phases);
  g_array_unref (layout->extras);
  g_array_unref (layout->notes);
  g_hash_table_unref (layout->note_index);
  g_free (layout);
}

/* --- Accessors ---------------------------------------------------------- */

double
kr_layout_get_width (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->width;
}

double
kr_layout_get_height (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->height;
}

KrRect
kr_layout_get_lane (const KrLayout *layout,
                    KrLane          lane)
{
  g_return_val_if_fail (layout != NULL, KR_RECT_EMPTY);
  g_return_val_if_fail (lane < KR_N_LANES, KR_RECT_EMPTY);

  return layout->lanes[lane];
}

KrRect
kr_layout_get_gutter_rect (const KrLayout *layout)
{
  const KrRect *first, *last;

  g_return_val_if_fail (layout != NULL, (KrRect) { 0 });

  first = &layout->lanes[KR_LANE_PHASES];
  last = &layout->lanes[KR_LANE_IMPROVEMENTS];
  return (KrRect) {
    first->x, first->y,
    layout->m.margin + layout->m.gutter - first->x, last->y + last->height - first->y,
  };
}

KrRect
kr_layout_get_title_rect (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, (KrRect) { 0 });

  return layout->title_rect;
}

double
kr_layout_get_neutral_y (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->neutral_y;
}

double
kr_layout_get_valence_step (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 1);

  return layout->m.valence_step;
}

double
kr_layout_get_curve_zero_y (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->curve_zero_y;
}

double
kr_layout_get_curve_step (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 1);

  return layout->m.curve_step;
}

double
kr_layout_curve_value_at (const KrLayout *layout,
                          double          y)
{
  g_return_val_if_fail (layout != NULL, 0);

  return CLAMP ((layout->curve_zero_y - y) / layout->m.curve_step, KR_CURVE_MIN, KR_CURVE_MAX);
}

guint
kr_layout_get_n_phases (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->phases->len;
}

const KrLayoutPhase *
kr_layout_get_phase (const KrLayout *layout,
                     guint           index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->phases->len, NULL);

  return &g_array_index (layout->phases, KrLayoutPhase, index);
}

const KrLayoutPhaseExtra *
kr_layout_get_phase_extra (const KrLayout *layout,
                           guint           index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->extras->len, NULL);

  return &g_array_index (layout->extras, KrLayoutPhaseExtra, index);
}

guint
kr_layout_get_n_notes (const KrLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->notes->len;
}

const KrLayoutNote *
kr_layout_get_note (const KrLayout *layout,
                    guint           index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->notes->len, NULL);

  return &g_array_index (layout->notes, KrLayoutNote, index);
}

const KrLayoutNote *
kr_layout_find_note (const KrLayout *layout,
                     KrNote         *note)
{
  guint index;

  g_return_val_if_fail (layout != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (layout->note_index, note));
  return index > 0 ? &g_array_index (layout->notes, KrLayoutNote, index - 1) : NULL;
}
