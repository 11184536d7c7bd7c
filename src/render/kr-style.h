/* kr-style.h: the look of a journey map, for the screen and for print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <pango/pango.h>

#include "kr-note.h"

G_BEGIN_DECLS

typedef enum
{
  KR_STYLE_LIGHT,
  KR_STYLE_DARK,
  KR_STYLE_HIGH_CONTRAST,
  /* Light, and clear in greyscale: exports and print use it whatever the
   * screen's theme. */
  KR_STYLE_PRINT,
  /* High contrast on a dark window: white on black. */
  KR_STYLE_HIGH_CONTRAST_DARK,
} KrStyleVariant;

typedef struct
{
  double r, g, b, a;
} KrColour;

typedef struct _KrStyle KrStyle;

KrStyle        *kr_style_new          (KrStyleVariant  variant);
KrStyle        *kr_style_copy         (const KrStyle  *style);
void            kr_style_free         (KrStyle        *style);
KrStyleVariant  kr_style_get_variant  (const KrStyle  *style);
/* Light text on a dark map. */
gboolean        kr_style_is_dark      (const KrStyle  *style);
/* Strong edges and no soft shadows, for those who need the contrast. */
gboolean        kr_style_is_high_contrast (const KrStyle *style);
/* The UI font family and base size in points (at zoom 1, 1 pt = 1 unit). */
const char     *kr_style_get_font     (const KrStyle  *style);
void            kr_style_set_font     (KrStyle        *style,
                                       const char     *family,
                                       double          size);
double          kr_style_get_font_size (const KrStyle *style);
/* Sets the base size so that the words on a note are @size map units.
 * Unlike kr_style_set_font (), any size above 0 is kept: a layout for
 * paper (in points) or for a projector is drawn at a scale of its own. */
void            kr_style_set_note_size (KrStyle       *style,
                                        double         size);
/* No text of any role smaller than @size map units, or than the notes'
 * words where those are smaller (0, the default: each role keeps its
 * share of the base size). Small print that a reader at arm's length or
 * at the back of a room must still read. */
void            kr_style_set_min_text_size (KrStyle   *style,
                                            double     size);
double          kr_style_get_min_text_size (const KrStyle *style);

/* The colours of a map. Every variant sets every one of them. */
typedef enum
{
  KR_STYLE_COLOUR_BACKGROUND,        /* around and behind the lanes */
  KR_STYLE_COLOUR_LANE,              /* lane bands alternate between these two */
  KR_STYLE_COLOUR_LANE_ALT,
  KR_STYLE_COLOUR_SEPARATOR,         /* lane edges and column separators */
  KR_STYLE_COLOUR_GRID,              /* faint valence and curve grid lines */
  KR_STYLE_COLOUR_TEXT,
  KR_STYLE_COLOUR_TEXT_SECONDARY,
  KR_STYLE_COLOUR_ACCENT,            /* phase number badges; a canvas's selection */
  KR_STYLE_COLOUR_ACCENT_TEXT,       /* text on the accent colour */
  KR_STYLE_COLOUR_NEUTRAL_LINE,
  KR_STYLE_COLOUR_CURVE,
  KR_STYLE_COLOUR_CURVE_POSITIVE,    /* translucent tints between the curve and 0 */
  KR_STYLE_COLOUR_CURVE_NEGATIVE,
  KR_STYLE_COLOUR_STAR,
  KR_STYLE_COLOUR_STAR_OUTLINE,
  KR_STYLE_COLOUR_RED_THREAD,
  KR_STYLE_COLOUR_SHADOW,            /* fully opaque; the painter fades it */
  KR_STYLE_COLOUR_NOTE_TEXT,
  KR_STYLE_COLOUR_NOTE_TEXT_SECONDARY,
  /* Paper and edge (border and icon) per note kind, in KrNoteKind order:
   * KR_STYLE_COLOUR_ACTIVITY_PAPER + 2 * kind is the paper of @kind. */
  KR_STYLE_COLOUR_ACTIVITY_PAPER,
  KR_STYLE_COLOUR_ACTIVITY_EDGE,
  KR_STYLE_COLOUR_PAIN_PAPER,
  KR_STYLE_COLOUR_PAIN_EDGE,
  KR_STYLE_COLOUR_GAIN_PAPER,
  KR_STYLE_COLOUR_GAIN_EDGE,
  KR_STYLE_COLOUR_IMPROVEMENT_PAPER,
  KR_STYLE_COLOUR_IMPROVEMENT_EDGE,
  KR_STYLE_COLOUR_FOCUS,             /* for a canvas: focus rings, drop feedback */
} KrStyleColour;

#define KR_STYLE_N_COLOURS (KR_STYLE_COLOUR_FOCUS + 1)

/* The roles text plays on a map; each has its own size and weight, all
 * derived from the base font. */
typedef enum
{
  KR_STYLE_TEXT_NOTE,      /* the words on a note */
  KR_STYLE_TEXT_SMALL,     /* a note's channel, scale labels */
  KR_STYLE_TEXT_CAPTION,   /* lane captions in the gutter, scope labels */
  KR_STYLE_TEXT_PHASE,     /* phase titles */
  KR_STYLE_TEXT_BADGE,     /* the phase number */
  KR_STYLE_TEXT_TITLE,     /* the journey's title */
  KR_STYLE_TEXT_SCOPE,     /* the scope summary under the title */
  KR_STYLE_TEXT_CHIP,      /* emotion names */
  KR_STYLE_TEXT_FEELING,   /* "Ik voel me …", in italics */
  KR_STYLE_TEXT_SIGN,      /* "+" and "−" at the neutral line */
} KrStyleText;

#define KR_STYLE_N_TEXTS (KR_STYLE_TEXT_SIGN + 1)

const KrColour *kr_style_get_colour      (const KrStyle  *style,
                                          KrStyleColour   colour);
const KrColour *kr_style_get_note_paper  (const KrStyle  *style,
                                          KrNoteKind      kind);
const KrColour *kr_style_get_note_edge   (const KrStyle  *style,
                                          KrNoteKind      kind);
/* Map geometry grows with the font: 1 at the default 12 pt. */
double          kr_style_get_scale       (const KrStyle  *style);
/* The size of @text in map units: its share of the base size, and no less
 * than the style's smallest. */
double          kr_style_get_text_size   (const KrStyle  *style,
                                          KrStyleText     text);
/* A new description of the font for @text: the family list, an absolute
 * size in map units, and the weight and style of the role. */
PangoFontDescription *kr_style_create_font (const KrStyle *style,
                                            KrStyleText    text);

/* "#RRGGBB" to a colour; FALSE (and @colour untouched) for anything else. */
gboolean        kr_colour_parse          (const char     *spec,
                                          KrColour       *colour);
/* 0xRRGGBB, as the emotion table stores colours, to an opaque colour. */
KrColour        kr_colour_from_rgb       (guint32         rgb);
/* Black or white, whichever reads better on @background. */
KrColour        kr_colour_contrasting    (const KrColour *background);
/* Relative luminance as WCAG defines it, 0..1. */
double          kr_colour_luminance      (const KrColour *colour);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrStyle, kr_style_free)

G_END_DECLS
