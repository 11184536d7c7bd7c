/* kr-recovery-offer.h: the journeys a crash left behind, offered to restore
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_RECOVERY_ITEM (kr_recovery_item_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryItem, kr_recovery_item, KR, RECOVERY_ITEM, GObject)

KrRecoveryCopy *kr_recovery_item_get_copy     (KrRecoveryItem  *self);
/* The journey in the copy, or NULL when it could not be read. */
KrJourney      *kr_recovery_item_get_journey  (KrRecoveryItem  *self);
/* Why it could not be read, translated, or NULL. */
const char     *kr_recovery_item_get_error    (KrRecoveryItem  *self);
/* The original file, or NULL for a journey that was never saved. */
GFile          *kr_recovery_item_dup_original (KrRecoveryItem  *self);

#define KR_TYPE_RECOVERY_OFFER (kr_recovery_offer_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryOffer, kr_recovery_offer, KR, RECOVERY_OFFER, GObject)

/* Offers the copies in @dir, or in the default folder when NULL. */
KrRecoveryOffer *kr_recovery_offer_new       (const char      *dir);
/* Looks for copies that no running instance owns, in a thread; what it
 * finds is added to the items. */
void             kr_recovery_offer_scan      (KrRecoveryOffer *self);
gboolean         kr_recovery_offer_get_scanning (KrRecoveryOffer *self);
/* The KrRecoveryItems on offer, newest first. */
GListModel      *kr_recovery_offer_get_items (KrRecoveryOffer *self);
/* Takes @item off the offer, as when it is restored (its copy then goes on
 * with the window that shows it). */
void             kr_recovery_offer_remove    (KrRecoveryOffer *self,
                                              KrRecoveryItem  *item);
/* Takes @item off and removes its copy from the disk. */
void             kr_recovery_offer_discard   (KrRecoveryOffer *self,
                                              KrRecoveryItem  *item);

G_END_DECLS
