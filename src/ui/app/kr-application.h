/* kr-application.h: the application, its windows and its command line
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KR_MIME_TYPE "application/x-klantreis+json"

#define KR_TYPE_APPLICATION (kr_application_get_type ())
G_DECLARE_FINAL_TYPE (KrApplication, kr_application, KR, APPLICATION, AdwApplication)

KrApplication *kr_application_new              (void);
/* Where window sizes are remembered; NULL when the schema is not installed. */
GSettings     *kr_application_get_settings     (KrApplication  *self);
typedef struct _KrRecoveryOffer KrRecoveryOffer;

/* The journeys a crash left behind; NULL before start-up. */
KrRecoveryOffer *kr_application_get_recovery_offer (KrApplication *self);
/* The "Open Recent" menu that all windows share. */
GMenuModel    *kr_application_get_recent_menu  (KrApplication  *self);
/* Shows @file: focuses the window that already has it, reuses an empty
 * window, or opens a new one. */
void           kr_application_open_file        (KrApplication  *self,
                                                GFile          *file);
/* Remembers @file in the recently used files. */
void           kr_application_add_recent       (KrApplication  *self,
                                                GFile          *file);

/* The "Customer Journeys" and "All Files" filters of the open and save dialogs. */
void           kr_file_chooser_add_journey_filters (GtkFileChooser *chooser);

G_END_DECLS
