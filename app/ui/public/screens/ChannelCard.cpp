// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/ChannelCard.h"

#include "core/content/ChannelLabel.h"
#include "core/content/ChannelText.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/QrCodeWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString prominenceName(ChannelCard::Prominence prominence)
{
    return prominence == ChannelCard::Prominence::Primary ? QStringLiteral("primary")
                                                          : QStringLiteral("alternative");
}

// Plain words for what a service does with what you tell it, when it says nothing itself;
// empty when the content does not say, because a guess here could mislead.
QString confidentialitySummary(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::NotStated:
        return {};
    case Confidentiality::Anonymous:
        return ChannelCard::tr("Anonymous: you do not have to say who you are.");
    case Confidentiality::ConfidentialWithDutyToShare:
        return ChannelCard::tr("Confidential. If a child is at risk, they may have to pass that "
                               "on.");
    case Confidentiality::NotAnonymous:
        return ChannelCard::tr("Not anonymous: they will ask who you are.");
    }
    return {};
}

// The channel as a kind, for a card whose label would only repeat the service's name.
QString kindName(ChannelType type)
{
    switch (type) {
    case ChannelType::Phone:
        return ChannelCard::tr("Call");
    case ChannelType::Textphone:
        return ChannelCard::tr("Textphone");
    case ChannelType::Text:
        return ChannelCard::tr("Text");
    case ChannelType::VideoRelay:
        return ChannelCard::tr("BSL video relay");
    case ChannelType::Chat:
        return ChannelCard::tr("Live chat");
    case ChannelType::Email:
        return ChannelCard::tr("Email");
    case ChannelType::Web:
        return ChannelCard::tr("Website");
    }
    return {};
}

} // namespace

ChannelCard::ChannelCard(const ChannelAvailability &availability, Prominence prominence,
                         const QString &language, bool sameServiceAsPrimary, QWidget *parent)
    : QFrame(parent)
    , m_ref(availability.ref())
    , m_prominence(prominence)
{
    setObjectName(prominence == Prominence::Primary ? QStringLiteral("primaryCard")
                                                    : QStringLiteral("alternativeCard"));
    setProperty("role", QStringLiteral("card"));
    setProperty("prominence", prominenceName(prominence));
    // A stop for Tab and the arrows: a screen reader reads the card as its name, then its number
    // and whether it is open (see updateAccessibleText()).
    setFocusPolicy(Qt::StrongFocus);
    auto *row = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    row->addLayout(column, 1);

    const Service *service = availability.service();
    const Channel *channel = availability.channel();
    if (!service || !channel)
        return;

    // Names and labels keep their own direction inside the other language's sentence.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const auto inSentence = [rightToLeft](const QString &text) {
        return rightToLeft ? BidiText::isolated(text) : text;
    };
    // The service's name once, then the channel: its kind ("NSPCC Helpline — Call") unless its
    // own label says more ("Police — Non-emergency: 101").
    const QString way = ChannelLabel::isGeneric(*service, *channel) ? kindName(channel->type)
                                                                    : channel->label.text(language);
    m_name = ScreenParts::label(
        QStringLiteral("serviceName"), this,
        tr("%1 — %2").arg(inSentence(service->name.text(language)), inSentence(way)));
    m_name->setObjectName(QStringLiteral("serviceName"));
    column->addWidget(m_name);

    // Numbers and web addresses always read left to right, "0808 1000 900" in Arabic too.
    const bool number = ChannelText::isNumber(*channel);
    m_valueText = ChannelText::displayValue(*channel);
    m_value =
        ScreenParts::label(number ? QStringLiteral("number") : QStringLiteral("address"), this,
                           rightToLeft ? BidiText::leftToRight(m_valueText) : m_valueText);
    m_value->setObjectName(QStringLiteral("channelValue"));
    m_value->setProperty("prominence", prominenceName(prominence));
    m_value->setAccessibleName(m_valueText);
    column->addWidget(m_value);

    // An alternative with a QR code lets the code, its caption and the address say how; the
    // words would push the outcome off one screen.
    const bool web = ChannelText::isWebAddress(*channel);
    if (!channel->howTo.isEmpty() && (prominence == Prominence::Primary || !web))
        column->addWidget(ScreenParts::label(QString(), this, channel->howTo.text(language)));

    m_status = ScreenParts::label(QString(), this);
    m_status->setObjectName(QStringLiteral("channelStatus"));
    column->addWidget(m_status);
    setAvailability(availability);

    if (!channel->cost.isEmpty()) {
        m_cost = ScreenParts::label(QString(), this, channel->cost.text(language));
        m_cost->setObjectName(QStringLiteral("channelCost"));
        column->addWidget(m_cost);
    }

    const QString confidentiality = service->confidentialityNote.isEmpty()
                                        ? confidentialitySummary(service->confidentiality)
                                        : service->confidentialityNote.text(language);
    if (prominence == Prominence::Primary) {
        if (!service->whatHappens.isEmpty()) {
            addSection(channel->type == ChannelType::Phone ? tr("What happens when you call")
                                                           : tr("What happens next"),
                       service->whatHappens.text(language));
        }
        if (!confidentiality.isEmpty())
            addSection(tr("What they do with what you tell them"), confidentiality);
    } else if (!confidentiality.isEmpty() && !sameServiceAsPrimary) {
        column->addWidget(ScreenParts::label(QStringLiteral("muted"), this, confidentiality));
    }

    if (web) {
        auto *qrColumn = new QVBoxLayout;
        m_qr = new QrCodeWidget(channel->value, this);
        qrColumn->addWidget(m_qr, 0, Qt::AlignHCenter);
        // The other ways in share one caption, above them (OutcomeScreen): said once.
        if (prominence == Prominence::Primary) {
            auto *caption = ScreenParts::label(QStringLiteral("small"), this, scanCaption());
            caption->setAlignment(Qt::AlignHCenter);
            qrColumn->addWidget(caption);
        }
        qrColumn->addStretch(1);
        row->addLayout(qrColumn);
    }
    column->addStretch(1); // the words stay together at the top beside a taller QR code
    updateAccessibleText();
    applyScale(1.0);
}

QString ChannelCard::scanCaption()
{
    return tr("Scan to keep this on your phone");
}

void ChannelCard::addSection(const QString &heading, const QString &text)
{
    auto *column = static_cast<QVBoxLayout *>(layout()->itemAt(0)->layout());
    auto *title = ScreenParts::label(QStringLiteral("sectionHeading"), this, heading);
    m_sectionHeadings << title;
    column->addWidget(title);
    column->addWidget(ScreenParts::label(QString(), this, text));
}

QString ChannelCard::valueText() const
{
    return m_valueText;
}

QString ChannelCard::statusText() const
{
    return m_status ? BidiText::withoutMarks(m_status->text()) : QString();
}

void ChannelCard::updateAccessibleText()
{
    if (!m_name)
        return;
    setAccessibleName(BidiText::withoutMarks(m_name->text()));
    // The number (or address), then open or closed, then the cost: one line each.
    QStringList lines{m_valueText};
    if (m_status && !m_status->text().isEmpty())
        lines << statusText();
    if (m_cost)
        lines << BidiText::withoutMarks(m_cost->text());
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    if (m_status)
        m_status->setAccessibleName(statusText());
}

void ChannelCard::setAvailability(const ChannelAvailability &availability)
{
    if (!m_status)
        return;
    const QString text = availability.statusText();
    ScreenParts::setText(m_status, text);
    m_status->setVisible(!text.isEmpty());
    ScreenParts::setStyleProperty(m_status, "status",
                                  availability.isOpenNow()     ? QStringLiteral("open")
                                  : availability.isClosedNow() ? QStringLiteral("closed")
                                                               : QString());
    updateAccessibleText();
}

void ChannelCard::applyScale(double scale)
{
    const int margin = Theme::pixels(m_prominence == Prominence::Primary ? 24 : 14, scale);
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->setSpacing(Theme::pixels(24, scale));
    if (auto *column = layout()->itemAt(0)->layout())
        column->setSpacing(Theme::pixels(4, scale));
    if (m_qr)
        m_qr->setModulePixels(
            Theme::pixels(m_prominence == Prominence::Primary ? 5 : 4, std::max(scale, 0.8)));
}
