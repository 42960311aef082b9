// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBitArray>
#include <QWidget>

// A QR code for one web address, drawn as large black-on-white modules with the 4-module quiet
// zone phone cameras need. Only ever shows what it is given; it opens nothing.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int quietZoneModules = 4;

    explicit QrCodeWidget(const QString &text, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    bool isValid() const { return m_modules > 0; }
    int moduleCount() const { return m_modules; } // per side, without the quiet zone
    void setModulePixels(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QBitArray m_dark; // row-major, m_modules × m_modules
    int m_modules = 0;
    int m_modulePixels = 6;
};
