/* kr-personas-page.h: the journey's personas, and the empathy map of each
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_PERSONAS_PAGE (kr_personas_page_get_type ())
G_DECLARE_FINAL_TYPE (KrPersonasPage, kr_personas_page, KR, PERSONAS_PAGE, AdwBin)

GtkWidget *kr_personas_page_new          (void);
void       kr_personas_page_set_document (KrPersonasPage *self,
                                          KrJourney      *journey,
                                          KrHistory      *history);
/* Shows the empathy map of @persona, or with NULL the list. */
void       kr_personas_page_show_persona (KrPersonasPage *self,
                                          KrPersona      *persona);
/* The map on show, for tests; NULL on the list. */
GtkWidget *kr_personas_page_get_map      (KrPersonasPage *self);

G_END_DECLS
