#include "KioskWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KioskWindow::KioskWindow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Signpost"));
    auto *layout = new QVBoxLayout(this);
    auto *strip = new QLabel(
        tr("Is someone in danger now? Call 999. Text relay 18000. 999 BSL video relay."), this);
    strip->setObjectName(QStringLiteral("emergencyStrip"));
    layout->addWidget(strip);
    auto *leave = new QPushButton(tr("Leave this screen"), this);
    leave->setObjectName(QStringLiteral("leaveButton"));
    layout->addWidget(leave, 0, Qt::AlignRight);
    auto *question = new QLabel(tr("Who are you worried about?"), this);
    question->setObjectName(QStringLiteral("heading"));
    layout->addWidget(question, 1, Qt::AlignCenter);
}
