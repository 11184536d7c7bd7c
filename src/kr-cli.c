/* kr-cli.c: the command-line work that needs no display
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --check and --export run before GTK is initialised, so that they work on
 * a server with no display and start fast enough for a shell loop.
 */
#define G_LOG_DOMAIN "kr-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kr-cli.h"
#include "kr-model.h"

int
kr_cli_check (const char * const *paths)
{
  int status = KR_EXIT_OK;

  if (paths == NULL || paths[0] == NULL)
    {
      g_printerr ("%s\n", _("--check needs at least one file"));
      return KR_EXIT_BAD_ARGUMENTS;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KrJourney) journey = NULL;

      journey = kr_journey_load_file (file, NULL, &warnings, NULL, &error);
      if (journey == NULL)
        {
          /* TRANSLATORS: the file name, then the error */
          g_printerr (_("%s: error: %s\n"), paths[i], error->message);
          status = KR_EXIT_BAD_INPUT;
          continue;
        }

      for (guint k = 0; k < warnings->len; k++)
        g_printerr (_("%s: warning: %s\n"), paths[i], (char *)g_ptr_array_index (warnings, k));
      g_print (_("%s: OK\n"), paths[i]);
    }

  return status;
}

static int
export_klantreis (KrJourney  *journey,
                  const char *output)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (!kr_journey_save_file (journey, file, NULL, NULL, NULL, &error))
    {
      g_printerr (_("Could not write “%s”: %s\n"), output, error->message);
      return KR_EXIT_BAD_INPUT;
    }
  return KR_EXIT_OK;
}

int
kr_cli_export (const char         *output,
               const char * const *inputs)
{
  g_autoptr(GFile) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  if (output == NULL || *output == '\0')
    {
      g_printerr ("%s\n", _("--export needs the name of the file to write"));
      return KR_EXIT_BAD_ARGUMENTS;
    }
  if (inputs == NULL || inputs[0] == NULL || inputs[1] != NULL)
    {
      g_printerr ("%s\n", _("--export needs exactly one journey to read"));
      return KR_EXIT_BAD_ARGUMENTS;
    }
  if (!g_str_has_suffix (output, ".klantreis"))
    {
      g_autofree char *base = g_path_get_basename (output);
      const char *dot = strrchr (base, '.');

      g_printerr (_("Cannot export to “%s”: unknown format “%s”. Use a name ending in "
                    ".klantreis\n"),
                  output, dot != NULL ? dot : base);
      return KR_EXIT_BAD_ARGUMENTS;
    }

  input = g_file_new_for_commandline_arg (inputs[0]);
  journey = kr_journey_load_file (input, NULL, &warnings, NULL, &error);
  if (journey == NULL)
    {
      g_printerr (_("%s: error: %s\n"), inputs[0], error->message);
      return KR_EXIT_BAD_INPUT;
    }
  for (guint k = 0; k < warnings->len; k++)
    g_printerr (_("%s: warning: %s\n"), inputs[0], (char *)g_ptr_array_index (warnings, k));

  return export_klantreis (journey, output);
}
