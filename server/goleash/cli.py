"""Command line: ``goleash check``, ``goleash rules``, ``goleash docs``, ``goleash serve``.

``check`` runs the same engine as the language server and never imports pygls.
Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys

from . import __version__
from .config import Settings, load_file_settings, parse_go_version
from .document import UTF16, SourceText
from .findings import Finding, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning",
                Severity.INFORMATION: "note", Severity.HINT: "note"}


def _settings_from_args(args) -> Settings:
    start = getattr(args, "stdin_filename", None) or (args.paths[0] if getattr(args, "paths", None) else os.getcwd())
    settings = load_file_settings(start if os.path.exists(start) else os.getcwd())
    flags = {}
    if args.select:
        flags["select"] = args.select
    if args.ignore:
        flags["ignore"] = args.ignore
    if args.go_version:
        flags["goVersion"] = args.go_version
    if args.severity:
        sev = {}
        for item in args.severity:
            code, _, level = item.partition("=")
            sev[code] = level
        flags["severity"] = sev
    return settings.merged(flags)


def _record(path: str, f: Finding, text: SourceText) -> dict:
    sl, sc = text.point_at(f.start)
    el, ec = text.point_at(f.end)
    related = []
    for r in f.related:
        where = text if r.path is None else _other_text(r.path)
        rl, rc = where.point_at(r.start) if where is not None else (-1, -1)
        related.append({"file": r.path or path, "line": rl + 1, "column": rc + 1, "message": r.message})
    return {
        "file": path, "line": sl + 1, "column": sc + 1, "end_line": el + 1, "end_column": ec + 1,
        "code": f.code, "severity": f.severity.name.lower(), "message": f.message,
        "related": related,
        "fixes": [{"title": x.title, "preferred": x.preferred,
                   "edits": [{"start": e.start, "end": e.end, "new_text": e.new_text} for e in x.edits]}
                  for x in f.fixes],
    }


def _unencodable(e: UnicodeError):
    """Output error handler: a file name's undecodable bytes (surrogate-escaped by os.fsdecode)
    are written back as those bytes, like go vet prints them; other unencodable characters
    are backslash-escaped. Output never fails on a strange file name."""
    if not isinstance(e, UnicodeEncodeError):
        raise e
    out = []
    for ch in e.object[e.start:e.end]:
        if "\udc80" <= ch <= "\udcff":
            out.append(bytes([ord(ch) - 0xDC00]))
        else:
            out.append(ch.encode("ascii", "backslashreplace"))
    return b"".join(out), e.end


codecs.register_error("goleash-out", _unencodable)


def _robust_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="goleash-out")
        except (AttributeError, ValueError):
            pass


_OTHER: dict[str, SourceText | None] = {}


def _other_text(path: str) -> SourceText | None:
    """Another file of the package named by a related location (read once)."""
    if path not in _OTHER:
        from .project import read_source
        try:
            _OTHER[path] = SourceText(read_source(path))
        except OSError:
            _OTHER[path] = None
    return _OTHER[path]


def cmd_check(args) -> int:
    from .analysis import Analyzer
    from .cache import open_cache
    from .project import check_paths
    from .rules import by_code

    _robust_output()
    if args.timeout is not None and args.timeout <= 0:
        args.timeout = None

    if parse_go_version(args.go_version or "1.0") is None:
        print(f"goleash: --go-version {args.go_version!r} is not a Go version like 1.21", file=sys.stderr)
        return 2
    settings = _settings_from_args(args)
    for w in settings.warnings:
        print(f"goleash: {w}", file=sys.stderr)
    rules = by_code()
    unknown = [c for c in settings.select + settings.ignore if not any(code.startswith(c) for code in rules)]
    if unknown:
        print(f"goleash: no rule matches {', '.join(unknown)} (see `goleash rules`)", file=sys.stderr)
        return 2
    evidence = _load_evidence(args.evidence or [], args.paths)
    if evidence is None:
        return 2
    analyzer = Analyzer(settings)
    cache = open_cache(args.cache_dir, enabled=not args.no_cache)
    jobs = args.jobs if args.jobs and args.jobs > 0 else _cpu_count()
    stats: dict = {}
    errors: list[str] = []
    notes: list[str] = []
    reported = 0
    records = []
    results = []
    out = sys.stdout
    if args.stdin_filename:
        if args.paths != ["-"]:
            print("goleash: with --stdin-filename the path is - (the text comes from stdin)", file=sys.stderr)
            return 2
        found = _check_stdin(args.stdin_filename, analyzer, evidence, errors, args.timeout, notes, cache)
    else:
        found = check_paths(args.paths, analyzer, errors, evidence, cache=cache, jobs=jobs, stats=stats,
                            forget=True, budget=args.timeout, notes=notes)
    deferred = 0
    for res in found:
        reported = _flush_errors(errors, reported)
        for n in notes:
            print(f"goleash: note: {n}: not analysed", file=sys.stderr)
        notes.clear()
        if not res.findings:
            continue
        text = SourceText(res.source)
        for f in res.findings:
            rec = _record(res.path, f, text)
            if args.defer_to_gopls and getattr(rules.get(f.code), "overlaps", None):
                # gopls reports it: hidden, but an editor still gets its fixes from the JSON
                if args.format == "json":
                    records.append(dict(rec, deferred=True))
                deferred += 1
                continue
            records.append(rec)
            if args.format == "text":
                out.write(f"{rec['file']}:{rec['line']}:{rec['column']}: {f.message} ({f.code})\n")
            elif args.format == "sarif":
                results.append(_sarif_result(res.path, f, text, rules))
    _flush_errors(errors, reported)
    if cache is not None:
        cache.close()
    for n in notes:
        print(f"goleash: note: {n}: not analysed", file=sys.stderr)
    if args.stats:
        stats = {k: stats.get(k, 0) for k in ("packages", "files", "parsed", "analysed", "summaries_cached",
                                                "results_cached")}
        print("goleash: {packages} packages, {files} files checked, {parsed} parsed, {analysed} declarations "
              "analysed; cache: {summaries_cached} summaries and {results_cached} results read".format(**stats)
              + (f" from {cache.root}" if cache is not None else " (off)"), file=sys.stderr)
    for e in analyzer.drain_errors():
        print(f"goleash: internal error: {e}", file=sys.stderr)
    if args.format == "json":
        json.dump(records, out, indent=2)
        out.write("\n")
    elif args.format == "sarif":
        json.dump(_sarif(results, rules, settings.docs_url), out, indent=2)
        out.write("\n")
    if errors:
        return 2
    return 1 if len(records) > (deferred if args.format == "json" else 0) else 0


def _check_stdin(path: str, analyzer, evidence, errors: list[str], budget: float | None = None,
                 notes: list[str] | None = None, cache=None):
    """An editor's unsaved buffer, read from stdin and checked as the file ``path`` (its package's other
    files and its go.mod are read from disk). The same limits as for a file on disk."""
    from . import limits
    from .config import module_go_version
    from .document import Unparsable
    from .document import parse as parse_source
    from .project import FileResult, PackageIndex
    src = sys.stdin.buffer.read()
    path = os.path.abspath(path)
    why = limits.document_refusal(src)
    if why is not None:
        errors.append(f"{path}: {why}")
        return []
    try:
        tree = parse_source(src)
    except Unparsable as e:
        errors.append(f"{path}: not analysed: {e}")
        return []
    facts = PackageIndex(analyzer, cache).facts_for(path, (src, tree), {})
    analyzer.drain_skipped()
    gov = module_go_version(path, analyzer.settings.go_version)
    try:
        with limits.time_budget(budget) as deadline:
            found = analyzer.analyze(src, tree, path, facts, gov, evidence, check=deadline if budget else None)
    except limits.AnalysisTimeout:
        errors.append(f"{path}: analysis stopped after {budget:g} s (--timeout): not checked")
        return []
    for s in analyzer.drain_skipped():
        if notes is not None:
            notes.append(f"{path}:{s}")
    return [FileResult(path, src, found)]


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _jobs(value: str) -> int:
    n = int(value)
    if n < 0:
        raise ValueError(value)
    return n


def _load_evidence(sources: list[str], paths: list[str]):
    """Parse goroutine dumps / race reports named by --evidence ('-' = stdin); None on error."""
    from .analysis import Evidence
    if not sources:
        return Evidence()
    from .evidence import parse
    texts = []
    for src in sources:
        try:
            if src == "-":
                texts.append(sys.stdin.read())
            else:
                with open(src, encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
        except OSError as e:
            print(f"goleash: --evidence {src}: {e.strerror or e}", file=sys.stderr)
            return None
    from .project import read_source
    roots = tuple(os.path.abspath(p) for p in paths if os.path.isdir(p))
    return Evidence(parse("\n".join(texts), roots), read=read_source)


def _flush_errors(errors: list[str], reported: int) -> int:
    for e in errors[reported:]:
        print(f"goleash: {e}", file=sys.stderr)
    return len(errors)


def _sarif_result(path: str, f: Finding, text: SourceText, rules) -> dict:
    def region(start: int, end: int) -> dict:
        sl, sc = text.position_at(start, UTF16)
        el, ec = text.position_at(end, UTF16)
        return {"startLine": sl + 1, "startColumn": sc + 1, "endLine": el + 1, "endColumn": ec + 1}

    uri = os.path.relpath(path).replace(os.sep, "/") if not os.path.isabs(path) or path.startswith(os.getcwd()) \
        else "file://" + path
    loc = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region(f.start, f.end)}}
    codes = sorted(rules)
    result = {
        "ruleId": f.code,
        "ruleIndex": codes.index(f.code) if f.code in rules else -1,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [loc],
    }
    if f.related:
        result["relatedLocations"] = [
            {"id": i, "message": {"text": r.message},
             "physicalLocation": {"artifactLocation": {"uri": uri}, "region": region(r.start, r.end)}}
            for i, r in enumerate(f.related) if r.path is None]
    if f.fixes:
        result["fixes"] = [{
            "description": {"text": x.title},
            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [
                {"deletedRegion": region(e.start, e.end), "insertedContent": {"text": e.new_text}}
                for e in x.edits]}]} for x in f.fixes]
    return result


def _sarif(results: list[dict], rules, docs_url: str = "") -> dict:
    # helpUri only for a configured docsUrl: a file: URI of this machine means nothing to a SARIF viewer
    # (help.markdown carries the whole page anyway).
    from .docs import doc_url
    help_uri = (lambda code: {"helpUri": doc_url(code, docs_url)}) if docs_url else (lambda code: {})
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "goleash", "version": __version__, "semanticVersion": __version__,
                "rules": [{
                    "id": r.code, "name": r.name,
                    "shortDescription": {"text": r.summary},
                    "fullDescription": {"text": r.summary},
                    "help": {"text": r.doc, "markdown": r.doc},
                    **help_uri(r.code),
                    "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
                    "properties": {"tags": ["concurrency", "go"]},
                } for _, r in sorted(rules.items())],
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }


def cmd_rules(args) -> int:
    from .docs import rules_table
    from .rules import all_rules
    if args.format == "markdown":
        print(rules_table())
        return 0
    for r in all_rules():
        print(f"{r.code}  {r.name:<34} {r.severity.name.lower():<11} {r.summary}")
    return 0


def cmd_docs(args) -> int:
    from .docs import write_docs
    changed = write_docs(args.root, check=args.check)
    if args.check and changed:
        print("goleash: stale docs: " + ", ".join(changed) + " (run `goleash docs`)", file=sys.stderr)
        return 1
    for c in changed:
        print(f"wrote {c}")
    return 0


def cmd_serve(args) -> int:
    from .session import run  # pygls is imported later, in the background (server.py)
    return run(tcp=args.tcp, log_level=args.log_level, log_file=args.log_file)


class _Help(argparse.HelpFormatter):
    """argparse's formatter with the terminal width found as shutil finds it, without importing shutil
    (argparse builds a formatter for every argument it adds: shutil, bz2, lzma... at every start-up)."""

    def __init__(self, prog: str, **kw) -> None:
        if kw.get("width") is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                try:
                    width = os.get_terminal_size(sys.__stdout__.fileno()).columns
                except (AttributeError, ValueError, OSError):
                    width = 80
            kw["width"] = max(width - 2, 11)
        super().__init__(prog, **kw)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="goleash", description="Catch Go concurrency bugs: leaks, deadlocks, races.",
                                formatter_class=_Help)
    p.add_argument("--version", action="version", version=f"goleash {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("check", formatter_class=_Help, help="analyse Go files and directories (like go vet)")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    c.add_argument("--select", type=lambda s: [x for x in s.split(",") if x], default=None,
                   help="only these rule codes or prefixes, comma separated (GL1,GL301)")
    c.add_argument("--ignore", type=lambda s: [x for x in s.split(",") if x], default=None,
                   help="skip these rule codes or prefixes")
    c.add_argument("--severity", action="append", default=None, metavar="CODE=LEVEL",
                   help="override a rule's severity (error, warning, information, hint)")
    c.add_argument("--go-version", default=None, help="Go version when no go.mod is found (default: newest)")
    c.add_argument("--stdin-filename", default=None, metavar="FILE",
                   help="check the text on stdin (an editor's unsaved buffer) as FILE; the PATH is then -")
    c.add_argument("--defer-to-gopls", action="store_true",
                   help="leave out what gopls/vet already reports (--format json keeps them, marked deferred, "
                        "for their fixes)")
    c.add_argument("--evidence", action="append", default=None, metavar="FILE",
                   help="a goroutine dump or -race report ('-' for stdin): blocked goroutines and races "
                        "become findings on your lines (GL901, GL902)")
    c.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                   help="packages checked in parallel by N worker processes (default: the CPU count)")
    c.add_argument("--cache-dir", default=None, metavar="DIR",
                   help="results cache (default: $GOLEASH_CACHE_DIR, else $XDG_CACHE_HOME/goleash "
                        "or ~/.cache/goleash)")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    c.add_argument("--stats", action="store_true", help="print parse and cache counts on stderr")
    c.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a file whose analysis takes longer (reported as an error, exit 2)")
    c.set_defaults(func=cmd_check)

    r = sub.add_parser("rules", formatter_class=_Help, help="list the rule catalog")
    r.add_argument("--format", choices=("text", "markdown"), default="text")
    r.set_defaults(func=cmd_rules)

    d = sub.add_parser("docs", formatter_class=_Help, help="write the rule pages (server/goleash/rule_docs/*.md) and the README rules table from the catalog")
    d.add_argument("--root", default=".", help="repository root (default: .)")
    d.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    d.set_defaults(func=cmd_docs)

    s = sub.add_parser("serve", formatter_class=_Help, help="run the language server (stdio by default)")
    s.add_argument("--stdio", action="store_true", help="use stdio (the default)")
    s.add_argument("--tcp", default=None, metavar="HOST:PORT")
    s.add_argument("--log-level", default="warning")
    s.add_argument("--log-file", default=None)
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if e.code in (0, None) else 2
    try:
        return args.func(args)
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        return 130
