// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/CampaignAudiences.h"
#include "core/content/Content.h"
#include "ui/public/screens/PublicScreen.h"

#include <QTimer>

class CenteredColumn;
class QBoxLayout;
class QFrame;
class QLabel;

// Shown after an idle reset: the content's campaign lines, one at a time, changing slowly; the
// three audiences the campaign speaks to, each with its number from the content (side by side on
// a landscape screen, one above another on a portrait one); and "Touch anywhere to start".
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
    // The audiences and their numbers (CampaignAudiences) in `language`.
    void showAudiences(const Content &content, const QString &language);
    QString currentMessage() const;
    QList<QFrame *> audiencePanels() const { return m_panels; } // in reading order
    void setRotationInterval(int milliseconds);
    void applyScale(double scale) override;
    void retranslate() override; // after a language switch
    // "Worried about your own thoughts or behaviour?": the question each audience is asked.
    static QString question(CampaignAudiences::Audience audience);

signals:
    void touched();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showNext();
    void removePanels();

    QStringList m_messages;
    int m_index = 0;
    double m_scale = 1.0;
    CenteredColumn *m_body;
    QLabel *m_message;
    QBoxLayout *m_audiences;
    QList<QFrame *> m_panels;
    QList<CampaignAudiences::Audience> m_panelAudiences;
    QLabel *m_prompt;
    QTimer m_rotation;
};
