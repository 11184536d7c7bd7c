/* kr-recovery-offer.c: the journeys a crash left behind, offered to restore
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copies are claimed in a thread at start-up, so that a slow disk or
 * a large journey never holds the first window back. Claimed copies stay
 * locked by this instance while they are on offer: another instance
 * started meanwhile does not offer them too. Those neither restored nor
 * discarded stay on disk for the next start.
 */
#define G_LOG_DOMAIN "kr-recovery-offer"

#include "config.h"

#include "kr-recovery-offer.h"

struct _KrRecoveryItem
{
  GObject         parent_instance;

  KrRecoveryCopy *copy;
  KrJourney      *journey;
  char           *error;
};

G_DEFINE_FINAL_TYPE (KrRecoveryItem, kr_recovery_item, G_TYPE_OBJECT)

struct _KrRecoveryOffer
{
  GObject       parent_instance;

  char         *dir;
  GListStore   *items;
  GCancellable *cancellable;
  /* Asked to look again while looking: what appeared since is found too. */
  gboolean      scan_again;
};

enum {
  PROP_0,
  PROP_SCANNING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrRecoveryOffer, kr_recovery_offer, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
kr_recovery_item_finalize (GObject *object)
{
  KrRecoveryItem *self = KR_RECOVERY_ITEM (object);

  g_clear_object (&self->copy);
  g_clear_object (&self->journey);
  g_free (self->error);

  G_OBJECT_CLASS (kr_recovery_item_parent_class)->finalize (object);
}

static void
kr_recovery_item_class_init (KrRecoveryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_recovery_item_finalize;
}

static void
kr_recovery_item_init (KrRecoveryItem *self)
{
}

KrRecoveryCopy *
kr_recovery_item_get_copy (KrRecoveryItem *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_ITEM (self), NULL);
  return self->copy;
}

KrJourney *
kr_recovery_item_get_journey (KrRecoveryItem *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_ITEM (self), NULL);
  return self->journey;
}

const char *
kr_recovery_item_get_error (KrRecoveryItem *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_ITEM (self), NULL);
  return self->error;
}

GFile *
kr_recovery_item_dup_original (KrRecoveryItem *self)
{
  const char *uri;

  g_return_val_if_fail (KR_IS_RECOVERY_ITEM (self), NULL);

  uri = kr_recovery_copy_get_original_uri (self->copy);
  return uri != NULL ? g_file_new_for_uri (uri) : NULL;
}

static void
scan_thread_func (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const char *dir = task_data;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;

  copies = kr_recovery_claim_orphans (dir, cancellable, &error);
  if (copies == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < copies->len; i++)
    {
      KrRecoveryItem *item = g_object_new (KR_TYPE_RECOVERY_ITEM, NULL);
      g_autoptr(GError) load_error = NULL;

      item->copy = g_object_ref (g_ptr_array_index (copies, i));
      /* Read here, off the main thread: a copy can be a large journey. A
       * damaged one is still offered, to be discarded. */
      item->journey = kr_recovery_copy_load_journey (item->copy, &load_error);
      if (item->journey == NULL)
        item->error = g_strdup (load_error->message);
      g_ptr_array_add (items, item);
    }

  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

static void
scan_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  KrRecoveryOffer *self = KR_RECOVERY_OFFER (object);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (items != NULL)
    g_list_store_splice (self->items, g_list_model_get_n_items (G_LIST_MODEL (self->items)), 0,
                         items->pdata, items->len);

  if (g_task_get_cancellable (G_TASK (result)) == self->cancellable)
    {
      g_clear_object (&self->cancellable);
      if (self->scan_again)
        {
          self->scan_again = FALSE;
          kr_recovery_offer_scan (self);
        }
      else
        {
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCANNING]);
        }
    }

  if (items == NULL)
    {
      /* Nothing to offer is no reason to trouble the user at start-up. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No recovery copies: %s", error->message);
    }
}

static void
kr_recovery_offer_dispose (GObject *object)
{
  KrRecoveryOffer *self = KR_RECOVERY_OFFER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->items != NULL)
    g_list_store_remove_all (self->items);

  G_OBJECT_CLASS (kr_recovery_offer_parent_class)->dispose (object);
}

static void
kr_recovery_offer_finalize (GObject *object)
{
  KrRecoveryOffer *self = KR_RECOVERY_OFFER (object);

  g_clear_object (&self->items);
  g_free (self->dir);

  G_OBJECT_CLASS (kr_recovery_offer_parent_class)->finalize (object);
}

static void
kr_recovery_offer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KrRecoveryOffer *self = KR_RECOVERY_OFFER (object);

  switch (prop_id)
    {
    case PROP_SCANNING:
      g_value_set_boolean (value, kr_recovery_offer_get_scanning (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_recovery_offer_class_init (KrRecoveryOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_recovery_offer_dispose;
  object_class->finalize = kr_recovery_offer_finalize;
  object_class->get_property = kr_recovery_offer_get_property;

  properties[PROP_SCANNING] =
    g_param_spec_boolean ("scanning", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_recovery_offer_init (KrRecoveryOffer *self)
{
  self->items = g_list_store_new (KR_TYPE_RECOVERY_ITEM);
}

KrRecoveryOffer *
kr_recovery_offer_new (const char *dir)
{
  KrRecoveryOffer *self = g_object_new (KR_TYPE_RECOVERY_OFFER, NULL);

  self->dir = dir != NULL ? g_strdup (dir) : kr_recovery_get_default_dir ();
  return self;
}

void
kr_recovery_offer_scan (KrRecoveryOffer *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KR_IS_RECOVERY_OFFER (self));

  if (self->cancellable != NULL)
    {
      self->scan_again = TRUE;
      return;
    }

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, scan_cb, NULL);
  g_task_set_source_tag (task, kr_recovery_offer_scan);
  g_task_set_task_data (task, g_strdup (self->dir), g_free);
  g_task_run_in_thread (task, scan_thread_func);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCANNING]);
}

gboolean
kr_recovery_offer_get_scanning (KrRecoveryOffer *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_OFFER (self), FALSE);
  return self->cancellable != NULL;
}

GListModel *
kr_recovery_offer_get_items (KrRecoveryOffer *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_OFFER (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
kr_recovery_offer_remove (KrRecoveryOffer *self,
                          KrRecoveryItem  *item)
{
  guint position;

  g_return_if_fail (KR_IS_RECOVERY_OFFER (self));
  g_return_if_fail (KR_IS_RECOVERY_ITEM (item));

  if (g_list_store_find (self->items, item, &position))
    g_list_store_remove (self->items, position);
}

void
kr_recovery_offer_discard (KrRecoveryOffer *self,
                           KrRecoveryItem  *item)
{
  g_return_if_fail (KR_IS_RECOVERY_OFFER (self));
  g_return_if_fail (KR_IS_RECOVERY_ITEM (item));

  kr_recovery_copy_clear (item->copy);
  kr_recovery_offer_remove (self, item);
}
