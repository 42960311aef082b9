// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

// Lays its widgets out in a row and starts a new row when the next one does not fit, so a row
// of buttons never squeezes one of them (or its words) in a long language or in large text. A
// button wider than the whole row gets the row's width and its words wrap (WrappingButton).
// Follows the layout direction: right to left in Arabic and Urdu.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void setSpacing(int spacing) override { m_spacing = spacing; }
    int spacing() const override { return m_spacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // returns the height used

    QList<QLayoutItem *> m_items;
    int m_spacing = 0;
};
