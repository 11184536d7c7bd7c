/* kr-style.c: the look of a journey map, for the screen and for print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-style"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-style.h"

/* Cantarell is GNOME's face; Inter is what newer GNOME releases ship; any
 * sans serif beats a fallback to serif on a machine with neither. */
#define DEFAULT_FONT "Cantarell, Inter, Sans"
#define DEFAULT_FONT_SIZE 12.0

struct _KrStyle
{
  KrStyleVariant variant;
  char          *font;
  double         font_size;
  double         min_text_size;   /* 0: text keeps the sizes of its roles */
  KrColour       colours[KR_STYLE_N_COLOURS];
};

/* 0xRRGGBBAA, one column per variant: light, dark, high contrast, print,
 * high contrast dark. The light palette is GNOME's (Adwaita's named
 * colours); sticky-note paper is pale so that body text keeps a contrast
 * of at least 7:1 on it, and dark paper under light text in the dark
 * variants. */
static const guint32 palettes[KR_STYLE_N_COLOURS][5] = {
  [KR_STYLE_COLOUR_BACKGROUND]          = { 0xF6F5F4FF, 0x1E1E1EFF, 0xFFFFFFFF, 0xFFFFFFFF, 0x000000FF },
  [KR_STYLE_COLOUR_LANE]                = { 0xFFFFFFFF, 0x282828FF, 0xFFFFFFFF, 0xFFFFFFFF, 0x000000FF },
  [KR_STYLE_COLOUR_LANE_ALT]            = { 0xFAF9F8FF, 0x242424FF, 0xF2F2F2FF, 0xF5F5F5FF, 0x141414FF },
  [KR_STYLE_COLOUR_SEPARATOR]           = { 0xDEDDDAFF, 0x3A3A3AFF, 0x000000FF, 0xBDBDBDFF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_GRID]                = { 0x241F3114, 0xFFFFFF14, 0x0000002C, 0x0000001C, 0xFFFFFF40 },
  [KR_STYLE_COLOUR_TEXT]                = { 0x241F31FF, 0xFFFFFFFF, 0x000000FF, 0x000000FF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_TEXT_SECONDARY]      = { 0x5E5C64FF, 0xC0BFBCFF, 0x000000FF, 0x444444FF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_ACCENT]              = { 0x3584E4FF, 0x78AEEDFF, 0x0038A8FF, 0x333333FF, 0x99C1F1FF },
  [KR_STYLE_COLOUR_ACCENT_TEXT]         = { 0xFFFFFFFF, 0x1E1E1EFF, 0xFFFFFFFF, 0xFFFFFFFF, 0x000000FF },
  [KR_STYLE_COLOUR_NEUTRAL_LINE]        = { 0x241F31FF, 0xF6F5F4FF, 0x000000FF, 0x000000FF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_CURVE]               = { 0x1C71D8FF, 0x62A0EAFF, 0x0030A0FF, 0x222222FF, 0x99C1F1FF },
  [KR_STYLE_COLOUR_CURVE_POSITIVE]      = { 0x2EC27E2E, 0x2EC27E24, 0x26A26930, 0x00000000, 0x57E38940 },
  [KR_STYLE_COLOUR_CURVE_NEGATIVE]      = { 0xE01B2424, 0xE01B2424, 0xC01C2828, 0x00000000, 0xFF7B6340 },
  [KR_STYLE_COLOUR_STAR]                = { 0xF6C915FF, 0xF8E45CFF, 0xFFBF00FF, 0xF6D32DFF, 0xF8E45CFF },
  [KR_STYLE_COLOUR_STAR_OUTLINE]        = { 0x9C6E03FF, 0x7A5A00FF, 0x000000FF, 0x000000FF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_RED_THREAD]          = { 0xC01C28FF, 0xFF6B75FF, 0xA00000FF, 0xA51D2DFF, 0xFF7B63FF },
  [KR_STYLE_COLOUR_SHADOW]              = { 0x000000FF, 0x000000FF, 0x000000FF, 0x000000FF, 0x000000FF },
  [KR_STYLE_COLOUR_NOTE_TEXT]           = { 0x241F31FF, 0xF6F5F4FF, 0x000000FF, 0x000000FF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_NOTE_TEXT_SECONDARY] = { 0x5E5C64FF, 0xC8C6C2FF, 0x000000FF, 0x3A3A3AFF, 0xFFFFFFFF },
  [KR_STYLE_COLOUR_ACTIVITY_PAPER]      = { 0xFFF3B0FF, 0x4A4021FF, 0xFFEC80FF, 0xFFF8D6FF, 0x2B2400FF },
  [KR_STYLE_COLOUR_ACTIVITY_EDGE]       = { 0xE0C45CFF, 0x8A7632FF, 0x000000FF, 0x8C7B3AFF, 0xF8E45CFF },
  [KR_STYLE_COLOUR_PAIN_PAPER]          = { 0xFFE1DEFF, 0x4D2327FF, 0xFFD2CEFF, 0xFBE8E7FF, 0x3A0A0AFF },
  [KR_STYLE_COLOUR_PAIN_EDGE]           = { 0xC01C28FF, 0xFF7B84FF, 0x8B0000FF, 0x8F1623FF, 0xFF7B63FF },
  [KR_STYLE_COLOUR_GAIN_PAPER]          = { 0xDBF3E1FF, 0x1E4030FF, 0xC6F2D2FF, 0xE8F5EBFF, 0x07331AFF },
  [KR_STYLE_COLOUR_GAIN_EDGE]           = { 0x26A269FF, 0x57E389FF, 0x005A20FF, 0x3F7F55FF, 0x8FF0A4FF },
  [KR_STYLE_COLOUR_IMPROVEMENT_PAPER]   = { 0xE6E5FAFF, 0x2E3052FF, 0xD6DBFFFF, 0xEEEEF8FF, 0x16164AFF },
  [KR_STYLE_COLOUR_IMPROVEMENT_EDGE]    = { 0x5B57D1FF, 0xA8A6FFFF, 0x1A237EFF, 0x3C3A80FF, 0xB5B2FFFF },
  [KR_STYLE_COLOUR_FOCUS]               = { 0x3584E4FF, 0x78AEEDFF, 0x0038A8FF, 0x333333FF, 0x99C1F1FF },
};

static KrColour
colour_from_rgba (guint32 rgba)
{
  return (KrColour) {
    ((rgba >> 24) & 0xff) / 255.0,
    ((rgba >> 16) & 0xff) / 255.0,
    ((rgba >> 8) & 0xff) / 255.0,
    (rgba & 0xff) / 255.0,
  };
}

KrStyle *
kr_style_new (KrStyleVariant variant)
{
  KrStyle *style;

  g_return_val_if_fail (variant <= KR_STYLE_HIGH_CONTRAST_DARK, NULL);

  style = g_new0 (KrStyle, 1);
  style->variant = variant;
  style->font = g_strdup (DEFAULT_FONT);
  style->font_size = DEFAULT_FONT_SIZE;
  for (guint i = 0; i < KR_STYLE_N_COLOURS; i++)
    style->colours[i] = colour_from_rgba (palettes[i][variant]);

  return style;
}

KrStyle *
kr_style_copy (const KrStyle *style)
{
  KrStyle *copy;

  g_return_val_if_fail (style != NULL, NULL);

  copy = g_memdup2 (style, sizeof *style);
  copy->font = g_strdup (style->font);
  return copy;
}

void
kr_style_free (KrStyle *style)
{
  if (style == NULL)
    return;

  g_free (style->font);
  g_free (style);
}

KrStyleVariant
kr_style_get_variant (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, KR_STYLE_LIGHT);

  return style->variant;
}

gboolean
kr_style_is_dark (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, FALSE);

  return style->variant == KR_STYLE_DARK || style->variant == KR_STYLE_HIGH_CONTRAST_DARK;
}

gboolean
kr_style_is_high_contrast (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, FALSE);

  return style->variant == KR_STYLE_HIGH_CONTRAST ||
         style->variant == KR_STYLE_HIGH_CONTRAST_DARK;
}

const char *
kr_style_get_font (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, NULL);

  return style->font;
}

/* A NULL or empty @family keeps the current one, and a size that is not
 * positive keeps the current size, so a caller can change one of the two. */
void
kr_style_set_font (KrStyle    *style,
                   const char *family,
                   double      size)
{
  g_return_if_fail (style != NULL);

  if (family != NULL && *family != '\0')
    {
      g_free (style->font);
      style->font = g_strdup (family);
    }
  /* Beyond these a map is unusable, whatever the user asked for. */
  if (size > 0 && isfinite (size))
    style->font_size = CLAMP (size, 6.0, 72.0);
}

double
kr_style_get_font_size (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, DEFAULT_FONT_SIZE);

  return style->font_size;
}

/* The notes' words are 15/12 of the base size (see text_roles below). */
#define NOTE_FACTOR (15.0 / 12)

void
kr_style_set_note_size (KrStyle *style,
                        double   size)
{
  g_return_if_fail (style != NULL);

  /* No clamp to what a screen can use: paper and projectors draw map
   * units at scales of their own. */
  if (size > 0 && isfinite (size))
    style->font_size = size / NOTE_FACTOR;
}

void
kr_style_set_min_text_size (KrStyle *style,
                            double   size)
{
  g_return_if_fail (style != NULL);

  style->min_text_size = size > 0 && isfinite (size) ? size : 0;
}

double
kr_style_get_min_text_size (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, 0);

  return style->min_text_size;
}

const KrColour *
kr_style_get_colour (const KrStyle *style,
                     KrStyleColour  colour)
{
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (colour < KR_STYLE_N_COLOURS, NULL);

  return &style->colours[colour];
}

const KrColour *
kr_style_get_note_paper (const KrStyle *style,
                         KrNoteKind     kind)
{
  g_return_val_if_fail (kind < KR_NOTE_N_KINDS, NULL);

  return kr_style_get_colour (style, KR_STYLE_COLOUR_ACTIVITY_PAPER + 2 * kind);
}

const KrColour *
kr_style_get_note_edge (const KrStyle *style,
                        KrNoteKind     kind)
{
  g_return_val_if_fail (kind < KR_NOTE_N_KINDS, NULL);

  return kr_style_get_colour (style, KR_STYLE_COLOUR_ACTIVITY_EDGE + 2 * kind);
}

double
kr_style_get_scale (const KrStyle *style)
{
  g_return_val_if_fail (style != NULL, 1.0);

  return style->font_size / DEFAULT_FONT_SIZE;
}

/* Sizes relative to the base font: at the default 12 the words on a note
 * are 15 units, and nothing a reader needs is below 13 units at 100 %. */
static const struct
{
  double      factor;
  PangoWeight weight;
  PangoStyle  slant;
} text_roles[KR_STYLE_N_TEXTS] = {
  [KR_STYLE_TEXT_NOTE]    = { 15.0 / 12, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_SMALL]   = { 13.0 / 12, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_CAPTION] = { 13.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_PHASE]   = { 17.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_BADGE]   = { 14.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_TITLE]   = { 32.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_SCOPE]   = { 15.0 / 12, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_CHIP]    = { 14.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [KR_STYLE_TEXT_FEELING] = { 15.0 / 12, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },
  [KR_STYLE_TEXT_SIGN]    = { 26.0 / 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
};

double
kr_style_get_text_size (const KrStyle *style,
                        KrStyleText    text)
{
  double size, least;

  g_return_val_if_fail (style != NULL, 0);
  g_return_val_if_fail (text < KR_STYLE_N_TEXTS, 0);

  size = style->font_size * text_roles[text].factor;
  /* The floor lifts small print to the notes' size at most: a channel
   * never outgrows the words of its note. */
  least = MIN (style->min_text_size, style->font_size * text_roles[KR_STYLE_TEXT_NOTE].factor);
  return round (MAX (size, least) * PANGO_SCALE) / PANGO_SCALE;
}

PangoFontDescription *
kr_style_create_font (const KrStyle *style,
                      KrStyleText    text)
{
  PangoFontDescription *desc;

  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (text < KR_STYLE_N_TEXTS, NULL);

  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, style->font);
  /* Absolute sizes are in device units, which are map units here: the
   * layout does not change with the screen's resolution. */
  pango_font_description_set_absolute_size (desc,
                                            kr_style_get_text_size (style, text) * PANGO_SCALE);
  pango_font_description_set_weight (desc, text_roles[text].weight);
  pango_font_description_set_style (desc, text_roles[text].slant);
  return desc;
}

gboolean
kr_colour_parse (const char *spec,
                 KrColour   *colour)
{
  guint32 value = 0;

  g_return_val_if_fail (colour != NULL, FALSE);

  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (spec[i]);

      if (digit < 0)
        return FALSE;
      value = (value << 4) | (guint32) digit;
    }

  *colour = colour_from_rgba ((value << 8) | 0xff);
  return TRUE;
}

KrColour
kr_colour_from_rgb (guint32 rgb)
{
  return colour_from_rgba ((rgb << 8) | 0xff);
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
kr_colour_luminance (const KrColour *colour)
{
  g_return_val_if_fail (colour != NULL, 0);

  return 0.2126 * linear_channel (colour->r) +
         0.7152 * linear_channel (colour->g) +
         0.0722 * linear_channel (colour->b);
}

KrColour
kr_colour_contrasting (const KrColour *background)
{
  double l = kr_colour_luminance (background);

  /* The luminance where black and white give the same contrast ratio. */
  if (l > 0.179)
    return (KrColour) { 0.0, 0.0, 0.0, 1.0 };
  return (KrColour) { 1.0, 1.0, 1.0, 1.0 };
}
