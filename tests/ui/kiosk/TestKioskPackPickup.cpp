// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "MinisignTestKit.h"
#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/public/KioskWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MinisignTestKit;

// End to end: a pack signed with Debian's minisign tool, installed into the content store while
// a kiosk is in the middle of a visit, is on screen after the next reset and not before.
class TestKioskPackPickup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newPackIsShownAfterTheNextReset();

private:
    bool install(qint64 version);

    QTemporaryDir m_dir;
    TestKey m_owner;
    QString m_store;
    Configuration m_configuration;
    QDate m_today = QDate(2026, 11, 29);
};

void TestKioskPackPickup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_owner = generate(m_dir.path(), QStringLiteral("owner"));
    QVERIFY2(m_owner.key, "minisign -G failed");
    m_store = m_dir.filePath(QStringLiteral("store"));
    const QString configPath = m_dir.filePath(QStringLiteral("signpost.conf"));
    QVERIFY(writeFile(configPath, QStringLiteral("[signpost]\ntrusted_content_keys=%1\n"
                                                 "content_directory=%2\n")
                                      .arg(m_owner.publicKeyPath, m_store)
                                      .toUtf8()));
    m_configuration = Configuration::load(configPath, true);
    QVERIFY2(m_configuration.warnings().isEmpty(),
             qPrintable(m_configuration.warnings().join(QLatin1Char('\n'))));
}

bool TestKioskPackPickup::install(qint64 version)
{
    const QString pack = m_dir.filePath(QStringLiteral("pack-%1").arg(version));
    if (!makePack(pack, contentVersion(version), m_owner))
        return false;
    const ContentPackVerifier verifier({*m_owner.key}, false);
    const auto verified = verifier.verify(pack, m_today);
    return verified.pack && ContentPackStore(m_store).install(*verified.pack).installed;
}

void TestKioskPackPickup::newPackIsShownAfterTheNextReset()
{
    QVERIFY(install(2));
    LaunchPlan plan;
    plan.idleTimeoutSeconds = 90;
    // What main() passes as the content source when no --content is given.
    KioskSession session(plan, QString(),
                         [this] { return ActiveContent::configured(m_configuration, m_today); });
    session.start();
    KioskWindow *window = session.window();
    QVERIFY(!session.activeContent().builtIn);
    QCOMPARE(window->visit()->content().metadata.version, 2);

    QVERIFY(KioskTestSupport::clickRoute(*window, {0}));
    const QString midVisit = window->visit()->currentNodeId();
    QVERIFY(install(3)); // signpost --install-pack, while someone is reading
    QCoreApplication::processEvents();
    QCOMPARE(window->visit()->content().metadata.version, 2);
    QCOMPARE(window->visit()->currentNodeId(), midVisit);

    QSignalSpy replaced(&session, &KioskSession::contentReplaced);
    auto *leave = window->findChild<QPushButton *>(QStringLiteral("leaveButton"));
    QVERIFY(leave);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(window->visit()->content().metadata.version, 3);
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);
}

QTEST_MAIN(TestKioskPackPickup)
#include "TestKioskPackPickup.moc"
