// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/AttractScreen.h"

#include "core/content/ChannelText.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/OutcomeLayout.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/CenteredColumn.h"

#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

AttractScreen::AttractScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Attract, parent)
    , m_body(new CenteredColumn(this))
    , m_message(ScreenParts::label(QStringLiteral("attractMessage"), m_body))
    , m_audiences(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_prompt(ScreenParts::label(QStringLiteral("muted"), m_body))
{
    setObjectName(QStringLiteral("attractScreen"));
    setFocusPolicy(Qt::StrongFocus); // a key starts too; the screen change focuses it
    m_message->setObjectName(QStringLiteral("attractMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_prompt->setObjectName(QStringLiteral("attractPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    m_body->setMaximumBaseWidth(1600); // three panels side by side on a landscape screen
    QVBoxLayout *column = m_body->column();
    column->addStretch(2);
    column->addWidget(m_message);
    column->addStretch(1);
    column->addLayout(m_audiences);
    column->addStretch(1);
    column->addWidget(m_prompt);
    column->addStretch(1);

    m_rotation.setObjectName(QStringLiteral("attractRotation"));
    m_rotation.setInterval(defaultRotationMilliseconds);
    connect(&m_rotation, &QTimer::timeout, this, &AttractScreen::showNext);
    retranslate();
    applyScale(1.0);
}

QString AttractScreen::question(CampaignAudiences::Audience audience)
{
    switch (audience) {
    case CampaignAudiences::Audience::OwnThoughts:
        return tr("Worried about your own thoughts or behaviour?");
    case CampaignAudiences::Audience::YoungPerson:
        return tr("Under 18, and someone is hurting you or you need to talk?");
    case CampaignAudiences::Audience::WorriedAboutAChild:
        return tr("Worried about a child?");
    }
    return {};
}

void AttractScreen::retranslate()
{
    ScreenParts::setText(m_prompt, tr("Touch anywhere to start"));
    setAccessibleName(tr("Touch anywhere to start"));
    setAccessibleDescription(tr("Or press any key to start."));
    for (int i = 0; i < m_panels.size(); ++i) {
        if (auto *words = m_panels.at(i)->findChild<QLabel *>(QStringLiteral("audienceQuestion")))
            ScreenParts::setText(words, question(m_panelAudiences.at(i)));
    }
}

void AttractScreen::present(const VisitModel &visit, const QString &language)
{
    showMessages(visit.content().campaignMessages, language);
    showAudiences(visit.content(), language);
}

void AttractScreen::forwardTo(VisitModel *visit)
{
    connect(this, &AttractScreen::touched, visit, &VisitModel::leaveAttract);
}

QWidget *AttractScreen::heading() const
{
    return const_cast<AttractScreen *>(this);
}

QList<QWidget *> AttractScreen::focusOrder() const
{
    return {heading()};
}

void AttractScreen::showMessages(const QList<LocalizedText> &messages, const QString &language)
{
    m_messages.clear();
    for (const LocalizedText &message : messages)
        m_messages << message.text(language);
    m_index = 0;
    ScreenParts::setText(m_message, m_messages.value(0));
}

void AttractScreen::showAudiences(const Content &content, const QString &language)
{
    removePanels();
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (const CampaignAudiences::Entry &entry : CampaignAudiences::of(content)) {
        const Service *service = content.service(entry.phone.service);
        const Channel *channel = content.channel(entry.phone);
        if (!service || !channel)
            continue;
        auto *panel = new QFrame(m_body);
        panel->setObjectName(QStringLiteral("audiencePanel"));
        panel->setProperty("role", QStringLiteral("card"));
        auto *words = new QVBoxLayout(panel);
        auto *asked = ScreenParts::label(QStringLiteral("subheading"), panel);
        asked->setObjectName(QStringLiteral("audienceQuestion"));
        words->addWidget(asked);
        words->addStretch(1); // names and numbers line up along the panels' foot
        const QString name = service->name.text(language);
        auto *serviceName = ScreenParts::label(QStringLiteral("serviceName"), panel,
                                               rightToLeft ? BidiText::isolated(name) : name);
        serviceName->setObjectName(QStringLiteral("audienceService"));
        words->addWidget(serviceName);
        // Numbers read left to right, "0808 1000 900" in Arabic too.
        const QString number = ChannelText::displayValue(*channel);
        auto *value = ScreenParts::label(QStringLiteral("number"), panel,
                                         rightToLeft ? BidiText::leftToRight(number) : number);
        value->setObjectName(QStringLiteral("audienceNumber"));
        value->setProperty("prominence", QStringLiteral("alternative"));
        value->setAccessibleName(number);
        words->addWidget(value);
        m_audiences->addWidget(panel, 1);
        m_panels << panel;
        m_panelAudiences << entry.audience;
    }
    retranslate();
    applyScale(m_scale);
}

void AttractScreen::removePanels()
{
    for (QFrame *panel : std::as_const(m_panels)) {
        panel->hide();
        m_audiences->removeWidget(panel);
        panel->deleteLater();
    }
    m_panels.clear();
    m_panelAudiences.clear();
}

QString AttractScreen::currentMessage() const
{
    return m_messages.value(m_index);
}

void AttractScreen::setRotationInterval(int milliseconds)
{
    m_rotation.setInterval(milliseconds);
}

void AttractScreen::applyScale(double scale)
{
    m_scale = scale;
    m_body->applyScale(scale);
    m_audiences->setSpacing(Theme::pixels(24, scale));
    const int margin = Theme::pixels(20, scale);
    for (QFrame *panel : std::as_const(m_panels)) {
        panel->layout()->setContentsMargins(margin, margin, margin, margin);
        panel->layout()->setSpacing(Theme::pixels(6, scale));
    }
}

void AttractScreen::showNext()
{
    if (m_messages.isEmpty())
        return;
    m_index = (m_index + 1) % int(m_messages.size());
    ScreenParts::setText(m_message, m_messages.at(m_index));
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    emit touched();
}

void AttractScreen::keyPressEvent(QKeyEvent *event)
{
    // Shift belongs to the quick exit; any other key starts, like a touch.
    if (event->key() == Qt::Key_Shift) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    emit touched();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    m_rotation.start();
    QWidget::showEvent(event);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    m_rotation.stop();
    QWidget::hideEvent(event);
}

void AttractScreen::resizeEvent(QResizeEvent *event)
{
    // Side by side when the window is wider than 4:3, as the outcome's two columns; mirrored in
    // a right-to-left language like any Qt layout.
    m_audiences->setDirection(OutcomeLayout::shapeFor(window()->size()) ==
                                      OutcomeLayout::Shape::TwoColumns
                                  ? QBoxLayout::LeftToRight
                                  : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}
