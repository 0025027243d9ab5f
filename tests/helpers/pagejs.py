"""Run the offline verification page's own scripts in Node (no browser needed): a
minimal DOM stands in for the page's elements, payloads are typed into the box one
after another as a user would (the 'input' event), and the result panel is read after
each.  Skipped where Node is not installed; tests/test_verify_page.py runs the same
page in a real Chromium where that is installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

NODE = shutil.which("node") or shutil.which("nodejs")

_HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const [scripts, payloads] = JSON.parse(fs.readFileSync(0, "utf8"));
function el(id, text) {
  const listeners = {};
  return {id, textContent: text || "", className: "", value: "", hidden: false, style: {},
          addEventListener(type, f) { (listeners[type] = listeners[type] || []).push(f); },
          fire(type) { (listeners[type] || []).forEach(f => f({})); },
          insertRow() { return {insertCell() { return {textContent: ""}; }}; }, focus() {}};
}
const els = {};
const document = {getElementById(id) { return els[id] || (els[id] = el(id)); }};
els.trust = el("trust", scripts.trust);
const sandbox = {document, window: {}, location: {hash: ""}, navigator: {}, TextDecoder, TextEncoder, Uint8Array,
                 Map, atob, console, requestAnimationFrame() {}};
sandbox.self = sandbox; sandbox.window = sandbox;
vm.createContext(sandbox);
const out = [];
try {
  for (const code of scripts.code) vm.runInContext(code, sandbox);
  for (const p of payloads) {
    let error = null;
    els.payload.value = p;
    try { els.payload.fire("input"); } catch (e) { error = String(e); }
    out.push({verdict: els.verdict.textContent, detail: els.detail.textContent, cls: els.result.className, error});
  }
  process.stdout.write(JSON.stringify({ok: true, results: out}));
} catch (e) {
  process.stdout.write(JSON.stringify({ok: false, error: String(e && e.stack || e)}));
}
"""


def page_scripts(html: str) -> dict[str, object]:
    """The trust JSON and the code of each other script element, cut where an HTML parser
    cuts them: at the first '</script' after each opening tag."""
    trust, code = "", []
    for m in re.finditer(r"<script([^>]*)>", html):
        end = html.lower().find("</script", m.end())
        body = html[m.end():end]
        if 'id="trust"' in m.group(1):
            trust = body
        else:
            code.append(body)
    return {"trust": trust, "code": code}


def run(page: Path | str, payloads: list[str]) -> list[dict[str, str | None]]:
    """Type each payload in turn; the panel after each: verdict, detail, class, and any
    error that escaped the page's own handler."""
    assert NODE is not None
    html = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    done = subprocess.run([NODE, "-e", _HARNESS], input=json.dumps([page_scripts(html), payloads]),
                          capture_output=True, text=True, timeout=120, check=True)
    answer = json.loads(done.stdout)
    if not answer["ok"]:
        raise RuntimeError(answer["error"])
    return list(answer["results"])
