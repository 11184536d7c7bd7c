/* kr-phase.h: one phase (column) of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KR_CURVE_MIN (-5.0)
#define KR_CURVE_MAX 5.0

/* The customer-experience measures a phase may carry. */
typedef enum
{
  KR_METRIC_CES,
  KR_METRIC_CSAT,
  KR_METRIC_NPS,
} KrMetric;

#define KR_N_METRICS 3

#define KR_TYPE_PHASE (kr_phase_get_type ())
G_DECLARE_FINAL_TYPE (KrPhase, kr_phase, KR, PHASE, GObject)

KrPhase    *kr_phase_new                 (const char *id,
                                          const char *title);
KrPhase    *kr_phase_copy                (KrPhase    *self);
const char *kr_phase_get_id              (KrPhase    *self);
const char *kr_phase_get_title           (KrPhase    *self);
void        kr_phase_set_title           (KrPhase    *self,
                                          const char *title);
/* The dominant emotions, "van ... naar ...": ids from the emotion table. */
const char *kr_phase_get_emotion_from    (KrPhase    *self);
void        kr_phase_set_emotion_from    (KrPhase    *self,
                                          const char *emotion_id);
const char *kr_phase_get_emotion_to      (KrPhase    *self);
void        kr_phase_set_emotion_to      (KrPhase    *self,
                                          const char *emotion_id);
const char *kr_phase_get_feeling         (KrPhase    *self);
void        kr_phase_set_feeling         (KrPhase    *self,
                                          const char *feeling);
gboolean    kr_phase_get_has_curve       (KrPhase    *self);
void        kr_phase_set_has_curve       (KrPhase    *self,
                                          gboolean    has_curve);
double      kr_phase_get_curve           (KrPhase    *self);
void        kr_phase_set_curve           (KrPhase    *self,
                                          double      curve);
gboolean    kr_phase_get_moment_of_truth (KrPhase    *self);
void        kr_phase_set_moment_of_truth (KrPhase    *self,
                                          gboolean    moment_of_truth);
gboolean    kr_phase_get_has_metric      (KrPhase    *self,
                                          KrMetric    metric);
double      kr_phase_get_metric          (KrPhase    *self,
                                          KrMetric    metric);
/* Sets a metric; a NAN value clears it. */
void        kr_phase_set_metric          (KrPhase    *self,
                                          KrMetric    metric,
                                          double      value);

const char *kr_metric_to_key             (KrMetric    metric);
void        kr_metric_get_range          (KrMetric    metric,
                                          double     *min,
                                          double     *max);

G_END_DECLS
