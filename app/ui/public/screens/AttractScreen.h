// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "ui/public/screens/PublicScreen.h"

#include <QTimer>

class CenteredColumn;
class QLabel;

// Shown after an idle reset: the content's campaign lines, one at a time, changing slowly, and
// "Touch anywhere to start".
class AttractScreen : public PublicScreen
{
    Q_OBJECT
public:
    static constexpr int defaultRotationMilliseconds = 8000;

    explicit AttractScreen(QWidget *parent = nullptr);

    void present(const VisitModel &visit, const QString &language) override;
    void forwardTo(VisitModel *visit) override;
    // The screen takes focus itself: any key starts.
    QWidget *heading() const override;
    QList<QWidget *> focusOrder() const override;
    void showMessages(const QList<LocalizedText> &messages, const QString &language);
    QString currentMessage() const;
    void setRotationInterval(int milliseconds);
    void applyScale(double scale) override;
    void retranslate() override;

signals:
    void touched();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showNext();

    QStringList m_messages;
    int m_index = 0;
    CenteredColumn *m_body;
    QLabel *m_message;
    QLabel *m_prompt;
    QTimer m_rotation;
};
