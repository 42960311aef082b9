// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffPin.h"

#include <QCoreApplication>

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

StaffPin::StaffPin(const QString &storedHash)
{
    if (storedHash.startsWith(QLatin1String("$argon2")))
        m_hash = storedHash;
}

bool StaffPin::verify(QByteArrayView pin) const
{
    if (!isConfigured() || !sodiumReady() || pin.isEmpty())
        return false;
    const QByteArray hash = m_hash.toLatin1();
    return crypto_pwhash_str_verify(hash.constData(), pin.data(),
                                    static_cast<unsigned long long>(pin.size())) == 0;
}

bool StaffPin::isAcceptablePin(QByteArrayView pin)
{
    if (pin.size() < minimumDigits || pin.size() > maximumDigits)
        return false;
    for (const char c : pin) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString StaffPin::pinRule()
{
    return QCoreApplication::translate("StaffPin", "A staff PIN is %1 to %2 digits (0-9).")
        .arg(minimumDigits)
        .arg(maximumDigits);
}

QString StaffPin::hash(QByteArrayView pin, Cost cost)
{
    if (!isAcceptablePin(pin) || !sodiumReady())
        return {};
    const bool minimum = cost == Cost::Minimum;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), static_cast<unsigned long long>(pin.size()),
                          minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimum ? crypto_pwhash_MEMLIMIT_MIN
                                  : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

QString StaffPin::configurationLine(const QString &hash)
{
    // Quoted, so QSettings reads the commas inside the hash as part of one value.
    return QStringLiteral("staff_pin_hash=\"%1\"").arg(hash);
}

void StaffPin::wipe(void *data, qsizetype size)
{
    if (data && size > 0)
        sodium_memzero(data, static_cast<size_t>(size));
}
