/* kr-phase.c: one phase (column) of a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-phase"

#include "config.h"

#include <math.h>

#include "kr-model-private.h"
#include "kr-phase.h"

struct _KrPhase
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *emotion_from;
  char       *emotion_to;
  char       *feeling;
  double      curve;
  double      metrics[KR_N_METRICS];
  JsonObject *extra;
  JsonObject *metrics_extra;
  guint       has_curve : 1;
  guint       moment_of_truth : 1;
  guint       has_metric[KR_N_METRICS];
};

G_DEFINE_FINAL_TYPE (KrPhase, kr_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_EMOTION_FROM,
  PROP_EMOTION_TO,
  PROP_FEELING,
  PROP_HAS_CURVE,
  PROP_CURVE,
  PROP_MOMENT_OF_TRUTH,
  /* Each metric has a pair: has-<key> and <key>, in KrMetric order. */
  PROP_HAS_CES,
  PROP_CES,
  PROP_HAS_CSAT,
  PROP_CSAT,
  PROP_HAS_NPS,
  PROP_NPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *key;
  double      min;
  double      max;
} metric_info[KR_N_METRICS] = {
  /* Generous bounds that only catch absurd values: CES is asked on 1-5 or
   * 1-7 scales, CSAT on such scales or as a percentage, and NPS is the
   * percentage of promoters minus that of detractors. */
  { "ces", 0, 10 },
  { "csat", 0, 100 },
  { "nps", -100, 100 },
};

const char *
kr_metric_to_key (KrMetric metric)
{
  g_return_val_if_fail (metric < KR_N_METRICS, NULL);
  return metric_info[metric].key;
}

void
kr_metric_get_range (KrMetric  metric,
                     double   *min,
                     double   *max)
{
  g_return_if_fail (metric < KR_N_METRICS);
  *min = metric_info[metric].min;
  *max = metric_info[metric].max;
}

static void
kr_phase_finalize (GObject *object)
{
  KrPhase *self = (KrPhase *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->emotion_from, g_free);
  g_clear_pointer (&self->emotion_to, g_free);
  g_clear_pointer (&self->feeling, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->metrics_extra, json_object_unref);

  G_OBJECT_CLASS (kr_phase_parent_class)->finalize (object);
}

static void
kr_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KrPhase *self = KR_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EMOTION_FROM:
      g_value_set_string (value, self->emotion_from);
      break;
    case PROP_EMOTION_TO:
      g_value_set_string (value, self->emotion_to);
      break;
    case PROP_FEELING:
      g_value_set_string (value, self->feeling);
      break;
    case PROP_HAS_CURVE:
      g_value_set_boolean (value, self->has_curve);
      break;
    case PROP_CURVE:
      g_value_set_double (value, self->curve);
      break;
    case PROP_MOMENT_OF_TRUTH:
      g_value_set_boolean (value, self->moment_of_truth);
      break;
    case PROP_HAS_CES:
    case PROP_HAS_CSAT:
    case PROP_HAS_NPS:
      g_value_set_boolean (value, self->has_metric[(prop_id - PROP_HAS_CES) / 2]);
      break;
    case PROP_CES:
    case PROP_CSAT:
    case PROP_NPS:
      g_value_set_double (value, self->metrics[(prop_id - PROP_CES) / 2]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_has_metric (KrPhase  *self,
                KrMetric  metric,
                gboolean  has)
{
  has = !!has;
  if (self->has_metric[metric] == (guint)has)
    return;
  self->has_metric[metric] = has;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CES + 2 * metric]);
}

static void
set_metric_value (KrPhase  *self,
                  KrMetric  metric,
                  double    value)
{
  value = CLAMP (value, metric_info[metric].min, metric_info[metric].max);
  if (self->metrics[metric] == value)
    return;
  self->metrics[metric] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CES + 2 * metric]);
}

static void
kr_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KrPhase *self = KR_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      kr_phase_set_title (self, g_value_get_string (value));
      break;
    case PROP_EMOTION_FROM:
      kr_phase_set_emotion_from (self, g_value_get_string (value));
      break;
    case PROP_EMOTION_TO:
      kr_phase_set_emotion_to (self, g_value_get_string (value));
      break;
    case PROP_FEELING:
      kr_phase_set_feeling (self, g_value_get_string (value));
      break;
    case PROP_HAS_CURVE:
      kr_phase_set_has_curve (self, g_value_get_boolean (value));
      break;
    case PROP_CURVE:
      kr_phase_set_curve (self, g_value_get_double (value));
      break;
    case PROP_MOMENT_OF_TRUTH:
      kr_phase_set_moment_of_truth (self, g_value_get_boolean (value));
      break;
    case PROP_HAS_CES:
    case PROP_HAS_CSAT:
    case PROP_HAS_NPS:
      set_has_metric (self, (prop_id - PROP_HAS_CES) / 2, g_value_get_boolean (value));
      break;
    case PROP_CES:
    case PROP_CSAT:
    case PROP_NPS:
      set_metric_value (self, (prop_id - PROP_CES) / 2, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_phase_class_init (KrPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = kr_phase_finalize;
  object_class->get_property = kr_phase_get_property;
  object_class->set_property = kr_phase_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_EMOTION_FROM] = g_param_spec_string ("emotion-from", NULL, NULL, NULL, rw);
  properties[PROP_EMOTION_TO] = g_param_spec_string ("emotion-to", NULL, NULL, NULL, rw);
  properties[PROP_FEELING] = g_param_spec_string ("feeling", NULL, NULL, NULL, rw);
  properties[PROP_HAS_CURVE] = g_param_spec_boolean ("has-curve", NULL, NULL, FALSE, rw);
  properties[PROP_CURVE] =
    g_param_spec_double ("curve", NULL, NULL, KR_CURVE_MIN, KR_CURVE_MAX, 0, rw);
  properties[PROP_MOMENT_OF_TRUTH] =
    g_param_spec_boolean ("moment-of-truth", NULL, NULL, FALSE, rw);
  properties[PROP_HAS_CES] = g_param_spec_boolean ("has-ces", NULL, NULL, FALSE, rw);
  properties[PROP_CES] = g_param_spec_double ("ces", NULL, NULL, 0, 10, 0, rw);
  properties[PROP_HAS_CSAT] = g_param_spec_boolean ("has-csat", NULL, NULL, FALSE, rw);
  properties[PROP_CSAT] = g_param_spec_double ("csat", NULL, NULL, 0, 100, 0, rw);
  properties[PROP_HAS_NPS] = g_param_spec_boolean ("has-nps", NULL, NULL, FALSE, rw);
  properties[PROP_NPS] = g_param_spec_double ("nps", NULL, NULL, -100, 100, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_phase_init (KrPhase *self)
{
  self->title = g_strdup ("");
}

KrPhase *
kr_phase_new (const char *id,
              const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (KR_TYPE_PHASE,
                       "id", id,
                       "title", title ? title : "",
                       NULL);
}

KrPhase *
kr_phase_copy (KrPhase *self)
{
  KrPhase *copy;

  g_return_val_if_fail (KR_IS_PHASE (self), NULL);

  copy = kr_phase_new (self->id, self->title);
  copy->emotion_from = g_strdup (self->emotion_from);
  copy->emotion_to = g_strdup (self->emotion_to);
  copy->feeling = g_strdup (self->feeling);
  copy->has_curve = self->has_curve;
  copy->curve = self->curve;
  copy->moment_of_truth = self->moment_of_truth;
  for (guint i = 0; i < KR_N_METRICS; i++)
    {
      copy->has_metric[i] = self->has_metric[i];
      copy->metrics[i] = self->metrics[i];
    }
  /* Unknown keys are never edited, so the copy can share them. */
  kr_replace_extra (&copy->extra, self->extra);
  kr_replace_extra (&copy->metrics_extra, self->metrics_extra);

  return copy;
}

const char *
kr_phase_get_id (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NULL);
  return self->id;
}

const char *
kr_phase_get_title (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NULL);
  return self->title;
}

void
kr_phase_set_title (KrPhase    *self,
                    const char *title)
{
  g_return_if_fail (KR_IS_PHASE (self));

  if (kr_replace_string (&self->title, title ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
kr_phase_get_emotion_from (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NULL);
  return self->emotion_from;
}

void
kr_phase_set_emotion_from (KrPhase    *self,
                           const char *emotion_id)
{
  g_return_if_fail (KR_IS_PHASE (self));

  if (kr_replace_string (&self->emotion_from, emotion_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTION_FROM]);
}

const char *
kr_phase_get_emotion_to (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NULL);
  return self->emotion_to;
}

void
kr_phase_set_emotion_to (KrPhase    *self,
                         const char *emotion_id)
{
  g_return_if_fail (KR_IS_PHASE (self));

  if (kr_replace_string (&self->emotion_to, emotion_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTION_TO]);
}

const char *
kr_phase_get_feeling (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NULL);
  return self->feeling;
}

void
kr_phase_set_feeling (KrPhase    *self,
                      const char *feeling)
{
  g_return_if_fail (KR_IS_PHASE (self));

  if (kr_replace_string (&self->feeling, feeling))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEELING]);
}

gboolean
kr_phase_get_has_curve (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), FALSE);
  return self->has_curve;
}

void
kr_phase_set_has_curve (KrPhase  *self,
                        gboolean  has_curve)
{
  g_return_if_fail (KR_IS_PHASE (self));

  has_curve = !!has_curve;
  if (self->has_curve == (guint)has_curve)
    return;
  self->has_curve = has_curve;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CURVE]);
}

double
kr_phase_get_curve (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), 0);
  return self->curve;
}

void
kr_phase_set_curve (KrPhase *self,
                    double   curve)
{
  g_return_if_fail (KR_IS_PHASE (self));
  g_return_if_fail (isfinite (curve));

  curve = CLAMP (curve, KR_CURVE_MIN, KR_CURVE_MAX);
  if (self->curve == curve)
    return;
  self->curve = curve;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURVE]);
}

gboolean
kr_phase_get_moment_of_truth (KrPhase *self)
{
  g_return_val_if_fail (KR_IS_PHASE (self), FALSE);
  return self->moment_of_truth;
}

void
kr_phase_set_moment_of_truth (KrPhase  *self,
                              gboolean  moment_of_truth)
{
  g_return_if_fail (KR_IS_PHASE (self));

  moment_of_truth = !!moment_of_truth;
  if (self->moment_of_truth == (guint)moment_of_truth)
    return;
  self->moment_of_truth = moment_of_truth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOMENT_OF_TRUTH]);
}

gboolean
kr_phase_get_has_metric (KrPhase  *self,
                         KrMetric  metric)
{
  g_return_val_if_fail (KR_IS_PHASE (self), FALSE);
  g_return_val_if_fail (metric < KR_N_METRICS, FALSE);
  return self->has_metric[metric];
}

double
kr_phase_get_metric (KrPhase  *self,
                     KrMetric  metric)
{
  g_return_val_if_fail (KR_IS_PHASE (self), NAN);
  g_return_val_if_fail (metric < KR_N_METRICS, NAN);
  return self->has_metric[metric] ? self->metrics[metric] : NAN;
}

void
kr_phase_set_metric (KrPhase  *self,
                     KrMetric  metric,
                     double    value)
{
  g_return_if_fail (KR_IS_PHASE (self));
  g_return_if_fail (metric < KR_N_METRICS);

  if (isnan (value))
    {
      set_has_metric (self, metric, FALSE);
      return;
    }

  g_return_if_fail (isfinite (value));
  set_metric_value (self, metric, value);
  set_has_metric (self, metric, TRUE);
}

JsonObject *
kr_phase_get_extra (KrPhase *self)
{
  return self->extra;
}

void
kr_phase_set_extra (KrPhase    *self,
                    JsonObject *extra)
{
  kr_replace_extra (&self->extra, extra);
}

JsonObject *
kr_phase_get_metrics_extra (KrPhase *self)
{
  return self->metrics_extra;
}

void
kr_phase_set_metrics_extra (KrPhase    *self,
                            JsonObject *extra)
{
  kr_replace_extra (&self->metrics_extra, extra);
}
