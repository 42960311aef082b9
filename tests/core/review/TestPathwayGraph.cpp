// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/review/PathwayGraph.h"

#include <QSet>
#include <QTest>

// The review pack's map: every question and outcome once, with depth, the primary service and
// number of each outcome, and the danger-first routes, from the built-in content.
class TestPathwayGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyNodeOnce();
    void outcomes_data();
    void outcomes();
    void dangerFirst_data();
    void dangerFirst();
    void answersToOneScreenShareAnArrow();
    void audiencesCoverTheWholeMap();

private:
    Content m_content;
    PathwayGraph m_graph;
};

void TestPathwayGraph::initTestCase()
{
    const ContentLoader::Result loaded =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 12, 1));
    QVERIFY(loaded.content);
    m_content = *loaded.content;
    m_graph = PathwayGraph::build(m_content, QStringLiteral("en"));
}

void TestPathwayGraph::everyNodeOnce()
{
    QCOMPARE(m_graph.nodes.size(), m_content.nodes.size());
    QSet<QString> ids;
    for (const PathwayGraph::Node &node : m_graph.nodes) {
        QVERIFY2(!ids.contains(node.id), qPrintable(node.id));
        ids.insert(node.id);
        QVERIFY2(node.depth >= 0, qPrintable(node.id));
        QVERIFY2(node.depth <= 4, qPrintable(node.id)); // the spec's "at most three choices"
    }
    QCOMPARE(m_graph.nodes.constFirst().id, m_content.startNode);
    QCOMPARE(m_graph.nodes.constFirst().depth, 0);
    // Breadth-first: nobody deeper comes before somebody shallower.
    for (qsizetype i = 1; i < m_graph.nodes.size(); ++i)
        QVERIFY(m_graph.nodes[i - 1].depth <= m_graph.nodes[i].depth);
}

void TestPathwayGraph::outcomes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("number");
    QTest::newRow("999") << "danger-999" << 2 << "Police"
                         << "999";
    QTest::newRow("Stop It Now!") << "myself-stop-it-now" << 3 << "Stop It Now!"
                                  << "0808 1000 900";
    QTest::newRow("Childline") << "young-hurt" << 2 << "Childline"
                               << "0800 1111";
    QTest::newRow("survivor (shortest route)") << "survivor" << 2 << "NAPAC"
                                               << "0808 801 0331";
}

void TestPathwayGraph::outcomes()
{
    QFETCH(QString, id);
    const PathwayGraph::Node *node = m_graph.node(id);
    QVERIFY(node);
    QVERIFY(node->outcome);
    QTEST(node->depth, "depth");
    QTEST(node->service, "service");
    QTEST(node->number, "number");
    QVERIFY(!node->text.isEmpty());
}

void TestPathwayGraph::dangerFirst_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("marked");
    QTest::newRow("someone I know asks first") << "someone-danger" << true;
    QTest::newRow("a child asks first") << "child-danger" << true;
    QTest::newRow("the 999 outcome") << "danger-999" << true;
    QTest::newRow("welcome") << "welcome" << false;
    QTest::newRow("young person") << "young-help" << false;
}

void TestPathwayGraph::dangerFirst()
{
    QFETCH(QString, id);
    const PathwayGraph::Node *node = m_graph.node(id);
    QVERIFY(node);
    QTEST(node->dangerCheck || node->emergency, "marked");
    for (const PathwayGraph::Edge &edge : m_graph.edges) {
        if (edge.from == id && edge.to == QLatin1String("danger-999"))
            QVERIFY(edge.dangerFirst);
        if (edge.to != QLatin1String("danger-999"))
            QVERIFY(!edge.dangerFirst);
    }
}

void TestPathwayGraph::answersToOneScreenShareAnArrow()
{
    // "No" and "Not sure" both go on to "What worries you?": one arrow with both words.
    int arrows = 0;
    for (const PathwayGraph::Edge &edge : m_graph.edges) {
        if (edge.from != QLatin1String("someone-danger") ||
            edge.to != QLatin1String("someone-worry"))
            continue;
        ++arrows;
        QCOMPARE(edge.answer, QStringLiteral("No\nNot sure"));
    }
    QCOMPARE(arrows, 1);
}

void TestPathwayGraph::audiencesCoverTheWholeMap()
{
    const QList<PathwayGraph> parts = m_graph.byAudience();
    QCOMPARE(parts.size(), m_content.node(m_content.startNode)->answers.size());
    QSet<QString> covered;
    for (const PathwayGraph &part : parts) {
        QVERIFY(!part.title.isEmpty());
        int fromStart = 0;
        for (const PathwayGraph::Edge &edge : part.edges) {
            QVERIFY(part.node(edge.from));
            QVERIFY(part.node(edge.to));
            fromStart += edge.from == part.start ? 1 : 0;
        }
        QCOMPARE(fromStart, 1);
        for (const PathwayGraph::Node &node : part.nodes)
            covered.insert(node.id);
    }
    QCOMPARE(covered.size(), m_graph.nodes.size());
}

QTEST_GUILESS_MAIN(TestPathwayGraph)
#include "TestPathwayGraph.moc"
