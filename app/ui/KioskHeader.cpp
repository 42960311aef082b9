#include "KioskHeader.h"

#include "LeaveButton.h"
#include "QuickExitCue.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

KioskHeader::KioskHeader(QWidget *parent)
    : QFrame(parent)
    , m_brand(new QLabel(tr("Signpost"), this))
    , m_cue(new QuickExitCue(this))
    , m_leave(new LeaveButton(this))
{
    setObjectName(QStringLiteral("header"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_brand->setTextFormat(Qt::PlainText);
    m_brand->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_brand);
    layout->addStretch(1);
    layout->addWidget(m_cue, 0, Qt::AlignVCenter);
    layout->addWidget(m_leave);
    applyScale(1.0);
}

void KioskHeader::applyScale(double scale)
{
    const int margin = Theme::pixels(24, scale);
    layout()->setContentsMargins(margin, Theme::pixels(12, scale), margin,
                                 Theme::pixels(12, scale));
    layout()->setSpacing(Theme::pixels(20, scale));
    m_cue->applyScale(scale);
}
