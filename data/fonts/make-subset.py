#!/usr/bin/env python3
# Builds data/fonts/NotoSansSC-Regular-GB2312.woff2: Noto Sans CJK SC Regular (SIL OFL 1.1) cut down to the characters
# the identification report needs, so the PDF embeds Chinese glyphs on a machine without system CJK fonts.
# Covered: every character of GB 2312 (6,763 hanzi + its symbols, full-width forms, Greek, Cyrillic, kana), printable
# ASCII, Latin-1, the maths and sub/superscript signs the report prints (≥ ≤ × Σ β α ₁ ₂ ³ …), and every character
# that appears in data/standards/*.json and data/plans/*.json, so each GB 18218 name and Conghua unit name prints.
# Run (fontTools 4.x and brotli, e.g. in a throw-away venv):
#   python3 data/fonts/make-subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
# The source is Debian's fonts-noto-cjk (1:20220127), face index 2 of the collection ("Noto Sans CJK SC").
import glob, json, os, sys
from fontTools import subset
from fontTools.ttLib import TTCollection

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
source = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

chars = set()
for hi in range(0xA1, 0xF8):  # GB 2312 rows 01–87 (EUC-CN lead bytes A1–F7)
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))
chars.update(chr(c) for c in range(0xA0, 0x100))
chars.update('≥≤≠±×÷Σ∑βαγδλμπρσΩ₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹—–…‰℃·•→←↑↓①②③④⑤⑥⑦⑧⑨⑩、。，；：？！“”‘’（）【】《》〔〕「」『』—～')

def walk(v):
    if isinstance(v, str):
        chars.update(v)
    elif isinstance(v, list):
        for x in v: walk(x)
    elif isinstance(v, dict):
        for k, x in v.items(): walk(k); walk(x)

for pattern in ('data/standards/*.json', 'data/plans/*.json'):
    for f in glob.glob(os.path.join(root, pattern)):
        with open(f, encoding='utf-8') as fh:
            walk(json.load(fh))

collection = TTCollection(source)
face = next(i for i, f in enumerate(collection.fonts) if f['name'].getDebugName(4) == 'Noto Sans CJK SC')
font = collection.fonts[face]
cmap = font.getBestCmap()
wanted = sorted(c for c in chars if ord(c) in cmap and (ord(c) >= 0x20))
missing = sorted(c for c in chars if ord(c) not in cmap and ord(c) >= 0x20 and not c.isspace())

options = subset.Options()
options.layout_features = ['kern', 'vert', 'locl']
options.name_IDs = ['*']
options.name_languages = ['*']
options.notdef_outline = True
options.desubroutinize = True  # plain charstrings: keeping subroutines saves little here and bloats each PDF
options.font_number = face
sub = subset.Subsetter(options)
sub.populate(unicodes=[ord(c) for c in wanted])
sub.subset(font)
font.flavor = 'woff2'  # needs the brotli module; ~2.4 MB against ~3.6 MB as .otf (pdfkit's fontkit reads WOFF2)
out = os.path.join(here, 'NotoSansSC-Regular-GB2312.woff2')
font.save(out)
with open(os.path.join(here, 'NotoSansSC-Regular-GB2312.chars.txt'), 'w', encoding='utf-8') as fh:
    fh.write(''.join(wanted) + '\n')
print(f'{out}: {len(wanted)} characters, {os.path.getsize(out)} bytes; not in the source font: {"".join(missing)!r}')
