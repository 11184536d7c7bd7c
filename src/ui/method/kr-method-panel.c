/* kr-method-panel.c: the side panel beside the map: the journey's details,
 * its personas and the method coach
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of the method (the scope, the empathy map) has no place on the
 * wall itself, and the coach speaks of the whole method: they share a
 * panel at the map's side, so that the map stays in view and follows what
 * is typed here. The coach's findings lead back to the map, or to a field
 * of this panel.
 */
#define G_LOG_DOMAIN "kr-method-panel"

#include "config.h"

#include "kr-coach-panel.h"
#include "kr-journey-details.h"
#include "kr-method-panel.h"
#include "kr-personas-page.h"

struct _KrMethodPanel
{
  GtkWidget         parent_instance;

  /* Template children */
  GtkWidget        *box;
  AdwViewStack     *stack;
  KrJourneyDetails *details;
  KrPersonasPage   *personas;
  KrCoachPanel     *coach;

  KrJourney        *journey;
  KrCanvas         *canvas;   /* weak */
};

G_DEFINE_FINAL_TYPE (KrMethodPanel, kr_method_panel, GTK_TYPE_WIDGET)

/* As wide as the empathy map needs: two quadrants of some 25 characters
 * side by side. At 1280 pixels the map keeps more than two thirds. */
#define PANEL_WIDTH 400

static const char *const page_names[] = { "details", "personas", "coach" };

static void
coach_n_findings_cb (KrMethodPanel *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->stack, GTK_WIDGET (self->coach));

  adw_view_stack_page_set_badge_number (page, kr_coach_panel_get_n_findings (self->coach));
}

/* Folded over a narrow window, the panel gets out of the way of the map
 * that a finding leads to. */
static void
uncover_map (KrMethodPanel *self)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_FLAP);

  if (flap != NULL && adw_flap_get_folded (ADW_FLAP (flap)))
    adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
}

static void
finding_activated_cb (KrMethodPanel *self,
                      const char    *id,
                      int            about,
                      int            scope_field,
                      const char    *object_id)
{
  KrPhase *phase;

  if (self->journey == NULL)
    return;

  switch (about)
    {
    case KR_FINDING_ABOUT_SCOPE:
      kr_method_panel_focus_field (self, scope_field);
      return;

    case KR_FINDING_ABOUT_PERSONA:
      kr_method_panel_show_persona (self, object_id != NULL
                                            ? kr_journey_find_persona (self->journey, object_id,
                                                                       NULL)
                                            : NULL);
      return;

    case KR_FINDING_ABOUT_PHASE:
      phase = kr_journey_find_phase (self->journey, object_id, NULL);
      if (phase == NULL || self->canvas == NULL)
        return;
      uncover_map (self);
      /* Where the finding is fixed: the title is typed, the feelings are
       * picked on the wheel; the rest starts at the phase's title. */
      if (g_str_equal (id, KR_FINDING_PHASE_TITLE))
        kr_canvas_edit_phase (self->canvas, phase);
      else if (g_str_equal (id, KR_FINDING_EMOTIONS))
        g_action_group_activate_action (kr_canvas_get_actions (self->canvas), "phase-feelings",
                                        g_variant_new_string (object_id));
      else
        kr_canvas_focus_phase (self->canvas, phase);
      return;

    case KR_FINDING_ABOUT_JOURNEY:
    default:
      /* The count of phases, the red thread, the ideas: the whole map. */
      if (self->canvas == NULL)
        return;
      uncover_map (self);
      kr_canvas_zoom_to_fit (self->canvas);
      gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
      return;
    }
}

/* The panel keeps to its width, whatever its pages would like, and the
 * map beside it gets the rest. */
static void
kr_method_panel_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KrMethodPanel *self = KR_METHOD_PANEL (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
  /* AdwFlap gives its flap the least width it asks for. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MAX (*minimum, PANEL_WIDTH);
}

static GtkSizeRequestMode
kr_method_panel_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (KR_METHOD_PANEL (widget)->box);
}

static void
kr_method_panel_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KrMethodPanel *self = KR_METHOD_PANEL (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
kr_method_panel_dispose (GObject *object)
{
  KrMethodPanel *self = KR_METHOD_PANEL (object);

  kr_method_panel_set_document (self, NULL, NULL);
  g_clear_weak_pointer (&self->canvas);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_METHOD_PANEL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (kr_method_panel_parent_class)->dispose (object);
}

static void
kr_method_panel_class_init (KrMethodPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_method_panel_dispose;
  widget_class->measure = kr_method_panel_measure;
  widget_class->size_allocate = kr_method_panel_size_allocate;
  widget_class->get_request_mode = kr_method_panel_get_request_mode;

  g_type_ensure (KR_TYPE_JOURNEY_DETAILS);
  g_type_ensure (KR_TYPE_PERSONAS_PAGE);
  g_type_ensure (KR_TYPE_COACH_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-method-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KrMethodPanel, box);
  gtk_widget_class_bind_template_child (widget_class, KrMethodPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KrMethodPanel, details);
  gtk_widget_class_bind_template_child (widget_class, KrMethodPanel, personas);
  gtk_widget_class_bind_template_child (widget_class, KrMethodPanel, coach);
}

static void
kr_method_panel_init (KrMethodPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->coach, "notify::n-findings",
                            G_CALLBACK (coach_n_findings_cb), self);
  g_signal_connect_swapped (self->coach, "finding-activated",
                            G_CALLBACK (finding_activated_cb), self);
  coach_n_findings_cb (self);
}

GtkWidget *
kr_method_panel_new (void)
{
  return g_object_new (KR_TYPE_METHOD_PANEL, NULL);
}

void
kr_method_panel_set_document (KrMethodPanel *self,
                              KrJourney     *journey,
                              KrHistory     *history)
{
  g_return_if_fail (KR_IS_METHOD_PANEL (self));

  g_set_object (&self->journey, journey);
  kr_journey_details_set_document (self->details, journey, history);
  kr_personas_page_set_document (self->personas, journey, history);
  kr_coach_panel_set_journey (self->coach, journey);
}

void
kr_method_panel_set_canvas (KrMethodPanel *self,
                            KrCanvas      *canvas)
{
  g_return_if_fail (KR_IS_METHOD_PANEL (self));

  g_set_weak_pointer (&self->canvas, canvas);
}

void
kr_method_panel_show_page (KrMethodPanel *self,
                           KrMethodPage   page)
{
  g_return_if_fail (KR_IS_METHOD_PANEL (self));
  g_return_if_fail (page < G_N_ELEMENTS (page_names));

  adw_view_stack_set_visible_child_name (self->stack, page_names[page]);
}

KrMethodPage
kr_method_panel_get_page (KrMethodPanel *self)
{
  const char *name;

  g_return_val_if_fail (KR_IS_METHOD_PANEL (self), KR_METHOD_PAGE_DETAILS);

  name = adw_view_stack_get_visible_child_name (self->stack);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    if (g_strcmp0 (name, page_names[i]) == 0)
      return i;
  return KR_METHOD_PAGE_DETAILS;
}

void
kr_method_panel_focus_field (KrMethodPanel *self,
                             int            field)
{
  g_return_if_fail (KR_IS_METHOD_PANEL (self));

  kr_method_panel_show_page (self, KR_METHOD_PAGE_DETAILS);
  kr_journey_details_focus_field (self->details, field);
}

void
kr_method_panel_show_persona (KrMethodPanel *self,
                              KrPersona     *persona)
{
  g_return_if_fail (KR_IS_METHOD_PANEL (self));

  kr_method_panel_show_page (self, KR_METHOD_PAGE_PERSONAS);
  kr_personas_page_show_persona (self->personas, persona);
}
