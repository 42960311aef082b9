// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/PathwayBrowser.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int NodeIdRole = Qt::UserRole + 1;
// The public screens are designed for a 1080 px kiosk; the preview shows them at this scale.
constexpr double previewScale = 0.55;

} // namespace

PathwayBrowser::PathwayBrowser(const Content &content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("pathwayBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("pathwayTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Answer"), tr("Leads to")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 300);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PathwayBrowser::showSelected);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    m_nodeInfo = new QLabel(right);
    m_nodeInfo->setObjectName(QStringLiteral("nodeInfo"));
    m_nodeInfo->setTextFormat(Qt::PlainText);
    m_nodeInfo->setWordWrap(true);
    m_nodeInfo->setProperty("staffRole", QStringLiteral("muted"));
    rightLayout->addWidget(m_nodeInfo);

    // The real public screens, styled as on the kiosk; answering in the preview walks the tree.
    auto *frame = new QFrame(right);
    frame->setObjectName(QStringLiteral("publicPreview"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(Theme::styleSheet(previewScale));
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    m_previews = new QStackedWidget(frame);
    m_nothingSelected = new QLabel(tr("Choose a step in the pathway to see the screen a visitor "
                                      "sees there."),
                                   m_previews);
    m_nothingSelected->setAlignment(Qt::AlignCenter);
    m_nothingSelected->setWordWrap(true);
    m_question = new QuestionScreen(m_previews);
    m_question->applyScale(previewScale);
    m_outcome = new OutcomeScreen(m_previews);
    m_outcome->applyScale(previewScale);
    m_previews->addWidget(m_nothingSelected);
    m_previews->addWidget(m_question);
    m_previews->addWidget(m_outcome);
    frameLayout->addWidget(m_previews);
    rightLayout->addWidget(frame, 1);

    m_cardButton = new QPushButton(tr("Take-away card for this outcome…"), right);
    m_cardButton->setObjectName(QStringLiteral("outcomeCardButton"));
    m_cardButton->setEnabled(false);
    rightLayout->addWidget(m_cardButton, 0, Qt::AlignRight);
    connect(m_cardButton, &QPushButton::clicked, this, [this] {
        const PathwayNode *node = m_content.node(selectedNodeId());
        if (node && node->isOutcome())
            emit cardRequested(node->primary.service);
    });

    connect(m_question, &QuestionScreen::answerChosen, this, &PathwayBrowser::followAnswer);
    const auto goUp = [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem(); item && item->parent())
            m_tree->setCurrentItem(item->parent());
    };
    const auto goToStart = [this] {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    };
    connect(m_question, &QuestionScreen::backRequested, this, goUp);
    connect(m_question, &QuestionScreen::startAgainRequested, this, goToStart);
    connect(m_outcome, &OutcomeScreen::backRequested, this, goUp);
    connect(m_outcome, &OutcomeScreen::startAgainRequested, this, goToStart);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760});
    rebuildTree();
}

void PathwayBrowser::setClock(const Clock &clock)
{
    m_clock = clock;
    m_outcome->setClock(clock);
    showSelected();
}

void PathwayBrowser::setLanguage(const QString &language)
{
    m_language = language;
    rebuildTree();
}

QString PathwayBrowser::selectedNodeId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, NodeIdRole).toString() : QString();
}

QString PathwayBrowser::nodeSummary(const PathwayNode &node) const
{
    if (node.isOutcome())
        return tr("Outcome: %1").arg(node.text.text(m_language));
    return node.text.text(m_language);
}

void PathwayBrowser::rebuildTree()
{
    m_tree->clear();
    const PathwayNode *start = m_content.node(m_content.startNode);
    if (!start)
        return;
    auto *root = new QTreeWidgetItem(m_tree, {tr("Start"), nodeSummary(*start)});
    root->setData(0, NodeIdRole, start->id);
    addChildren(root, *start, {start->id});
    m_tree->expandAll();
    m_tree->setCurrentItem(root);
}

void PathwayBrowser::addChildren(QTreeWidgetItem *item, const PathwayNode &node, QStringList path)
{
    for (const Answer &answer : node.answers) {
        const PathwayNode *next = m_content.node(answer.next);
        auto *child = new QTreeWidgetItem(
            item, {answer.text.text(m_language), next ? nodeSummary(*next) : answer.next});
        child->setData(0, NodeIdRole, answer.next);
        child->setToolTip(0, child->text(0));
        child->setToolTip(1, tr("%1 (step '%2')").arg(child->text(1), answer.next));
        if (!next)
            continue;
        if (path.contains(next->id)) { // the validator forbids loops; never recurse forever
            child->setText(1, tr("%1 (loops back)").arg(child->text(1)));
            continue;
        }
        QStringList deeper = path;
        deeper << next->id;
        addChildren(child, *next, deeper);
    }
}

void PathwayBrowser::followAnswer(int index)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && index >= 0 && index < item->childCount())
        m_tree->setCurrentItem(item->child(index));
}

void PathwayBrowser::showSelected()
{
    const PathwayNode *node = m_content.node(selectedNodeId());
    m_cardButton->setEnabled(node && node->isOutcome());
    if (!node) {
        m_nodeInfo->clear();
        m_previews->setCurrentWidget(m_nothingSelected);
        return;
    }
    if (node->isOutcome()) {
        const Service *service = m_content.service(node->primary.service);
        m_nodeInfo->setText(
            tr("Step '%1' — the outcome a visitor reaches. Main service: %2.")
                .arg(node->id, service ? service->name.text(m_language) : node->primary.service));
        m_outcome->showOutcome(m_content, *node, m_language);
        m_previews->setCurrentWidget(m_outcome);
    } else {
        m_nodeInfo->setText(
            tr("Step '%1' — a question with %n answer(s).", nullptr, int(node->answers.size()))
                .arg(node->id));
        m_question->showQuestion(*node, m_language);
        m_previews->setCurrentWidget(m_question);
    }
}
