// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/Clock.h"

#include <QSortFilterProxyModel>
#include <QStringList>

class ServiceDirectoryModel;

// Narrows the staff directory as staff type: every word of the search must appear somewhere in
// a service (case-insensitive; numbers match with or without their spaces), optionally only
// services for one audience, and only those answering now by the injected clock.
class ServiceDirectoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServiceDirectoryFilter(QObject *parent = nullptr);

    void setDirectory(ServiceDirectoryModel *directory); // the source model
    void setClock(const Clock &clock);

    QString searchText() const { return m_search; }
    QString audience() const { return m_audience; }
    bool openNowOnly() const { return m_openNowOnly; }

    // True when every word of `query` is found in `searchText` (already lower case).
    static bool matches(const QString &searchText, const QString &query);

public slots:
    void setSearchText(const QString &text);
    void setAudience(const QString &audienceId); // empty: every audience
    void setOpenNowOnly(bool openNowOnly);
    void refresh(); // "now" moved on: re-apply the open-now filter

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ServiceDirectoryModel *m_directory = nullptr;
    Clock m_clock;
    QString m_search;
    QString m_audience;
    bool m_openNowOnly = false;
};
