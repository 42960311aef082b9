// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/PathwayMapLayout.h"

#include <graphviz/gvc.h>

#include <QCoreApplication>

#include <list>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PathwayMapLayout", text);
}

// Graphviz takes char *, not const char *, for names and values it only reads.
class Strings
{
public:
    char *operator()(const QString &text)
    {
        m_kept.push_back(text.toUtf8());
        return m_kept.back().data();
    }
    char *operator()(const char *text) { return (*this)(QString::fromLatin1(text)); }

private:
    std::list<QByteArray> m_kept;
};

// One Graphviz context for the whole process, never freed. Graphviz 2.42's pango plugin remembers
// the last font name by pointer, and that string belongs to the context: freeing one context and
// laying out with the next read freed memory (AddressSanitizer caught it when the staff window
// exported a second review pack). Loading the plugins once is also quicker.
GVC_t *graphvizContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

QString inches(double points)
{
    return QString::number(points / 72.0, 'f', 4);
}

} // namespace

QString PathwayMapLayout::arrowLabel(const PathwayGraph &graph, const PathwayGraph::Edge &edge)
{
    // Answers are numbered on their question's box; an arrow names the ones it stands for.
    QStringList numbers;
    int number = 0;
    for (const PathwayGraph::Edge &each : graph.edges) {
        if (each.from != edge.from)
            continue;
        for (qsizetype i = 0; i < each.answer.count(QLatin1Char('\n')) + 1; ++i) {
            ++number;
            if (each.to == edge.to)
                numbers << QString::number(number);
        }
    }
    return numbers.join(QLatin1String(", "));
}

PathwayMapLayout
PathwayMapLayout::layOut(const PathwayGraph &graph,
                         const std::function<QSizeF(const PathwayGraph::Node &)> &boxSize)
{
    PathwayMapLayout layout;
    Strings s;
    GVC_t *const context = graphvizContext();
    Agraph_t *g = agopen(s("pathways"), Agdirected, nullptr);
    // Left to right: the start on the left, outcomes in a column on the right, as a visitor
    // moves through the screens.
    agattr(g, AGRAPH, s("rankdir"), s("LR"));
    agattr(g, AGRAPH, s("nodesep"), s("0.08"));
    agattr(g, AGRAPH, s("ranksep"), s("0.35"));
    agattr(g, AGNODE, s("shape"), s("box"));
    agattr(g, AGNODE, s("fixedsize"), s("true"));
    agattr(g, AGNODE, s("width"), s("1"));
    agattr(g, AGNODE, s("height"), s("1"));
    agattr(g, AGNODE, s("label"), s(""));
    agattr(g, AGEDGE, s("label"), s(""));
    agattr(g, AGEDGE, s("fontsize"), s("7"));
    agattr(g, AGEDGE, s("arrowsize"), s("0.5"));

    QHash<QString, Agnode_t *> nodes;
    for (const PathwayGraph::Node &node : graph.nodes) {
        Agnode_t *n = agnode(g, s(node.id), 1);
        const QSizeF size = boxSize(node);
        agsafeset(n, s("width"), s(inches(size.width())), s(""));
        agsafeset(n, s("height"), s(inches(size.height())), s(""));
        nodes.insert(node.id, n);
    }
    QList<std::pair<Agedge_t *, const PathwayGraph::Edge *>> edges;
    for (const PathwayGraph::Edge &edge : graph.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        if (!from || !to)
            continue;
        Agedge_t *e = agedge(g, from, to, nullptr, 1);
        // Dot keeps room for the label by its own estimate of the text; Qt draws it.
        agsafeset(e, s("label"), s(arrowLabel(graph, edge)), s(""));
        edges << std::make_pair(e, &edge);
    }
    if (gvLayout(context, g, "dot") != 0) {
        layout.m_error = tr("Graphviz could not lay the pathways out");
        agclose(g);
        return layout;
    }
    const boxf bounds = GD_bb(g);
    const double height = bounds.UR.y;
    layout.m_size = QSizeF(bounds.UR.x - bounds.LL.x, bounds.UR.y - bounds.LL.y);
    // Graphviz's y grows upwards; the page's downwards.
    const auto toPage = [height, &bounds](const pointf &p) {
        return QPointF(p.x - bounds.LL.x, height - p.y);
    };
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const QSizeF size(ND_width(it.value()) * 72.0, ND_height(it.value()) * 72.0);
        const QPointF centre = toPage(ND_coord(it.value()));
        layout.m_boxes.insert(it.key(),
                              QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
    }
    for (const auto &[e, edge] : std::as_const(edges)) {
        Arrow arrow{edge->from, edge->to, {}, {}, {}, arrowLabel(graph, *edge), edge->dangerFirst};
        const splines *curves = ED_spl(e);
        if (curves && curves->size > 0) {
            const bezier &curve = curves->list[0];
            arrow.path.moveTo(toPage(curve.list[0]));
            for (int i = 1; i + 2 < curve.size; i += 3)
                arrow.path.cubicTo(toPage(curve.list[i]), toPage(curve.list[i + 1]),
                                   toPage(curve.list[i + 2]));
            arrow.tip = curve.eflag ? toPage(curve.ep) : arrow.path.currentPosition();
        }
        if (const textlabel_t *label = ED_label(e))
            arrow.labelAt = toPage(label->pos);
        layout.m_arrows << arrow;
    }
    gvFreeLayout(context, g);
    agclose(g);
    return layout;
}
