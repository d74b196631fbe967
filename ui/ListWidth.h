// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QListWidget;

// Gives a list the width its widest entry needs (with its check box, frame and scroll bar), so that
// its dialog opens showing every entry whole; no wider than nine tenths of the screen, beyond which
// the list scrolls sideways. Each entry's tooltip says it whole too.
void fitListWidthToItems(QListWidget *list);
