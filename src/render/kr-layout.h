/* kr-layout.h: where everything of a journey map goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kr_layout_compute () is a pure function of a journey and a style: it
 * places the phase columns and the lanes of the journey schema (scope
 * header, phase titles, activities around the neutral line, emotion curve,
 * feeling, red thread, improvements) and every note in them, in map units
 * (pixels at 100 % zoom). The painter draws a layout; the canvas hit-tests
 * it. Nothing here knows about widgets.
 *
 * One engine lays out the map for every place it is shown. The screen map
 * is as wide as its phases ask; paper and a projector give it a frame
 * instead (kr_layout_compute_in_frame ()): a width the columns share, a
 * height to fill, a size for the words, and which phases to show.
 */
#pragma once

#include <pango/pango.h>

#include "kr-model.h"
#include "kr-style.h"

G_BEGIN_DECLS

typedef enum
{
  KR_LANE_HEADER,        /* scope: title, customer, goal, start and end, out of scope */
  KR_LANE_PHASES,        /* phase titles, ★ for a phase that is a moment of truth */
  KR_LANE_ACTIVITIES,    /* notes above and below the neutral line */
  KR_LANE_CURVE,         /* the emotion curve, -5..+5 */
  KR_LANE_FEELING,       /* "van … naar …" emotions and "Ik voel me …" */
  KR_LANE_RED_THREAD,    /* a row of gains (fijn) above a row of pains (pijn) */
  KR_LANE_IMPROVEMENTS,  /* verbeteren / kansen */
} KrLane;

#define KR_N_LANES 7

typedef struct
{
  double x, y, width, height;
} KrRect;

static inline gboolean
kr_rect_intersects (const KrRect *a,
                    const KrRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static inline gboolean
kr_rect_contains (const KrRect *r,
                  double        x,
                  double        y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

typedef struct
{
  KrNote     *note;          /* borrowed from the journey */
  guint       phase;         /* index of its phase column */
  KrLane      lane;
  guint       index;         /* position in its phase and lane, left to right;
                              * the red thread counts its gains and its pains
                              * apart, as `order` does */
  KrRect      rect;
  gboolean    ellipsized;    /* the text did not fit the largest note */
} KrLayoutNote;

typedef struct
{
  KrPhase    *phase;         /* borrowed */
  KrRect      column;        /* the whole column, top of the phase lane to the bottom */
  KrRect      title;         /* the title cell in the phase lane */
  KrRect      feeling;       /* the cell in the feeling lane */
  /* The emotion curve point of this phase, in map units. */
  double      curve_x;
  double      curve_y;
  double      curve_value;   /* -5..+5 */
  gboolean    curve_derived; /* from the activities, not set by the user */
  gboolean    curve_gap;     /* no value and no activities: no point */
} KrLayoutPhase;

typedef struct _KrLayout KrLayout;

/* The screen map: each phase as wide as its notes ask, at the style's font
 * size, every phase and the scope header. */
KrLayout            *kr_layout_compute        (KrJourney      *journey,
                                               const KrStyle  *style);
void                 kr_layout_free           (KrLayout       *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrLayout, kr_layout_free)

typedef enum
{
  KR_LAYOUT_FRAME_NO_HEADER = 1 << 0, /* no scope header: the page or screen has its own heading */
  KR_LAYOUT_FRAME_NO_TITLE  = 1 << 1, /* the header's scope summary without the journey's title */
} KrLayoutFrameFlags;

/* What a map is laid out for, when it is not the screen map. All in map
 * units: points for paper, pixels for a screen. A zeroed frame
 * (KR_LAYOUT_FRAME_INIT) lays out as kr_layout_compute () does; set only
 * what the target needs.
 *
 * - @width: the map is exactly this wide (unless the lane names alone are
 *   wider). The phase columns share what the lane names leave, a crowded
 *   phase getting more of it, and the notes narrow or widen to fill their
 *   column, one or more side by side: the journey reflows rather than
 *   scales.
 *   Activities keep their side of the neutral line and come as close to
 *   their valence as the column's room allows; where two would meet, the
 *   later one moves away from the line. The map has no margin of its own:
 *   the frame is the area to fill.
 * - @height: with a width, the height to fill. The activities lane grows
 *   (their valence steps widen, up to those of the screen map) to use what
 *   the other lanes leave. A map never shrinks to fit: kr_layout_fits ()
 *   tells whether it did, and kr_layout_fit () finds the largest
 *   @note_size that does.
 * - @note_size: the size of a note's words; every other size and distance
 *   follows, as the style's font size would make them. 0 keeps the style's.
 * - @min_text_size: no text smaller than this (lane names, a note's
 *   channel, scale labels), whatever its role, unless the notes' words
 *   are smaller still; 0 for none.
 * - @first_phase, @n_phases: the part of the journey to show, for a map
 *   over several pages or one phase in the spotlight. @n_phases 0 means to
 *   the last phase. Phase numbers stay the journey's.
 * - @flags: KrLayoutFrameFlags.
 */
typedef struct
{
  double             width;
  double             height;
  double             note_size;
  double             min_text_size;
  guint              first_phase;
  guint              n_phases;
  KrLayoutFrameFlags flags;
} KrLayoutFrame;

#define KR_LAYOUT_FRAME_INIT ((KrLayoutFrame) { 0 })

/* @frame may be NULL: the screen map. */
KrLayout            *kr_layout_compute_in_frame (KrJourney           *journey,
                                                 const KrStyle       *style,
                                                 const KrLayoutFrame *frame);
/* Whether @layout fits the frame it was computed for: no wider than it,
 * no taller than its height (if it has one), and no note narrower than
 * about two thirds of its width on the screen map, where words would
 * start to break. */
gboolean             kr_layout_fits             (const KrLayout      *layout);
/* The layout in @frame with the largest note size from @max_size down to
 * @min_size at which it fits, tried in steps of @step (a tenth of a point
 * suits print; each size tried is fonts to load, so a screen may take
 * whole pixels). If none fits, the one at @min_size: the caller decides
 * whether to split the journey (fewer phases a frame) or to scale it.
 * Hit tests and drop targets work on a framed layout as on the screen
 * map, though a framed column's activities are not in time order left to
 * right. */
KrLayout            *kr_layout_fit              (KrJourney           *journey,
                                                 const KrStyle       *style,
                                                 const KrLayoutFrame *frame,
                                                 double               min_size,
                                                 double               max_size,
                                                 double               step);
/* The size of a note's words in this layout, in map units, and of any
 * other role of text: what a reader of the map at 100 % sees. */
double               kr_layout_get_text_size    (const KrLayout      *layout,
                                                 KrStyleText          text);
/* The journey's index of the layout's first phase column: 0 unless the
 * frame showed a part. */
guint                kr_layout_get_first_phase  (const KrLayout      *layout);

/* The whole map. */
double               kr_layout_get_width      (const KrLayout *layout);
double               kr_layout_get_height     (const KrLayout *layout);
/* A lane across the whole width. */
KrRect               kr_layout_get_lane       (const KrLayout *layout,
                                               KrLane          lane);
/* The y of the neutral line, and map units per step of valence. */
/* The column of lane names at the left of the board, from the top of the
 * phase titles to the bottom of the improvements. */
KrRect               kr_layout_get_gutter_rect (const KrLayout *layout);
/* The journey's title, as far as its text reaches. */
KrRect               kr_layout_get_title_rect (const KrLayout *layout);
double               kr_layout_get_neutral_y  (const KrLayout *layout);
double               kr_layout_get_valence_step (const KrLayout *layout);
/* The y of 0 on the emotion curve's scale, map units per step of it, and
 * the value (clamped to -5..+5) at a y, for dragging a curve point. */
double               kr_layout_get_curve_zero_y (const KrLayout *layout);
double               kr_layout_get_curve_step (const KrLayout *layout);
double               kr_layout_curve_value_at (const KrLayout *layout,
                                               double          y);

guint                kr_layout_get_n_phases   (const KrLayout *layout);
const KrLayoutPhase *kr_layout_get_phase      (const KrLayout *layout,
                                               guint           index);
/* The notes in reading order: by phase, then activities, gains, pains and
 * improvements, each left to right. */
guint                kr_layout_get_n_notes    (const KrLayout *layout);
const KrLayoutNote  *kr_layout_get_note       (const KrLayout *layout,
                                               guint           index);
const KrLayoutNote  *kr_layout_find_note      (const KrLayout *layout,
                                               KrNote         *note);

/* Hit tests, in map units. */
const KrLayoutNote  *kr_layout_note_at        (const KrLayout *layout,
                                               double          x,
                                               double          y);
/* The phase column under @x, or -1 left of the first and past the last. */
int                  kr_layout_phase_at       (const KrLayout *layout,
                                               double          x);
KrLane               kr_layout_lane_at        (const KrLayout *layout,
                                               double          y);

/* A layout part of the way from @from to @to (0 to 1): what both hold,
 * notes, phases and lanes, where it was and where it goes; what only @to
 * holds, at its place. For sliding the map to a new layout. */
KrLayout            *kr_layout_blend          (const KrLayout *from,
                                               const KrLayout *to,
                                               double          t);
/* Whether a note or a phase column of @from stands elsewhere in @to. */
gboolean             kr_layout_moved          (const KrLayout *from,
                                               const KrLayout *to);

/* Where a note of @kind dropped with its centre at (@x, @y) lands: the
 * phase, the lane's kind (the red thread has a row of gains above a row of
 * pains; a drop on a lane of notes takes that lane's kind, elsewhere the
 * note keeps @kind), the index among the other notes of that phase and
 * kind (left to right, not counting @moving), and for an activity the
 * valence, snapped to whole steps. */
typedef struct
{
  guint      phase;
  KrNoteKind kind;
  guint      index;
  double     valence;
  KrRect     indicator;      /* where to draw the drop feedback */
} KrDropTarget;

gboolean             kr_layout_drop_target    (const KrLayout *layout,
                                               KrNoteKind      kind,
                                               GPtrArray      *moving,
                                               double          x,
                                               double          y,
                                               KrDropTarget   *target);

G_END_DECLS
