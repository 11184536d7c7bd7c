/* kr-empathy-map.c: one persona and its empathy map (inleefschema)
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map as the method's paper schema draws it: what the customer thinks
 * and feels, hears, sees, says and does in four quadrants around their
 * name, and what they want and need below. Each part is typed where it is
 * shown.
 */
#define G_LOG_DOMAIN "kr-empathy-map"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-empathy-map.h"
#include "kr-text-row.h"

struct _KrEmpathyMap
{
  AdwBin       parent_instance;

  /* Template children */
  KrTextRow   *name_row;
  KrTextRow   *description_row;
  GtkLabel    *name_label;
  KrTextField *thinks_feels_field;
  KrTextField *hears_field;
  KrTextField *sees_field;
  KrTextField *says_does_field;
  KrTextField *wants_needs_field;
  GtkWidget   *thinks_feels_label;
  GtkWidget   *hears_label;
  GtkWidget   *sees_label;
  GtkWidget   *says_does_label;
  GtkWidget   *wants_needs_label;

  KrPersona   *persona;
};

G_DEFINE_FINAL_TYPE (KrEmpathyMap, kr_empathy_map, ADW_TYPE_BIN)

static KrTextField *
field_widget (KrEmpathyMap   *self,
              KrPersonaField  field)
{
  switch (field)
    {
    case KR_PERSONA_NAME:
      return kr_text_row_get_field (self->name_row);
    case KR_PERSONA_DESCRIPTION:
      return kr_text_row_get_field (self->description_row);
    case KR_PERSONA_THINKS_FEELS:
      return self->thinks_feels_field;
    case KR_PERSONA_HEARS:
      return self->hears_field;
    case KR_PERSONA_SEES:
      return self->sees_field;
    case KR_PERSONA_SAYS_DOES:
      return self->says_does_field;
    case KR_PERSONA_WANTS_NEEDS:
    default:
      return self->wants_needs_field;
    }
}

static void
update_name (KrEmpathyMap *self)
{
  const char *name = self->persona != NULL ? kr_persona_get_field (self->persona, KR_PERSONA_NAME)
                                           : NULL;

  /* TRANSLATORS: in the middle of the empathy map, for a persona without a name */
  gtk_label_set_label (self->name_label, name != NULL && name[0] != '\0' ? name : _("Name?"));
}

static void
kr_empathy_map_dispose (GObject *object)
{
  KrEmpathyMap *self = KR_EMPATHY_MAP (object);

  kr_empathy_map_set_persona (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_EMPATHY_MAP);

  G_OBJECT_CLASS (kr_empathy_map_parent_class)->dispose (object);
}

static void
kr_empathy_map_class_init (KrEmpathyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_empathy_map_dispose;

  g_type_ensure (KR_TYPE_TEXT_ROW);
  g_type_ensure (KR_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-empathy-map.ui");
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, name_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, description_row);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, name_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, thinks_feels_field);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, hears_field);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, sees_field);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, says_does_field);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, wants_needs_field);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, thinks_feels_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, hears_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, sees_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, says_does_label);
  gtk_widget_class_bind_template_child (widget_class, KrEmpathyMap, wants_needs_label);
}

static void
kr_empathy_map_init (KrEmpathyMap *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each part is named by its heading, for a screen reader. */
  {
    KrTextField *fields[] = { self->thinks_feels_field, self->hears_field, self->sees_field,
                              self->says_does_field, self->wants_needs_field };
    GtkWidget *labels[] = { self->thinks_feels_label, self->hears_label, self->sees_label,
                            self->says_does_label, self->wants_needs_label };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (fields[i]),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, labels[i], NULL,
                                      -1);
  }
  update_name (self);
}

GtkWidget *
kr_empathy_map_new (void)
{
  return g_object_new (KR_TYPE_EMPATHY_MAP, NULL);
}

void
kr_empathy_map_set_persona (KrEmpathyMap *self,
                            KrPersona    *persona,
                            KrHistory    *history)
{
  g_return_if_fail (KR_IS_EMPATHY_MAP (self));

  if (self->persona != NULL)
    g_signal_handlers_disconnect_by_data (self->persona, self);
  g_set_object (&self->persona, persona);

  for (KrPersonaField field = 0; field < KR_PERSONA_N_FIELDS; field++)
    kr_text_field_bind (field_widget (self, field), persona,
                        persona != NULL ? kr_persona_field_to_property (field) : NULL,
                        history,
                        field == KR_PERSONA_NAME ? _("Rename Persona") : _("Edit Persona"));

  if (persona != NULL)
    g_signal_connect_swapped (persona, "notify::name", G_CALLBACK (update_name), self);
  update_name (self);
}

KrPersona *
kr_empathy_map_get_persona (KrEmpathyMap *self)
{
  g_return_val_if_fail (KR_IS_EMPATHY_MAP (self), NULL);
  return self->persona;
}

void
kr_empathy_map_focus_name (KrEmpathyMap *self)
{
  g_return_if_fail (KR_IS_EMPATHY_MAP (self));
  gtk_widget_grab_focus (GTK_WIDGET (kr_text_row_get_field (self->name_row)));
}

GtkWidget *
kr_empathy_map_get_field (KrEmpathyMap   *self,
                          KrPersonaField  field)
{
  g_return_val_if_fail (KR_IS_EMPATHY_MAP (self), NULL);
  return GTK_WIDGET (field_widget (self, field));
}
