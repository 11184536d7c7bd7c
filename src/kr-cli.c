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
#include "kr-export.h"
#include "kr-model.h"

/* What the method coach would still ask of the journey. Advice goes with
 * the warnings, on standard error, and never changes the exit status:
 * the journey is fine as a file. The ids are stable, for scripts. */
static void
print_advice (const char *path,
              KrJourney  *journey)
{
  g_autoptr(GPtrArray) findings = kr_coach_check (journey);

  for (guint k = 0; k < findings->len; k++)
    {
      KrFinding *finding = g_ptr_array_index (findings, k);

      /* TRANSLATORS: the file name, the advice's id (never translated),
       * then what the method coach advises */
      g_printerr (_("%s: advice: %s: %s\n"), path, finding->id, finding->message);
    }
}

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
      print_advice (paths[i], journey);
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

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%x");
}

int
kr_cli_export (const char         *output,
               const char * const *inputs,
               const char         *layout_name,
               const char         *paper_name,
               const char         *scale_text)
{
  g_autoptr(GFile) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  KrExportFormat format;
  KrExportLayout layout = KR_EXPORT_HANDOUT;
  KrPaper paper = KR_PAPER_A4;
  guint64 scale = 2;
  gboolean written = FALSE;

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
  if (!kr_export_format_from_path (output, &format))
    {
      g_autofree char *base = g_path_get_basename (output);
      const char *dot = strrchr (base, '.');

      g_printerr (_("Cannot export to “%s”: unknown format “%s”. Use a name ending in "
                    ".pdf, .png, .svg or .klantreis\n"),
                  output, dot != NULL ? dot : base);
      return KR_EXIT_BAD_ARGUMENTS;
    }
  if (layout_name != NULL && !kr_export_layout_from_string (layout_name, &layout))
    {
      g_printerr (_("Unknown layout “%s”: use handout or poster\n"), layout_name);
      return KR_EXIT_BAD_ARGUMENTS;
    }
  if (paper_name != NULL && !kr_export_paper_from_string (paper_name, &paper))
    {
      g_printerr (_("Unknown paper size “%s”: use a4, a3, a2 or letter\n"), paper_name);
      return KR_EXIT_BAD_ARGUMENTS;
    }
  if (scale_text != NULL && !g_ascii_string_to_unsigned (scale_text, 10, 1, 4, &scale, NULL))
    {
      g_printerr (_("Invalid scale “%s”: use a whole number from 1 to 4\n"), scale_text);
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

  switch (format)
    {
    case KR_EXPORT_FORMAT_PDF:
      {
        g_autofree char *date = today ();
        written = kr_export_pdf_full (journey, output, layout, paper, date, &error);
      }
      break;
    case KR_EXPORT_FORMAT_PNG:
      written = kr_export_png (journey, output, (double) scale, &error);
      break;
    case KR_EXPORT_FORMAT_SVG:
      written = kr_export_svg (journey, output, &error);
      break;
    case KR_EXPORT_FORMAT_KLANTREIS:
    default:
      return export_klantreis (journey, output);
    }

  if (!written)
    {
      /* The message names the file. */
      g_printerr ("%s\n", error->message);
      return KR_EXIT_BAD_INPUT;
    }
  return KR_EXIT_OK;
}
