// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/LanguagePicker.h"

#include "core/languages/LanguageCatalogue.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LanguagePicker::LanguagePicker(QWidget *parent)
    : ScrimOverlay(QStringLiteral("languagePanel"), parent)
    , m_heading(ScreenParts::label(QStringLiteral("subheading"), panel()))
    , m_grid(new QGridLayout)
    , m_close(ScreenParts::secondaryButton(QString(), QStringLiteral("closeLanguages"), panel()))
{
    setObjectName(QStringLiteral("languagePicker"));
    m_heading->setObjectName(QStringLiteral("languageHeading"));
    m_heading->setFocusPolicy(Qt::ClickFocus);
    auto *panelLayout = new QVBoxLayout(panel());
    panelLayout->addWidget(m_heading);
    panelLayout->addLayout(m_grid);
    panelLayout->addWidget(m_close, 0, Qt::AlignLeading);
    connect(m_close, &QPushButton::clicked, this, &LanguagePicker::closeRequested);
    retranslate();
    applyScale(1.0);
    hide();
}

void LanguagePicker::setLanguages(const QStringList &codes, const QString &current)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        auto *button = new QPushButton(LanguageCatalogue::nativeName(code), panel());
        button->setObjectName(QStringLiteral("language-%1").arg(code));
        button->setProperty("role", QStringLiteral("language"));
        button->setProperty("languageCode", code);
        button->setAutoDefault(false);
        button->setCheckable(true);
        button->setChecked(code == current);
        button->setAccessibleName(LanguageCatalogue::nativeName(code));
        // Each name reads in its own direction, whatever the screen's language.
        button->setLayoutDirection(LanguageCatalogue::isRightToLeft(code) ? Qt::RightToLeft
                                                                          : Qt::LeftToRight);
        connect(button, &QPushButton::clicked, this, [this, code, button] {
            button->setChecked(true);
            emit languageChosen(code);
        });
        m_grid->addWidget(button, i / 2, i % 2);
        m_buttons << button;
    }
}

void LanguagePicker::applyScale(double scale)
{
    scalePanel(scale, 40); // a little tighter than a question: seven languages must fit
    m_grid->setSpacing(Theme::pixels(16, scale));
}

void LanguagePicker::retranslate()
{
    ScreenParts::setText(m_heading, tr("Choose your language"));
    ScreenParts::setButtonText(m_close, tr("Close"));
    m_close->setAccessibleDescription(tr("Keeps the language you have now."));
}

QList<QWidget *> LanguagePicker::focusOrder() const
{
    QList<QWidget *> order{m_heading};
    for (QPushButton *button : m_buttons)
        order << button;
    order << m_close;
    return order;
}

void LanguagePicker::keyPressEvent(QKeyEvent *event)
{
    // Escape closes the list (it is not a quick exit, which Escape never is).
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LanguagePicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Like a new screen: a screen reader starts with "Choose your language"; Tab goes on to the
    // languages.
    m_heading->setFocus(Qt::OtherFocusReason);
}
