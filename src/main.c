/* main.c
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kr-application.h"
#include "kr-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KrApplication) app = NULL;
  /* Lets the tests and `meson devenv` use the translations in the build tree. */
  const char *localedir = g_getenv ("KLANTREIS_LOCALEDIR");

  /* GtkApplication sets the locale at start-up, but --check and --export
   * answer before that, and must speak the user's language too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Before GTK starts, and before any thread that might read the
   * environment. */
  kr_renderer_avoid_software_gl ();

  app = kr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
