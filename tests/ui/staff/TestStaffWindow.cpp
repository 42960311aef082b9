// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/OpeningHours.h"
#include "core/loading/ContentLoader.h"
#include "core/staff/ServiceDirectoryFilter.h"
#include "core/staff/ServiceDirectoryModel.h"
#include "core/startup/ActiveContent.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/staff/ContentStatusView.h"
#include "ui/staff/PathwayBrowser.h"
#include "ui/staff/ServiceDetailView.h"
#include "ui/staff/StaffWindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The staff desktop driven as a librarian would: type, pick, read, copy.
class TestStaffWindow : public QObject
{
    Q_OBJECT

private:
    // Sunday 17 January 2027, 23:00 UK time: Stop It Now! is closed, Childline is open.
    static QDateTime sundayNight()
    {
        return QDateTime(QDate(2027, 1, 17), QTime(23, 0), OpeningHours::ukTimeZone());
    }
    static ActiveContent builtIn() { return ActiveContent::builtInContent(QDate(2027, 1, 17)); }
    static QStringList shownIds(const StaffWindow &window)
    {
        QStringList ids;
        const QAbstractItemModel *model = window.directoryView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(ServiceDirectoryModel::ServiceIdRole).toString();
        return ids;
    }
    static QString labelText(const QWidget *parent, const QString &name)
    {
        const auto *label = parent->findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    }

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // Never touch the real user's settings.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void showsTheLoadedContentsStatus()
    {
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ContentStatusView *status = window.contentStatus();
        QCOMPARE(labelText(status, QStringLiteral("contentId")), QStringLiteral("uk-builtin"));
        QVERIFY(labelText(status, QStringLiteral("contentSource"))
                    .contains(QStringLiteral("Built-in")));
        QVERIFY(!labelText(status, QStringLiteral("contentVersion")).isEmpty());
        QVERIFY(
            labelText(status, QStringLiteral("contentReviewDue")).contains(QStringLiteral("2027")));
        QVERIFY(!window.warningBanner()->isVisible());
        QVERIFY(status->findChild<QListWidget *>(QStringLiteral("needsConfirmingList"))->count() >
                0);
    }

    void warnsWhenItFellBackToBuiltIn()
    {
        ActiveContent active = builtIn();
        active.fellBack = true;
        active.issues = {{ContentIssue::Severity::Error, QStringLiteral("/srv/region.json"),
                          QStringLiteral("/services/0/channels/0/value"),
                          QStringLiteral("not a UK number")}};
        StaffWindow window(active, Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.warningBanner()->isVisible());
        QVERIFY(window.warningBanner()->text().contains(QStringLiteral("built-in content")));
        const QListWidget *issues = window.contentStatus()->issueList();
        QCOMPARE(issues->count(), 1);
        QCOMPARE(issues->item(0)->text(), active.issues.constFirst().toString());
        QVERIFY(!window.contentStatus()->banner()->isHidden());
    }

    void namesTheLocalPackOrWhyItWasDropped()
    {
        ActiveContent active = builtIn();
        active.local.status = LocalPackState::Status::Applied;
        active.local.source =
            QStringLiteral("/var/lib/signpost/content/local/packs/4-AB/content.json");
        active.local.id = QStringLiteral("cardiff");
        active.local.version = 4;
        active.local.keyId = QStringLiteral("AB");
        {
            StaffWindow window(active, Clock::fixed(sundayNight()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(labelText(window.contentStatus(), QStringLiteral("localPack"))
                        .startsWith(QStringLiteral("'cardiff' version 4")));
            QVERIFY(!window.warningBanner()->isVisible());
        }
        // Dropped on its own: a red banner, though the national content itself is fine.
        active.local.status = LocalPackState::Status::Dropped;
        active.local.reason = QStringLiteral("it expired on 2026-12-31");
        StaffWindow window(active, Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.warningBanner()->isVisible());
        QVERIFY2(window.warningBanner()->text().contains(
                     QStringLiteral("could not be used, so the national content is shown without "
                                    "its local services: it expired on 2026-12-31")),
                 qPrintable(window.warningBanner()->text()));
    }

    void warnsWhenTheReviewIsOverdue()
    {
        const ActiveContent active = builtIn();
        const QDate due = active.content.metadata.reviewDue;
        QVERIFY(due.isValid());
        StaffWindow window(active, Clock::fixed(QDateTime(due.addDays(1), QTime(10, 0),
                                                          OpeningHours::ukTimeZone())));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.warningBanner()->isVisible());
        QVERIFY(window.warningBanner()->text().contains(QStringLiteral("due for review")));
        QVERIFY(labelText(window.contentStatus(), QStringLiteral("contentReviewDue"))
                    .contains(QStringLiteral("overdue")));
    }

    void typingFiltersTheDirectoryAndEnterShowsTheService()
    {
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int everything = window.directoryView()->model()->rowCount();
        QVERIFY(everything > 5);
        QTest::keyClicks(window.searchBox(), QStringLiteral("parent worried child sexual"));
        QTRY_VERIFY(window.directoryView()->model()->rowCount() < everything);
        QCOMPARE(shownIds(window).value(0), QStringLiteral("stop-it-now"));
        QVERIFY(!shownIds(window).contains(QStringLiteral("childline")));
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        QTRY_COMPARE(window.detailView()->serviceId(), QStringLiteral("stop-it-now"));

        // Closed now by the stated hours, and when it opens, said plainly, with what visitors
        // see instead while those hours need confirming; the weekly table has every day.
        const ServiceDetailView *detail = window.detailView();
        const QWidget *helpline = detail->findChild<QWidget *>(QStringLiteral("channel:helpline"));
        QVERIFY(helpline);
        QCOMPARE(labelText(helpline, QStringLiteral("availability")),
                 QStringLiteral("Closed now — opens tomorrow at 9am — by the stated hours; "
                                "visitors see “Opening times: check when you call”"));
        const QTableWidget *hours = detail->hoursTable();
        QVERIFY(hours->isVisible());
        QCOMPARE(hours->rowCount(), 7);
        QCOMPARE(hours->item(0, 0)->text(), QStringLiteral("09:00–21:00"));
        QCOMPARE(hours->item(4, 0)->text(), QStringLiteral("09:00–17:00"));
        QCOMPARE(hours->item(6, 0)->text(), QStringLiteral("Closed"));
        // What still needs confirming is shown, with its note.
        const QList<QLabel *> flags =
            detail->findChildren<QLabel *>(QStringLiteral("needsConfirming"));
        QVERIFY(!flags.isEmpty());
        QVERIFY(flags.constFirst()->text().contains(QStringLiteral("confirm")));
        QVERIFY(labelText(detail, QStringLiteral("source"))
                    .contains(QStringLiteral("stopitnow.org.uk")));
        QVERIFY(labelText(detail, QStringLiteral("confidentiality"))
                    .contains(QStringLiteral("If a child is at risk")));

        // A number typed without its spaces finds Childline, open 24 hours.
        window.searchBox()->clear();
        QTest::keyClicks(window.searchBox(), QStringLiteral("08001111"));
        QTRY_COMPARE(shownIds(window), QStringList{QStringLiteral("childline")});
        QTest::mouseClick(window.directoryView()->viewport(), Qt::LeftButton, {},
                          window.directoryView()
                              ->visualRect(window.directoryView()->model()->index(0, 0))
                              .center());
        QTRY_COMPARE(window.detailView()->serviceId(), QStringLiteral("childline"));
    }

    void copyNumberPutsItOnTheClipboard()
    {
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectService(QStringLiteral("stop-it-now"));
        QTRY_COMPARE(window.detailView()->serviceId(), QStringLiteral("stop-it-now"));
        QPushButton *copy = nullptr;
        for (QPushButton *button :
             window.detailView()->findChildren<QPushButton *>(QStringLiteral("copyNumber"))) {
            if (button->property("channelValue").toString() == QStringLiteral("0808 1000 900"))
                copy = button;
        }
        QVERIFY(copy);
        QSignalSpy copied(window.detailView(), &ServiceDetailView::numberCopied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0808 1000 900"));
    }

    void audienceAndOpenNowFilters()
    {
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *openNow = window.findChild<QAbstractButton *>(QStringLiteral("openNowFilter"));
        QVERIFY(openNow);
        QTest::mouseClick(openNow, Qt::LeftButton);
        QTRY_VERIFY(!shownIds(window).contains(QStringLiteral("stop-it-now")));
        QVERIFY(shownIds(window).contains(QStringLiteral("childline")));
        QVERIFY(shownIds(window).contains(QStringLiteral("samaritans")));
    }

    void pathwayBrowserShowsThePublicScreens()
    {
        const ActiveContent active = builtIn();
        StaffWindow window(active, Clock::fixed(sundayNight()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PathwayBrowser *browser = window.pathwayBrowser();
        QTreeWidget *tree = browser->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(browser->selectedNodeId(), active.content.startNode);
        QCOMPARE(browser->questionPreview()->questionId(), active.content.startNode);
        QVERIFY(!browser->cardButton()->isEnabled());

        // Walk down to the first outcome in the tree.
        QTreeWidgetItem *item = tree->topLevelItem(0);
        while (item->childCount() > 0)
            item = item->child(0);
        tree->setCurrentItem(item);
        const PathwayNode *node = active.content.node(browser->selectedNodeId());
        QVERIFY(node && node->isOutcome());
        QCOMPARE(browser->outcomePreview()->outcomeId(), node->id);
        QVERIFY(browser->cardButton()->isEnabled());
    }

    void remembersGeometryOnlyWhenAsked()
    {
        const QString path = StaffWindow::settingsPath();
        QVERIFY(path.startsWith(m_settingsDir.path()));
        QVERIFY(path.endsWith(QStringLiteral("Signpost/staff.ini")));
        {
            StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
            window.show();
            window.close();
        }
        QVERIFY(!QFile::exists(path));
        {
            StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
            window.rememberGeometry();
            window.resize(900, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QTRY_VERIFY(QFile::exists(path));
        StaffWindow again(builtIn(), Clock::fixed(sundayNight()));
        again.rememberGeometry();
        QCOMPARE(again.size(), QSize(900, 700));
    }

    void contentTabExportsTheReviewPack()
    {
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        ContentStatusView *status = window.contentStatus();
        auto *button = status->findChild<QPushButton *>(QStringLiteral("exportReviewPack"));
        auto *language = status->findChild<QComboBox *>(QStringLiteral("reviewPackLanguage"));
        QVERIFY(button);
        QVERIFY(language);
        // A language awaiting review is offered first; English alone is there too.
        QCOMPARE(status->reviewPackLanguage(), QStringLiteral("cy"));
        QCOMPARE(language->itemData(0).toString(), QString());
        language->setCurrentIndex(language->findData(QStringLiteral("ar")));
        // The button asks for the pack (the window then asks where to save it).
        ContentStatusView alone;
        alone.showStatus(builtIn(), QDate(2027, 1, 17));
        QSignalSpy asked(&alone, &ContentStatusView::reviewPackRequested);
        QTest::mouseClick(alone.findChild<QPushButton *>(QStringLiteral("exportReviewPack")),
                          Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("cy")});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review-pack.pdf"));
        QString error;
        QVERIFY2(window.exportReviewPack(path, {status->reviewPackLanguage()}, &error),
                 qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void lookAtIt()
    {
        // Staff see this at a 1280×800 desk screen; SIGNPOST_SCREENSHOT_DIR keeps a picture.
        StaffWindow window(builtIn(), Clock::fixed(sundayNight()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.searchBox(), QStringLiteral("parent worried child sexual"));
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        QTRY_COMPARE(window.detailView()->serviceId(), QStringLiteral("stop-it-now"));
        QCoreApplication::processEvents(); // let pending layouts settle before the picture
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1280, 800));
        const QString dir = qEnvironmentVariable("SIGNPOST_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(shot.save(dir + QStringLiteral("/staff-directory.png")));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("staffTabs"));
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                QVERIFY(window.grab().save(dir + QStringLiteral("/staff-tab-%1.png").arg(tab)));
            }
            tabs->setCurrentWidget(window.pathwayBrowser());
            QTreeWidgetItem *leaf = window.pathwayBrowser()->tree()->topLevelItem(0);
            while (leaf->childCount() > 0)
                leaf = leaf->child(leaf->childCount() - 1);
            window.pathwayBrowser()->tree()->setCurrentItem(leaf);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(dir + QStringLiteral("/staff-outcome.png")));
        }
    }
};

QTEST_MAIN(TestStaffWindow)
#include "TestStaffWindow.moc"
