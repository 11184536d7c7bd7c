/* kr-window-private.h: what the parts of KrWindow share
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-canvas.h"
#include "kr-file-changed-bar.h"
#include "kr-recovery-banner.h"
#include "kr-recovery-offer.h"
#include "kr-recovery-page.h"
#include "kr-method-panel.h"
#include "kr-window.h"

G_BEGIN_DECLS

struct _KrWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkMenuButton        *primary_menu_button;
  GtkMenuButton        *zoom_button;
  AdwSplitButton       *add_button;
  GMenu                *recent_section;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  KrCanvas             *canvas;
  AdwStatusPage        *empty_page;
  GtkWidget            *add_phase_button;
  KrFileChangedBar     *file_bar;
  KrRecoveryBanner     *recovery_banner;
  KrRecoveryPage       *recovery_page;
  AdwFlap              *flap;
  KrMethodPanel        *method_panel;
  GtkWidget            *method_button;

  /* The document */
  KrJourney            *journey;
  KrHistory            *history;
  GFile                *file;
  char                 *etag;

  /* The toast of the last export, which a newer one replaces rather than
   * waits behind (weak). */
  AdwToast             *export_toast;

  /* What the last successful load adjusted, for the toast's details. */
  GPtrArray            *load_warnings;

  /* A load in progress */
  GFile                *loading_file;
  GCancellable         *load_cancellable;

  /* Renaming the journey where the map cannot show it: on its empty page. */
  GtkWidget            *rename_popover;
  GtkWidget            *rename_entry;

  /* The recovery copy, and the journeys on offer (kr-window-recovery.c) */
  KrAutosave           *autosave;
  KrRecoveryOffer      *recovery_offer;
  guint                 recovery_dismissed : 1;
  guint                 autosave_failure_told : 1;
  /* A reload replaces the journey in this window, changes and all. */
  guint                 replacing : 1;

  /* Set once the user has agreed to close, so close-request lets go. */
  guint                 may_close : 1;
  /* The "Save Changes?" question is showing. */
  guint                 confirming_close : 1;
};

/* kr-window.c */
void      _kr_window_set_document      (KrWindow            *self,
                                        KrJourney           *journey,
                                        GFile               *file,
                                        const char          *etag);
/* With @copy (or NULL), a claimed recovery copy to go on in. */
void      _kr_window_set_document_full (KrWindow            *self,
                                        KrJourney           *journey,
                                        GFile               *file,
                                        const char          *etag,
                                        KrRecoveryCopy      *copy);
void      _kr_window_set_file          (KrWindow            *self,
                                        GFile               *file,
                                        const char          *etag);
void      _kr_window_set_loading_file  (KrWindow            *self,
                                        GFile               *file,
                                        GCancellable        *cancellable);
void      _kr_window_update_state      (KrWindow            *self);
char     *_kr_window_dup_display_name  (KrWindow            *self);
void      _kr_window_add_toast         (KrWindow            *self,
                                        AdwToast            *toast);
/* An AdwMessageDialog over the window with a Close button. */

/* kr-window-actions.c */
void      _kr_window_actions_init      (KrWindow            *self);
/* Opens the method's panel at @page. */
void      _kr_window_show_method_page  (KrWindow            *self,
                                        KrMethodPage         page);
void      _kr_window_actions_update    (KrWindow            *self);
void      _kr_window_dispose_rename    (KrWindow            *self);

/* kr-window-dnd.c */
void      _kr_window_dnd_init          (KrWindow            *self);
/* Opens @files: the first here if the window holds nothing yet. */
void      _kr_window_open_files        (KrWindow            *self,
                                        GdkFileList         *files);

/* kr-window-files.c */
char     *_kr_file_dup_display_name    (GFile               *file);
/* What the canvas has under way goes into the journey first. */
void      _kr_window_commit_pending    (KrWindow            *self);
void      _kr_window_save_async        (KrWindow            *self,
                                        gboolean             save_as,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean  _kr_window_save_finish       (KrWindow            *self,
                                        GAsyncResult        *result,
                                        GError             **error);
void      _kr_window_show_load_warnings (KrWindow           *self);
/* Save As, suggesting a copy beside the file rather than the file itself. */
void      _kr_window_save_copy_async   (KrWindow            *self);

/* kr-window-recovery.c (src/ui/recovery) */
void      _kr_window_recovery_init     (KrWindow            *self);
void      _kr_window_recovery_set_application (KrWindow     *self,
                                        KrApplication       *app);
void      _kr_window_recovery_dispose  (KrWindow            *self);
void      _kr_window_recovery_set_document (KrWindow        *self,
                                        KrRecoveryCopy      *copy);
/* The file or its entity tag changed: after a save, say. */
void      _kr_window_recovery_file_changed (KrWindow        *self);
/* The user threw the changes away: the copy goes too. */
void      _kr_window_recovery_discard  (KrWindow            *self);
/* Whether an empty window shows the journeys on offer. */
gboolean  _kr_window_recovery_wants_page (KrWindow          *self);
void      _kr_window_restore           (KrWindow            *self,
                                        KrRecoveryItem      *item);

G_END_DECLS
