/* kr-test-sample.h: the sample journey, for the tests that link the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-model.h"

G_BEGIN_DECLS

/* data/samples/verduurzamen.klantreis, read from disk as the app reads it. */
static inline KrJourney *
kr_test_load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "verduurzamen.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KrJourney *journey = kr_journey_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (journey);
  return journey;
}

G_END_DECLS
