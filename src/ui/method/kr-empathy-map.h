/* kr-empathy-map.h: one persona and its empathy map (inleefschema)
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPATHY_MAP (kr_empathy_map_get_type ())
G_DECLARE_FINAL_TYPE (KrEmpathyMap, kr_empathy_map, KR, EMPATHY_MAP, AdwBin)

GtkWidget *kr_empathy_map_new         (void);
/* The persona shown, and where its changes go; NULL to let go. */
void       kr_empathy_map_set_persona (KrEmpathyMap *self,
                                       KrPersona    *persona,
                                       KrHistory    *history);
KrPersona *kr_empathy_map_get_persona (KrEmpathyMap *self);
/* Puts the cursor in the persona's name. */
void       kr_empathy_map_focus_name  (KrEmpathyMap *self);
/* The field of one part of the map, for tests. */
GtkWidget *kr_empathy_map_get_field   (KrEmpathyMap   *self,
                                       KrPersonaField  field);

G_END_DECLS
