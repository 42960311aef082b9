// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/ServiceDetailView.h"

#include "core/content/ChannelText.h"
#include "core/content/ContentVocabulary.h"
#include "core/hours/ChannelAvailability.h"
#include "core/hours/ContentHoursText.h"
#include "core/hours/HoursClaim.h"
#include "core/staff/HandoutCard.h"
#include "ui/public/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // content is data: never rich text, never a link
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *flagLabel(const QString &note, QWidget *parent)
{
    auto *flag = makeLabel(ServiceDetailView::tr("Needs confirming: %1").arg(note), parent,
                           QStringLiteral("needsConfirming"));
    flag->setProperty("staffRole", QStringLiteral("warning"));
    return flag;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// One weekday's cell: "09:00–21:00", "24 hours" or "Closed".
QString dayText(const OpeningHours &hours, Qt::DayOfWeek day)
{
    if (hours.kind() == OpeningHours::Kind::AlwaysOpen)
        return ServiceDetailView::tr("24 hours");
    QStringList spans;
    for (const OpeningHours::Period &period : hours.periods()) {
        if (period.day == day)
            spans << ServiceDetailView::tr("%1–%2").arg(clockText(period.openMinute),
                                                        clockText(period.closeMinute));
    }
    return spans.isEmpty() ? ServiceDetailView::tr("Closed") : spans.join(QLatin1String(", "));
}

} // namespace

ServiceDetailView::ServiceDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 16, 12);
    m_placeholder = makeLabel(tr("Choose a service in the directory to see its details."), page,
                              QStringLiteral("detailPlaceholder"));
    m_placeholder->setProperty("staffRole", QStringLiteral("muted"));
    pageLayout->addWidget(m_placeholder);
    m_pageLayout = pageLayout;
    m_body = new QWidget(page);
    m_body->hide();
    pageLayout->addWidget(m_body);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
}

void ServiceDetailView::setClock(const Clock &clock)
{
    m_clock = clock;
    refreshAvailability();
}

void ServiceDetailView::showService(const Content &content, const QString &serviceId,
                                    const QString &language)
{
    m_content = &content;
    m_serviceId = serviceId;
    m_language = language;
    rebuild();
}

void ServiceDetailView::clear()
{
    m_content = nullptr;
    m_serviceId.clear();
    rebuild();
}

void ServiceDetailView::refreshAvailability()
{
    if (m_content)
        rebuild();
}

QLabel *ServiceDetailView::addSection(const QString &heading, const QString &text)
{
    auto *title = makeLabel(heading, m_body);
    title->setProperty("staffRole", QStringLiteral("sectionHeading"));
    m_bodyLayout->addWidget(title);
    auto *body = makeLabel(text, m_body);
    m_bodyLayout->addWidget(body);
    return body;
}

void ServiceDetailView::rebuild()
{
    // A fresh body each time, filled while hidden and shown at once, so a screen grab or a
    // test straight after sees every line (widgets added to a visible parent show a beat later).
    auto *body = new QWidget(m_body->parentWidget());
    body->hide();
    delete m_pageLayout->replaceWidget(m_body, body);
    m_body->hide();
    m_body->deleteLater();
    m_body = body;
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(8);
    m_hoursTable = nullptr;
    const Service *service = m_content ? m_content->service(m_serviceId) : nullptr;
    m_placeholder->setVisible(!service);
    if (!service)
        return;

    auto *name = makeLabel(service->name.text(m_language), m_body, QStringLiteral("serviceName"));
    name->setProperty("staffRole", QStringLiteral("title"));
    m_bodyLayout->addWidget(name);
    if (!service->organisation.isEmpty() &&
        service->organisation != service->name.text(m_language)) {
        auto *organisation = makeLabel(service->organisation, m_body);
        organisation->setProperty("staffRole", QStringLiteral("muted"));
        m_bodyLayout->addWidget(organisation);
    }
    m_bodyLayout->addWidget(makeLabel(service->description.text(m_language), m_body));
    if (service->needsConfirming)
        m_bodyLayout->addWidget(flagLabel(service->needsConfirmingNote, m_body));

    auto *waysIn = makeLabel(tr("Ways in"), m_body);
    waysIn->setProperty("staffRole", QStringLiteral("sectionHeading"));
    m_bodyLayout->addWidget(waysIn);
    for (const Channel &channel : service->channels)
        m_bodyLayout->addWidget(channelRow(*service, channel));

    if (QTableWidget *table = makeHoursTable(*service)) {
        auto *weekly = makeLabel(tr("Weekly hours (UK time)"), m_body);
        weekly->setProperty("staffRole", QStringLiteral("sectionHeading"));
        m_bodyLayout->addWidget(weekly);
        m_bodyLayout->addWidget(table);
        m_hoursTable = table;
    }

    // Nothing at all when the content does not say (Samaritans, Shout...): staff read it aloud.
    QString confidentiality = HandoutCard::confidentialitySummary(service->confidentiality);
    if (!service->confidentialityNote.isEmpty()) {
        const QString note = service->confidentialityNote.text(m_language);
        confidentiality = confidentiality.isEmpty()
                              ? tr("In their words: %1").arg(note)
                              : tr("%1\nIn their words: %2").arg(confidentiality, note);
    }
    if (!confidentiality.isEmpty()) {
        addSection(tr("What they do with what you tell them"), confidentiality)
            ->setObjectName(QStringLiteral("confidentiality"));
    }
    if (!service->whatHappens.isEmpty())
        addSection(tr("What happens when you get in touch"), service->whatHappens.text(m_language));
    QStringList languages;
    for (const QString &code : service->languages) {
        const QLocale locale(code);
        languages << (locale.language() == QLocale::C
                          ? code
                          : QLocale::languageToString(locale.language()));
    }
    if (!languages.isEmpty())
        addSection(tr("Languages"), languages.join(QLatin1String(", ")));
    addSection(
        tr("Where these facts come from"),
        tr("%1\nChecked on %2")
            .arg(service->source, QLocale().toString(service->verifiedOn, QLocale::LongFormat)))
        ->setObjectName(QStringLiteral("source"));
    m_body->show();
    m_pageLayout->activate();
}

QWidget *ServiceDetailView::channelRow(const Service &service, const Channel &channel)
{
    auto *row = new QFrame(m_body);
    row->setObjectName(QStringLiteral("channel:%1").arg(channel.id));
    row->setProperty("staffRole", QStringLiteral("channel"));
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);

    auto *label = makeLabel(tr("%1 (%2)").arg(channel.label.text(m_language),
                                              ContentVocabulary::channelTypeName(channel.type)),
                            row);
    label->setProperty("staffRole", QStringLiteral("muted"));
    grid->addWidget(label, 0, 0);
    auto *value = makeLabel(channel.value, row, QStringLiteral("channelValue"));
    // Numbers are read out over the counter, so they get the large type; addresses stay exact.
    value->setProperty("staffRole", ChannelText::isNumber(channel)
                                        ? QStringLiteral("channelValue")
                                        : QStringLiteral("channelAddress"));
    grid->addWidget(value, 1, 0);

    int line = 2;
    // Staff see open or closed by the stated hours, and what a visitor is shown instead when
    // those hours need confirming or today is a bank holiday.
    const ChannelAvailability availability =
        ChannelAvailability::asStated(*m_content, {service.id, channel.id}, m_clock.now());
    QString status = availability.statusText();
    if (availability.hoursUnconfirmed()) {
        status = tr("%1 — by the stated hours; visitors see “%2”")
                     .arg(status, HoursClaim::neutralText(channel));
    }
    auto *statusLabel = makeLabel(
        status.isEmpty() ? tr("Hours not stated: we claim nothing about when it answers.") : status,
        row, QStringLiteral("availability"));
    statusLabel->setProperty("staffRole", availability.isOpenNow()     ? QStringLiteral("open")
                                          : availability.isClosedNow() ? QStringLiteral("closed")
                                                                       : QStringLiteral("muted"));
    grid->addWidget(statusLabel, line++, 0);
    if (channel.hours.kind() != OpeningHours::Kind::NotStated)
        grid->addWidget(makeLabel(ContentHoursText::describe(channel.hours), row), line++, 0);
    for (const LocalizedText *extra : {&channel.howTo, &channel.cost}) {
        if (!extra->isEmpty())
            grid->addWidget(makeLabel(extra->text(m_language), row), line++, 0);
    }
    if (channel.needsConfirming)
        grid->addWidget(flagLabel(channel.needsConfirmingNote, row), line++, 0);

    if (ChannelText::isNumber(channel)) {
        auto *copy = new QPushButton(tr("Copy number"), row);
        copy->setObjectName(QStringLiteral("copyNumber"));
        copy->setProperty("channelValue", channel.value);
        copy->setAccessibleName(tr("Copy %1").arg(channel.value));
        const QString number = channel.value;
        connect(copy, &QPushButton::clicked, this, [this, number] {
            QApplication::clipboard()->setText(number);
            emit numberCopied(number);
        });
        grid->addWidget(copy, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    }
    grid->setColumnStretch(0, 1);
    return row;
}

QTableWidget *ServiceDetailView::makeHoursTable(const Service &service)
{
    QList<const Channel *> withHours;
    for (const Channel &channel : service.channels) {
        if (channel.hours.kind() != OpeningHours::Kind::NotStated)
            withHours << &channel;
    }
    if (withHours.isEmpty())
        return nullptr;
    auto *table = new QTableWidget(7, int(withHours.size()), m_body);
    table->setObjectName(QStringLiteral("weeklyHours"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QStringList days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        days << QLocale().dayName(day, QLocale::LongFormat);
    table->setVerticalHeaderLabels(days);
    for (int column = 0; column < withHours.size(); ++column) {
        const Channel &channel = *withHours.at(column);
        auto *header = new QTableWidgetItem(channel.label.text(m_language));
        header->setToolTip(channel.value);
        table->setHorizontalHeaderItem(column, header);
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            table->setItem(
                day - 1, column,
                new QTableWidgetItem(dayText(channel.hours, static_cast<Qt::DayOfWeek>(day))));
        }
    }
    table->resizeRowsToContents();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->verticalHeader()->length() + 2 * table->frameWidth());
    return table;
}
