// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/ContentStatusView.h"

#include "core/languages/LanguageCatalogue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat)
                          : ContentStatusView::tr("not given");
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("staffRole", QStringLiteral("sectionHeading"));
    return label;
}

} // namespace

ContentStatusView::ContentStatusView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contentStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("contentWarning"));
    m_banner->setProperty("staffRole", QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    layout->addWidget(m_banner);

    layout->addWidget(heading(tr("Content in use"), this));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    // The review pack content owners sign off: the map, every sentence beside one language,
    // every service, the open questions and the warnings (ReviewPackRenderer).
    auto *review = new QHBoxLayout;
    auto *reviewLabel = new QLabel(tr("Review pack, beside the English:"), this);
    m_reviewLanguage = new QComboBox(this);
    m_reviewLanguage->setObjectName(QStringLiteral("reviewPackLanguage"));
    reviewLabel->setBuddy(m_reviewLanguage);
    auto *exportReview = new QPushButton(tr("Export review pack…"), this);
    exportReview->setObjectName(QStringLiteral("exportReviewPack"));
    review->addWidget(reviewLabel);
    review->addWidget(m_reviewLanguage);
    review->addWidget(exportReview);
    review->addStretch(1);
    layout->addLayout(review);
    connect(exportReview, &QPushButton::clicked, this, [this] {
        const QString language = reviewPackLanguage();
        emit reviewPackRequested(language.isEmpty() ? QStringList() : QStringList{language});
    });

    layout->addWidget(heading(tr("Facts that need confirming"), this));
    m_confirming = new QListWidget(this);
    m_confirming->setObjectName(QStringLiteral("needsConfirmingList"));
    m_confirming->setWordWrap(true);
    layout->addWidget(m_confirming, 1);

    layout->addWidget(heading(tr("Validation warnings"), this));
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("contentIssues"));
    m_issues->setWordWrap(true);
    layout->addWidget(m_issues, 1);
}

QString ContentStatusView::reviewPackLanguage() const
{
    return m_reviewLanguage->currentData().toString();
}

bool ContentStatusView::isReviewOverdue(const ContentMetadata &metadata, const QDate &today)
{
    return metadata.reviewDue.isValid() && today > metadata.reviewDue;
}

QStringList ContentStatusView::warnings(const ActiveContent &active, const QDate &today)
{
    QStringList sentences;
    if (active.fellBack) {
        sentences << tr("The configured content file could not be used, so Signpost is showing "
                        "its built-in content. The problems are listed under Validation warnings.");
    }
    if (active.local.dropped())
        sentences << tr("The local pack %1 could not be used, so the national content is shown "
                        "without its local services: %2")
                         .arg(active.local.source, active.local.reason);
    if (isReviewOverdue(active.content.metadata, today)) {
        sentences << tr("This content was due for review on %1. Check numbers and hours with the "
                        "content owner before relying on them.")
                         .arg(dateText(active.content.metadata.reviewDue));
    }
    return sentences;
}

void ContentStatusView::addRow(const QString &name, const QString &value, const QString &objectName)
{
    auto *label = new QLabel(value, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(name, label);
}

void ContentStatusView::showStatus(const ActiveContent &active, const QDate &today)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const ContentMetadata &metadata = active.content.metadata;
    const QStringList bannerLines = warnings(active, today);
    m_banner->setText(bannerLines.join(QLatin1Char('\n')));
    m_banner->setVisible(!bannerLines.isEmpty());

    addRow(tr("Source"),
           active.builtIn ? tr("Built-in content (%1)").arg(active.source) : active.source,
           QStringLiteral("contentSource"));
    addRow(tr("Content id"), metadata.id, QStringLiteral("contentId"));
    if (active.local.applied())
        addRow(tr("Local pack"),
               tr("'%1' version %2, signed with local key %3 (%4)")
                   .arg(active.local.id)
                   .arg(active.local.version)
                   .arg(active.local.keyId, active.local.source),
               QStringLiteral("localPack"));
    addRow(tr("Version"), QString::number(metadata.version), QStringLiteral("contentVersion"));
    addRow(tr("Publisher"), metadata.publisher, QStringLiteral("contentPublisher"));
    addRow(tr("Region"), metadata.region, QStringLiteral("contentRegion"));
    addRow(tr("Reviewed on"), dateText(metadata.reviewedOn), QStringLiteral("contentReviewedOn"));
    addRow(tr("Review due"),
           isReviewOverdue(metadata, today) ? tr("%1 (overdue)").arg(dateText(metadata.reviewDue))
                                            : dateText(metadata.reviewDue),
           QStringLiteral("contentReviewDue"));
    addRow(tr("Languages"), metadata.locales.join(QLatin1String(", ")),
           QStringLiteral("contentLocales"));
    if (!metadata.localesNeedingReview.isEmpty()) {
        addRow(tr("Translations awaiting review"),
               metadata.localesNeedingReview.join(QLatin1String(", ")),
               QStringLiteral("contentLocalesNeedingReview"));
    }

    // Languages awaiting review first: they are what a review pack is usually for.
    m_reviewLanguage->clear();
    m_reviewLanguage->addItem(tr("English only"), QString());
    QStringList languages = metadata.localesNeedingReview;
    for (const QString &locale : metadata.locales) {
        if (!languages.contains(locale))
            languages << locale;
    }
    for (const QString &locale : std::as_const(languages)) {
        if (locale != QLatin1String("en"))
            m_reviewLanguage->addItem(
                tr("%1 (%2)").arg(LanguageCatalogue::nativeName(locale), locale), locale);
    }
    m_reviewLanguage->setCurrentIndex(m_reviewLanguage->count() > 1 ? 1 : 0);

    m_confirming->clear();
    for (const Service &service : active.content.services) {
        const QString name = service.name.text(QStringLiteral("en"));
        if (service.needsConfirming)
            m_confirming->addItem(tr("%1: %2").arg(name, service.needsConfirmingNote));
        for (const Channel &channel : service.channels) {
            if (channel.needsConfirming &&
                channel.needsConfirmingNote != service.needsConfirmingNote) {
                m_confirming->addItem(tr("%1, %2: %3")
                                          .arg(name, channel.label.text(QStringLiteral("en")),
                                               channel.needsConfirmingNote));
            }
        }
    }
    if (m_confirming->count() == 0)
        m_confirming->addItem(tr("Nothing is flagged as needing confirmation."));

    m_issues->clear();
    for (const ContentIssue &issue : active.issues)
        m_issues->addItem(issue.toString());
    if (m_issues->count() == 0)
        m_issues->addItem(tr("No warnings."));
}
