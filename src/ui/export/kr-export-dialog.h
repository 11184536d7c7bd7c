/* kr-export-dialog.h: the choices for exporting a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_EXPORT_DIALOG (kr_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KrExportDialog, kr_export_dialog, KR, EXPORT_DIALOG, AdwWindow)

/* A modal dialog over @parent for exporting @journey. The file chooser
 * starts beside @journey_file, if given; @settings, if given, remember the
 * choices for next time. Emits "exported" with the file written, then
 * closes. */
KrExportDialog *kr_export_dialog_new       (GtkWindow      *parent,
                                            KrJourney      *journey,
                                            GFile          *journey_file,
                                            GSettings      *settings);
/* Writes @file with the current choices, as the file chooser's answer does:
 * on success it emits "exported" and closes; on failure it shows the error
 * over the dialog, which stays open. Returns whether the file was written. */
gboolean        kr_export_dialog_export_to (KrExportDialog *self,
                                            GFile          *file);

G_END_DECLS
