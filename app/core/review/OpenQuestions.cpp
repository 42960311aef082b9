// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/OpenQuestions.h"

#include <QCoreApplication>

QList<OpenQuestions::Question> OpenQuestions::of(const Content &content)
{
    const QString english = QStringLiteral("en");
    QList<Question> questions;
    for (const Service &service : content.services) {
        if (service.needsConfirming) {
            questions << Question{
                service.id,
                service.name.text(english),
                {},
                service.needsConfirmingNote.isEmpty()
                    ? QCoreApplication::translate("OpenQuestions", "(no note says which fact)")
                    : service.needsConfirmingNote};
        }
        for (const Channel &channel : service.channels) {
            if (!channel.needsConfirming ||
                (service.needsConfirming && channel.needsConfirmingNote.isEmpty()) ||
                channel.needsConfirmingNote == service.needsConfirmingNote)
                continue;
            questions << Question{
                service.id, service.name.text(english), channel.label.text(english),
                channel.needsConfirmingNote.isEmpty()
                    ? QCoreApplication::translate("OpenQuestions", "(no note says which fact)")
                    : channel.needsConfirmingNote};
        }
    }
    return questions;
}
