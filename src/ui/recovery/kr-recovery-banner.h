/* kr-recovery-banner.h: a window with a journey says that others can be recovered
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KR_TYPE_RECOVERY_BANNER (kr_recovery_banner_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryBanner, kr_recovery_banner, KR, RECOVERY_BANNER, GtkWidget)

/* Shows the bar for @n_journeys (0 hides it). "review" asks to see them;
 * "dismiss" is the close button. */
void kr_recovery_banner_set_count (KrRecoveryBanner *self,
                                   guint             n_journeys);

G_END_DECLS
