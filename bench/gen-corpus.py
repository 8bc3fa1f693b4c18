#!/usr/bin/env python3
# Copied unchanged from the workplace's shared/bench/gen-corpus.py (header below kept as written);
# standard library only, needs nothing outside this folder. Used by bench/run.sh.
"""Generate a deterministic synthetic corpus of UN-style letters (Security Council
"S/" series) as Markdown with YAML front matter, for benchmarking static site
generators.

Layout:  OUT/content/S/<year>/<number>.md      e.g. OUT/content/S/2014/660.md

Each document has front matter (symbol, title, date, year, distribution,
original_language, languages, organs, author, addressee, agenda, annexes, ...)
and a body of ~400-800 words of boiler-plate diplomatic prose containing
textual cross-references:
  * to Security Council resolutions:  "resolution 2164 (2014)"
  * to other documents in the corpus: "S/2014/229" (always an existing symbol,
    usually an earlier one, so an archive can resolve and back-link it)

Same --seed and -n  =>  byte-identical output.

Options:
  --format yaml   (default) YAML front matter between '---' lines (Hugo/Jekyll/11ty/Zola-compatible YAML)
  --format jbake  JBake 2.6 metadata header (key=value lines, then '~~~~~~');
                  JBake 2.6 cannot read YAML front matter (jbake-org/jbake#231, #780).
  --refs-in-front-matter   also list the referenced symbols in front matter
                  ('references: [...]') -- lets generators without text
                  extraction build "cited by"/backlink pages. Off by default:
                  the archive generator is expected to find refs in the text.

Usage: python3 gen-corpus.py -n 10000 -o OUT [--seed 42]
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

COUNTRIES = [
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Benin",
    "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Brazil", "Burkina Faso",
    "Burundi", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Djibouti", "Ecuador", "Egypt", "Eritrea", "Estonia", "Ethiopia", "France",
    "Gabon", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Haiti",
    "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland", "Israel",
    "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Lebanon", "Libya",
    "Lithuania", "Malaysia", "Mali", "Mexico", "Morocco", "Mozambique", "Myanmar",
    "Netherlands", "New Zealand", "Niger", "Nigeria", "Norway", "Pakistan", "Peru",
    "Philippines", "Poland", "Qatar", "Republic of Korea", "Romania", "Russian Federation",
    "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Somalia",
    "South Africa", "South Sudan", "Spain", "Sudan", "Sweden", "Switzerland",
    "Syrian Arab Republic", "Thailand", "Tunisia", "Türkiye", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
]

TOPICS = [
    "the situation in the Middle East", "the situation concerning Iraq",
    "the situation in Somalia", "the situation in Libya", "the situation in Mali",
    "the situation in the Great Lakes region", "the question concerning Haiti",
    "threats to international peace and security caused by terrorist acts",
    "non-proliferation", "the protection of civilians in armed conflict",
    "children and armed conflict", "women and peace and security",
    "maritime security in the Gulf of Guinea", "piracy off the coast of Somalia",
    "the situation in Afghanistan", "the situation in Bosnia and Herzegovina",
    "the situation in the Central African Republic", "reports of the Secretary-General on the Sudan and South Sudan",
    "the situation in Cyprus", "the situation in the Democratic Republic of the Congo",
    "small arms and light weapons", "the maintenance of international peace and security",
    "peace and security in Africa", "the situation between Iraq and Kuwait",
    "letters dated 28 February 2014 from the Permanent Representative of Ukraine",
    "the situation in Myanmar", "cooperation between the United Nations and regional organizations",
]

AGENDA = [t for t in TOPICS if not t.startswith("letters")]

OFFICIAL = [
    "the Minister for Foreign Affairs", "the President", "the Prime Minister",
    "the Ministry of Foreign Affairs", "the Minister of Defence",
    "the Deputy Minister for Foreign Affairs", "the Head of State",
]

DISTRIBUTION = ["General"] * 17 + ["Limited"] * 2 + ["Restricted"]
LANGS = ["English"] * 10 + ["French"] * 4 + ["Spanish"] * 3 + ["Arabic"] * 3 + ["Russian"] * 2 + ["Chinese"]
ALL_LANGS = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"]

ADDRESSEE_SC = "the President of the Security Council"
ADDRESSEE_SG = "the Secretary-General"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

FILLER = [
    "My Government wishes to reiterate its full commitment to the purposes and principles of the Charter of the United Nations, in particular the sovereign equality of States, the peaceful settlement of disputes and non-interference in the internal affairs of States.",
    "The Government of {country} categorically rejects the allegations contained in the aforementioned communication, which are baseless and aim solely to mislead the international community.",
    "These acts constitute a flagrant violation of international humanitarian law and of the relevant resolutions of the Security Council, and they pose a serious threat to regional peace and stability.",
    "In this regard, my Government calls upon the Security Council to assume its responsibilities under the Charter and to take the measures necessary to prevent the recurrence of such incidents.",
    "The delegation of {country} stands ready to provide any further information that members of the Council may require and to cooperate fully with the relevant mechanisms of the Organization.",
    "It should be recalled that the parties committed themselves to a cessation of hostilities, to the protection of civilians and to the unimpeded delivery of humanitarian assistance to all persons in need.",
    "During the reporting period, the authorities recorded a number of incidents along the line of contact, including shelling of residential areas, damage to civilian infrastructure and the displacement of families.",
    "The Government has continued to implement the national plan of action, including measures to strengthen the rule of law, to reform the security sector and to promote inclusive political dialogue.",
    "We note with appreciation the efforts of the Special Representative of the Secretary-General and of the regional organizations concerned, and we encourage them to continue their good offices.",
    "The international community must not remain silent in the face of these developments, which undermine the credibility of the multilateral system and the authority of the Council.",
    "My country remains convinced that there can be no military solution to the conflict and that only a negotiated political settlement, owned and led by the parties, can bring lasting peace.",
    "Attached to the present letter is a chronology of the events, prepared by the competent national authorities, together with a list of the persons affected.",
    "We also wish to draw the attention of the Council to the humanitarian consequences of the blockade, which has restricted access to food, medicine, fuel and other essential goods.",
    "The sanctions regime established by the Council remains an important instrument, and its effectiveness depends on full and transparent implementation by all Member States.",
    "Further consultations with troop- and police-contributing countries would help to ensure that mission mandates are realistic, achievable and adequately resourced.",
]


def fmt_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def resolution_range(year):
    """Approximate span of Security Council resolution numbers adopted in a year."""
    lo = max(1, int(1284 + (year - 2000) * 61))
    return lo, lo + 60


def make_symbols(n, rng, last_year):
    """Assign n documents to years (at most ~900 per year), with increasing
    document numbers and dates inside each year."""
    per_year = 900
    nyears = max(1, -(-n // per_year))
    first_year = last_year - nyears + 1
    counts = [n // nyears + (1 if i < n % nyears else 0) for i in range(nyears)]
    docs = []
    for i, c in enumerate(counts):
        year = first_year + i
        numbers = sorted(rng.sample(range(1, int(c * 1.25) + 2), c))
        top = numbers[-1]
        days = 365
        for num in numbers:
            doy = int((num - 1) / top * (days - 1))
            date = dt.date(year, 1, 1) + dt.timedelta(days=doy)
            docs.append({"year": year, "number": num, "symbol": f"S/{year}/{num}", "date": date})
    return docs


def yaml_str(s):
    # JSON strings are valid YAML double-quoted scalars.
    return json.dumps(s, ensure_ascii=False)


def build_doc(i, docs, rng, refs_in_fm):
    d = docs[i]
    year = d["year"]
    country = rng.choice(COUNTRIES)
    topic = rng.choice(TOPICS)
    to_sg = rng.random() < 0.18
    addressee = ADDRESSEE_SG if to_sg else ADDRESSEE_SC
    organs = ["General Assembly", "Security Council"] if to_sg else ["Security Council"]
    d_letter = d["date"] - dt.timedelta(days=rng.randint(0, 6))
    title = (f"Letter dated {fmt_date(d_letter)} from the Permanent Representative of {country} "
             f"to the United Nations addressed to {addressee}")
    n_annex = rng.choice([0, 0, 1, 1, 1, 2, 3])
    annexes = []
    for a in range(n_annex):
        kind = rng.choice(["Letter", "Statement", "Note verbale", "Communiqué", "Report", "List of incidents"])
        annexes.append(f"{kind} dated {fmt_date(d_letter - dt.timedelta(days=rng.randint(0, 10)))}"
                       + (f" from {rng.choice(OFFICIAL)} of {country}" if kind in ("Letter", "Statement", "Note verbale") else ""))
    orig = rng.choice(LANGS)
    dist = rng.choice(DISTRIBUTION)
    agenda = rng.choice(AGENDA)

    # --- cross-references -------------------------------------------------
    refs = []
    n_refs = rng.choice([1, 2, 2, 3, 3, 4, 5])
    for _ in range(n_refs):
        if i > 0 and rng.random() < 0.85:
            # an earlier document, biased towards recent ones
            back = min(i, max(1, int(rng.expovariate(1 / 60.0)) + 1))
            j = i - back
        else:
            j = rng.randrange(len(docs))
        if j != i and docs[j]["symbol"] not in refs:
            refs.append(docs[j]["symbol"])
    res = []
    for _ in range(rng.choice([1, 2, 3])):
        ry = max(1946, year - rng.choice([0, 0, 1, 2, 5, 10]))
        lo, hi = resolution_range(ry)
        res.append(f"resolution {rng.randint(lo, hi)} ({ry})")

    # --- body ----------------------------------------------------------------
    paras = []
    official = rng.choice(OFFICIAL)
    paras.append(f"I have the honour to transmit herewith a letter dated {fmt_date(d_letter)} from "
                 f"{official} of {country} concerning {topic} (see annex).")
    for k, sym in enumerate(refs):
        tmpl = rng.choice([
            "Further to my letter of {d} ({s}), I wish to inform you of the following developments.",
            "As indicated in document {s}, the situation has continued to deteriorate.",
            "I refer to the letter from the Permanent Representative of {c2} contained in document {s}.",
            "The information set out in {s} remains accurate and my Government stands by it.",
            "In my previous communications, in particular {s}, my delegation drew attention to these violations.",
        ])
        paras.append(tmpl.format(d=fmt_date(d["date"] - dt.timedelta(days=rng.randint(7, 120))),
                                 s=sym, c2=rng.choice(COUNTRIES)))
    paras.append(rng.choice([
        "Recalling {r}, the Government of {c} reaffirms its commitment to its full implementation.",
        "These actions are in clear contravention of {r} and of the relevant provisions of international law.",
        "My Government underlines the obligations of all Member States under {r}.",
    ]).format(r=" and ".join(res), c=country))
    annex_txt = []
    for a, at in enumerate(annexes):
        annex_txt.append(f"## Annex{' ' + 'I' * (a + 1) if len(annexes) > 1 else ''} to the letter dated "
                         f"{fmt_date(d_letter)} from the Permanent Representative of {country} to the United "
                         f"Nations addressed to {addressee}\n\n**{at}**\n\n"
                         + " ".join(rng.choice(FILLER).format(country=country) for _ in range(rng.randint(2, 4))))
    target = rng.randint(400, 800)
    words = sum(len(p.split()) for p in paras) + sum(len(t.split()) for t in annex_txt) + 40
    while words < target - 30:
        p = " ".join(rng.choice(FILLER).format(country=country) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.25:
            lo, hi = resolution_range(year)
            p += f" The Council is also invited to recall resolution {rng.randint(lo, hi)} ({year})."
        paras.append(p)
        words += len(p.split())
    if rng.random() < 0.3:
        paras.insert(2, "\n".join(f"{k + 1}. {rng.choice(FILLER).format(country=country)}" for k in range(3)))
    paras.append(f"I should be grateful if you would have the present letter and its annex circulated "
                 f"as a document of the Security Council"
                 + (f", under agenda item \"{agenda}\", and of the General Assembly" if to_sg else "")
                 + ".")
    paras.append("(Signed) SIGNER  \nPermanent Representative")
    body = ["\n\n".join(paras)] + annex_txt
    body_txt = "\n\n".join(body) + "\n"

    signer = (f"{rng.choice(['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'M.', 'N.', 'S.'])} "
              f"{rng.choice(['Al-', 'Van ', 'De ', '', '', ''])}{rng.choice(['Rahman', 'Ivanov', 'Silva', 'Dupont', 'Okafor', 'Chen', 'García', 'Haddad', 'Kowalski', 'Mensah'])}")
    # keys of the archive's content contract (shared/FORMAT.md); 'year' and 'organs' feed Hugo's taxonomies only
    meta = {
        "symbol": d["symbol"],
        "title": title,
        "type": "letter",
        "date": d["date"].isoformat(),
        "distribution": dist,
        "original": orig,
        "from": f"Permanent Representative of {country} to the United Nations",
        "to": addressee[4].upper() + addressee[5:],
        "signatories": [{"name": signer, "role": "Permanent Representative"}],
        "annexes": [{"title": t} for t in annexes],
        "subjects": [country],
        "agenda": [agenda],
        "year": str(year),
        "organs": organs,
    }
    if refs_in_fm:
        meta["references"] = refs
    return meta, body_txt


def render_yaml(meta, body, hugo_keys=True):
    out = ["---"]
    for k, v in meta.items():
        if not hugo_keys and k in ("year", "organs"):
            continue
        if k == "date":
            out.append(f"{k}: {v}")
        else:
            out.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")  # JSON is valid YAML flow style
    out.append("---")
    return "\n".join(out) + "\n\n" + body


def render_jbake(meta, body):
    # JBake metadata header: key=value, comma-separated 'tags' (= year + organs), then a ~~~~~~ line.
    out = [
        f"title={meta['title']}",
        f"date={meta['date']}",
        "type=post",
        "status=published",
        f"tags={meta['year']},{','.join(meta['organs'])}",  # same facets as the Hugo taxonomies
    ]
    for k, v in meta.items():
        if k in ("title", "date", "type"):  # JBake's own 'type' must stay 'post'
            continue
        if isinstance(v, list):  # JBake splits only 'tags' on commas
            v = "|".join(x["title"] if k == "annexes" else x["name"] if k == "signatories" else x for x in v)
        out.append(f"{k}={v}")
    out.append("~~~~~~")
    return "\n".join(out) + "\n\n" + body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, required=True, help="number of documents")
    ap.add_argument("-o", "--out", required=True, help="output root (content/ is created inside)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--last-year", type=int, default=2024)
    ap.add_argument("--format", choices=["yaml", "masthead", "jbake"], default="yaml",
                    help="yaml: contract keys plus Hugo taxonomy keys; masthead: contract keys only; jbake: key=value header")
    ap.add_argument("--refs-in-front-matter", action="store_true")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    docs = make_symbols(a.n, rng, a.last_year)
    content = os.path.join(a.out, "content")
    words_total = 0
    for i, d in enumerate(docs):
        meta, body = build_doc(i, docs, rng, a.refs_in_front_matter)
        words_total += len(body.split())
        body = body.replace("SIGNER", meta["signatories"][0]["name"])
        txt = render_jbake(meta, body) if a.format == "jbake" else render_yaml(meta, body, hugo_keys=a.format == "yaml")
        p = os.path.join(content, "S", str(d["year"]), f"{d['number']}.md")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
    print(f"wrote {len(docs)} documents ({docs[0]['symbol']} .. {docs[-1]['symbol']}), "
          f"{words_total} body words, avg {words_total // max(1, len(docs))} words/doc -> {content}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
