// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/PublicScreen.h"

PublicScreen::PublicScreen(VisitModel::Screen which, QWidget *parent)
    : QWidget(parent)
    , m_which(which)
{}

void PublicScreen::otherShown(const VisitModel &, const QString &) {}
