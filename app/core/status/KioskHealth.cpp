// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/KioskHealth.h"
#include "core/startup/ActiveContent.h"

#include "core/status/KioskStatusFormat.h"

KioskHealth::KioskHealth(const Configuration &config, KioskStatus::CrashLoop crashLoop,
                         ActiveContentSource shown, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_crashLoop(crashLoop)
    , m_shown(std::move(shown))
    , m_started(QDateTime::currentDateTimeUtc())
    , m_metrics(config.metricsTextfile(),
                [this] { return KioskStatusFormat::prometheus(status()); })
{}

KioskStatus KioskHealth::status() const
{
    KioskStatus::VoiceCheck remembered;
    if (m_voiceCheck && !m_voiceCheckDeferred) {
        remembered = [this](const QStringList &languages) {
            if (!m_withoutVoice)
                m_withoutVoice = m_voiceCheck(languages);
            return *m_withoutVoice;
        };
    }
    KioskStatus status = KioskStatus::collect(m_config, m_shown(), m_crashLoop,
                                              QDate::currentDate(), m_started, remembered);
    if (m_mode)
        status.mode = modeName(*m_mode);
    return status;
}

QString KioskHealth::text() const
{
    return KioskStatusFormat::text(status());
}

QString KioskHealth::startMetrics()
{
    return m_metrics.start();
}

void KioskHealth::checkVoices()
{
    m_voiceCheckDeferred = false;
    m_metrics.writeIfChanged(); // asks now when the file is kept; else when the status is needed
}
