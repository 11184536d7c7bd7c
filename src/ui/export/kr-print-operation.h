/* kr-print-operation.h: printing a journey as a handout
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-export.h"
#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_PRINT_OPERATION (kr_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (KrPrintOperation, kr_print_operation, KR, PRINT_OPERATION, GtkPrintOperation)

/* Prints the pages of kr_handout_new () for @journey, on the paper the
 * user picks in the print dialog; landscape A4 unless they pick another. */
KrPrintOperation *kr_print_operation_new        (KrJourney        *journey);
KrJourney        *kr_print_operation_get_journey (KrPrintOperation *self);
KrExportLayout    kr_print_operation_get_layout  (KrPrintOperation *self);
void              kr_print_operation_set_layout  (KrPrintOperation *self,
                                                  KrExportLayout    layout);

G_END_DECLS
