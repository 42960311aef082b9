// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/RegionChecker.h"

#include "core/content/ContentVocabulary.h"
#include "core/content/RegionalContent.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace {

// A field name from static text, with no allocation: it is asked for at every field of
// every service, so a converted copy each time was a measurable part of a large file's load.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

QString regionList(const QList<Region> &regions)
{
    QStringList names;
    for (const Region region : regions)
        names << ContentVocabulary::regionName(region);
    return names.join(QLatin1String(", "));
}

} // namespace

RegionChecker::RegionChecker(const Content &content, JsonFieldReader &reader)
    : m_content(content)
    , m_reader(reader)
{
    m_services.reserve(content.services.size());
    for (const Service &service : content.services) {
        if (!m_services.contains(service.id))
            m_services.insert(service.id, &service);
    }
}

void RegionChecker::check()
{
    const QList<std::optional<Region>> places = RegionalContent::places();
    QVarLengthArray<const Service *, 8> alternatives;
    for (qsizetype i = 0; i < m_content.nodes.size(); ++i) {
        const PathwayNode &node = m_content.nodes.at(i);
        if (!node.isOutcome())
            continue;
        const JsonPointer at = JsonPointer() / key(u"pathways") / key(u"nodes") / i;
        const Service *primary = m_services.value(node.primary.service);
        if (primary && !primary->servesWholeUk())
            m_reader.error(at / key(u"primary"),
                           tr("the primary '%1' serves only %2; lead with a service for the whole "
                              "UK and offer this one as an alternative")
                               .arg(primary->id, regionList(primary->regions)));
        // Each alternative's service found once; in each place only how many are shown counts
        // (RegionalContent::alternativesIn lists them, in order, for the kiosk).
        alternatives.clear();
        for (const ChannelRef &ref : node.alternatives)
            alternatives.append(m_services.value(ref.service));
        for (const std::optional<Region> place : places) {
            const qsizetype shown = std::count_if(
                alternatives.cbegin(), alternatives.cend(), [place](const Service *service) {
                    return RegionalContent::isShownIn(service, place);
                });
            if (shown <= maxAlternatives)
                continue;
            if (place)
                m_reader.error(at / key(u"alternatives"),
                               tr("a kiosk in %1 would show %2 alternatives; an outcome shows at "
                                  "most %3 wherever it stands")
                                   .arg(ContentVocabulary::regionName(*place))
                                   .arg(shown)
                                   .arg(maxAlternatives));
            else
                m_reader.error(at / key(u"alternatives"),
                               tr("an outcome has at most %1 alternatives; found %2")
                                   .arg(maxAlternatives)
                                   .arg(shown));
            break; // one error per outcome is enough to act on
        }
    }
}
