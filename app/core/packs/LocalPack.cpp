// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/LocalPack.h"

#include "core/loading/JsonObject.h"
#include "core/loading/JsonTree.h"

bool LocalPack::isLocalDocument(const QByteArray &bytes)
{
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    // The loaders' parse (Qt's when the quick one declines); a broken file gives no object.
    const JsonTree tree = JsonTree::fromJson(json, nullptr);
    return tree.root().isObject() && tree.root().toObject().value(u"kind").toString() == kindName();
}
