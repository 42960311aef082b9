// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/Clock.h"
#include "core/startup/ActiveContent.h"
#include "ui/export/HandoutRenderer.h"

#include <QMainWindow>
#include <QTimer>

class ContentStatusView;
class PathwayBrowser;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class ServiceDetailView;
class ServiceDirectoryFilter;
class ServiceDirectoryModel;

// The staff desktop: look a service up for someone at the counter, print them a discreet card,
// browse the pathways as visitors see them, and check the content is current. A normal window
// that remembers only its geometry, and only when asked to (staff mode).
class StaffWindow : public QMainWindow
{
    Q_OBJECT
public:
    // "Today" for the review-date warning comes from `clock` too.
    explicit StaffWindow(const ActiveContent &active, const Clock &clock = Clock::system(),
                         const QString &language = QStringLiteral("en"), QWidget *parent = nullptr);
    ~StaffWindow() override;

    // Staff mode restores the last geometry now and saves it on close; tests leave it off.
    void rememberGeometry();
    // Where the geometry is kept: QSettings, INI format, user scope, "Signpost/staff".
    static QString settingsPath();

    QStringList selectedServiceIds() const;
    void selectService(const QString &serviceId);
    bool exportCards(const QString &path, const QStringList &serviceIds,
                     HandoutRenderer::Layout layout, QString *error = nullptr) const;
    // The review pack of the content shown, with `languages` beside the English.
    bool exportReviewPack(const QString &path, const QStringList &languages,
                          QString *error = nullptr) const;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *directoryView() const { return m_table; }
    ServiceDirectoryFilter *directoryFilter() const { return m_filter; }
    ServiceDetailView *detailView() const { return m_detail; }
    PathwayBrowser *pathwayBrowser() const { return m_pathways; }
    ContentStatusView *contentStatus() const { return m_status; }
    QLabel *warningBanner() const { return m_banner; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildDirectoryTab();
    void buildMenus();
    void showCurrentService();
    void updateResultCount();
    void refreshAvailability();
    void exportSelectedCards();
    void exportOutcomeCard(const QString &serviceId);
    void exportDirectory();
    void exportReviewPackAsked(const QStringList &languages);
    void printSelectedCards();
    QString askForPdfPath(const QString &suggestedName);

    ActiveContent m_active;
    Clock m_clock;
    QString m_language;
    bool m_remembersGeometry = false;
    ServiceDirectoryModel *m_model;
    ServiceDirectoryFilter *m_filter;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    QLineEdit *m_search = nullptr;
    QComboBox *m_audience = nullptr;
    QCheckBox *m_openNow = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_resultCount = nullptr;
    ServiceDetailView *m_detail = nullptr;
    PathwayBrowser *m_pathways;
    ContentStatusView *m_status;
    QTimer m_minuteTimer;
};
