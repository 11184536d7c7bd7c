/* kr-template.h: new journeys from the templates that ship with the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-journey.h"

G_BEGIN_DECLS

/* The gettext context of the templates' texts. */
#define KR_TEMPLATE_CONTEXT "journey template"

/* A new journey from a template: a .klantreis document whose texts are
 * placeholders written in English. Each text is translated into the UI
 * language, and the journey gets that language as its own. It has no
 * file yet. NULL with @error set when @bytes are no journey. */
KrJourney *kr_template_load (GBytes  *bytes,
                             GError **error);

G_END_DECLS
