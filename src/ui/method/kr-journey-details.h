/* kr-journey-details.h: the journey's title, reason and scope, and what
 * kind of journey it is
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_JOURNEY_DETAILS (kr_journey_details_get_type ())
G_DECLARE_FINAL_TYPE (KrJourneyDetails, kr_journey_details, KR, JOURNEY_DETAILS, AdwBin)

GtkWidget *kr_journey_details_new          (void);
/* The journey shown and the history its changes go to; both or neither. */
void       kr_journey_details_set_document (KrJourneyDetails *self,
                                            KrJourney        *journey,
                                            KrHistory        *history);
/* Puts the cursor in the field of a scope question, or with @field -1 in
 * the title, scrolled into view. */
void       kr_journey_details_focus_field  (KrJourneyDetails *self,
                                            int               field);

G_END_DECLS
