/* kr-layout-private.h: what the layout and the painter share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "kr-layout.h"

G_BEGIN_DECLS

typedef struct _KrMeasure KrMeasure;

/* Every distance of a map, in map units, already multiplied by the style's
 * scale. The painter draws with the numbers the layout placed with, so a
 * note's text always fits the rectangle the layout gave it. */
typedef struct
{
  double scale;
  double margin;          /* around the whole map */
  double gutter;          /* left of the first column: lane captions, scales */
  double lane_pad;        /* inside a lane, above and below its content */
  double col_pad;         /* inside a column, left and right */
  double col_min_width;
  double note_width;
  double note_min_height;
  double note_max_height;
  double note_pad_x;
  double note_pad_y;
  double note_gap;        /* between two notes side by side or stacked */
  double note_step;       /* least advance from one activity to the next */
  double note_radius;
  double icon_size;       /* kind icon on the first line of a note */
  double icon_gap;
  double star_size;       /* the ★ of a moment of truth */
  double footer_gap;
  double footer_height;   /* measured: one line of small text */
  double note_line_height; /* measured: one line of a note's words */
  double valence_step;
  double curve_step;
  double curve_pad;
  double badge_size;      /* the phase number */
  double chip_height;
  double chip_pad;
  double arrow_width;     /* "→" between two emotion chips */
  double row_gap;         /* between the gains and the pains of the red thread */
  double field_width;     /* one item of the scope summary */
  double field_gap;
  double title_max_width;
  /* Caps on the height of text that may be long: so many lines, then "…". */
  double title_max_height;
  double field_max_height;
  double phase_max_height;
  double feeling_max_height;
  double col_spare;       /* framed: room a column has beside its notes */
} KrMetrics;

/* What a phase column needs beyond the public KrLayoutPhase. */
typedef struct
{
  guint                first_note;   /* its notes are contiguous in the layout */
  guint                n_notes;
  KrRect               badge;
  KrRect               title_text;
  KrRect               star;         /* empty unless a moment of truth */
  guint                n_chips;
  const KrEmotion     *emotions[2];
  KrRect               chips[2];
  KrRect               arrow;        /* empty with fewer than two chips */
  KrRect               feeling_text; /* empty without a feeling */
} KrLayoutPhaseExtra;

/* One item of the scope summary in the header. */
typedef struct
{
  const char *label;       /* untranslated, for g_dgettext () */
  char       *value;
  KrRect      label_rect;
  KrRect      value_rect;
} KrLayoutField;

struct _KrLayout
{
  KrMetrics   m;
  KrStyle    *style;          /* the style measured with: the caller's, with the frame's sizes */
  KrLayoutFrame frame;        /* all 0 for the screen map */
  guint       first_phase;    /* the journey's index of the first column */
  gboolean    has_header;
  gboolean    has_title;      /* the header shows the journey's title */
  gboolean    fits;           /* see kr_layout_fits () */
  double      width;
  double      height;
  KrRect      lanes[KR_N_LANES];
  double      neutral_y;
  double      curve_zero_y;
  /* A part of the journey: the emotion curve comes in from the phase
   * before it and goes on to the one after, where those have a point. */
  gboolean    curve_enters;
  gboolean    curve_leaves;
  double      curve_enter_value;
  double      curve_leave_value;
  KrRect      gain_row;       /* the two rows of the red thread, full width */
  KrRect      pain_row;
  char       *title;          /* NULL when the journey has none */
  KrRect      title_rect;
  GArray     *fields;         /* KrLayoutField */
  GArray     *phases;         /* KrLayoutPhase */
  GArray     *extras;         /* KrLayoutPhaseExtra, parallel to phases */
  GArray     *notes;          /* KrLayoutNote, grouped by phase, then lane */
  GHashTable *note_index;     /* KrNote → index + 1 */
};

/* While a layout is computed: a note before it gets its place. */
typedef struct
{
  KrNote  *note;
  double   height;
  gboolean ellipsized;
  double   dx;      /* from the left of the column's content */
  double   dy;      /* activities: top, from the neutral line; rows: from the row's top */
} KrPlaced;

/* While a layout is computed: a phase column. */
typedef struct
{
  GArray  *kinds[KR_NOTE_N_KINDS];  /* KrPlaced */
  guint    slots;                   /* framed: notes side by side */
  double   content_width;
  double   block_height[KR_NOTE_N_KINDS];
  double   title_height;
  double   feeling_height;
} KrPhaseWork;

/* Places a row lane's notes (pains, gains, improvements) left to right,
 * wrapping at @width; returns their height. */
double        kr_layout_place_row           (const KrMetrics    *m,
                                             GArray             *placed,
                                             double              width);

/* A frame's distances (kr-layout-frame.c): what paper and projectors
 * change of the screen map's metrics, once the fonts are known. Returns
 * how many notes sit side by side across all the columns, no more than
 * @useful_slots (the sum of kr_layout_useful_slots ()). */
guint         kr_layout_frame_metrics       (KrLayout           *layout,
                                             KrMeasure          *ms,
                                             guint               n_phases,
                                             guint               useful_slots);
/* A column needs no more notes side by side than its fullest lane has. */
guint         kr_layout_useful_slots        (GArray *const       kinds[KR_NOTE_N_KINDS]);
/* Shares @n_slots among the columns, at least one each, where they make
 * the map least tall; sets each column's slots and content width. The
 * columns' phases must be set. */
void          kr_layout_frame_share         (KrLayout           *layout,
                                             KrMeasure          *ms,
                                             KrPhaseWork        *work,
                                             guint               n_phases,
                                             guint               n_slots);
/* The activities of every column of a framed layout at its valence step;
 * returns the lane's height and, in @up, how far it reaches above the
 * neutral line. */
double        kr_layout_place_framed_activities (const KrMetrics *m,
                                                 KrPhaseWork     *work,
                                                 guint            n_phases,
                                                 double          *up);
/* Widens a framed layout's valence step as far as the activities lane then
 * fits @room. */
void          kr_layout_grow_valence_step   (KrMetrics          *m,
                                             KrPhaseWork        *work,
                                             guint               n_phases,
                                             double              room);
/* kr_layout_compute_in_frame (), filling the frame's height or not: what
 * fitting a size needs to know does not depend on the filling. */
KrLayout     *kr_layout_compute_full        (KrJourney          *journey,
                                             const KrStyle      *style,
                                             const KrLayoutFrame *frame,
                                             gboolean            fill);
/* Activities in a column of @n_slots notes side by side (see
 * KrLayoutFrame); returns how far the notes reach above the neutral line
 * (@up) and below it (@down). */
void          kr_layout_place_in_slots      (const KrMetrics    *m,
                                             GArray             *placed,
                                             guint               n_slots,
                                             double             *up,
                                             double             *down);

/* The caption of a lane in the gutter, translated; NULL for the header. */
const char   *kr_lane_caption               (KrLane              lane);

/* Where a note's words and its footer go inside its rectangle. */
typedef struct
{
  double   x;
  double   y;
  double   width;
  double   indent;        /* of the first line, to make room for the kind icon */
  double   max_height;    /* > 0 when the text is cut to fit */
  gboolean has_footer;
  double   footer_y;
} KrNoteBox;

/* Line heights, uppercase captions and the like all depend on the font, so
 * the metrics are measured with the context the text is drawn with. */
void          kr_metrics_init               (KrMetrics          *m,
                                             const KrStyle      *style,
                                             PangoContext       *context);
void          kr_note_box                   (const KrMetrics    *m,
                                             KrNote             *note,
                                             const KrRect       *rect,
                                             gboolean            ellipsized,
                                             KrNoteBox          *box);
/* How much of a note's words is laid out: all but the absurdly long. */
gsize         kr_note_text_length           (const char         *text);
gboolean      kr_note_has_footer            (KrNote             *note);
gboolean      kr_note_kind_has_icon         (KrNoteKind          kind);
KrLane        kr_note_kind_to_lane          (KrNoteKind          kind);
/* A context that measures and draws the same at every zoom and on every
 * surface: no hinting, no rounding of glyph positions to pixels. */
PangoContext *kr_render_create_context      (void);
/* @text with what no installed font can draw replaced by "�", or NULL when
 * every character can be drawn as it is. */
char         *kr_render_fallback_text       (PangoContext       *context,
                                             const PangoFontDescription *font,
                                             const char         *text,
                                             gssize              length);
/* pango_layout_set_text () and _set_markup () with that fallback: every
 * text of a map or a handout goes in through these. */
void          kr_render_set_text            (PangoLayout        *layout,
                                             const char         *text,
                                             gssize              length);
void          kr_render_set_markup          (PangoLayout        *layout,
                                             const char         *markup);
gboolean      kr_render_layout_is_rtl       (PangoLayout        *layout);
void          kr_render_setup_layout_text   (PangoLayout        *layout,
                                             const PangoFontDescription *font,
                                             double              width,
                                             double              indent,
                                             double              max_height);

/* Measuring text for a layout. Between begin and end a lock is held: one
 * context and one PangoLayout serve every thread, and note heights are
 * kept from one layout to the next (the same text, font and width always
 * measure the same, so the layout stays a pure function). */
KrMeasure    *kr_measure_begin              (const KrStyle      *style,
                                             KrMetrics          *m);
void          kr_measure_end                (KrMeasure          *ms);
double        kr_measure_text               (KrMeasure          *ms,
                                             KrStyleText         font,
                                             const char         *text,
                                             double              width,
                                             double              max_height);
double        kr_measure_width              (KrMeasure          *ms,
                                             KrStyleText         font,
                                             const char         *text,
                                             double              max_width,
                                             double              max_height);
void          kr_measure_note               (KrMeasure          *ms,
                                             KrNote             *note,
                                             double             *height,
                                             gboolean           *ellipsized);
/* After the metrics of the measure changed (a frame's note width). */
void          kr_measure_update             (KrMeasure          *ms);
/* The widest run of @text that may not be broken across lines (a word, in
 * most languages), in @font with @layout's attributes. */
double        kr_caption_widest_run         (PangoLayout        *layout,
                                             const PangoFontDescription *font,
                                             const char         *text);
/* The letter spacing of captions, in Pango units, at @scale. */
PangoAttrList *kr_caption_attributes        (double              scale);
/* The widest unbreakable run of @caption as the painter sets it: in upper
 * case, spaced out. */
double        kr_measure_caption_run        (KrMeasure          *ms,
                                             const char         *caption);

const KrLayoutPhaseExtra *kr_layout_get_phase_extra (const KrLayout *layout,
                                                     guint           index);


#define KR_RECT_EMPTY ((KrRect) { 0, 0, 0, 0 })

G_END_DECLS
