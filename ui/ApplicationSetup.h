// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

// Names and the font every drawing entry point (window, export, report) shares.
// Chinese needs the Simplified Chinese face: fontconfig's default for Han
// characters here is the Japanese one, so it is named as the fallback family.
void setUpApplication(QApplication &app);
