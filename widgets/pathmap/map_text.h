#pragma once

// The words the path map shows about a node or a link: the hover summary
// (rich text for the tooltip, with every piece that came from a server, a
// file or the user escaped so that it is never read as markup) and the
// details of a selection (plain text).

#include "app/pathmap/path_map.h"

namespace mailtls {

QString nodeSummaryHtml(const PathMap &map, int node);
QString edgeSummaryHtml(const PathMap &map, int edge);
QString nodeDetails(const PathMap &map, int node);
QString edgeDetails(const PathMap &map, int edge);
// A link's state in words, "(incomplete)" added when it rests on undecided answers.
QString mapStateText(const MapLinkStatus &status);
// The label drawn on a link: its TLS versions, "?" added when incomplete.
QString mapEdgeLabel(const MapLinkStatus &status);
// The second line of a node's box: its roles and zone.
QString nodeCaption(const MapNode &node);

} // namespace mailtls
