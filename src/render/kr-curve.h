/* kr-curve.h: the emotion curve's values and its smooth line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-model.h"

G_BEGIN_DECLS

typedef enum
{
  KR_CURVE_POINT_NONE,      /* no value and no activities: a gap, never invented */
  KR_CURVE_POINT_DERIVED,   /* from the phase's activities; drawn hollow */
  KR_CURVE_POINT_EXPLICIT,  /* the phase's own "curve" value */
} KrCurvePointKind;

/* How much an activity's valence counts in its phase's curve point. */
double           kr_curve_activity_weight       (KrNote     *note);
/* The curve point of @phase: its own value, or else the mean valence of its
 * activities, weighed by kr_curve_activity_weight (). */
KrCurvePointKind kr_curve_point_for_phase       (KrJourney  *journey,
                                                 KrPhase    *phase,
                                                 double     *value);
/* The same, from @phase's activities as the caller already has them. */
KrCurvePointKind kr_curve_point_from_activities (KrPhase    *phase,
                                                 KrNote    **activities,
                                                 guint       n_activities,
                                                 double     *value);
/* A suggestion from the phase's chosen emotions: the mean of their
 * valences, in whole steps. FALSE when the phase has no emotions. */
gboolean         kr_curve_suggest_from_emotions (KrPhase    *phase,
                                                 double     *value);
/* One command that sets every phase with emotions to its suggestion;
 * NULL when nothing would change. */
KrCommand       *kr_curve_apply_suggestions     (KrJourney  *journey);

/* The five bands of the paper schema's faces, 0 (very unhappy) to 4 (very
 * happy). */
guint            kr_curve_face_band             (double      value);

typedef struct
{
  double x, y;
} KrCurvePoint;

/* Tangents for a monotone cubic (Fritsch–Carlson) through @n points with
 * increasing x: the line never overshoots between two points, so a curve
 * never shows a feeling no phase has. */
void             kr_curve_monotone_tangents     (const KrCurvePoint *points,
                                                 guint               n,
                                                 double             *tangents);
/* The Bézier control points of the piece from point @i to point @i + 1. */
void             kr_curve_segment_controls      (const KrCurvePoint *points,
                                                 const double       *tangents,
                                                 guint               i,
                                                 KrCurvePoint       *c1,
                                                 KrCurvePoint       *c2);
/* The line's y at @x, between the first and the last point. */
double           kr_curve_evaluate              (const KrCurvePoint *points,
                                                 const double       *tangents,
                                                 guint               n,
                                                 double              x);

G_END_DECLS
