/* kr-template.c: new journeys from the templates that ship with the app
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template is an ordinary journey file under data/templates, with its
 * placeholder texts in English. xgettext cannot read JSON, so
 * data/templates/template-strings.py lists those texts in
 * kr-template-strings.h beside the templates, for the translators; the
 * `po` suite checks that the list is up to date. The keys whose texts are
 * translated here and listed there must stay the same.
 */
#define G_LOG_DOMAIN "kr-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kr-journey-io.h"
#include "kr-template.h"

static const char *
translate (const char *text)
{
  /* gettext gives the catalogue's header for an empty text. */
  if (text == NULL || text[0] == '\0')
    return text;
  return g_dpgettext2 (GETTEXT_PACKAGE, KR_TEMPLATE_CONTEXT, text);
}

/* Every string property of @object named in @properties, translated. */
static void
translate_properties (gpointer            object,
                      const char * const *properties)
{
  for (guint i = 0; properties[i] != NULL; i++)
    {
      g_autofree char *text = NULL;

      g_object_get (object, properties[i], &text, NULL);
      g_object_set (object, properties[i], translate (text), NULL);
    }
}

static void
translate_list (GListModel         *list,
                const char * const *properties)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      translate_properties (item, properties);
    }
}

KrJourney *
kr_template_load (GBytes  *bytes,
                  GError **error)
{
  static const char * const journey_properties[] = {
    "title", "reason", "scope-customer", "scope-goal", "scope-start", "scope-end",
    "scope-out-of-scope", "scope-known", NULL
  };
  static const char * const persona_properties[] = {
    "name", "description", "thinks-feels", "hears", "sees", "says-does", "wants-needs", NULL
  };
  static const char * const phase_properties[] = { "title", "feeling", NULL };
  static const char * const note_properties[] = { "text", "channel", "owner", NULL };
  g_autoptr(KrJourney) journey = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  journey = kr_journey_load_bytes (bytes, NULL, error);
  if (journey == NULL)
    return NULL;

  translate_properties (journey, journey_properties);
  translate_list (kr_journey_get_personas (journey), persona_properties);
  translate_list (kr_journey_get_phases (journey), phase_properties);
  translate_list (kr_journey_get_notes (journey), note_properties);

  /* TRANSLATORS: the BCP 47 tag of your language, such as "nl": the
   * language of the placeholder texts of new journeys, which you translate */
  kr_journey_set_language (journey, C_("language of new journeys", "en"));

  return g_steal_pointer (&journey);
}
