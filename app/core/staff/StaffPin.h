// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

// The staff PIN, held only as a salted, slow libsodium hash (Argon2id, crypto_pwhash_str).
// With no hash configured, no PIN unlocks anything. Callers keep PIN digits in their own buffer
// and wipe it with wipe() as soon as verify() or hash() returns.
class StaffPin
{
public:
    enum class Cost
    {
        Interactive, // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE: what installs use
        Minimum,     // OPSLIMIT/MEMLIMIT_MIN: for tests only, where speed matters more
    };

    static constexpr int minimumDigits = 6;
    static constexpr int maximumDigits = 12;

    StaffPin() = default; // no hash: unlock is impossible
    explicit StaffPin(const QString &storedHash);

    bool isConfigured() const { return !m_hash.isEmpty(); }
    bool verify(QByteArrayView pin) const;

    // 6-12 ASCII digits: what the on-screen pad can type.
    static bool isAcceptablePin(QByteArrayView pin);
    static QString pinRule(); // the rule above, as a sentence
    // The crypto_pwhash_str string for `pin`, or empty when the PIN is not acceptable or hashing
    // failed (out of memory).
    static QString hash(QByteArrayView pin, Cost cost = Cost::Interactive);
    // The line to put in the [signpost] section of the configuration file.
    static QString configurationLine(const QString &hash);

    // Overwrites memory that held PIN digits in a way the compiler cannot optimise away.
    static void wipe(void *data, qsizetype size);

private:
    QString m_hash;
};
