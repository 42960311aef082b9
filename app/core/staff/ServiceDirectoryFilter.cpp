// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/ServiceDirectoryFilter.h"

#include "core/staff/ServiceDirectoryModel.h"

#include <QRegularExpression>

ServiceDirectoryFilter::ServiceDirectoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ServiceDirectoryFilter::setDirectory(ServiceDirectoryModel *directory)
{
    m_directory = directory;
    setSourceModel(directory);
}

void ServiceDirectoryFilter::setClock(const Clock &clock)
{
    m_clock = clock;
    refresh();
}

void ServiceDirectoryFilter::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void ServiceDirectoryFilter::setAudience(const QString &audienceId)
{
    if (audienceId == m_audience)
        return;
    m_audience = audienceId;
    invalidateRowsFilter();
}

void ServiceDirectoryFilter::setOpenNowOnly(bool openNowOnly)
{
    if (openNowOnly == m_openNowOnly)
        return;
    m_openNowOnly = openNowOnly;
    invalidateRowsFilter();
}

void ServiceDirectoryFilter::refresh()
{
    if (m_openNowOnly)
        invalidateRowsFilter();
}

bool ServiceDirectoryFilter::matches(const QString &searchText, const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression numberWord(QStringLiteral("^[+0-9()\\-.]*[0-9][+0-9()\\-.]*$"));
    const QString normalised = query.toLower().replace(QChar(0x2019), QLatin1Char('\''));
    const QStringList words = normalised.split(separators, Qt::SkipEmptyParts);
    for (QString word : words) {
        // A number typed with brackets, dashes or a leading + matches by its digits.
        if (numberWord.match(word).hasMatch())
            word.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

bool ServiceDirectoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_directory || sourceParent.isValid())
        return false;
    const QModelIndex index = m_directory->index(sourceRow, 0);
    if (!m_audience.isEmpty() &&
        !index.data(ServiceDirectoryModel::AudiencesRole).toStringList().contains(m_audience))
        return false;
    if (!matches(index.data(ServiceDirectoryModel::SearchTextRole).toString(), m_search))
        return false;
    return !m_openNowOnly || m_directory->isOpenAt(sourceRow, m_clock.now());
}
