"""YAML files an analyst writes by hand (the review file, the source register), read
safely and with line numbers, so an error can name the file, the line and the key.

Only plain YAML is accepted: no tags (``!!python/object`` and the like, or custom ones)
and no anchors or aliases, which a decision list or a register never needs and which
can make a small file expand to an enormous one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in
               ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


@dataclass
class Located:
    """A loaded YAML value and the line (1-based) of each part: ``lines[()]`` is the line
    of the value, ``lines[(i,)]`` of item i, ``lines[(i, "key")]`` of a key's value."""

    data: object
    lines: dict = field(default_factory=dict)

    def line(self, *where) -> int:
        """The line of ``where`` (a path of list indexes and keys), or of its nearest parent."""
        path = tuple(where)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def load(raw: str, source: str, error: type[Exception]) -> Located:
    """Parse ``raw`` (the text of ``source``); a problem is one sentence raised as ``error``."""
    loader = yaml.SafeLoader(raw)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "it cannot be parsed"
            raise error(f"{source} is not valid YAML{where}: {problem}.") from None
        if node is None:
            return Located(None, {(): 1})
        lines: dict = {}
        _walk(node, (), lines, set(), source, error)
        try:
            data = loader.construct_document(node)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = f", line {mark.line + 1}" if mark else ""
            raise error(f"{source}{line}: {getattr(exc, 'problem', None) or 'a value cannot be read'}.") from None
        except ValueError as exc:  # 2024-02-30 read as a timestamp
            raise error(f"{source}: a value is not a real date ({exc}).") from None
        return Located(data, lines)
    finally:
        loader.dispose()


def _walk(node, path: tuple, lines: dict, seen: set, source: str, error) -> None:
    if id(node) in seen:
        raise error(f"{source}, line {node.start_mark.line + 1}: anchors and aliases (& and *) are not allowed; "
                    "write each value out.")
    seen.add(id(node))
    lines[path] = node.start_mark.line + 1
    if node.tag not in _PLAIN_TAGS:
        raise error(f"{source}, line {node.start_mark.line + 1}: YAML tag {node.tag} is not allowed; "
                    "use plain strings, numbers and dates.")
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _walk(key, path + ("<key>",), {}, seen, source, error)
            name = key.value if isinstance(key, yaml.ScalarNode) else "?"
            _walk(value, path + (name,), lines, seen, source, error)
            lines[path + (name,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, seen, source, error)
