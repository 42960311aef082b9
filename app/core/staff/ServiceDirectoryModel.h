// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"

#include <QAbstractTableModel>
#include <QDateTime>

// Every service in the content as a table for the staff directory: name, who it is for, how to
// get in touch and whether it answers now, plus the text search and "open now" filtering use.
class ServiceDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AudienceColumn,
        ContactColumn,
        AvailabilityColumn,
        ColumnCount,
    };

    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1, // QString
        SearchTextRole,                   // QString: every word a search may match, lower case
        AudiencesRole,                    // QStringList of audience ids
        NeedsConfirmingRole,              // bool: some fact of the service needs confirming
        LocalRole,                        // bool: added by the local overlay pack
    };

    // `content` must outlive the model.
    explicit ServiceDirectoryModel(const Content &content, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    void setClock(const Clock &clock); // "now" for the availability column
    const Content &content() const { return m_content; }
    const Service *serviceAt(int row) const;
    int rowOf(const QString &serviceId) const; // -1 when unknown
    // Whether a person answers at `at` on any call, text, video relay or chat channel (24 hours
    // or inside its weekly hours); web sites and email do not count.
    bool isOpenAt(int row, const QDateTime &at) const;
    // The audience ids the content uses, in first-seen order, for a filter list.
    QStringList audiences() const;
    static QString audienceName(const QString &audienceId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    // Re-reads "now" from the clock and tells views the availability column changed.
    void refreshAvailability();

private:
    QString audienceText(const Service &service) const;
    QString contactText(const Service &service) const;
    QString availabilityText(const Service &service) const;
    QString searchText(const Service &service) const;

    const Content &m_content;
    QString m_language = QStringLiteral("en");
    Clock m_clock;
};
