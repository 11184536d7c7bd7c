/* kr-new-journey-dialog.h: what a new journey starts from
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

typedef enum
{
  KR_NEW_JOURNEY_SCHEMA,   /* the method's empty schema */
  KR_NEW_JOURNEY_SAMPLE,   /* "Ik wil mijn huis verduurzamen" */
  KR_NEW_JOURNEY_BLANK,
} KrNewJourney;

#define KR_TYPE_NEW_JOURNEY_DIALOG (kr_new_journey_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KrNewJourneyDialog, kr_new_journey_dialog, KR, NEW_JOURNEY_DIALOG,
                      AdwWindow)

/* The dialog emits ::chosen with the new journey, and closes. */
KrNewJourneyDialog *kr_new_journey_dialog_new (GtkWindow     *parent);
/* A new journey of @kind, from the templates in the resources; NULL with
 * @error set should a template not read. */
KrJourney          *kr_new_journey_create     (KrNewJourney   kind,
                                               GError       **error);

G_END_DECLS
