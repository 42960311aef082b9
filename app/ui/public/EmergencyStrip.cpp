// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/EmergencyStrip.h"

#include "core/content/ChannelText.h"
#include "ui/public/Theme.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>

EmergencyStrip::EmergencyStrip(QWidget *parent)
    : QFrame(parent)
    , m_label(new WrappingLabel(this)) // measured once per width, not at each layout's question
{
    setObjectName(QStringLiteral("emergencyStrip"));
    m_label->setObjectName(QStringLiteral("emergencyText"));
    m_label->setTextFormat(Qt::RichText); // only to make the numbers bold; values are escaped
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setOpenExternalLinks(false);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    applyScale(1.0);
}

void EmergencyStrip::showChannels(const Content &content, const QString &language)
{
    // 999, 18000 and "999 BSL" read left to right inside Arabic and Urdu sentences too.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const auto inOrder = [rightToLeft](const QString &text) {
        return rightToLeft ? BidiText::leftToRight(text) : text;
    };
    QStringList parts{QStringLiteral("<b>%1</b>").arg(tr("Is someone in danger now?"))};
    for (const ChannelRef &ref : content.emergency) {
        const Channel *channel = content.channel(ref);
        if (!channel)
            continue;
        const QString value =
            QStringLiteral("<b>%1</b>")
                .arg(inOrder(ChannelText::displayValue(*channel)).toHtmlEscaped());
        const QString label = channel->label.text(language);
        if (channel->type == ChannelType::Phone) {
            parts << tr("Call %1").arg(value);
        } else if (channel->type == ChannelType::Textphone) {
            // 18000 is dialled from a textphone or the Relay UK app; it is not a text message.
            parts << tr("Textphone or Relay UK app: %1").arg(value);
        } else if (label.contains(channel->value)) { // "999 BSL video relay" already says it
            // "999 BSL" stays on one line.
            QString kept = label;
            kept.replace(channel->value + QLatin1Char(' '), channel->value + QChar::Nbsp);
            parts << QStringLiteral("<b>%1</b>")
                         .arg((rightToLeft ? BidiText::isolated(kept) : kept).toHtmlEscaped());
        } else {
            parts << tr("%1: %2").arg(label.toHtmlEscaped(), value);
        }
    }
    m_label->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_label->setAccessibleName(BidiText::withoutMarks(text()));
}

QString EmergencyStrip::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

void EmergencyStrip::applyScale(double scale)
{
    const int margin = Theme::pixels(24, scale);
    layout()->setContentsMargins(margin, Theme::pixels(10, scale), margin,
                                 Theme::pixels(10, scale));
}
