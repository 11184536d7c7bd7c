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

KrLayout            *kr_layout_compute        (KrJourney      *journey,
                                               const KrStyle  *style);
void                 kr_layout_free           (KrLayout       *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrLayout, kr_layout_free)

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
