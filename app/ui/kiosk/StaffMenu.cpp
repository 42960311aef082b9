// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StaffMenu.h"

#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "ui/widgets/QrCodeWidget.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int maximumIssuesShown = 5;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate)
                          : QCoreApplication::translate("StaffMenu", "not stated");
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumSize(160, 64);
    return button;
}

} // namespace

StaffMenu::StaffMenu(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("staffMenu"));
    setAccessibleName(tr("Staff menu"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Staff menu"), this);
    title->setObjectName(QStringLiteral("staffMenuTitle"));
    QFont titleFont = title->font();
    titleFont.setPixelSize(28);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *form = new QFormLayout;
    m_contentId = addRow(form, tr("Content"), QStringLiteral("contentId"));
    m_version = addRow(form, tr("Version"), QStringLiteral("contentVersion"));
    m_source = addRow(form, tr("Source"), QStringLiteral("contentSource"));
    m_reviewedOn = addRow(form, tr("Reviewed on"), QStringLiteral("contentReviewedOn"));
    m_reviewDue = addRow(form, tr("Review due"), QStringLiteral("contentReviewDue"));
    m_needsConfirming = addRow(form, tr("Needs confirming"), QStringLiteral("needsConfirming"));
    m_localPack = addRow(form, tr("Local pack"), QStringLiteral("localPack"));

    m_fallbackWarning = new QLabel(this);
    m_fallbackWarning->setObjectName(QStringLiteral("fallbackWarning"));
    m_fallbackWarning->setWordWrap(true);
    m_fallbackWarning->setTextFormat(Qt::PlainText);
    QFont warningFont = m_fallbackWarning->font();
    warningFont.setBold(true);
    m_fallbackWarning->setFont(warningFont);
    m_fallbackWarning->hide();
    m_localWarning = new QLabel(this);
    m_localWarning->setObjectName(QStringLiteral("localPackWarning"));
    m_localWarning->setWordWrap(true);
    m_localWarning->setTextFormat(Qt::PlainText);
    m_localWarning->setFont(warningFont);
    m_localWarning->hide();
    m_languageWarnings = new QLabel(this);
    m_languageWarnings->setObjectName(QStringLiteral("languageWarnings"));
    m_languageWarnings->setWordWrap(true);
    m_languageWarnings->setTextFormat(Qt::PlainText);
    m_languageWarnings->setFont(warningFont);
    m_languageWarnings->hide();
    m_kioskStatus = new QLabel(this);
    m_kioskStatus->setObjectName(QStringLiteral("kioskStatus"));
    m_kioskStatus->setTextFormat(Qt::PlainText);
    m_kioskStatus->setWordWrap(true);
    m_kioskStatus->setTextInteractionFlags(Qt::NoTextInteraction);
    m_kioskStatus->hide();
    m_statusRow = new QHBoxLayout;
    m_statusRow->addWidget(m_kioskStatus, 1);

    auto *reload = makeButton(tr("Reload content"), QStringLiteral("reloadButton"), this);
    m_staffModeButton =
        makeButton(tr("Switch to staff mode"), QStringLiteral("staffModeButton"), this);
    m_staffModeButton->hide();
    m_printButton = makeButton(tr("Print take-away cards"), QStringLiteral("printButton"), this);
    m_printButton->hide();
    auto *quit = makeButton(tr("Quit Signpost"), QStringLiteral("quitButton"), this);
    auto *close = makeButton(tr("Close"), QStringLiteral("closeButton"), this);
    connect(reload, &QPushButton::clicked, this, &StaffMenu::reloadRequested);
    connect(m_staffModeButton, &QPushButton::clicked, this, &StaffMenu::staffModeRequested);
    connect(m_printButton, &QPushButton::clicked, this, &StaffMenu::printCardsRequested);
    connect(quit, &QPushButton::clicked, this, &StaffMenu::quitRequested);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reload);
    buttons->addWidget(m_staffModeButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(quit);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_fallbackWarning);
    layout->addWidget(m_localWarning);
    layout->addWidget(m_languageWarnings);
    layout->addLayout(m_statusRow);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

QLabel *StaffMenu::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void StaffMenu::setContentStatus(const ActiveContent &active, const QDate &today)
{
    const ContentMetadata &metadata = active.content.metadata;
    m_contentId->setText(metadata.id);
    m_version->setText(QString::number(metadata.version));
    m_source->setText(active.builtIn ? tr("Built-in content") : active.source);

    m_reviewedOn->setText(dateText(metadata.reviewedOn));
    if (metadata.reviewDue.isValid() && metadata.reviewDue < today)
        m_reviewDue->setText(tr("%1 — overdue: ask the content owner for an update")
                                 .arg(dateText(metadata.reviewDue)));
    else
        m_reviewDue->setText(dateText(metadata.reviewDue));

    int services = 0;
    for (const Service &service : active.content.services) {
        bool flagged = service.needsConfirming;
        for (const Channel &channel : service.channels)
            flagged = flagged || channel.needsConfirming;
        if (flagged)
            ++services;
    }
    m_needsConfirming->setText(
        services == 0 ? tr("Nothing") : tr("%n services have facts to confirm", nullptr, services));

    const LocalPackState &local = active.local;
    if (local.applied())
        m_localPack->setText(tr("'%1' version %2, signed with local key %3")
                                 .arg(local.id)
                                 .arg(local.version)
                                 .arg(local.keyId));
    else
        m_localPack->setText(local.dropped() ? tr("Dropped (see below)") : tr("None installed"));
    m_localWarning->setText(local.dropped()
                                ? tr("The local pack %1 could not be used, so the national content "
                                     "is running without its local services: %2")
                                      .arg(local.source, local.reason)
                                : QString());
    m_localWarning->setVisible(local.dropped());

    if (!active.fellBack) {
        m_fallbackWarning->clear();
        m_fallbackWarning->hide();
        return;
    }
    // The configured file that failed is named by its problems (ActiveContent::source is the
    // built-in content now in use).
    const QString failedFile =
        active.issues.isEmpty() ? QString() : active.issues.constFirst().file;
    QStringList lines{failedFile.isEmpty()
                          ? tr("The configured content file could not be used, so Signpost is "
                               "showing its built-in content.")
                          : tr("The content file %1 could not be used, so Signpost is showing its "
                               "built-in content.")
                                .arg(failedFile)};
    for (int i = 0; i < active.issues.size() && i < maximumIssuesShown; ++i) {
        const ContentIssue &issue = active.issues.at(i);
        lines << (issue.pointer.isEmpty() ? issue.message
                                          : tr("%1: %2").arg(issue.pointer, issue.message));
    }
    if (active.issues.size() > maximumIssuesShown)
        lines << tr("…and %n more problems; run signpost --validate on the file to see them all.",
                    nullptr, static_cast<int>(active.issues.size() - maximumIssuesShown));
    m_fallbackWarning->setText(lines.join(QLatin1Char('\n')));
    m_fallbackWarning->show();
}

void StaffMenu::setStaffModeAvailable(bool available)
{
    m_staffModeButton->setVisible(available);
}

void StaffMenu::setLanguageWarnings(const QStringList &warnings)
{
    m_languageWarnings->setText(warnings.join(QLatin1Char('\n')));
    m_languageWarnings->setVisible(!warnings.isEmpty());
}

void StaffMenu::setPrintAvailable(bool available)
{
    m_printButton->setVisible(available);
}

void StaffMenu::setKioskStatus(const QString &text)
{
    // A heading line, then the lines the QR code holds word for word.
    m_kioskStatus->setText(tr("For IT (scan the code to report this kiosk's state):") +
                           QLatin1Char('\n') + text.trimmed());
    m_kioskStatus->setVisible(!text.isEmpty());
    delete m_statusQr;
    m_statusQr = nullptr;
    if (text.isEmpty())
        return;
    m_statusQr = new QrCodeWidget(text, this);
    m_statusQr->setObjectName(QStringLiteral("kioskStatusQr"));
    m_statusQr->setAccessibleName(tr("QR code of the kiosk status"));
    m_statusQr->setModulePixels(3);
    m_statusRow->addWidget(m_statusQr, 0, Qt::AlignTop);
}
