/* kr-curve.c: the emotion curve's values and its smooth line
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-curve"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kr-curve.h"

double
kr_curve_activity_weight (KrNote *note)
{
  g_return_val_if_fail (KR_IS_NOTE (note), 1);

  /* A moment of truth makes or breaks the journey: it weighs double. */
  return kr_note_get_moment_of_truth (note) ? 2 : 1;
}

KrCurvePointKind
kr_curve_point_for_phase (KrJourney *journey,
                          KrPhase   *phase,
                          double    *value)
{
  g_autoptr(GPtrArray) activities = NULL;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), KR_CURVE_POINT_NONE);
  g_return_val_if_fail (KR_IS_PHASE (phase), KR_CURVE_POINT_NONE);

  if (kr_phase_get_has_curve (phase))
    return kr_curve_point_from_activities (phase, NULL, 0, value);

  activities = kr_journey_collect_notes (journey, kr_phase_get_id (phase), KR_NOTE_KIND_ACTIVITY);
  return kr_curve_point_from_activities (phase, (KrNote **) activities->pdata, activities->len,
                                         value);
}

KrCurvePointKind
kr_curve_point_from_activities (KrPhase  *phase,
                                KrNote  **activities,
                                guint     n_activities,
                                double   *value)
{
  double sum = 0, weight = 0;

  g_return_val_if_fail (KR_IS_PHASE (phase), KR_CURVE_POINT_NONE);
  g_return_val_if_fail (activities != NULL || n_activities == 0, KR_CURVE_POINT_NONE);

  if (kr_phase_get_has_curve (phase))
    {
      *value = kr_phase_get_curve (phase);
      return KR_CURVE_POINT_EXPLICIT;
    }

  for (guint i = 0; i < n_activities; i++)
    {
      KrNote *note = activities[i];
      double w = kr_curve_activity_weight (note);

      if (!kr_note_get_has_valence (note))
        continue;
      sum += w * kr_note_get_valence (note);
      weight += w;
    }

  if (weight == 0)
    return KR_CURVE_POINT_NONE;

  *value = CLAMP (sum / weight, KR_CURVE_MIN, KR_CURVE_MAX);
  return KR_CURVE_POINT_DERIVED;
}

gboolean
kr_curve_suggest_from_emotions (KrPhase *phase,
                                double  *value)
{
  const KrEmotion *from, *to;
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (KR_IS_PHASE (phase), FALSE);

  from = kr_emotion_lookup (kr_phase_get_emotion_from (phase));
  to = kr_emotion_lookup (kr_phase_get_emotion_to (phase));
  if (from != NULL)
    {
      sum += from->valence;
      n++;
    }
  if (to != NULL)
    {
      sum += to->valence;
      n++;
    }
  if (n == 0)
    return FALSE;

  *value = CLAMP (round (sum / n), KR_CURVE_MIN, KR_CURVE_MAX);
  return TRUE;
}

KrCommand *
kr_curve_apply_suggestions (KrJourney *journey)
{
  GListModel *phases;
  g_autoptr(GPtrArray) commands = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  phases = kr_journey_get_phases (journey);
  n = g_list_model_get_n_items (phases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      double value;

      if (!kr_curve_suggest_from_emotions (phase, &value))
        continue;
      if (kr_phase_get_has_curve (phase) && kr_phase_get_curve (phase) == value)
        continue;
      g_ptr_array_add (commands, kr_set_command_new (phase, NULL, "has-curve", TRUE,
                                                     "curve", value, NULL));
    }

  if (commands->len == 0)
    return NULL;
  return kr_group_command_new (_("Suggest Curve from Emotions"), commands);
}

guint
kr_curve_face_band (double value)
{
  if (value <= -3)
    return 0;
  if (value < -1)
    return 1;
  if (value <= 1)
    return 2;
  if (value < 3)
    return 3;
  return 4;
}

void
kr_curve_monotone_tangents (const KrCurvePoint *points,
                            guint               n,
                            double             *tangents)
{
  g_autofree double *slopes = NULL;

  g_return_if_fail (points != NULL || n == 0);

  if (n == 0)
    return;
  if (n == 1)
    {
      tangents[0] = 0;
      return;
    }

  slopes = g_new (double, n - 1);
  for (guint i = 0; i + 1 < n; i++)
    {
      double dx = points[i + 1].x - points[i].x;
      slopes[i] = dx > 0 ? (points[i + 1].y - points[i].y) / dx : 0;
    }

  /* Ends take the slope of their piece; inner points the mean of both, or
   * zero at a peak or a valley, so the line turns exactly at the point. */
  tangents[0] = slopes[0];
  tangents[n - 1] = slopes[n - 2];
  for (guint i = 1; i + 1 < n; i++)
    tangents[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;

  /* Fritsch–Carlson: limit the tangents so that no piece overshoots. */
  for (guint i = 0; i + 1 < n; i++)
    {
      double a, b, h;

      if (slopes[i] == 0)
        {
          tangents[i] = 0;
          tangents[i + 1] = 0;
          continue;
        }
      a = tangents[i] / slopes[i];
      b = tangents[i + 1] / slopes[i];
      h = a * a + b * b;
      if (h > 9)
        {
          double t = 3 / sqrt (h);

          tangents[i] = t * a * slopes[i];
          tangents[i + 1] = t * b * slopes[i];
        }
    }
}

void
kr_curve_segment_controls (const KrCurvePoint *points,
                           const double       *tangents,
                           guint               i,
                           KrCurvePoint       *c1,
                           KrCurvePoint       *c2)
{
  double dx = points[i + 1].x - points[i].x;

  /* A cubic Hermite piece as a Bézier: control points a third of the way
   * along each end's tangent. */
  c1->x = points[i].x + dx / 3;
  c1->y = points[i].y + tangents[i] * dx / 3;
  c2->x = points[i + 1].x - dx / 3;
  c2->y = points[i + 1].y - tangents[i + 1] * dx / 3;
}

double
kr_curve_evaluate (const KrCurvePoint *points,
                   const double       *tangents,
                   guint               n,
                   double              x)
{
  guint i = 0;
  double h, t, t2, t3;

  g_return_val_if_fail (n > 0, 0);

  if (n == 1 || x <= points[0].x)
    return points[0].y;
  if (x >= points[n - 1].x)
    return points[n - 1].y;

  while (i + 2 < n && x > points[i + 1].x)
    i++;

  h = points[i + 1].x - points[i].x;
  t = (x - points[i].x) / h;
  t2 = t * t;
  t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * points[i].y + (t3 - 2 * t2 + t) * h * tangents[i] +
         (-2 * t3 + 3 * t2) * points[i + 1].y + (t3 - t2) * h * tangents[i + 1];
}
