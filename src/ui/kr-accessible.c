/* kr-accessible.c: names for screen readers where GTK gives none
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tooltip is not a name: Orca says "button" for an icon-only button
 * that has only a tooltip. These helpers give the name that the tooltip
 * or the visible label already says, for widgets GTK 4.8 leaves unnamed
 * or names wrongly.
 */
#define G_LOG_DOMAIN "kr-accessible"

#include "config.h"

#include "kr-accessible.h"

static void
set_label (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* "_Open" → "Open", "Save __As" → "Save _As". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '\0')
            break;
          p++;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

void
kr_accessible_name_mnemonic_buttons (GtkWidget *root)
{
  const char *label = NULL;
  gboolean underline = FALSE;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    {
      label = gtk_button_get_label (GTK_BUTTON (root));
      underline = gtk_button_get_use_underline (GTK_BUTTON (root));
    }
  else if (GTK_IS_CHECK_BUTTON (root))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (root));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (root));
    }

  /* GTK gives the raw label, underline and all, as the name. A button
   * adds the text of the label inside it, so without the first its name
   * is what it shows; a check button adds nothing, and gets the label
   * without its underline. */
  if (label != NULL && underline && GTK_IS_BUTTON (root))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else if (label != NULL && underline)
    {
      g_autofree char *name = strip_mnemonic (label);

      set_label (root, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kr_accessible_name_mnemonic_buttons (child);
}

void
kr_accessible_name_menu_button (GtkWidget  *menu_button,
                                const char *name)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (menu_button));

  /* The toggle inside takes its name from the menu button. */
  set_label (menu_button, name);
}

void
kr_accessible_name_split_button (AdwSplitButton *button,
                                 const char     *name,
                                 const char     *dropdown_name)
{
  g_return_if_fail (ADW_IS_SPLIT_BUTTON (button));

  set_label (GTK_WIDGET (button), name);
  /* Its parts are a button and a menu button, in that order. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        kr_accessible_name_menu_button (child, dropdown_name);
      else if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child)))
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
      else if (GTK_IS_BUTTON (child))
        set_label (child, name);
    }
}
