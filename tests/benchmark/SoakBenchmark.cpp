// SPDX-License-Identifier: GPL-3.0-or-later
// Memory over a long run of random visitor actions (issue 24): the soak test's visitor
// (tests/support/SoakVisitor.h, same seed, same actions) on a real KioskSession, 1920x1080, with
// the built-in content, as the soak test runs it. Prints one line of JSON: the actions and resets,
// RssAnon, RssFile and the heap in use after the first complete visit and its reset, at 1,000,
// 10,000, 50,000 and 100,000 actions (those within --actions), half way and at the end, and a
// sample every --sample-every actions for the curve. Each sample is taken just after a quick exit,
// as a kiosk is between visitors.
//   signpost_soak [--actions N] [--sample-every N]
#include "ProcessMemory.h"
#include "SoakVisitor.h"

#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/public/KioskWindow.h"

#include <QApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

QJsonObject sampleAfterReset(KioskWindow &window, const SoakVisitor &visitor)
{
    window.quickExit();
    QCoreApplication::processEvents(); // the reset's queued work: content pick-up, memory trim
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const ProcessMemory::Sample memory = ProcessMemory::sample();
    return {{QStringLiteral("actions"), visitor.actions()},
            {QStringLiteral("resets"), visitor.resets()},
            {QStringLiteral("rss_anon_kb"), memory.rssAnonKiB},
            {QStringLiteral("rss_file_kb"), memory.rssFileKiB},
            {QStringLiteral("heap_in_use_kb"), memory.heapInUseKiB}};
}

int run(const QStringList &arguments)
{
    const int actions = option(arguments, QStringLiteral("--actions"), 100000);
    const int sampleEvery = option(arguments, QStringLiteral("--sample-every"), 1000);

    LaunchPlan plan;
    plan.mode = Mode::Kiosk;
    plan.idleTimeoutSeconds = 90;
    KioskSession session(plan, QString(),
                         [] { return ActiveContent::builtInContent(QDate::currentDate()); });
    KioskWindow &window = *session.window();
    SoakVisitor visitor(window);
    window.setQuickExitTimeSource(visitor.timeSource());
    session.start();
    window.resize(1920, 1080); // as the soak test: a window the size of the benchmark's screen
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // The first complete visit: an outcome shown, then the visit forgotten.
    bool outcomeSeen = false;
    bool firstVisitDone = false;
    QObject::connect(window.visit(), &VisitModel::screenChanged, &window,
                     [&outcomeSeen](VisitModel::Screen screen) {
                         outcomeSeen = outcomeSeen || screen == VisitModel::Screen::Outcome;
                     });
    QObject::connect(&window, &KioskWindow::visitForgotten, &window,
                     [&] { firstVisitDone = firstVisitDone || outcomeSeen; });

    QJsonObject firstVisit;
    QJsonObject checkpoints;
    QJsonArray curve;
    while (visitor.actions() < actions) {
        visitor.act();
        const qint64 done = visitor.actions();
        if (firstVisit.isEmpty() && firstVisitDone)
            firstVisit = sampleAfterReset(window, visitor);
        // The half way point too, for the plateau figure over the last half.
        const bool checkpoint =
            done == 1000 || done == 10000 || done == 50000 || done == 100000 || done * 2 == actions;
        if (checkpoint || done == actions || (sampleEvery > 0 && done % sampleEvery == 0)) {
            const QJsonObject sample = sampleAfterReset(window, visitor);
            if (checkpoint || done == actions)
                checkpoints.insert(QString::number(done), sample);
            if (sampleEvery > 0 && done % sampleEvery == 0) {
                curve.append(sample);
                // Also as it goes, so a run stopped early still says how far memory went.
                std::fprintf(stderr, "soak-sample %s\n",
                             QJsonDocument(sample).toJson(QJsonDocument::Compact).constData());
            }
        }
    }
    const QJsonObject result{
        {QStringLiteral("soak"),
         QJsonObject{{QStringLiteral("actions"), actions},
                     {QStringLiteral("seed"), qint64(SoakVisitor::defaultSeed)},
                     {QStringLiteral("first_visit"), firstVisit},
                     {QStringLiteral("checkpoints"), checkpoints},
                     {QStringLiteral("curve"), curve}}}};
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Inside the event loop, as a kiosk's taps are.
    int status = 1;
    QTimer::singleShot(0, &app, [&status] {
        status = run(QCoreApplication::arguments());
        QCoreApplication::exit(status);
    });
    app.exec();
    return status;
}
