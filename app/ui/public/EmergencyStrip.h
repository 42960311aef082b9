// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QFrame>

class QLabel;

// "Is someone in danger now? Call 999", with the text relay and BSL ways in, from the content's
// emergency channels; on every public screen.
class EmergencyStrip : public QFrame
{
    Q_OBJECT
public:
    explicit EmergencyStrip(QWidget *parent = nullptr);

    void showChannels(const Content &content, const QString &language);
    QString text() const; // as read out: plain text
    void applyScale(double scale);

private:
    QLabel *m_label;
};
