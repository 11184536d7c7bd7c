/* kr-recovery-banner.c: a window with a journey says that others can be recovered
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When Klantreis starts on a file, its window shows that file, and the
 * journeys a crash left behind are offered by this bar rather than in
 * place of it; "Review…" opens them on a window of their own.
 */
#define G_LOG_DOMAIN "kr-recovery-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-accessible.h"
#include "kr-recovery-banner.h"

struct _KrRecoveryBanner
{
  GtkWidget   parent_instance;

  GtkInfoBar *info_bar;
  GtkLabel   *label;
};

enum {
  REVIEW,
  DISMISS,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrRecoveryBanner, kr_recovery_banner, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
review_clicked_cb (KrRecoveryBanner *self)
{
  g_signal_emit (self, signals[REVIEW], 0);
}

static void
response_cb (KrRecoveryBanner *self,
             int               response)
{
  if (response == GTK_RESPONSE_CLOSE)
    g_signal_emit (self, signals[DISMISS], 0);
}

static void
kr_recovery_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_RECOVERY_BANNER);

  G_OBJECT_CLASS (kr_recovery_banner_parent_class)->dispose (object);
}

static void
kr_recovery_banner_class_init (KrRecoveryBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_recovery_banner_dispose;

  signals[REVIEW] = g_signal_new ("review", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DISMISS] = g_signal_new ("dismiss", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-recovery-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryBanner, info_bar);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryBanner, label);
  gtk_widget_class_bind_template_callback (widget_class, review_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
kr_recovery_banner_init (KrRecoveryBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would read "_Restore Restore". */
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}

void
kr_recovery_banner_set_count (KrRecoveryBanner *self,
                              guint             n_journeys)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KR_IS_RECOVERY_BANNER (self));

  text = g_strdup_printf (ngettext ("Klantreis closed before %u journey was saved. It can be "
                                    "recovered.",
                                    "Klantreis closed before %u journeys were saved. They can be "
                                    "recovered.", n_journeys),
                          n_journeys);
  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->info_bar), n_journeys > 0);
  gtk_info_bar_set_revealed (self->info_bar, n_journeys > 0);
}
