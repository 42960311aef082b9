// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qr/QrCode.h"

#include <QWidget>

// A QR code for one web address on screen: encoded by QrCode, drawn by QrCodePainter as large
// modules in the theme's QR colours with the 4-module quiet zone phone cameras need. Only ever
// shows what it is given; it opens nothing.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int quietZoneModules = 4;

    explicit QrCodeWidget(const QString &text, QWidget *parent = nullptr);

    QString text() const { return m_code.text(); }
    bool isValid() const { return m_code.isValid(); }
    int moduleCount() const { return m_code.size(); } // per side, without the quiet zone
    void setModulePixels(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QrCode m_code;
    int m_modulePixels = 6;
};
