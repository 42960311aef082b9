// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

class QLabel;

// A push button whose words wrap instead of being cut off: long answers, long translations and
// large text on narrow (portrait) screens. The words are its accessible name.
class WrappingButton : public QPushButton
{
    Q_OBJECT
public:
    explicit WrappingButton(const QString &text = {}, QWidget *parent = nullptr);

    QString wrappedText() const;
    void setWrappedText(const QString &text);
    QLabel *textLabel() const { return m_label; }
    // Inner margins: `horizontal` and `vertical` base pixels at this scale.
    void applyScale(double scale, double horizontal = 36, double vertical = 12);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    // The words are a child label, which a style sheet cannot restyle from the button's focus:
    // the label carries a "buttonFocus" property instead (a focused secondary button is yellow).
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QLabel *m_label;
};
