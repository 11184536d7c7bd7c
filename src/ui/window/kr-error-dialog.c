/* kr-error-dialog.c: telling the user that something could not be done
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heading says what failed in a few words, so that it fits on one line
 * of the narrow dialog; a file name, which may be long and full of hyphens,
 * goes into the body, above the reason.
 */
#define G_LOG_DOMAIN "kr-error-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-error-dialog.h"

char *
kr_error_dialog_sentence (const char *detail)
{
  const char *p;
  GString *sentence;

  if (detail == NULL)
    return g_strdup ("");

  /* Only a first word of plain letters: a key such as version or title
   * may be capitalised, a path such as notes[2].phase may not. */
  for (p = detail; *p != '\0' && *p != ' ' && *p != ':'; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return g_strdup (detail);
  if (p == detail || !g_unichar_islower (g_utf8_get_char (detail)))
    return g_strdup (detail);

  sentence = g_string_new (NULL);
  g_string_append_unichar (sentence, g_unichar_totitle (g_utf8_get_char (detail)));
  g_string_append (sentence, g_utf8_next_char (detail));
  return g_string_free (sentence, FALSE);
}

GtkWidget *
kr_error_dialog_show (GtkWindow  *parent,
                      const char *heading,
                      const char *name,
                      const char *detail)
{
  g_autofree char *sentence = kr_error_dialog_sentence (detail);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (heading != NULL, NULL);

  if (name != NULL)
    /* TRANSLATORS: a file name, and on the next line why it failed */
    body = g_strdup_printf (_("“%s”\n%s"), name, sentence);
  else
    body = g_steal_pointer (&sentence);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
