// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/status/KioskStatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// KioskStatus written out three ways: lines a person reads (signpost --status, the staff menu and
// its QR code), JSON (--status --json) and the Prometheus text exposition format (the
// metrics_textfile node_exporter's textfile collector reads).
namespace KioskStatusFormat {

QString text(const KioskStatus &status);
QJsonObject json(const KioskStatus &status);
QByteArray prometheus(const KioskStatus &status);

// The metrics whose value changes while nothing about the kiosk does (its start time); every
// other line of prometheus() stays byte for byte the same until the kiosk's state changes.
QStringList timeDependentMetrics();

} // namespace KioskStatusFormat
