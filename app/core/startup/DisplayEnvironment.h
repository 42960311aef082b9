// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

// Decides, before Qt's GUI starts, whether a window can be shown, so Signpost can say so plainly
// instead of letting the platform plugin abort.
class DisplayEnvironment
{
public:
    explicit DisplayEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    bool canShowWindow() const;
    QString noDisplayMessage() const;

private:
    QProcessEnvironment m_environment;
};
