// SPDX-License-Identifier: GPL-3.0-or-later
// Content load + validation time: the built-in content, then generated content with many
// services and a large pathway graph, written to a temporary file and loaded with
// ContentLoader::loadFile exactly as Signpost loads a configured file (read, guards, JSON parse,
// every field read and checked, pathway graph checks). Prints one JSON object for
// run_benchmark.py.
//
//   signpost_content_load [--services 1000,2000,5000,10000] [--nodes 2000] [--repeat 5]
//
// Generated services are compact but valid: a phone line with weekly or 24-hour hours, every
// third one a web address too, English only, about 380 bytes each, so that 10,000 of them and
// 2,000 nodes stay under the loader's 5 MB limit (the built-in services, in two languages with
// notes, are about 4 KB each). Pathways: the start question leads
// to A questions, each to A more, and those to the outcomes, so every outcome is exactly three
// choices from the start (the most allowed). Outcomes name a primary and two alternatives
// spread over all the services.
#include "core/loading/ContentLoader.h"
#include "core/loading/JsonTree.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <time.h>

#include <algorithm>
#include <cstdio>

namespace {

const QDate today(2026, 12, 1); // inside the generated review period: no "overdue" warning

QJsonObject english(const QString &text)
{
    return {{QStringLiteral("en"), text}};
}

QString serviceId(int index)
{
    return QStringLiteral("service-%1").arg(index);
}

QJsonObject generatedService(int index)
{
    QJsonObject hours;
    if (index % 4 == 0) {
        hours = {{QStringLiteral("type"), QStringLiteral("24-hours")}};
    } else {
        const QJsonObject weekdays{{QStringLiteral("byday"), QStringLiteral("MO,TU,WE,TH")},
                                   {QStringLiteral("opens_at"), QStringLiteral("09:00")},
                                   {QStringLiteral("closes_at"), QStringLiteral("21:00")}};
        const QJsonObject friday{{QStringLiteral("byday"), QStringLiteral("FR")},
                                 {QStringLiteral("opens_at"), QStringLiteral("09:00")},
                                 {QStringLiteral("closes_at"), QStringLiteral("17:00")}};
        hours = {{QStringLiteral("type"), QStringLiteral("weekly")},
                 {QStringLiteral("schedules"),
                  index % 2 ? QJsonArray{weekdays, friday} : QJsonArray{weekdays}}};
    }
    const QString number = QStringLiteral("0808 %1 %2")
                               .arg(index / 10000 % 1000, 3, 10, QLatin1Char('0'))
                               .arg(index % 10000, 4, 10, QLatin1Char('0'));
    QJsonArray channels{QJsonObject{{QStringLiteral("id"), QStringLiteral("helpline")},
                                    {QStringLiteral("type"), QStringLiteral("phone")},
                                    {QStringLiteral("value"), number},
                                    {QStringLiteral("label"), english(QStringLiteral("Helpline"))},
                                    {QStringLiteral("hours"), hours}}};
    if (index % 3 == 0)
        channels.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("web")},
            {QStringLiteral("type"), QStringLiteral("web")},
            {QStringLiteral("value"), QStringLiteral("https://example.org/s/%1").arg(index)},
            {QStringLiteral("label"), english(QStringLiteral("Website"))}});
    return {
        {QStringLiteral("id"), serviceId(index)},
        {QStringLiteral("name"), english(QStringLiteral("Service %1").arg(index))},
        {QStringLiteral("organisation"), QStringLiteral("Charity %1").arg(index)},
        {QStringLiteral("description"),
         english(QStringLiteral("Helps adults worried about a child."))},
        {QStringLiteral("audiences"), QJsonArray{QStringLiteral("self")}},
        {QStringLiteral("verifiedOn"), QStringLiteral("2026-11-01")},
        {QStringLiteral("channels"), channels},
    };
}

QJsonObject answer(const QString &text, const QString &next)
{
    return {{QStringLiteral("text"), english(text)}, {QStringLiteral("next"), next}};
}

QJsonObject question(const QString &id, const QJsonArray &answers)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("question")},
            {QStringLiteral("text"), english(QStringLiteral("Question %1?").arg(id))},
            {QStringLiteral("answers"), answers}};
}

QJsonObject channelRef(int service)
{
    return {{QStringLiteral("service"), serviceId(service)},
            {QStringLiteral("channel"), QStringLiteral("helpline")}};
}

// `nodes` in all (at least 15): start → A questions → A² questions → the rest are outcomes.
QJsonArray generatedNodes(int nodes, int services)
{
    int fanOut = 2;
    while (fanOut < 10 && 1 + (fanOut + 1) + 3 * (fanOut + 1) * (fanOut + 1) <= nodes)
        ++fanOut;
    const int secondLevel = fanOut * fanOut;
    const int outcomes = nodes - 1 - fanOut - secondLevel;
    QJsonArray result;
    QJsonArray startAnswers;
    for (int a = 0; a < fanOut; ++a)
        startAnswers.append(
            answer(QStringLiteral("Answer %1").arg(a), QStringLiteral("q-%1").arg(a)));
    result.append(question(QStringLiteral("welcome"), startAnswers));
    for (int a = 0; a < fanOut; ++a) {
        QJsonArray answers;
        for (int b = 0; b < fanOut; ++b)
            answers.append(answer(QStringLiteral("Answer %1").arg(b),
                                  QStringLiteral("q-%1-%2").arg(a).arg(b)));
        result.append(question(QStringLiteral("q-%1").arg(a), answers));
    }
    for (int q = 0; q < secondLevel; ++q) {
        QJsonArray answers;
        for (int o = q; o < outcomes; o += secondLevel)
            answers.append(
                answer(QStringLiteral("Outcome %1").arg(o), QStringLiteral("outcome-%1").arg(o)));
        result.append(question(QStringLiteral("q-%1-%2").arg(q / fanOut).arg(q % fanOut), answers));
    }
    for (int o = 0; o < outcomes; ++o) {
        const int primary = int((qint64(o) * 7919) % services);
        result.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("outcome-%1").arg(o)},
            {QStringLiteral("kind"), QStringLiteral("outcome")},
            {QStringLiteral("text"),
             english(QStringLiteral("You can talk to service %1").arg(primary))},
            {QStringLiteral("primary"), channelRef(primary)},
            {QStringLiteral("alternatives"), QJsonArray{channelRef((primary + 1) % services),
                                                        channelRef((primary + 2) % services)}},
            {QStringLiteral("message"),
             english(QStringLiteral("It is never too late to get help."))},
        });
    }
    return result;
}

QByteArray generatedContent(int services, int nodes)
{
    QJsonArray serviceList;
    for (int i = 0; i < services; ++i)
        serviceList.append(generatedService(i));
    const QJsonObject metadata{
        {QStringLiteral("id"), QStringLiteral("benchmark")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("publisher"), QStringLiteral("Signpost benchmark")},
        {QStringLiteral("region"), QStringLiteral("Nowhere")},
        {QStringLiteral("reviewedOn"), QStringLiteral("2026-11-01")},
        {QStringLiteral("reviewDue"), QStringLiteral("2027-05-01")},
        {QStringLiteral("locales"), QJsonArray{QStringLiteral("en")}},
    };
    const QJsonObject content{
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("services"), serviceList},
        {QStringLiteral("pathways"),
         QJsonObject{{QStringLiteral("start"), QStringLiteral("welcome")},
                     {QStringLiteral("nodes"), generatedNodes(nodes, services)}}},
        {QStringLiteral("emergency"), QJsonArray{channelRef(0)}},
    };
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Times `repeat` loads of `path`; the loader's JSON parse alone (JsonTree::fromJson: the quick
// parse, or Qt's where it declines) is timed too.
QJsonObject measure(const QString &label, const QString &path, int services, int nodes, int repeat)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QList<qint64> wall, cpu, parse, parseCpu;
    int errors = 0, warnings = 0;
    QString firstError;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNanoseconds();
        const ContentLoader::Result result = ContentLoader::loadFile(path, today);
        cpu << threadCpuNanoseconds() - cpuStart;
        wall << timer.nsecsElapsed();
        errors = warnings = 0;
        for (const ContentIssue &issue : result.issues) {
            if (issue.severity == ContentIssue::Severity::Error) {
                if (errors++ == 0)
                    firstError = issue.toString();
            } else {
                ++warnings;
            }
        }
        timer.restart();
        const qint64 parseCpuStart = threadCpuNanoseconds();
        {
            const JsonTree tree = JsonTree::fromJson(bytes, nullptr);
            parse << timer.nsecsElapsed();
        }
        parseCpu << threadCpuNanoseconds() - parseCpuStart; // with freeing the tree
    }
    return {{QStringLiteral("label"), label},
            {QStringLiteral("services"), services},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("bytes"), qint64(bytes.size())},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("load_wall_ns"), median(wall)},
            {QStringLiteral("load_cpu_ns"), median(cpu)},
            {QStringLiteral("parse_wall_ns"), median(parse)},
            {QStringLiteral("parse_cpu_ns"), median(parseCpu)},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("first_error"), firstError}};
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int nodes =
        std::max(15, option(arguments, QStringLiteral("--nodes"), QStringLiteral("2000")).toInt());
    const int repeat =
        std::max(1, option(arguments, QStringLiteral("--repeat"), QStringLiteral("5")).toInt());
    const QStringList sizes =
        option(arguments, QStringLiteral("--services"), QStringLiteral("1000,2000,5000,10000"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);

    QTemporaryDir directory;
    if (!directory.isValid()) {
        std::fputs("signpost_content_load: cannot make a temporary directory\n", stderr);
        return 1;
    }
    QJsonArray results;
    // The built-in content is small: more repeats for a steady median.
    results.append(
        measure(QStringLiteral("built-in"), ContentLoader::builtInPath(), -1, -1, repeat * 4));
    bool allValid = results.last().toObject().value(QStringLiteral("errors")).toInt() == 0;
    for (const QString &size : sizes) {
        const int services = std::max(3, size.toInt());
        const QString path = directory.filePath(QStringLiteral("content-%1.json").arg(services));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generatedContent(services, nodes)) < 0) {
            std::fprintf(stderr, "signpost_content_load: cannot write %s\n", qPrintable(path));
            return 1;
        }
        file.close();
        results.append(measure(QStringLiteral("generated"), path, services, nodes, repeat));
        allValid =
            allValid && results.last().toObject().value(QStringLiteral("errors")).toInt() == 0;
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("content_load"), results}})
                                .toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return allValid ? 0 : 1;
}
