#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No include cycle in app/: a header that reaches itself through its own includes.

Includes are written from app/ ("core/hours/OpeningHours.h"), so each quoted include names a file
below app/ (one that does not exist there is a generated or system header and is ignored).
Usage: check_include_cycles.py APP_DIR   (exit 1 and the cycles when there are any)
       check_include_cycles.py --selftest (plants a cycle and checks that it is found)
"""
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)


def graph(root):
    files = sorted(p for p in root.rglob('*') if p.suffix in ('.h', '.cpp'))
    edges = {}
    for path in files:
        name = path.relative_to(root).as_posix()
        targets = INCLUDE.findall(path.read_text(encoding='utf-8'))
        edges[name] = sorted({t for t in targets if (root / t).is_file()})
    return edges


def cycles(edges):
    """Every cycle once, as the list of files from its smallest name round to it again."""
    found = set()
    state = {}  # absent: unvisited, 1: on the current path, 2: done
    path = []

    def visit(node):
        state[node] = 1
        path.append(node)
        for target in edges.get(node, []):
            if state.get(target) == 1:
                loop = path[path.index(target):]
                start = loop.index(min(loop))
                found.add(tuple(loop[start:] + loop[:start]))
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return sorted(found)


def selftest():
    with tempfile.TemporaryDirectory() as directory:
        root = pathlib.Path(directory)
        (root / 'core').mkdir()
        (root / 'core/A.h').write_text('#include "core/B.h"\n#include <QString>\n')
        (root / 'core/B.h').write_text('#include "core/A.h"\n#include "generated.h"\n')
        (root / 'core/C.h').write_text('#include "core/A.h"\n')
        found = cycles(graph(root))
        assert found == [('core/A.h', 'core/B.h')], found
        (root / 'core/B.h').write_text('#include "core/C.h"\n')
        assert cycles(graph(root)) == [('core/A.h', 'core/B.h', 'core/C.h')]
        (root / 'core/A.h').write_text('')
        assert cycles(graph(root)) == []
    print('selftest: a planted cycle is found, and none where there is none')
    return 0


def main(argv):
    if argv[1:] == ['--selftest']:
        return selftest()
    if len(argv) != 2 or not pathlib.Path(argv[1]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    edges = graph(root)
    if not edges:
        print(f'{root}: no sources', file=sys.stderr)
        return 2
    found = cycles(edges)
    for loop in found:
        print('include cycle: ' + ' -> '.join(loop + (loop[0],)))
    print(f'{len(edges)} files, {len(found)} include cycles')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
