#pragma once

#include <QPushButton>

class QLabel;

// A large answer button whose words wrap instead of being cut off, for long answers on narrow
// (portrait) screens.
class AnswerButton : public QPushButton
{
    Q_OBJECT
public:
    explicit AnswerButton(const QString &text, QWidget *parent = nullptr);

    QString answerText() const;
    void applyScale(double scale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel *m_label;
};
