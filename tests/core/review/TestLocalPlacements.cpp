// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/packs/LocalPackValidation.h"
#include "core/review/LocalPlacements.h"

#include <QTest>

// Where a local overlay pack's services meet a visitor, for the review pack's local page: the
// example pack's service leads its "Help near here" outcome and is an extra alternative on the
// outcome it attaches to; the national content alone has none.
class TestLocalPlacements : public QObject
{
    Q_OBJECT
private slots:
    void nationalContentHasNone();
    void examplePackLeadsOneOutcomeAndAttachesToAnother();
};

namespace {

const QDate today(2026, 12, 1);

Content national()
{
    return *ContentLoader::loadFile(ContentLoader::builtInPath(), today).content;
}

} // namespace

void TestLocalPlacements::nationalContentHasNone()
{
    const Content content = national();
    QVERIFY(LocalPlacements::of(content).isEmpty());
    QVERIFY(LocalPlacements::services(content).isEmpty());
    QVERIFY(LocalPlacements::outcomes(content).isEmpty());
}

void TestLocalPlacements::examplePackLeadsOneOutcomeAndAttachesToAnother()
{
    const LocalPackValidation::Result checked = LocalPackValidation::checkFile(
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/valid/example-area.json"),
        national(), today);
    QVERIFY(checked.merged);
    const QList<LocalPlacements::Placement> placements = LocalPlacements::of(*checked.merged);
    QCOMPARE(placements.size(), 2);
    QStringList seen;
    for (const LocalPlacements::Placement &placement : placements) {
        QCOMPARE(placement.serviceId, QStringLiteral("example-childrens-services"));
        seen << QStringLiteral("%1:%2").arg(placement.outcomeId,
                                            placement.primary ? QStringLiteral("primary")
                                                              : QStringLiteral("alternative"));
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("example-child-local:primary"),
                                QStringLiteral("report-not-sure:alternative")}));
    QCOMPARE(LocalPlacements::services(*checked.merged).size(), 1);
    QCOMPARE(LocalPlacements::outcomes(*checked.merged).size(), 2);
}

QTEST_GUILESS_MAIN(TestLocalPlacements)
#include "TestLocalPlacements.moc"
