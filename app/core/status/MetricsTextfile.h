// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

// The metrics_textfile a running kiosk keeps for node_exporter's textfile collector: written at
// start and then checked once a minute, rewritten only when its bytes would change, always
// atomically (PATH.tmp in the same directory, then rename), so a scrape never reads half a file,
// and readable by every account (0644, whatever the umask), so node_exporter's account can.
// The only file a public mode writes besides the crash ledger; the no-trace tests allow exactly
// PATH and PATH.tmp.
class MetricsTextfile : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMilliseconds = 60 * 1000;

    using Render = std::function<QByteArray()>;

    // An empty path turns it off: nothing is written, no timer runs.
    MetricsTextfile(QString path, Render render, QObject *parent = nullptr);

    QString path() const { return m_path; }
    static QString temporaryPath(const QString &path) { return path + QStringLiteral(".tmp"); }

    // Writes now, then checks once a minute. Returns why the first write failed (for the
    // console at start), or an empty string.
    QString start();
    // Writes the file when its bytes differ from the last written (always the first time).
    // False, with the reason in `error`, when it could not be written.
    bool writeIfChanged(QString *error = nullptr);
    int writes() const { return m_writes; }

private:
    QString m_path;
    Render m_render;
    QTimer m_timer;
    QByteArray m_lastWritten;
    int m_writes = 0;
};
