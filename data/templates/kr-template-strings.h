/* kr-template-strings.h: the placeholder texts of the journey templates
 *
 * Written by template-strings.py from the templates beside it; do not edit.
 * Only xgettext reads this file; nothing compiles it.
 */
/* TRANSLATORS: a placeholder text of the journey template method-schema.klantreis; phases are written by the customer, “I …” */
NC_("journey template", "I …");
/* TRANSLATORS: a placeholder text of the journey template method-schema.klantreis; phases are written by the customer, “I …” */
NC_("journey template", "Customer");
/* TRANSLATORS: a placeholder text of the journey template method-schema.klantreis; phases are written by the customer, “I …” */
NC_("journey template", "I notice that I need something (before the first contact)");
/* TRANSLATORS: a placeholder text of the journey template method-schema.klantreis; phases are written by the customer, “I …” */
NC_("journey template", "I look back on it (after the last contact)");
