/* kr-cli.h: the command-line work that needs no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of --check and --export. */
enum
{
  KR_EXIT_OK = 0,
  KR_EXIT_BAD_INPUT = 1,
  KR_EXIT_BAD_ARGUMENTS = 2,
};

/* Prints each file's errors and warnings, then the method coach's advice
 * as "FILE: advice: ID: message"; KR_EXIT_BAD_INPUT if any fails to load.
 * Advice never changes the exit status. */
int kr_cli_check  (const char * const *paths);
/* Writes @output in the format its extension names: .pdf, .png, .svg or
 * .klantreis. @layout ("handout" or "poster"), @paper ("a4", "a3" or
 * "letter") and @scale ("1" to "4") are the option values as given, NULL
 * for the defaults: a handout on A4, a picture at twice its size. */
int kr_cli_export (const char         *output,
                   const char * const *inputs,
                   const char         *layout,
                   const char         *paper,
                   const char         *scale);

G_END_DECLS
