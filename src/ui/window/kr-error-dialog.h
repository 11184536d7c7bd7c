/* kr-error-dialog.h: telling the user that something could not be done
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @heading ("Could Not Open Journey"), then the @name of the file
 * it concerns (or NULL) and @detail, the reason, on a line of its own. */
GtkWidget *kr_error_dialog_show (GtkWindow  *parent,
                                 const char *heading,
                                 const char *name,
                                 const char *detail);

/* @detail as the start of a sentence: "the document: …" becomes "The
 * document: …", but a place in the file such as notes[2].phase is kept as
 * it is written there. */
char      *kr_error_dialog_sentence (const char *detail);

G_END_DECLS
