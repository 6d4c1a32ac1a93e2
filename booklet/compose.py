"""What the booklet and the meeting handout say, in which order: a :class:`~booklet.model.Document` built from
named queries only, every text set in French typography.

The booklet: a cover, the contents, the introduction the federation writes, the project in brief (its
meetings), the partnership map, how to read a sheet (the analysis grid, criterion by criterion), one sheet
per **validated** practice laid out along the grid's headings in order, the syntheses the federation picks
(conflict cases as counts of stances and outcomes only, open questions, partners' views), a chart of the
scored grid across communes, and indexes by territory and by theme.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from booklet.figures import comparison_png, partnership_graph, partnership_png
from booklet.model import Block, Bullets, Cover, Document, Figure, Heading, PageBreak, Para, Table, Toc
from booklet.typography import french, french_date, french_list, french_month, french_time
from graph import vocabularies as voc
from graph.i18n import counted, t
from graph.store import GraphStore
from graph.text import fold
from queries import QUERIES
from queries.grids import Grid, PracticeSheet, Selection
from queries.meetings import MeetingRecord, QuestionOutcome

HANDOUT_PRACTICES = 7  # a handout is one page: beyond, « and N more »
HANDOUT_QUESTIONS = 4


@dataclass(frozen=True)
class BookletOptions:
    """What the federation puts in the booklet: the practices (``selection``) and the syntheses it picks."""

    selection: Selection = field(default_factory=Selection)
    introduction: str = ""
    conflicts: bool = True
    questions: bool = True
    views: bool = True
    figures: bool = True
    title: str = ""


def f(key: str, **params: object) -> str:
    """A catalogue text in French typography."""
    return french(t(key, **params))


def _labels(vocabulary: voc.Vocabulary, codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(vocabulary.label(code) for code in codes)


# --- the booklet -------------------------------------------------------------------------------------


def compose_booklet(store: GraphStore, options: BookletOptions | None = None, today: dt.date | None = None) -> Document:
    """The whole booklet for ``options``, as of ``today`` (the date on the cover)."""
    options = options or BookletOptions()
    today = today or dt.date.today()
    grid: Grid = QUERIES["grille_capitalisation"](store)
    sheets: list[PracticeSheet] = QUERIES["fiches_pratiques"](store, selection=options.selection, grille=grid.id or None)
    numbers = {sheet.id: n for n, sheet in enumerate(sheets, start=1)}
    blocks: list[Block] = [_cover(store, options, len(sheets), today), Toc(f("livret.toc")),
                           *_introduction(options.introduction), *_project(store, today)]
    if options.figures:
        blocks += _map(store, options.selection)
    blocks += _reading(grid)
    blocks += _practices(sheets, grid)
    if options.conflicts:
        blocks += _conflicts(store)
    if options.questions:
        blocks += _questions(QUERIES["questions_ouvertes"](store), numbers)
    if options.views:
        blocks += _views(store, options.selection)
    if options.figures:
        blocks += _comparison(store)
    blocks += _indexes(sheets, numbers)
    title = french(options.title) or f("livret.title")
    return Document(title, tuple(blocks), f("livret.footer", date=french_date(today.isoformat())))


def _cover(store: GraphStore, options: BookletOptions, count: int, today: dt.date) -> Cover:
    s = options.selection
    territory = french_list([_commune_name(store, code) for code in s.communes]) or f("livret.all_territory")
    themes = _labels(voc.THEME, s.themes) or f("livret.all_themes")
    lines = [f("livret.cover.federation"), f("livret.cover.count", count=count), f("livret.cover.territory", territory=territory),
             f("livret.cover.themes", themes=themes)]
    if s.debut or s.fin:
        lines.append(f("livret.cover.period", debut=french_month(s.debut or "") or "…", fin=french_month(s.fin or "") or "…"))
    if s.rencontres:
        lines.append(f("livret.cover.meetings", meetings=", ".join(s.rencontres)))
    lines.append(f("livret.cover.edition", date=french_date(today.isoformat())))
    return Cover(french(options.title) or f("livret.title"), f("livret.subtitle"), tuple(lines))


def _commune_name(store: GraphStore, code: str) -> str:
    commune = store.get("Commune", code)
    return french(commune["nom"]) if commune else code


def _introduction(text: str) -> list[Block]:
    paragraphs = [french(p.strip()) for p in (text or t("livret.introduction_default")).split("\n\n") if p.strip()]
    return [PageBreak(), Heading(1, f("livret.introduction")), *(Para(p, "lead" if n == 0 else "body")
                                                                for n, p in enumerate(paragraphs))]


def _project(store: GraphStore, today: dt.date) -> list[Block]:
    steps = QUERIES["rencontres_chronologie"](store, today=today)
    blocks: list[Block] = [Heading(1, f("livret.project")), Para(f("livret.project_intro"))]
    if not steps:
        return blocks + [Para(f("livret.no_meeting"), "note")]
    rows = tuple((french_date(s.date), french(s.theme), str(s.presents), str(s.nouveaux), str(s.pratiques),
                  str(s.questions)) for s in steps)
    blocks.append(Table(tuple(f(f"livret.timeline.{c}") for c in ("date", "theme", "present", "new", "practices",
                                                                       "questions")),
                        rows, (0.15, 0.45, 0.1, 0.1, 0.1, 0.1)))
    blocks.append(Bullets(tuple(Para(f(f"livret.principle.{n}")) for n in range(1, 6))))
    return blocks


def _map(store: GraphStore, selection: Selection) -> list[Block]:
    graph = partnership_graph(store, selection.communes)
    png = partnership_png(graph)
    if png is None:
        return []
    centres = sum(1 for n in graph.nodes if n.label == "Centre")
    caption = f("livret.map_caption", centres=counted("centres", centres),
                schools=counted("etablissements", len(graph.nodes) - centres),
                partnerships=counted("partenariats", len(graph.edges)))
    return [PageBreak(), Heading(1, f("livret.map")), Para(f("livret.map_intro")),
            Figure(png, caption, f("livret.map_alt"))]


def _reading(grid: Grid) -> list[Block]:
    items = tuple(Para(french(c.aide) or "", label=french(c.libelle)) for c in grid.criteres)
    return [PageBreak(), Heading(1, f("livret.reading")), Para(f("livret.reading_intro", grid=french(grid.nom))),
            Bullets(items), Para(f("livret.reading_outcome"))]


def _practices(sheets: list[PracticeSheet], grid: Grid) -> list[Block]:
    blocks: list[Block] = [PageBreak(), Heading(1, f("livret.practices")),
                           Para(f("livret.practices_intro", count=len(sheets)))]
    if not sheets:
        blocks.append(Para(f("livret.no_practice"), "note"))
    for n, sheet in enumerate(sheets, start=1):
        blocks += [PageBreak(), *_sheet(n, sheet)]
    return blocks


def _sheet(n: int, sheet: PracticeSheet) -> list[Block]:
    """One practice: title, who and where, its description, the grid's headings in order, outcome, reuse."""
    where = f("livret.sheet.carried", centre=french(sheet.centre), commune=french(sheet.commune))
    schools = french_list([f"{french(s.nom)} ({french(s.commune)}{_priority(s.education_prioritaire)})"
                           for s in sheet.ecoles])
    blocks: list[Block] = [Heading(2, f("livret.sheet.title", n=n, title=french(sheet.titre))),
                           Para(where + (f("livret.sheet.with", schools=schools) if schools else ""), "meta")]
    facts = [f("livret.sheet.themes", themes=_labels(voc.THEME, sheet.themes))]
    if sheet.public:
        facts.append(f("livret.sheet.public", public=_labels(voc.PUBLIC, sheet.public)))
    facts.append(_period(sheet))
    if sheet.rencontre:
        facts.append(f("livret.sheet.presented", date=french_date(sheet.rencontre[1])))
    blocks.append(Para(" · ".join(x for x in facts if x), "meta"))
    if sheet.description:
        blocks.append(Para(french(sheet.description), "lead"))
    for value in sheet.rubriques:
        blocks.append(Heading(3, french(value.critere.libelle)))
        blocks.append(Para(french(_shown(value.valeur, value.critere.echelle)) if value.valeur else f("livret.sheet.empty"),
                           "body" if value.valeur else "note"))
    outcome = voc.PRACTICE_OUTCOME.label(sheet.resultat) if sheet.resultat else f("livret.sheet.no_outcome")
    blocks.append(Para(french(f"{outcome}. {sheet.preuves}" if sheet.preuves else outcome), label=f("livret.sheet.outcome")))
    for name, marks in sheet.notes:
        blocks.append(Table((french(name), f("livret.sheet.mark")),
                            tuple((french(m.critere.libelle), _shown(m.valeur or "", m.critere.echelle)) for m in marks),
                            (0.75, 0.25)))
    for report in sheet.retours:
        text = " ".join(x for x in (f("livret.sheet.report", centre=french(report.centre), commune=french(report.commune),
                                      date=french_month(report.date),
                                      result=voc.PRACTICE_OUTCOME.label(report.resultat).lower()),
                                    french(report.adaptations), french(report.commentaire)) if x)
        blocks.append(Para(text, label=f("livret.sheet.reused")))
    for question in sheet.questions:
        blocks.append(Para(french(question), "body", f("livret.sheet.answers")))
    return blocks


def _priority(code: str) -> str:
    return f", {voc.PRIORITY.label(code)}" if code in ("rep", "rep_plus") else ""


def _period(sheet: PracticeSheet) -> str:
    if sheet.debut and sheet.fin:
        return f("livret.sheet.from_to", debut=french_month(sheet.debut), fin=french_month(sheet.fin))
    return f("livret.sheet.since", debut=french_month(sheet.debut)) if sheet.debut else ""


def _shown(value: str, scale: str) -> str:
    """A value as a reader reads it: « 3 sur 4 », « Oui », or the text."""
    if scale == "note_1_4":
        return t("livret.mark_of_4", mark=value)
    if scale == "oui_non":
        return value.capitalize()
    return value


def _conflicts(store: GraphStore) -> list[Block]:
    stances = QUERIES["synthese_postures"](store)
    blocks: list[Block] = [PageBreak(), Heading(1, f("livret.conflicts")), Para(f("livret.conflicts_intro"))]
    if not stances:
        return blocks + [Para(f("livret.no_case"), "note")]
    header = (f("livret.conflict.stance"), f("livret.conflict.cases"),
              *(french(voc.CONFLICT_OUTCOME.label(code)) for code in voc.CONFLICT_OUTCOME.codes))
    rows = tuple((french(voc.STANCE.label(s.posture)), str(s.cas),
                  *(str(dict(s.issues).get(code, 0)) for code in voc.CONFLICT_OUTCOME.codes)) for s in stances)
    blocks.append(Table(header, rows, (0.36, 0.12, 0.13, 0.13, 0.13, 0.13)))
    asked = {w for s in stances for w, _, _ in s.par_sollicitation}
    who = [code for code in voc.SOLICITED_BY.codes if code in asked]
    cells = tuple((french(voc.STANCE.label(s.posture)),
                   *(_eased({w: (n, e) for w, n, e in s.par_sollicitation}.get(code)) for code in who)) for s in stances)
    blocks += [Para(f("livret.conflicts_by_who")),
               Table((f("livret.conflict.stance"), *(french(voc.SOLICITED_BY.label(code)) for code in who)), cells,
                     (0.34, *([0.66 / len(who)] * len(who))) if who else ()),
               Para(f("livret.conflicts_caution"), "note")]
    return blocks


def _eased(found: tuple[int, int] | None) -> str:
    """« 3 apaisées sur 4 », or a dash when the centres were never asked that way."""
    if not found:
        return "—"
    cases, eased = found
    return f("livret.conflict.eased", count=eased, cases=cases)


def _questions(questions: list[QuestionOutcome], numbers: dict[str, int]) -> list[Block]:
    blocks: list[Block] = [PageBreak(), Heading(1, f("livret.questions")), Para(f("livret.questions_intro"))]
    if not questions:
        return blocks + [Para(f("livret.no_question"), "note")]
    for q in questions:
        blocks.append(Para(french(q.texte), "body", french(voc.QUESTION_STATUS.label(q.etat)) if q.etat else ""))
        facts = []
        answers = [t("livret.sheet_ref", n=numbers[p.id]) if p.id in numbers else french(p.titre) for p in q.reponses]
        if answers:
            facts.append(f("livret.question.answers", answers=french_list(answers)))
        if q.pistes:
            facts.append(f("livret.question.leads", centres=french_list([french(c.nom) for c in q.pistes])))
        if facts:
            blocks.append(Para(" ".join(facts), "meta"))
    return blocks


def _views(store: GraphStore, selection: Selection) -> list[Block]:
    views = QUERIES["avis_partenaires"](store, themes=selection.themes)
    blocks: list[Block] = [PageBreak(), Heading(1, f("livret.views")), Para(f("livret.views_intro"))]
    if not views:
        return blocks + [Para(f("livret.no_view"), "note")]
    by_role: dict[str, list] = defaultdict(list)
    for view in views:
        by_role[view.role].append(view)
    for role, found in by_role.items():
        blocks.append(Para("", "body", french(voc.ROLE.label(role))))
        blocks += [Para(f("livret.view.quote", text=french(v.texte).rstrip(".")), "quote") for v in found]
    return blocks


def _comparison(store: GraphStore) -> list[Block]:
    scored = [g for g in QUERIES["grilles"](store, cible="pratique") if g.scored and g.statut == voc.PUBLISHED]
    if not scored:
        return []
    grid = scored[0]
    png = comparison_png(QUERIES["grille_comparaison"](store, grille=grid.id, par="commune"),
                         f("livret.comparison_chart", grid=french(grid.nom)))
    if png is None:
        return []
    return [PageBreak(), Heading(1, f("livret.comparison")), Para(f("livret.comparison_intro", grid=french(grid.nom))),
            Figure(png, f("livret.comparison_caption"), f("livret.comparison_caption"), 0.85)]


def _indexes(sheets: list[PracticeSheet], numbers: dict[str, int]) -> list[Block]:
    by_place: dict[str, set[int]] = defaultdict(set)
    by_theme: dict[str, set[int]] = defaultdict(set)
    for sheet in sheets:
        for _, name in sheet.communes:
            by_place[name].add(numbers[sheet.id])
        for theme in sheet.themes:
            by_theme[theme].add(numbers[sheet.id])

    def entries(found: dict[str, set[int]], label) -> Bullets:
        return Bullets(tuple(Para(f("livret.index.sheets", sheets=french_list([str(n) for n in sorted(found[key])]),
                                    count=len(found[key])), label=french(label(key))) for key in found))

    places = dict(sorted(by_place.items(), key=lambda pair: fold(pair[0])))
    themes = {code: by_theme[code] for code in voc.THEME.codes if code in by_theme}
    return [PageBreak(), Heading(1, f("livret.index_territory")), Para(f("livret.index_intro")),
            entries(places, lambda name: name), Heading(1, f("livret.index_theme")), entries(themes, voc.THEME.label)]


# --- the handout of a meeting ------------------------------------------------------------------------


def compose_handout(store: GraphStore, rencontre: str, today: dt.date | None = None) -> Document | None:
    """One page for meeting ``rencontre``: when and where, the agenda, the practices to be presented and the open
    questions. None when there is no such meeting."""
    record: MeetingRecord | None = QUERIES["rencontre_bilan"](store, rencontre=rencontre, today=today)
    if record is None:
        return None
    s = record.summary
    title = f("livret.handout.title", date=french_date(s.date))
    blocks: list[Block] = [Heading(1, title), Para(_when_where(record), "meta")]
    if s.theme:
        blocks.append(Para(french(s.theme), "lead"))
    blocks += [Heading(2, f("livret.handout.agenda")), Bullets(tuple(Para(text) for text in _agenda(record)))]
    blocks.append(Heading(2, f("livret.handout.practices")))
    practices = record.pratiques
    if practices:
        items = [Para(f("livret.handout.practice", title=french(p.titre), centre=french(p.centre.nom),
                        commune=french(p.centre.commune))) for p in practices[:HANDOUT_PRACTICES]]
        if len(practices) > HANDOUT_PRACTICES:
            items.append(Para(f("livret.handout.more", count=len(practices) - HANDOUT_PRACTICES), "note"))
        blocks.append(Bullets(tuple(items)))
    else:
        blocks.append(Para(f("livret.handout.no_practice"), "note"))
    blocks += [Heading(2, f("livret.handout.questions")), *_handout_questions(store, record)]
    blocks.append(Para(f("livret.handout.principles"), "small"))
    return Document(title, tuple(blocks), f("livret.handout.footer"), compact=True)


def _when_where(record: MeetingRecord) -> str:
    s = record.summary
    when = french_date(s.date, weekday=True)
    if s.heure_debut and s.heure_fin:
        when += " " + f("livret.handout.hours", start=french_time(s.heure_debut), end=french_time(s.heure_fin))
    elif s.heure_debut:
        when += " " + f("livret.handout.at", start=french_time(s.heure_debut))
    place = ", ".join(french(x) for x in (s.lieu, s.adresse, s.commune) if x)
    return f"{when} — {place}" if place else when


def _agenda(record: MeetingRecord) -> list[str]:
    s = record.summary
    items = [f("livret.handout.welcome", count=s.invites or len(record.presents))]
    if s.pratiques:
        items.append(f("livret.handout.agenda_practices", count=s.pratiques))
    if s.questions:
        items.append(f("livret.handout.agenda_questions", count=s.questions))
    if s.avis:
        items.append(f("livret.handout.agenda_views", count=s.avis))
    items.append(f("livret.handout.agenda_next"))
    return items


def _handout_questions(store: GraphStore, record: MeetingRecord) -> list[Block]:
    """The meeting's own questions still open first, then the other open questions, up to a page's worth."""
    own = [q for q in record.questions if q.ouverte]
    others = [q for q in QUERIES["questions_ouvertes"](store) if q.id not in {o.id for o in record.questions}]
    chosen = (own + others)[:HANDOUT_QUESTIONS]
    if not chosen:
        return [Para(f("livret.handout.no_question"), "note")]
    return [Bullets(tuple(Para(french(q.texte)) for q in chosen))]
