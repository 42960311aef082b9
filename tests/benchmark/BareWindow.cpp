// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for Signpost's start and memory: the least a Qt Widgets kiosk could be (a label
// and three buttons, full screen) built from the same tree with the same compiler and flags.
// It links Qt Widgets only, so nothing of Signpost (Svg, PrintSupport, qrencode) is loaded.
//
//   signpost_bare_window           exit 0 just after the first paint, as signpost does with
//                                  --quit-after-first-paint (the same queued
//                                  QCoreApplication::exit)
//   signpost_bare_window --stay    stay on screen (for memory and idle CPU)
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstring>

namespace {

// The same rule as Signpost's FirstPaintNotifier, written out here so the bare window does not
// link signpost_ui: the first paint event of the window, then exit from a queued call.
class QuitOnFirstPaint : public QObject
{
public:
    explicit QuitOnFirstPaint(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    const bool stay = argc > 1 && std::strcmp(argv[1], "--stay") == 0;
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Who are you worried about?"), &window));
    for (const char *text : {"Myself", "Someone I know", "A child"})
        layout->addWidget(new QPushButton(QString::fromLatin1(text), &window));
    if (!stay)
        new QuitOnFirstPaint(&window);
    window.showFullScreen();
    return app.exec();
}
