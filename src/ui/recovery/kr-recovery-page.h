/* kr-recovery-page.h: the start page that offers what a crash left behind
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-recovery-offer.h"

G_BEGIN_DECLS

#define KR_TYPE_RECOVERY_PAGE (kr_recovery_page_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryPage, kr_recovery_page, KR, RECOVERY_PAGE, GtkWidget)

/* Lists the items of @offer (or nothing with NULL). Restoring one emits
 * "restore" with the item, which the window takes off the offer; discarding
 * asks first, then removes the copy. "dismiss" is the wish to start
 * afresh, leaving the copies for later. */
void             kr_recovery_page_set_offer (KrRecoveryPage  *self,
                                             KrRecoveryOffer *offer);
KrRecoveryOffer *kr_recovery_page_get_offer (KrRecoveryPage  *self);

G_END_DECLS
