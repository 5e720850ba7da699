#!/usr/bin/env python3.11
"""Writes runtime/text/unicodedata-tables.json, the tables behind HotPy's `unicodedata` module.

Everything comes from the running CPython's own `unicodedata` (and its `ucd_3_2_0`), so the
tables say exactly what that CPython says.  The name aliases and named sequences, which
`unicodedata` can look up but not list, are read through the module's _ucnhash_CAPI capsule
(ctypes: the names CPython keeps in Plane 15), or, failing that, from NameAliases.txt and
NamedSequences.txt in --ucd DIR or the copies Perl ships in /usr/share/perl/*/unicore (Name.pl
holds the aliases there); each is kept only if this CPython's lookup() returns it.

    npm run unicodedata:gen                       # with python3.11
    python3.12 runtime/text/unicodedata-gen.py    # another CPython (then set UNIDATA_VERSION
                                                  # in runtime/modules/unicodedata.ts)
    python3.12 runtime/text/unicodedata-gen.py --ucd ~/ucd-15.0.0

Encoding (all numbers base 36 unless said otherwise; "ranges" are "gap,len-1,..." pairs with
the gap measured from the end of the previous range, as in unicode14.ts):
  props      runs "len-1,record" covering 0..0x10FFFF; records "cat,bidi,comb,eaw,mirrored"
             (indices into categories/bidirectionals/eastAsianWidths; comb and mirrored plain)
  numeric    "gap,len-1,kind,value,step" runs: kind 1 numeric, 2 digit, 3 decimal; value is an
             index into numericValues (float reprs); step 1 means the value grows by one
  decomp     ";"-separated "gap.tag.code code ..." (tag indexes decompTags)
  compExcl   gaps of the characters with a two-character canonical decomposition that NFC
             does not compose
  names      words (space separated) and body: per named character varints (see below) of
             gap-1, tokens shared with the previous name, new tokens, then the tokens (word
             indices; word 0 is "-", 1 an explicit space, 2 the code point in hex); every 32nd
             name shares nothing, and nameBlocks lists "cp,offset" of those
  cjk        ranges of "CJK UNIFIED IDEOGRAPH-X" names; jamo: Hangul syllable name parts
  v320       ucd_3_2_0: unassigned ranges, per property "gap,len-1,value" ranges where 3.2.0
             differs, and the normalization corrections
Varints use the characters "#".."~" without "\\": 0-45 end a number, 46-90 carry 45 more.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata as U

U32 = U.ucd_3_2_0
MAXCP = 0x110000
CHARS = [chr(c) for c in range(MAXCP)]


def b36(n):
    if n < 0:
        return "-" + b36(-n)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = digits[n % 36] + s
        n //= 36
        if n == 0:
            return s


def ranges(cps):
    """Sorted code points -> "gap,len-1,..." string."""
    out = []
    prev = 0
    i = 0
    cps = sorted(cps)
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out += [b36(cps[i] - prev), b36(cps[j] - cps[i])]
        prev = cps[j]
        i = j + 1
    return ",".join(out)


def valued_ranges(pairs):
    """Sorted (cp, valueIndex) -> "gap,len-1,value,..." with runs of equal values."""
    out = []
    prev = 0
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[j][0] + 1 and pairs[j + 1][1] == pairs[i][1]:
            j += 1
        out += [b36(pairs[i][0] - prev), b36(pairs[j][0] - pairs[i][0]), b36(pairs[i][1])]
        prev = pairs[j][0]
        i = j + 1
    return ",".join(out)


NAME_BLOCK = 32  # names restart (share nothing with the previous one) every NAME_BLOCK names

VARINT = [chr(c) for c in range(0x23, 0x7F) if chr(c) != "\\"]
assert len(VARINT) == 91


def varint(n):
    # little-endian: continuation digits (46..90, base 45) then a final digit (0..45)
    s = ""
    while n >= 46:
        n -= 46
        s += VARINT[46 + n % 45]
        n //= 45
    return s + VARINT[n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ucd", help="directory with NameAliases.txt and NamedSequences.txt")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicodedata-tables.json"))
    args = ap.parse_args()
    out = {"unidata_version": U.unidata_version, "python": sys.version.split()[0]}

    # --- category, bidirectional, combining, east_asian_width, mirrored ----------------------
    cats = list(map(U.category, CHARS))
    bidis = list(map(U.bidirectional, CHARS))
    combs = list(map(U.combining, CHARS))
    eaws = list(map(U.east_asian_width, CHARS))
    mirs = list(map(U.mirrored, CHARS))
    cat_names = sorted(set(cats) | set(map(U32.category, CHARS)))
    bidi_names = sorted(set(bidis) | set(map(U32.bidirectional, CHARS)))
    eaw_names = sorted(set(eaws) | set(map(U32.east_asian_width, CHARS)))
    ci = {n: i for i, n in enumerate(cat_names)}
    bi = {n: i for i, n in enumerate(bidi_names)}
    ei = {n: i for i, n in enumerate(eaw_names)}
    records = {}
    runs = []
    prev = None
    for c in range(MAXCP):
        rec = (ci[cats[c]], bi[bidis[c]], combs[c], ei[eaws[c]], mirs[c])
        r = records.setdefault(rec, len(records))
        if r == prev:
            runs[-1][0] += 1
        else:
            runs.append([0, r])
            prev = r
    out["categories"] = cat_names
    out["bidirectionals"] = bidi_names
    out["eastAsianWidths"] = eaw_names
    out["records"] = ";".join(",".join(b36(x) for x in rec) for rec in records)
    out["props"] = ",".join(f"{b36(n)},{b36(r)}" for n, r in runs)

    # --- decimal, digit, numeric -----------------------------------------------------------
    nums = list(map(U.numeric, CHARS, [None] * MAXCP))
    digs = list(map(U.digit, CHARS, [None] * MAXCP))
    decs = list(map(U.decimal, CHARS, [None] * MAXCP))
    num_values = []
    nvi = {}

    def value_index(v):
        k = repr(v)
        if k not in nvi:
            nvi[k] = len(num_values)
            num_values.append(k)
        return nvi[k]

    entries = []  # (cp, kind, value)
    for c in range(MAXCP):
        if nums[c] is None:
            assert digs[c] is None and decs[c] is None
            continue
        kind = 3 if decs[c] is not None else 2 if digs[c] is not None else 1
        if kind >= 2:
            assert float(digs[c]) == nums[c]
        if kind == 3:
            assert decs[c] == digs[c]
        entries.append((c, kind, nums[c]))
    parts = []
    prev = 0
    i = 0
    while i < len(entries):
        c0, k0, v0 = entries[i]
        j = i
        step = 0
        if i + 1 < len(entries):
            c1, k1, v1 = entries[i + 1]
            if c1 == c0 + 1 and k1 == k0 and v1 == v0 + 1 and v0 == int(v0):
                step = 1
        while j + 1 < len(entries):
            c1, k1, v1 = entries[j + 1]
            if c1 == entries[j][0] + 1 and k1 == k0 and v1 == entries[j][2] + step:
                j += 1
            else:
                break
        parts += [b36(c0 - prev), b36(entries[j][0] - c0), str(k0), b36(value_index(v0)), str(step)]
        prev = entries[j][0]
        i = j + 1
    out["numericValues"] = num_values
    out["numeric"] = ",".join(parts)

    # --- decomposition and composition -----------------------------------------------------
    decomps = list(map(U.decomposition, CHARS))
    tags = [""]
    items = []
    prev = 0
    canon2 = []
    for c in range(MAXCP):
        d = decomps[c]
        if not d:
            continue
        fields = d.split()
        tag = ""
        if fields[0].startswith("<"):
            tag = fields.pop(0)
        if tag not in tags:
            tags.append(tag)
        codes = [int(f, 16) for f in fields]
        assert d == " ".join(([tag] if tag else []) + ["%04X" % x for x in codes])
        items.append(f"{b36(c - prev)}.{b36(tags.index(tag))}.{' '.join(b36(x) for x in codes)}")
        prev = c
        if not tag and len(codes) == 2:
            canon2.append(c)
    out["decompTags"] = tags
    out["decomp"] = ";".join(items)
    out["compExcl"] = ",".join(b36(c) for c in _gaps([c for c in canon2 if U.normalize("NFC", chr(c)) != chr(c)]))

    # --- names ---------------------------------------------------------------------------------
    names = list(map(U.name, CHARS, [None] * MAXCP))
    cjk = []
    hangul = []
    plain = []
    for c in range(MAXCP):
        n = names[c]
        if n is None:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % c:
            cjk.append(c)
        elif n.startswith("HANGUL SYLLABLE "):
            hangul.append(c)
        else:
            plain.append(c)
    assert hangul == list(range(0xAC00, 0xAC00 + 11172))
    out["cjk"] = ranges(cjk)
    jl = [names[0xAC00 + l * 588][16:-1] for l in range(19)]
    jv = [names[0xAC00 + v * 28][16 + len(jl[0]):] for v in range(21)]
    jt = [""] + [names[0xAC00 + t][16 + len(jl[0]) + len(jv[0]):] for t in range(1, 28)]
    assert names[0xAC00 + 3 * 588 + 5 * 28 + 7] == "HANGUL SYLLABLE " + jl[3] + jv[5] + jt[7]
    out["jamo"] = {"L": jl, "V": jv, "T": jt}

    def tokens(c, n):
        toks = re.findall(r"[^ -]+|-| ", n)
        if toks[-1] == "%X" % c and len(toks) >= 2 and toks[-2] == "-":
            toks[-1] = "\x00hex"
        res = []
        for k, t in enumerate(toks):
            if t == " " and 0 < k < len(toks) - 1 and toks[k - 1] not in (" ", "-") and toks[k + 1] not in (" ", "-"):
                continue  # implied
            res.append(t)
        return res

    def join(c, toks):
        s = ""
        for k, t in enumerate(toks):
            w = "%X" % c if t == "\x00hex" else t
            if k > 0 and t not in (" ", "-") and toks[k - 1] not in (" ", "-"):
                s += " "
            s += w
        return s

    from collections import Counter

    counts = Counter()
    coded = []
    prev_toks = []
    for n, c in enumerate(plain):
        t = tokens(c, names[c])
        assert join(c, t) == names[c], (hex(c), names[c], t)
        k = 0
        while n % NAME_BLOCK and k < len(t) and k < len(prev_toks) and t[k] == prev_toks[k]:
            k += 1
        coded.append((c, k, t[k:]))
        counts.update(t[k:])
        prev_toks = t
    fixed = ["-", " ", "\x00hex"]
    words = fixed + [w for w, _ in counts.most_common() if w not in fixed]
    wi = {w: i for i, w in enumerate(words)}
    body = []
    blocks = []
    prev = -1
    size = 0
    for n, (c, k, rest) in enumerate(coded):
        if n % NAME_BLOCK == 0:
            blocks.append((c, size))
        assert k < 46 and len(rest) < 46  # one varint digit each (the decoder relies on it)
        item = varint(c - prev - 1) + varint(k) + varint(len(rest)) + "".join(varint(wi[w]) for w in rest)
        body.append(item)
        size += len(item)
        prev = c
    out["nameWords"] = " ".join(words[3:])
    out["names"] = "".join(body)
    out["nameBlocks"] = ",".join(f"{b36(c)},{b36(o)}" for c, o in blocks)

    # --- aliases and named sequences -------------------------------------------------------
    listed = aliases_from_capi()
    if listed is None:
        aliases, seqs = read_aliases_and_sequences(args.ucd)
    else:
        aliases, seqs = [], []
        for name in listed:
            r = U.lookup(name)
            if len(r) == 1:
                aliases.append((ord(r), name))
            else:
                seqs.append((name, [ord(x) for x in r]))
    kept = []
    for cp, name in aliases:
        try:
            if U.lookup(name) == chr(cp) and names[cp] != name:
                kept.append((cp, name))
        except KeyError:
            pass
    out["aliases"] = ";".join(f"{b36(cp)}:{name}" for cp, name in sorted(set(kept)))
    kept_seqs = []
    for name, cps in seqs:
        if U.lookup(name) == "".join(map(chr, cps)):
            kept_seqs.append(f"{name}:{' '.join(b36(x) for x in cps)}")
    out["namedSequences"] = ";".join(kept_seqs)
    print(f"aliases {len(kept)} of {len(aliases)}, named sequences {len(kept_seqs)} of {len(seqs)}", file=sys.stderr)

    # --- ucd_3_2_0 -----------------------------------------------------------------------------
    v = {"unidata_version": U32.unidata_version}
    unassigned = [c for c in range(MAXCP) if U32.category(CHARS[c]) == "Cn"]
    v["unassigned"] = ranges(unassigned)
    un = set(unassigned)
    for prop, index in (
        ("category", ci),
        ("bidirectional", bi),
        ("east_asian_width", ei),
        ("combining", None),
        ("mirrored", None),
    ):
        old = list(map(getattr(U32, prop), CHARS))
        new = list(map(getattr(U, prop), CHARS))
        pairs = [(c, index[old[c]] if index else old[c]) for c in range(MAXCP) if old[c] != new[c]]
        v[prop] = valued_ranges(pairs)
    for prop, new in (("decimal", decs), ("numeric", nums)):
        old = list(map(getattr(U32, prop), CHARS, [None] * MAXCP))
        pairs = [(c, -1 if old[c] is None else value_index(float(old[c]))) for c in range(MAXCP) if old[c] != new[c]]
        v[prop] = valued_ranges([(c, x + 1) for c, x in pairs])  # value 0: none
    out["numericValues"] = num_values  # value_index may have added 3.2.0 values
    # names and decompositions differ only where 3.2.0 has nothing assigned
    for c in range(MAXCP):
        if U32.name(CHARS[c], None) != names[c]:
            assert c in un, hex(c)
        if U32.decomposition(CHARS[c]) != decomps[c]:
            assert c in un, hex(c)
        assert U32.digit(CHARS[c], None) == digs[c]
    corrections = []
    for c in range(MAXCP):
        if c in un or 0xAC00 <= c < 0xAC00 + 11172 or not decomps[c]:
            continue
        old = U32.normalize("NFD", CHARS[c])
        if old != U.normalize("NFD", CHARS[c]):
            assert len(old) == 1, hex(c)
            corrections.append(f"{b36(c)}:{b36(ord(old))}")
    v["normalization"] = ",".join(corrections)
    out["v320"] = v

    text = json.dumps(out, ensure_ascii=True, separators=(",", ":"))
    with open(args.out, "w") as f:
        f.write(text + "\n")
    print(f"wrote {args.out}: {len(text)} bytes", file=sys.stderr)


def _gaps(cps):
    prev = 0
    res = []
    for c in sorted(cps):
        res.append(c - prev)
        prev = c
    return res


def aliases_from_capi():
    """The names CPython keeps in Plane 15 for aliases and named sequences, read through the
    module's _ucnhash_CAPI capsule (getname with with_alias_and_seq=1), or None."""
    try:
        import ctypes

        get = ctypes.pythonapi.PyCapsule_GetPointer
        get.restype = ctypes.c_void_p
        get.argtypes = [ctypes.py_object, ctypes.c_char_p]
        api = get(U._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
        fn = ctypes.cast(api, ctypes.POINTER(ctypes.c_void_p))[0]
        getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(fn)
        buf = ctypes.create_string_buffer(512)
        if not getname(0x41, buf, 512, 0) or buf.value != b"LATIN CAPITAL LETTER A":
            return None
        found = []
        for c in range(0xF0000, 0xF1000):
            if getname(c, buf, 512, 1):
                found.append(buf.value.decode("ascii"))
        return found
    except Exception:
        return None


def read_aliases_and_sequences(ucd):
    if ucd is None:
        found = sorted(glob.glob("/usr/share/perl/*/unicore"))
        if not found:
            sys.exit("unicodedata-gen: no --ucd DIR given and no Perl unicore directory found")
        ucd = found[-1]
    aliases = []
    if os.path.exists(os.path.join(ucd, "NameAliases.txt")):
        for line in open(os.path.join(ucd, "NameAliases.txt"), encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                cp, name, _kind = line.split(";")
                aliases.append((int(cp, 16), name))
    else:
        # Perl's Name.pl: blank-line separated "HEX\nNAME" pairs (a sequence has spaces in HEX)
        text = open(os.path.join(ucd, "Name.pl"), encoding="utf-8").read()
        body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
        for block in body.split("\n\n"):
            lines = block.strip().split("\n")
            if len(lines) == 2 and " " not in lines[0]:
                aliases.append((int(lines[0], 16), lines[1]))
    seqs = []
    for line in open(os.path.join(ucd, "NamedSequences.txt"), encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            name, cps = line.split(";")
            seqs.append((name.strip(), [int(x, 16) for x in cps.split()]))
    return aliases, seqs


if __name__ == "__main__":
    main()
