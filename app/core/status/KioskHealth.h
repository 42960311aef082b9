// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "core/status/KioskStatus.h"
#include "core/status/MetricsTextfile.h"

#include <QDateTime>
#include <QObject>

#include <functional>

// A running public mode's health, for IT: its KioskStatus as it is now (the content the session
// shows, the configuration, the crash loop found at start) and the metrics_textfile kept from it.
// main() and the no-trace driver set it up the same way.
class KioskHealth : public QObject
{
    Q_OBJECT
public:
    using ActiveContentSource = std::function<const ActiveContent &()>;

    KioskHealth(const Configuration &config, KioskStatus::CrashLoop crashLoop,
                ActiveContentSource shown, QObject *parent = nullptr);

    // The mode this process runs in (the configuration's, unless --mode said otherwise).
    void setMode(Mode mode) { m_mode = mode; }
    // How to tell which switched-on languages have no voice. Asked once, the first time the
    // status is needed (installed voices do not change under a running kiosk), so the
    // metrics never change because a visitor turned Read aloud on.
    void setVoiceCheck(KioskStatus::VoiceCheck check) { m_voiceCheck = std::move(check); }
    // The check loads every eSpeak NG voice, which the kiosk's first frame should not wait
    // for: after deferVoiceCheck() the status says the voices are not checked yet, until
    // checkVoices() (called once the first frame is on screen) asks and brings the
    // metrics_textfile up to date with the answer.
    void deferVoiceCheck() { m_voiceCheckDeferred = true; }
    void checkVoices();

    KioskStatus status() const;
    QString text() const; // the staff menu's lines (and its QR code)
    // Writes metrics_textfile now and keeps it up to date (nothing when the key is unset);
    // returns why it could not be written, for the console at start.
    QString startMetrics();

private:
    const Configuration &m_config;
    KioskStatus::CrashLoop m_crashLoop;
    ActiveContentSource m_shown;
    QDateTime m_started;
    std::optional<Mode> m_mode;
    KioskStatus::VoiceCheck m_voiceCheck;
    bool m_voiceCheckDeferred = false;
    mutable std::optional<QStringList> m_withoutVoice; // the check's answer, once asked
    MetricsTextfile m_metrics;
};
