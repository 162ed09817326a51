"""How a goroutine ends: the text behind the hover on a ``go`` keyword."""

from __future__ import annotations

from tree_sitter import Node, Tree

from . import syntax
from .findings import Finding


def go_statement_at(tree: Tree, offset: int) -> Node | None:
    """The go statement whose ``go`` keyword (or called function) is at ``offset``."""
    node = tree.root_node.descendant_for_byte_range(offset, offset)
    while node is not None and node.type != "go_statement":
        if node.type in ("block", "source_file"):
            return None
        node = node.parent
    if node is None:
        return None
    lit = syntax.go_literal(node)
    head_end = lit.child_by_field_name("body").start_byte if lit is not None and lit.child_by_field_name("body") \
        else node.end_byte
    return node if offset <= head_end else None


def _line(source: bytes, offset: int) -> int:
    return source.count(b"\n", 0, offset) + 1


def _endings(body: Node) -> list[str]:
    """Conditions under which the goroutine's top-level loop returns."""
    out = []
    for n in syntax.walk(body, skip_funcs=True):
        if n.type == "communication_case":
            comm = n.child_by_field_name("communication")
            if comm is None or not syntax.contains_exit(n):
                continue
            t = syntax.text(comm)
            if t.endswith(".Done()"):
                out.append(f"when `{t[2:-7] if t.startswith('<-') else t}` is cancelled")
            elif "<-" in t:
                ch = t.split("<-", 1)[1].strip()
                ok = "ok" in t.split("<-", 1)[0]
                out.append(f"when `{ch}` is closed" if ok else f"when `{ch}` delivers (or is closed)")
    return out


def describe(source: bytes, go_stmt: Node, findings: list[Finding]) -> str:
    """Markdown: how the goroutine started by ``go_stmt`` ends, and where it may block forever."""
    lit = syntax.go_literal(go_stmt)
    lines = []
    if lit is None:
        call = go_stmt.named_children[0] if go_stmt.named_children else None
        fn = syntax.text(call.child_by_field_name("function")) if call is not None else "?"
        lines.append(f"**goroutine** runs `{fn}(…)`: it ends when `{fn}` returns.")
    else:
        body = syntax.func_body(lit)
        stmts = syntax.stmt_list(body)
        ending = "returns after its last statement"
        early = [n for n in syntax.walk(body, skip_funcs=True) if n.type == "return_statement"
                 and not (stmts and n == stmts[-1])] if body is not None else []
        if early:
            at = ", ".join(str(_line(source, n.start_byte)) for n in early[:4]) + (", …" if len(early) > 4 else "")
            ending = f"returns at its `return` (line{'s' if len(early) > 1 else ''} {at}) or after its last statement"
        if stmts and stmts[-1].type == "for_statement":
            loop = stmts[-1]
            rc = next((c for c in loop.named_children if c.type == "range_clause"), None)
            cond = [c for c in loop.named_children if c.type not in ("block", "comment", "range_clause")]
            if rc is not None:
                over = syntax.text(rc.child_by_field_name("right"))
                ending = f"ends when `{over}` is closed (it ranges over it)" if not over.startswith(("[", "len")) \
                    else f"returns after ranging over `{over}`"
            elif not cond:
                ends = _endings(loop)
                if ends:
                    ending = "loops until it returns " + " or ".join(dict.fromkeys(ends))
                elif not syntax.contains_exit(loop.child_by_field_name("body") or loop, loop):
                    ending = "**never returns**: it loops forever (runs until the process exits)"
                    if early:  # a return before the endless loop
                        ending = (f"returns at its `return` (line {_line(source, early[0].start_byte)}), "
                                  "else **never returns**: it loops forever")
        lines.append(f"**goroutine** {ending}.")
    inside = [f for f in findings if go_stmt.start_byte <= f.start < go_stmt.end_byte]
    for f in inside:
        lines.append(f"- line {_line(source, f.start)}: {f.message} ({f.code})")
    if not inside:
        lines.append("goleash found no place where it blocks forever.")
    return "\n\n".join(lines[:1]) + ("\n\n" + "\n".join(lines[1:]) if len(lines) > 1 else "")
