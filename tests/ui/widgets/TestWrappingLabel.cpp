// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WrappingLabel.h"

#include <QTest>

// WrappingLabel keeps QLabel's own answers: the same sizes as a plain QLabel with the same words,
// font and margins, however often it is asked and whatever changed in between, and the same
// pixels. Labels with a text document (rich text, or taking focus) too.
class TestWrappingLabel : public QObject
{
    Q_OBJECT
private slots:
    void measuresAsQLabelDoes_data();
    void measuresAsQLabelDoes();
};

void TestWrappingLabel::measuresAsQLabelDoes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change");
    for (const char *kind : {"plain", "rich", "focus"}) {
        for (const char *change : {"none", "text", "font", "margins", "minimum width", "back"})
            QTest::addRow("%s, %s", kind, change)
                << QString::fromLatin1(kind) << QString::fromLatin1(change);
    }
}

void TestWrappingLabel::measuresAsQLabelDoes()
{
    QFETCH(QString, kind);
    QFETCH(QString, change);
    QLabel plain;
    WrappingLabel cached;
    const QList<QLabel *> both{&plain, &cached};
    const bool rich = kind == QLatin1String("rich");
    for (QLabel *label : both) {
        label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        if (kind == QLatin1String("focus"))
            label->setFocusPolicy(Qt::ClickFocus); // as a screen's heading
        label->setText(rich ? QStringLiteral("<b>Is someone in danger now?</b> Call <b>999</b>. "
                                             "Text relay: <b>18000</b>. BSL: <b>999 BSL</b>.")
                            : QStringLiteral("What you say stays confidential, unless you ask "
                                             "them to talk to someone for you, or you are in "
                                             "real danger."));
    }
    const QList<int> widths{68, 195, 241, 377, 822, 850, 2000};
    const auto sameAnswers = [&] {
        QCOMPARE(cached.sizeHint(), plain.sizeHint());
        QCOMPARE(cached.minimumSizeHint(), plain.minimumSizeHint());
        for (int round = 0; round < 2; ++round) { // the second round from what is kept
            for (const int width : widths)
                QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        }
        // Painted at a width asked about before: a document's layout is QLabel's own.
        for (QLabel *label : both)
            label->resize(377, plain.heightForWidth(377));
        QCOMPARE(cached.grab().toImage(), plain.grab().toImage());
    };
    sameAnswers();
    QFont larger = plain.font();
    larger.setPixelSize(31);
    for (QLabel *label : both) {
        if (change == QLatin1String("text"))
            label->setText(QStringLiteral("Open 24 hours"));
        else if (change == QLatin1String("font") || change == QLatin1String("back"))
            label->setFont(larger);
        else if (change == QLatin1String("margins"))
            label->setContentsMargins(7, 3, 11, 5);
        else if (change == QLatin1String("minimum width"))
            label->setMinimumWidth(300);
    }
    sameAnswers();
    if (change == QLatin1String("back")) { // the first font again: what was kept for it
        for (QLabel *label : both)
            label->setFont(QFont());
        sameAnswers();
    }
}

QTEST_MAIN(TestWrappingLabel)
#include "TestWrappingLabel.moc"
