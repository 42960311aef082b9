// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/status/KioskStatus.h"
#include "core/status/KioskStatusFormat.h"
#include "core/status/MetricsTextfile.h"
#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/public/KioskWindow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The metrics_textfile a running kiosk writes holds nothing a visit changes: after 200 scripted
// visits (every pathway, quick exits, idle resets, languages) its bytes are exactly those written
// at start, and it is not even rewritten. A change of the kiosk's own state (new content) is.
class TestKioskMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoHundredVisitsChangeNothing();
    void newContentIsWritten();
    void atomicWriteLeavesNoTemporaryFile();

private:
    QByteArray fileBytes() const;
    void visit(KioskWindow &window, int n);

    QTemporaryDir m_dir;
    QString m_path;
    ActiveContent m_builtIn;
    QList<PathwayRoutes::Route> m_routes;
};

namespace {

const QDate today(2026, 11, 28);
const QDateTime started(QDate(2026, 11, 28), QTime(7, 30), QTimeZone::utc());

LaunchPlan kioskPlan()
{
    LaunchPlan plan;
    plan.mode = Mode::Kiosk;
    plan.window = LaunchPlan::Window::Normal; // offscreen tests need no full screen
    return plan;
}

} // namespace

void TestKioskMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("signpost.prom"));
    m_builtIn = ActiveContent::builtInContent(today);
    m_routes = PathwayRoutes::all(m_builtIn.content);
    QVERIFY(m_routes.size() > 5);
}

QByteArray TestKioskMetrics::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestKioskMetrics::visit(KioskWindow &window, int n)
{
    const PathwayRoutes::Route &route = m_routes.at(n % m_routes.size());
    if (window.visit()->screen() == VisitModel::Screen::Attract)
        window.visit()->leaveAttract(); // a touch on the attract screen
    if (n % 5 == 1)
        window.visit()->setLanguage(QStringLiteral("cy"));
    QVERIFY(KioskTestSupport::clickRoute(window, route.answers));
    QCOMPARE(window.visit()->currentNodeId(), route.nodes.constLast());
    if (n % 3 == 0)
        window.idleReset();
    else
        window.quickExit();
}

void TestKioskMetrics::twoHundredVisitsChangeNothing()
{
    const Configuration config;
    KioskSession session(kioskPlan(), QString(), [this] { return m_builtIn; });
    MetricsTextfile metrics(m_path, [&] {
        return KioskStatusFormat::prometheus(KioskStatus::collect(
            config, session.activeContent(), KioskStatus::CrashLoop{}, today, started));
    });
    session.start();
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QCOMPARE(metrics.start(), QString());
    const QByteArray atStart = fileBytes();
    QVERIFY(atStart.contains("signpost_content_info{source=\"builtin\",id=\"uk-builtin\""));
    QVERIFY(atStart.contains("signpost_language_enabled{language=\"en\",default=\"true\"} 1"));

    for (int n = 0; n < 200 && !QTest::currentTestFailed(); ++n)
        visit(*session.window(), n);
    QVERIFY(metrics.writeIfChanged());
    QCOMPARE(metrics.writes(), 1); // nothing changed, so nothing was written
    QCOMPARE(fileBytes(), atStart);
    // Rendered afresh, too, byte for byte (uptime-style gauges: only the start time, fixed here).
    QCOMPARE(KioskStatusFormat::prometheus(KioskStatus::collect(
                 config, session.activeContent(), KioskStatus::CrashLoop{}, today, started)),
             atStart);
    QCOMPARE(KioskStatusFormat::timeDependentMetrics(),
             QStringList{QStringLiteral("signpost_start_time_seconds")});
}

void TestKioskMetrics::newContentIsWritten()
{
    // The comparison above can fail: the kiosk's own state, new content, changes the file.
    const Configuration config;
    ActiveContent shown = m_builtIn;
    KioskSession session(kioskPlan(), QString(), [&shown] { return shown; });
    MetricsTextfile metrics(m_path, [&] {
        return KioskStatusFormat::prometheus(KioskStatus::collect(
            config, session.activeContent(), KioskStatus::CrashLoop{}, today, started));
    });
    session.start();
    metrics.start();
    const QByteArray before = fileBytes();
    shown.content.metadata.version = 7;
    session.reloadContent();
    QVERIFY(metrics.writeIfChanged());
    QCOMPARE(metrics.writes(), 2);
    QVERIFY(fileBytes() != before);
    QVERIFY(fileBytes().contains("\nsignpost_content_version 7\n"));
}

void TestKioskMetrics::atomicWriteLeavesNoTemporaryFile()
{
    MetricsTextfile metrics(m_path, [] { return QByteArray("signpost_info 1\n"); });
    QVERIFY(metrics.writeIfChanged());
    QCOMPARE(fileBytes(), QByteArray("signpost_info 1\n"));
    QVERIFY(!QFile::exists(MetricsTextfile::temporaryPath(m_path)));
    // A directory that is not there: the reason comes back, nothing is left behind.
    MetricsTextfile nowhere(m_dir.filePath(QStringLiteral("missing/signpost.prom")),
                            [] { return QByteArray("x\n"); });
    QString error;
    QVERIFY(!nowhere.writeIfChanged(&error));
    QVERIFY(error.contains(QStringLiteral("metrics_textfile")));
    // Off: no path, nothing written, no timer.
    MetricsTextfile off(QString(), [] { return QByteArray("x\n"); });
    QCOMPARE(off.start(), QString());
    QCOMPARE(off.writes(), 0);
}

QTEST_MAIN(TestKioskMetrics)
#include "TestKioskMetrics.moc"
