/* fuzz-journey.c: the loader must survive any bytes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built as a libFuzzer target with clang, and replayed over the seed corpus
 * by replay-corpus.c in the normal test suite. Whatever loads must also save,
 * and its canonical form must load again to the same bytes.
 */
#include "config.h"

#include <string.h>

#include "kr-model.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(KrJourney) again = NULL;
  g_autoptr(GBytes) once = NULL;
  g_autoptr(GBytes) twice = NULL;

  journey = kr_journey_load_bytes (bytes, &warnings, &error);
  if (journey == NULL)
    {
      /* A failure always explains itself. */
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        g_error ("a load failed without a message");
      return 0;
    }

  once = kr_journey_to_bytes (journey);
  again = kr_journey_load_bytes (once, NULL, &error);
  if (again == NULL)
    g_error ("the canonical form of a loaded journey does not load: %s", error->message);
  twice = kr_journey_to_bytes (again);
  if (!g_bytes_equal (once, twice))
    g_error ("the canonical form is not stable");

  return 0;
}
