#!/usr/bin/env python3
"""Prints the inputs and outputs tables of action.yml as Markdown (keeps README in step)."""
import re, sys

text = open(sys.argv[1] if len(sys.argv) > 1 else 'action.yml').read()

def section(name):
    m = re.search(rf'^{name}:\n(.*?)(?=^\S)', text, re.S | re.M)
    return m.group(1) if m else ''

def entries(block):
    out = []
    for m in re.finditer(r"^  (\w+):\n((?:    .*\n)+)", block, re.M):
        fields = dict(re.findall(r"^    (\w+): (.*)$", m.group(2), re.M))
        out.append((m.group(1), {k: v.strip().strip("'") for k, v in fields.items()}))
    return out

esc = lambda s: s.replace('|', '\\|')
print('| input | default | description |\n|---|---|---|')
for name, f in entries(section('inputs')):
    default = '**required**' if f.get('required') == 'true' else (f"`{esc(f.get('default',''))}`" if f.get('default') else '')
    print(f"| `{name}` | {default} | {esc(f.get('description',''))} |")
print('\n| output | description |\n|---|---|')
for name, f in entries(section('outputs')):
    print(f"| `{name}` | {esc(f.get('description',''))} |")
