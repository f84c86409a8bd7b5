#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns every ```cpp (or ```c++) block of README.md and docs/**/*.md into C++ the tests build.

    extract.py SOURCE_DIR OUT_DIR

Writes, each only when its content changes (so an unchanged doc rebuilds nothing):
  OUT_DIR/programs.cpp   blocks with `int main()`, and blocks marked `main`, each as a function
                         run by name: `wxim_doc_programs NAME` (exit 0 when the block returns 0,
                         throws nothing and prints every `expect` text)
  OUT_DIR/fragments.cpp  every other block, compiled only; `synopsis` blocks become checks
                         that the declarations they list are the library's
  OUT_DIR/snippets.cmake wxim_doc_program_names, wxim_doc_skipped_names (for CTest)

A block's markers are HTML comments on the lines just above its fence (see docs/testing.md):
  <!-- wxim-doc: main -->           the block is the body of main(): #include lines stay at
                                     the top, the rest runs inside main()
  <!-- wxim-doc: synopsis HEADER --> declarations of namespace wxim that HEADER makes
  <!-- wxim-doc: name NAME -->       a fragment other blocks build on ...
  <!-- wxim-doc: after NAME -->      ... this one follows it, both at global scope
  <!-- wxim-doc: expect TEXT -->     a program's output contains TEXT (repeatable)
  <!-- wxim-doc: skip REASON -->     not compiled; the reason is required
"""
import os
import re
import sys

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([^\s`]*)")
MARKER = re.compile(r"^\s*<!--\s*wxim-doc:\s*(\w+)\s*(.*?)\s*-->\s*$")
INCLUDE = re.compile(r"^\s*#\s*include\b.*$", re.M)
CPP_LANGS = {"cpp", "c++"}


class DocError(Exception):
    pass


def mask(code, literals=True):
    """`code` with comments blanked and (if `literals`) the contents of string and character
    literals too, same length, so braces, parentheses and semicolons can be found by position."""
    out = list(code)
    i, n = 0, len(code)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        elif c == "R" and i + 1 < n and code[i + 1] == '"' and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] == "_")):
            open_paren = code.find("(", i + 2)
            delim = code[i + 2:open_paren]
            end = code.find(")" + delim + '"', open_paren)
            if open_paren < 0 or end < 0:
                raise DocError("unterminated raw string")
            j = end + len(delim) + 2
            if literals:
                blank(i + 2, j - 1)
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and code[i - 1].isalnum():  # a digit separator: 300'000
                i += 1
                continue
            j = i + 1
            while j < n and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            if literals:
                blank(i + 1, j)
            i = j + 1
        else:
            i += 1
    return "".join(out)


def matching(masked, start, open_ch, close_ch):
    depth = 0
    for k in range(start, len(masked)):
        if masked[k] == open_ch:
            depth += 1
        elif masked[k] == close_ch:
            depth -= 1
            if depth == 0:
                return k
    raise DocError("unbalanced " + open_ch + close_ch)


def split_top(masked, sep, start=0, end=None):
    """Spans of `masked[start:end]` between `sep` characters outside (), {}, [] and <>."""
    end = len(masked) if end is None else end
    spans, depth, a = [], 0, start
    for k in range(start, end):
        ch = masked[k]
        if ch in "({[<":
            depth += 1
        elif ch in ")}]>":
            depth -= 1
        elif ch == sep and depth == 0:
            spans.append((a, k))
            a = k + 1
    if masked[a:end].strip():
        spans.append((a, end))
    return spans


class Block:
    def __init__(self, path, line, code, markers):
        self.path, self.line, self.code = path, line, code  # line: the first line of code
        self.kind, self.name, self.after, self.reason, self.header = None, None, None, None, None
        self.expect = []
        for key, arg in markers:
            if key in ("main", "synopsis", "skip"):
                if self.kind:
                    raise DocError(f"{self.where()}: both '{self.kind}' and '{key}'")
                self.kind = key
                if key == "synopsis":
                    if not arg:
                        raise DocError(f"{self.where()}: 'synopsis' needs the header it lists")
                    self.header = arg
                if key == "skip":
                    if not arg:
                        raise DocError(f"{self.where()}: 'skip' needs a reason")
                    self.reason = arg
            elif key == "name":
                self.name = arg
            elif key == "after":
                self.after = arg
            elif key == "expect":
                self.expect.append(arg)
            else:
                raise DocError(f"{self.where()}: unknown marker '{key}'")
        self.masked = mask(code)
        if not self.kind:
            self.kind = "program" if re.search(r"\bint\s+main\s*\(\s*\)", self.masked) else "fragment"
        if self.expect and self.kind not in ("program", "main"):
            raise DocError(f"{self.where()}: 'expect' on a block that does not run")

    def where(self):
        return f"{self.path}:{self.line - 1}"

    def ident(self):
        return "doc_" + re.sub(r"\W", "_", self.path) + "_" + str(self.line - 1)

    def test_name(self):
        return f"doc_snippet:{self.path}:{self.line - 1}"


def read_blocks(source_dir, rel):
    with open(os.path.join(source_dir, rel), encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang = m.group(2), m.group(3).lower()
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            j += 1
        if lang in CPP_LANGS:
            markers, k = [], i - 1
            while k >= 0 and MARKER.match(lines[k]):
                mm = MARKER.match(lines[k])
                markers.insert(0, (mm.group(1), mm.group(2)))
                k -= 1
            blocks.append(Block(rel, i + 2, "\n".join(lines[i + 1:j]) + "\n", markers))
        i = j + 1
    return blocks


def hoist_includes(code):
    """(the block's #include lines, the block with each of them blanked, keeping line numbers)."""
    includes = [m.group(0).strip() for m in INCLUDE.finditer(code)]
    return includes, INCLUDE.sub("", code)


def doc_path(block, source_dir):
    return os.path.join(source_dir, block.path).replace("\\", "/")


def line_directive(block, source_dir):
    return f'#line {block.line} "{doc_path(block, source_dir)}"\n'


def program_unit(block, source_dir):
    includes, code = hoist_includes(block.code)
    if block.kind == "main":
        body = code.rstrip() + "\n  return 0;\n}\n"
        text = "int run() {\n" + line_directive(block, source_dir) + body
    else:
        masked = mask(code)
        m = re.search(r"\bint\s+main\s*\(\s*\)\s*\{", masked)
        close = matching(masked, m.end() - 1, "{", "}")
        # main may end without a return; the function standing in for it may not.
        code = (code[:m.start()] + "int run() {" + "\n" * code[m.start():m.end()].count("\n")
                + code[m.end():close] + "return 0; " + code[close:])
        text = line_directive(block, source_dir) + code
    return includes, f"namespace {block.ident()} {{\n{text}}}  // namespace {block.ident()}\n"


SPECIFIERS = re.compile(r"\b(inline|constexpr|static|explicit|virtual|friend|extern|\[\[nodiscard\]\])\s*")


def strip_defaults(params_masked, params):
    """A parameter list without its default arguments (they may not appear in a pointer type)."""
    out = []
    for a, b in split_top(params_masked, ","):
        p, pm = params[a:b], params_masked[a:b]
        eq = pm.find("=")
        out.append((p[:eq] if eq >= 0 else p).strip())
    return ", ".join(x for x in out if x)


def function_check(decl, masked, scope, cls=None):
    """A declaration checked by converting the library's function to the pointer type it spells."""
    open_p = masked.find("(")
    close_p = matching(masked, open_p, "(", ")")
    head = decl[:open_p].strip()
    name = re.search(r"(~?\w+)\s*$", head).group(1)
    ret = SPECIFIERS.sub("", head[: len(head) - len(name)]).strip()
    is_static = re.search(r"\bstatic\b", head) is not None
    params = strip_defaults(masked[open_p + 1:close_p], decl[open_p + 1:close_p])
    quals = " ".join(q[0] or q[1] for q in re.findall(r"\b(const|noexcept)\b|(&&?)", decl[close_p + 1:]))
    if cls and name == cls:  # a constructor
        args = ", ".join(strip_param_name(p) for p in params.split(", ") if p)
        return f"static_assert(std::is_constructible_v<{scope}::{cls}{', ' + args if args else ''}>, \"{cls}({params})\");"
    if cls and not is_static:
        ptr = f"{ret} ({scope}::{cls}::*)({params}) {quals}"
        target = f"&{scope}::{cls}::{name}"
    else:
        ptr = f"{ret} (*)({params}) {quals}"
        target = f"&{scope}::{cls + '::' if cls else ''}{name}"
    return f"static_assert(sizeof(static_cast<{ptr}>({target})) > 0, \"{name}\");"


def strip_param_name(p):
    """`const std::vector<x>& name` → `const std::vector<x>&` (a parameter as a type)."""
    m = re.match(r"^(.*?[\w>&*\s])\s*\b(\w+)$", p.strip())
    if m and not re.search(r"\b(int|long|short|char|bool|double|float|unsigned|signed|const)$", p.strip()):
        return m.group(1).strip()
    return p.strip()


def synopsis_unit(block, source_dir):
    """Checks, one per declaration, that the library declares what the synopsis lists."""
    ns = "wxim"
    code, masked = mask(block.code, literals=False), block.masked
    checks = []

    def at(pos, *lines):
        # The checks of a declaration go on one line, which #line maps to the declaration's.
        text = " ".join(re.sub(r"\s+", " ", x) for x in lines)
        checks.append(f'#line {block.line + code.count(chr(10), 0, pos)} "{doc_path(block, source_dir)}"\n{text}')

    for a, b in split_top(masked, ";"):
        off = len(masked[a:b]) - len(masked[a:b].lstrip())
        decl, dm = code[a + off:b].rstrip(), masked[a + off:b].rstrip()
        decl_clean = re.sub(r"\s+", " ", dm)
        if not decl_clean:
            continue
        m = re.match(r"^(class|struct) (\w+)$", decl_clean)
        if m:
            at(a + off, f"static_assert(sizeof({ns}::{m.group(2)}) > 0, \"{m.group(2)}\");")
            continue
        m = re.match(r"^enum class (\w+)( : [\w:]+)? \{", decl_clean)
        if m:
            name = m.group(1)
            body = dm[dm.find("{") + 1: dm.rfind("}")]
            names = [e.split("=")[0].strip() for e in body.split(",") if e.strip()]
            at(a + off, f"namespace doc {{ {decl}; }}",
               *(f"static_assert(static_cast<long long>(doc::{name}::{e}) == "
                 f"static_cast<long long>({ns}::{name}::{e}), \"{name}::{e}\");" for e in names))
            continue
        m = re.match(r"^(class|struct) (\w+)( final)? \{", decl_clean)
        if m:
            cls = m.group(2)
            ob = dm.find("{")
            cb = matching(dm, ob, "{", "}")
            body_m = dm[ob + 1:cb]
            body = decl[ob + 1:cb]
            body_m = re.sub(r"\b(public|private|protected)\s*:", lambda x: " " * len(x.group(0)), body_m)
            for x, y in split_top(body_m, ";"):
                moff = len(body_m[x:y]) - len(body_m[x:y].lstrip())
                mem_m, mem = body_m[x + moff:y].rstrip(), body[x + moff:y].rstrip()
                if not mem_m.strip():
                    continue
                mem_at = a + off + ob + 1 + x + moff
                if "(" in mem_m:
                    at(mem_at, function_check(mem, mem_m, ns, cls))
                else:
                    eq = [i for i in (mem_m.find("="), mem_m.find("{")) if i >= 0]
                    head = mem_m[: min(eq)] if eq else mem_m
                    name = re.search(r"(\w+)\s*$", head).group(1)
                    typ = head.strip()[: -len(name)].strip()
                    at(mem_at, f"static_assert(std::is_same_v<decltype({ns}::{cls}::{name}), {typ}>, "
                               f"\"{cls}::{name}\");")
            continue
        m = re.match(r"^using (\w+) = ", decl_clean)
        if m:
            at(a + off, f"static_assert(std::is_same_v<{ns}::{m.group(1)}, {decl[decl.find('=') + 1:].strip()}>, "
                        f"\"{m.group(1)}\");")
            continue
        if decl_clean.startswith("template"):
            name = re.search(r"(\w+)\s*\(", dm).group(1)
            at(a + off, f"using {ns}::{name};")
            continue
        if "(" in dm and not re.search(r"[{=]", dm[: dm.find("(")]):
            at(a + off, function_check(decl, dm, ns))
            continue
        eq = [i for i in (dm.find("="), dm.find("{")) if i >= 0]
        head = dm[: min(eq)] if eq else dm
        name = re.search(r"(\w+)\s*$", head).group(1)
        value = " && doc::{0} == {1}::{0}".format(name, ns) if "constexpr" in head else ""
        at(a + off, f"namespace doc {{ {decl}; }}",
           f"static_assert(std::is_same_v<decltype(doc::{name}), decltype({ns}::{name})>{value}, \"{name}\");")
    body = "\n".join(checks)
    # The checks name the library's types as the synopsis does, unqualified.
    return [f"#include <{block.header}>"], (f"namespace {block.ident()} {{\nusing namespace {ns};\n"
                f"{body}\n}}  // namespace {block.ident()}\n")


def fragment_unit(block, source_dir):
    includes, code = hoist_includes(block.code)
    text = line_directive(block, source_dir) + code
    if block.name or block.after:  # blocks that build on one another share the global scope
        return includes, text
    return includes, f"namespace {block.ident()} {{\n{text}}}  // namespace {block.ident()}\n"


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def unit(parts, header, footer=""):
    includes, seen = [], set()
    for inc, _ in parts:
        for i in inc:
            if i not in seen:
                seen.add(i)
                includes.append(i)
    return header + "\n".join(includes) + "\n\n" + "\n".join(p for _, p in parts) + footer


def cmake_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace(";", "\\;") + '"'


def cpp_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    source_dir, out_dir = sys.argv[1], sys.argv[2]
    docs = ["README.md"]
    for root, _, files in os.walk(os.path.join(source_dir, "docs")):
        docs += [os.path.relpath(os.path.join(root, f), source_dir) for f in files if f.endswith(".md")]
    blocks = []
    for rel in sorted(set(docs)):
        blocks += read_blocks(source_dir, rel.replace(os.sep, "/"))

    names = {b.name: b for b in blocks if b.name}
    for b in blocks:
        if b.after and b.after not in names:
            raise DocError(f"{b.where()}: 'after {b.after}' names no block")

    programs, fragments, skipped = [], [], []
    done = set()

    def emit_fragment(b):
        if id(b) in done:
            return
        if b.after:
            emit_fragment(names[b.after])
        done.add(id(b))
        fragments.append(synopsis_unit(b, source_dir) if b.kind == "synopsis" else fragment_unit(b, source_dir))

    for b in blocks:
        if b.kind == "skip":
            skipped.append(b)
        elif b.kind in ("program", "main"):
            programs.append((b, program_unit(b, source_dir)))
        else:
            emit_fragment(b)

    header = "// Generated by tests/docs/extract.py from the docs' C++ blocks: edit the docs, not this.\n"
    table = ",\n".join(
        "    {%s, &%s::run, {%s}}" % (cpp_quote(b.test_name()), b.ident(), ", ".join(cpp_quote(e) for e in b.expect))
        for b, _ in programs)
    driver = """
// Runs one block by its test name; its output is kept to check the texts it should print.
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {
struct doc_program {
  const char* name;
  int (*run)();
  std::vector<const char*> expect;
};
}  // namespace

int main(int argc, char** argv) {
  const std::vector<doc_program> programs = {
%s};
  if (argc != 2) {
    for (const auto& p : programs) std::cout << p.name << '\\n';
    return argc == 1 ? 0 : 2;
  }
  for (const auto& p : programs) {
    if (argv[1] != std::string(p.name)) continue;
    std::ostringstream out;
    std::streambuf* const saved = std::cout.rdbuf(out.rdbuf());
    int rc = 0;
    try {
      rc = p.run();
    } catch (const std::exception& e) {
      std::cout.rdbuf(saved);
      std::cerr << "uncaught exception: " << e.what() << '\\n';
      return 1;
    }
    std::cout.rdbuf(saved);
    std::cout << out.str();
    for (const char* e : p.expect)
      if (out.str().find(e) == std::string::npos) {
        std::cerr << "expected in the output: " << e << '\\n';
        rc = rc ? rc : 1;
      }
    return rc;
  }
  std::cerr << "no such block: " << argv[1] << '\\n';
  return 2;
}
""" % table
    os.makedirs(out_dir, exist_ok=True)
    write_if_changed(os.path.join(out_dir, "programs.cpp"), unit([u for _, u in programs], header, driver))
    write_if_changed(os.path.join(out_dir, "fragments.cpp"), unit(fragments, header + "#include <type_traits>\n"))
    cm = ["# Generated by tests/docs/extract.py.", "set(wxim_doc_program_names"]
    cm += ["  " + cmake_quote(b.test_name()) for b, _ in programs]
    cm += [")", "set(wxim_doc_skipped_names"]
    cm += ["  " + cmake_quote(b.test_name()) + "  # " + b.reason.replace("\n", " ") for b in skipped]
    cm += [")", f"set(wxim_doc_fragment_count {len(fragments)})", ""]
    write_if_changed(os.path.join(out_dir, "snippets.cmake"), "\n".join(cm))


if __name__ == "__main__":
    try:
        main()
    except DocError as e:
        sys.exit(f"extract.py: {e}")
