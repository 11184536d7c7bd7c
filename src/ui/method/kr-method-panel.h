/* kr-method-panel.h: the side panel beside the map: the journey's details,
 * its personas and the method coach
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-canvas.h"
#include "kr-model.h"

G_BEGIN_DECLS

typedef enum
{
  KR_METHOD_PAGE_DETAILS,
  KR_METHOD_PAGE_PERSONAS,
  KR_METHOD_PAGE_COACH,
} KrMethodPage;

#define KR_TYPE_METHOD_PANEL (kr_method_panel_get_type ())
G_DECLARE_FINAL_TYPE (KrMethodPanel, kr_method_panel, KR, METHOD_PANEL, GtkWidget)

GtkWidget    *kr_method_panel_new          (void);
void          kr_method_panel_set_document (KrMethodPanel *self,
                                            KrJourney     *journey,
                                            KrHistory     *history);
/* The map the coach's findings lead to. */
void          kr_method_panel_set_canvas   (KrMethodPanel *self,
                                            KrCanvas      *canvas);
void          kr_method_panel_show_page    (KrMethodPanel *self,
                                            KrMethodPage   page);
KrMethodPage  kr_method_panel_get_page     (KrMethodPanel *self);
/* The journey's details, with the cursor in a scope question's field, or
 * with @field -1 in the title. */
void          kr_method_panel_focus_field  (KrMethodPanel *self,
                                            int            field);
/* The personas, with @persona's empathy map open (NULL: the list). */
void          kr_method_panel_show_persona (KrMethodPanel *self,
                                            KrPersona     *persona);

G_END_DECLS
