// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

// A column of limited width centred in the available space, so lines stay readable on wide
// landscape screens and use the full width on portrait ones.
class CenteredColumn : public QWidget
{
    Q_OBJECT
public:
    explicit CenteredColumn(QWidget *parent = nullptr);

    QVBoxLayout *column() const { return m_column; }
    void applyScale(double scale);

private:
    QWidget *m_inner;
    QVBoxLayout *m_column;
};
