"""What, in a free text, could identify a person: the detector every way into the graph uses.

The graph holds no names of people and no contact details, and nothing that lets a reader recognise a family
(see the domain's data protection). People write free texts (the columns of type ``longtext``, a kind's
:attr:`~graph.schema.NodeKind.narratives`) in the contribution form and in the federation's workbook; both
are read here, by the same code, for:

* **names** (:mod:`graph.names`) — first names of INSEE's list, those that are also words (« Rose », « Pierre »)
  only where the context says a person is meant; the words after a civility (« Mme Diallo », « Mme K. »), after
  « la famille », « la mère de »…, after a first name (« Inès Martin », « Yanis B. »), and pairs of capitalised
  words that are neither ordinary words nor places (« Durand Lefèvre »);
* **e-mail addresses** (« [at] » and « arobase » too); **phone numbers** in every format (read by
  ``phonenumbers``, Google's libphonenumber);
* **addresses**: a number and « rue », « avenue », « bd »…; a street where someone lives (« habite rue des
  Lilas », « Adresse : chemin des Bœufs »); a residence, a block, a tower, a staircase, a flat, a floor
  (« résidence les Tilleuls », « bât. C », « tour 12 », « 3e étage », « Les Jardins de l’Aqueduc, appt 34 »); a
  postcode with its commune (« 95100 Argenteuil », « Argenteuil 95100 »);
* **dates of birth** (« née le 3 mars », « DDN : 12/03/2014 », « Zoé (05/07/14) ») — the day of a call or a
  meeting identifies no one;
* **class names** (« CM2 B », « 6e3 », « la classe des Papillons ») when a school is named, in the text or by
  the case itself; a class that is the only one of its kind in a school named (« l’UPE2A du collège Carnot »);
* **ages** in a text that also gives a class level and names the school (« 11 ans, en 6e au collège Jean
  Moulin »): together, one child.

Names and contact details are looked for in every free text; addresses, dates, classes and ages only in the
texts of kinds that tell about a family (:attr:`~graph.schema.NodeKind.about_families`: conflict cases), where
they could point to one — a practice may well say it started on 5 June 2018.

Each finding has its place in the text, a French explanation and a neutral replacement. Place names of the graph
(communes, schools, centres, quartiers) are not names of people: « école Jules Ferry », « Saint-Brice » and
« Argenteuil » raise nothing. What is found is never repeated as written outside the text itself: reports show
it masked (:func:`mask`).

>>> found = find_identifying("Inès, en CM2 B à l’école des Lilas, au 06 12 34 56 78.")
>>> [(f.kind, f.text) for f in found]
[('prenom', 'Inès'), ('classe', 'CM2 B'), ('telephone', '06 12 34 56 78')]
>>> [mask(f) for f in found]
['I•••', 'C•• B', '06 •• •• •• 78']
>>> find_identifying("La mère est venue voir l’animatrice CLAS de l’école, à Argenteuil, en mars 2019.")
[]
>>> replace_identifying("Appeler Mme Diallo au 06 12 34 56 78.")
'Appeler Mme [nom] au [téléphone].'
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers

from graph import names as person_names
from graph.changes import Change, PutNode, SetLinks
from graph.errors import PasserellesError
from graph.i18n import t
from graph.names import Places, first_names
from graph.schema import KINDS, NodeKind
from graph.store import GraphStore
from graph.text import fold, words
from graph.vocabularies import ALL as VOCABULARIES

__all__ = ["FAMILY", "PERSON", "Finding", "IdentifyingDetails", "Places", "check_texts", "common_words",
           "find_identifying", "first_names", "known_places", "mask", "mask_text", "masked", "place_phrases",
           "relevant", "replace_identifying", "require_anonymous"]

# What identifies a person wherever it is written; and what, in a family's story, could point to the family.
PERSON = frozenset({"prenom", "nom", "courriel", "telephone", "identifiant"})
FAMILY = PERSON | {"adresse", "date", "classe", "age"}
# What else points to a family in a practice's text: its home, a child's age with its class and school (a practice's
# dates and classes are its own, not a family's).
PRACTICE = PERSON | {"adresse", "age"}

# Words that start a sentence or name an institution, a period or a role: never part of a person's name.
_COMMON_TEXT = """
le la les l un une des du de d au aux à a et ou ni mais donc or car que qui quoi dont où ce cet cette ces son sa ses
leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu lui eux y en ne pas plus
selon avec après avant pendant depuis chez pour par sur sous dans entre vers contre sans malgré lors dès jusqu
hier aujourd demain ensuite puis enfin alors ainsi aussi cependant pourtant toutefois néanmoins quand lorsque si
comme parce chaque tout toute tous toutes plusieurs certains certaines aucun aucune autre autres même
cela ceci ça voici voilà oui non très peu bien mal déjà encore toujours jamais souvent parfois ici là
premier première deuxième second seconde troisième dernier dernière nouveau nouvelle nouvel nouveaux
grand grande grands grandes petit petite vieux vieille bon bonne haut haute bas basse nord sud est ouest centre
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
octobre novembre décembre noël pâques toussaint ramadan aïd an nouvel rentrée vacances été hiver automne printemps
madame monsieur mademoiselle mme mlle mr dr docteur maître directeur directrice principal principale proviseur
adjoint adjointe conseiller conseillère cpe professeur professeure maîtresse enseignant enseignante président
présidente coordinateur coordinatrice coordonnateur coordonnatrice référent référente animateur animatrice
infirmière infirmier assistante assistant psychologue médecin éducateur éducatrice inspecteur inspectrice maire
élu élue équipe parent parents famille familles enfant enfants élève élèves
éducation nationale national conseil départemental départementale régional régionale municipal municipale
protection maternelle infantile aide sociale social sociaux sociales enfance maison solidarité solidarités caisse
allocations familiales familiale réussite éducative éducatif programme médico psychologique pédagogique mission
locale pôle emploi france travail secours populaire catholique croix rouge restos cœur ville mairie préfecture
police gendarmerie justice tribunal juge judiciaire jeunesse service services action département région état
république académie académique rectorat inspection association fédération espace vie point accueil écoute café
fête quartier quartiers école écoles collège collèges lycée lycées groupe scolaire élémentaire primaire
maternelles public publique privé privée rep réseau prioritaire prioritaires politique
rue avenue boulevard place allée impasse chemin route quai square résidence cité parc gymnase stade salle
médiathèque bibliothèque foyer tour bâtiment gare saint sainte val oise île seine marne hauts yvelines essonne
paris cergy pontoise sarcelles argenteuil bezons garges gonesse ermont eaubonne taverny
clas alsh pre ase pmi caf cmp cmpp ulis segpa upe2a ent pronote projet charte convention contrat dispositif
aesh avs atsem itep ien dasen erea cio pai pps ppre rased cesc cvl emc aed clsh mjc pjj aemo crip ars sessad
hlm oph qpv mdph rsa dys eps svt cdi ccas ime bts cap bac dnb lp rdv sms tél élém elem mat matern prim coll
tps ps ms gs cp ce1 ce2 cm1 cm2 cycle
rien personne chacun chacune quelqu quiconque celui celle ceux celles certains certaines plusieurs beaucoup
ensemble finalement heureusement malheureusement récemment notamment surtout seulement
bonjour bonsoir salut merci cordialement bienvenue bravo
arabe berbère kabyle tamazight turc kurde dari pachto persan farsi ourdou bengali hindi pendjabi tamoul tamil
cinghalais soninké bambara peul wolof lingala swahili haoussa malgache comorien shimaoré créole romani roumain
portugais espagnol anglais russe ukrainien géorgien arménien albanais chinois mandarin vietnamien tigrinya
amharique somali serbe polonais italien allemand
"""
_STREET = (r"rue|r\.|avenue|av\.?|boulevard|bd|bld|allée|allee|impasse|place|pl\.|chemin|route|quai|cours|square|"
           r"résidence|residence|cité|cite|passage|sentier|villa|voie|rond-point|parvis|esplanade|hameau|"
           r"lotissement|promenade|ruelle|sente|chaussée|galerie|mail|montée|traverse|faubourg|fg|rampe|clos|cour|"
           r"carrefour|venelle|lieu-dit|domaine")
_NAME_WORDS = r"(?:\s+(?:(?:de|du|des|la|le|les)\s+)*(?:[dl]['’])?(?-i:[A-ZÀ-Þ])[\w'’-]*+)+"
# The streets no other word is mistaken for: after a number, their name may be typed in lower case.
_SURE_STREET = r"rue|r\.|avenue|av\.|boulevard|bd|bld|allée|allee|impasse|chemin|quai"
# A street typed in lower case, after a word no other word is mistaken for: « chemin de la ferme ».
_TYPED_STREET = (rf"(?:{_SURE_STREET})(?!\w)\s+(?:(?:de|du|des|la|le|les)\s+)*(?:[dl]['’])?[^\W\d_][\w'’-]*+"
                 r"(?:\s+(?!(?:au|aux|à|a|depuis|avec|et|ou|chez|en|dans|sur|pour|près|le|la|les|de|du|des|elle|il|"
                 r"ils|elles|on|qui|que|mais|donc|puis|est|sont|depuis)\b)[a-zà-ÿ][\w'’-]*+)?")
_ADDRESS = re.compile(rf"\b(?:n°\s*)?\d{{1,4}}\s*(?:bis|ter)?\s*,?\s+(?:(?:{_STREET})(?!\w){_NAME_WORDS}|"
                      rf"{_TYPED_STREET}(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*+)*)", re.IGNORECASE)
# A street without a number, where someone lives: « elle habite rue des Lilas », « domiciliée avenue Foch ».
_LIVES_ON = re.compile(rf"\b(?:habite|habitent|habitait|habitaient|vit|vivent|vivait|domicilié|domiciliée|"
                       rf"domiciliés|demeurant|demeure|demeurent|réside|résident|résidait|résidant|logé|logée|logés|logent|installée?s?|(?:adresse|domicile)\s*:|"
                       rf"déménagée?s?|demenagee?s?|emménagée?s?|emmenagee?s?|relogée?s?|hébergée?s?|vivant)"
                       rf"\s+(?:au\s+|à\s+la\s+|"
                       rf"dans\s+la\s+|sur\s+l['’]|en\s+)?((?:{_STREET})(?!\w){_NAME_WORDS}|"
                       rf"aux{_NAME_WORDS}|{_TYPED_STREET})", re.IGNORECASE)
# A street named where a family lives, said in other words than a verb: « la famille X, allée des Colibris »,
# « le foyer de travailleurs de la rue du Chemin Vert », « installée sur le terrain de la route de Gonesse ».
_HOME_WORDS = re.compile(r"\b(?:famille|familles|foyer|domicile|logement|appartement|terrain|campement|squat|"
                         r"hôtel(?!\s+de\s+ville)|"
                         r"hébergée?s?|logée?s?|installée?s?|habitent|habite|abitent|abite|vivent|vit|domiciliée?s?|demeurant|"
                         r"voisins?|voisines?|réside|résident|résidait|résidant|demeure|demeurent|déménagée?s?|emménagée?s?|courrier|(?-i:Mme|Mlle|Madame|Monsieur|M\.)|"
                         r"chez\s+(?:eux|elle|lui|la\s+famille|"
                         r"les\s+parents|la\s+mère|le\s+père))\b",
                         re.IGNORECASE)
_PUBLIC_WORDS = re.compile(r"\b(?:mairie|association|hôtel\s+de\s+ville|centre\s+social|centre|salle|gymnase|école|"
                           r"collège|lycée|médiathèque|bibliothèque|locaux|siège|permanences?|bureaux?|"
                           r"(?<!d['’])accueil|maison\s+de\s+quartier|local|rendez-vous|"
                           r"réunion|rencontre)\b", re.IGNORECASE)
_STREET_NAMED = re.compile(rf"\b(?:{_SURE_STREET}|route|chemin|cours|square|passage|sentier|villa|sente)(?!\w)"
                           rf"{_NAME_WORDS}", re.IGNORECASE)
# A form's field that names a person, and its value (up to the next field or the end of the line).
_LABELLED = re.compile(r"\b(Nom(?:\s+de\s+famille)?|NOM|Prénom|PRÉNOM|Prenom|PRENOM|Nom\s+et\s+prénom|Enfant|ENFANT|"
                       r"Élève|Eleve|ÉLÈVE|Mère|Père|Parent|Responsable(?:\s+légal)?)\s*:[ \t]*"
                       r"([^\W\d_][\w'’-]*(?:[ \t](?!(?:Prénom|PRÉNOM|Prenom|Nom|NOM|Né|Née|Classe|Âge|Age)\b)"
                       r"[^\W\d_][\w'’-]*){0,2})")
# A field that names the member of staff or the person a line is about: « ANIMATRICE : CHRISTELLE NOËL »,
# « Référente : Nadia Benali », « Rédigé par : … » — a name when it is no ordinary word (« Référente : la CPE »).
_ROLE_FIELD = re.compile(r"^[ \t•*-]*(?i:animat(?:eur|rice)s?|référent(?:e|es|s)?|referent(?:e|es|s)?|"
                         r"coordinat(?:eur|rice)s?|coordonnat(?:eur|rice)s?|intervenant(?:e|es|s)?|bénévoles?|"
                         r"benevoles?|contacts?|responsables?|rédigé\s+par|redige\s+par|rédact(?:eur|rice|ion)|"
                         r"signé|signe|par|de|personnes?\s+(?:à\s+)?contacter|médiat(?:eur|rice)|stagiaire|"
                         r"porteu(?:r|se)(?:\s+du\s+projet)?)[ \t]*:[ \t]*"
                         r"([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})", re.MULTILINE)
# The initials that sign a text or a line: « Rédaction : A.K. et M.R. », « relu par J.-P. D. ».
# The initials are looked for first (few texts have any), then what stands before them.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.-?[ \t]?){1,3}(?![A-Z]\.)")  # not « C.C.A.S. »
_SIGNED_BEFORE = re.compile(r"\b(?i:rédaction|redaction|rédigée?s?\s+par|redigee?s?\s+par|rédact(?:eur|rice)s?|"
                            r"auteur(?:e|s|es)?|autrices?|signée?s?|relue?s?\s+par|relecture|écrit\s+par)"
                            r"[ \t]*:?[ \t]*(?:(?:[A-Z]\.-?[ \t]?){1,3}[ \t]*(?:et|,|&)[ \t]*){0,4}$")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # « Contact : C.C.A.S. », an organisation
# Who speaks in a team's thread: « [09:13] léa : », « 17h50 - Samia : ».
_SPEAKER = re.compile(r"^[ \t]*[\[(]?\d{1,2}[:h]\d{2}[\])]?[ \t]*[-–]?[ \t]*<?"
                      r"([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’.-]*)?)>?[ \t]*:", re.MULTILINE)
# Who speaks without a time: a word that opens two lines or more, before « : ».
_LINE_SPEAKER = re.compile(r"^[ \t]*([^\W\d_][\w'’-]*)[ \t]?:[ \t]", re.MULTILINE)
# A nickname: « surnommé « Pitbull » », « alias "la Reine" ».
# After « appelle » or « , dit », only a name with a capital: « ce qu’on appelle « l’aller-vers » » is a word.
_NICKNAME = re.compile(r"(?:\b(?:surnommée?s?|surnomme|surnomment|surnom|sobriquet|alias)|"
                       r"((?<![sS]['’])\b(?:l['’]\s*)?appell(?:e|ent)|\bappelée?s?|,\s*dite?s?))"  # not « s’appelle »
                       r"\s*:?\s*[«\"“]\s*([^»\"”\n\[]{2,30}?)\s*[»\"”]", re.IGNORECASE)
# « ce qu’on appelle « … » », « ce que nous appelons »: a thing named, not a person (« que tout le monde appelle
# « titi » »).
_A_THING_CALLED = re.compile(r"\bce\s+qu(?:e|['’])", re.IGNORECASE)
# A table typed as text: its columns about a person (« Famille | Élève | École »).
_PERSON_COLUMNS = frozenset({"famille", "familles", "nom", "noms", "prenom", "prenoms", "eleve", "eleves", "enfant",
                             "enfants", "parent", "parents", "jeune", "jeunes", "personne", "personnes", "mere",
                             "pere", "responsable", "interlocuteur", "interlocutrice", "beneficiaire", "usager"})
_CIVILITY_WORDS = frozenset({"m", "mme", "mmes", "mr", "mlle", "madame", "monsieur", "mademoiselle"})
# A residence, a block, a tower, a social hotel named: « résidence les Tilleuls », « cité des Grandes Terres »,
# « tour Utrillo », « hôtel Les Glycines ».
_RESIDENCE = re.compile(r"\b(?:résidence|residence|résid\.|rés\.|res\.|cité|immeuble|lotissement|hameau|tour|barre|foyer|"
                        r"îlot|ilot|bâtiment|batiment|hôtel|hotel)"
                        r"(?:\s+(?:sociale?|meublée?|familiale?|maternelle|d['’]urgence|d['’]insertion|temporaire))?"
                        r"(?:\s+(?:les|des|du|de\s+la|de\s+l['’]|de|la|le|"
                        r"l['’]|d['’]))?\s*(?!(?i:éducative|educative|scolaire|universitaire|judiciaire|ville|police|"
                        r"région|département|agglomération|préfecture)\b)"
                        r"(?-i:[A-ZÀ-Þ])[\w'’-]*+(?:\s+(?:(?:de|du|des|la|le|les)\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*+)*",
                        re.IGNORECASE)
# Typed in lower case after a word that says it is a home: « res. les glycines », « cité des bosquets ».
_RESIDENCE_TYPED = re.compile(r"\b(?:résidence|residence|résid\.|rés\.|res\.|cité|cite)\s+(?:les|des|du|de\s+la|"
                              r"de\s+l['’]|la|le|l['’])\s*[^\W\d_][\w'’-]{2,}(?:\s+(?:de|du|des)\s+[^\W\d_][\w'’-]{2,})?",
                              re.IGNORECASE)
_DWELLING = re.compile(r"\b(?:appartement|appart\.?|appt\.?|apt\.?|logement|bâtiment|batiment|bat\.?|bât\.?|"
                       r"escalier|esc\.|hall|porte|tour|entrée|cage|chambre|ch\.)\s*(?:n°\s*|no\.?\s*)?"
                       r"(?-i:[A-Z]\d{0,3}|\d{1,4}(?:\s?(?-i:[A-Z])\b)?)(?![\w-])|"
                       r"\b(?:\d{1,2}\s?(?:e|è|ème|eme|er)|(?:premier|deuxième|second|troisième|quatrième|cinquième|"
                       r"sixième|septième|huitième|neuvième|dixième|onzième|douzième))\s+étage\b", re.IGNORECASE)
# A named place right before a flat, a block or a staircase: « Les Jardins de l’Aqueduc, appt 34 ». The unit is
# looked for first, the name in the few words before it (a name looked for everywhere would be tried at every
# capital of a long text).
_UNIT_AFTER = re.compile(r"\s*,\s*(?:appt|appart|appartement|apt|bât|bat|bâtiment|batiment|escalier|esc|porte|"
                         r"\d{1,2}\s?(?:e|è|ème)\s+étage)\b")
_NAMED_BEFORE = re.compile(r"(?<![\w'’])(?:(?:Les|Le|La|L['’])\s*)?[A-ZÀ-Þ][\w'’-]*+(?:\s+(?:(?:de|du|des|la|le|les|"
                           r"d['’]|l['’])\s*)*[A-ZÀ-Þ][\w'’-]*+)*+$")
# A postcode beside its commune: « 95100 Argenteuil », « Argenteuil 95100 », « Argenteuil (95100) » — the code.
_DEPARTEMENT_CODE = r"(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])\s?\d{3}"
_POSTCODE = re.compile(rf"\b{_DEPARTEMENT_CODE}\b(?=\s+(?:cedex\s+)?(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)
_POSTCODE_AFTER = re.compile(rf"\b((?-i:[A-ZÀ-Þ])[\w'’-]*+)\s*\(?\s*({_DEPARTEMENT_CODE})\b", re.IGNORECASE)
_POSTCODE_TYPED = re.compile(rf"\b({_DEPARTEMENT_CODE})\s+([a-zà-ÿ][\w'’-]+)")  # « 13014 marseille »
_MONTHS = (r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
           r"decembre|janv\.?|févr\.?|fevr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?|dec\.?")
# Numbers in words: a date dictated (« le premier mars deux mille quatorze »), a phone number (« zéro six… »).
_NUMBER_WORDS = (r"zéro|zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
                 r"seize|vingts?|trente|quarante|cinquante|soixante|cent|et")
_IN_WORDS = rf"(?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}))*"
_FULL_DATE = re.compile(
    rf"\b(?:(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"(?:1er|[12]?\d|3[01])\s+(?:{_MONTHS})\s+\d{{4}}\b)", re.IGNORECASE)
# A date dictated in words: its month and its year are looked for first (few texts have any), then its day before.
_SPOKEN_YEAR = re.compile(rf"\b(?:{_MONTHS})\s+(?:deux\s+mille|mille|mil)(?:[\s-]+(?:{_NUMBER_WORDS})\b)*",
                          re.IGNORECASE)
_SPOKEN_DAY = re.compile(rf"\b(?:premier|1er|[12]?\d|3[01]|{_IN_WORDS})\s+$", re.IGNORECASE)
_BIRTH = re.compile(rf"\b(?:né|née|nés|nées|naissance)\b[^.\n]{{0,12}}?\b(?:(?:1er|[12]?\d|3[01])\s+(?:{_MONTHS})"
                    rf"(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b", re.IGNORECASE)
# A date is a date of birth after the words that say so (« DDN : », « date de naissance de l’enfant : »), or in
# brackets right after a name (« Zoé (05/07/14) »); the date of a call or a meeting identifies no one.
_BIRTH_BEFORE = re.compile(r"\b(?:né|née|nés|nées|ne|nee|naissance|ddn|d\.d\.n|dn)\b[^.\n]{0,25}$", re.IGNORECASE)
# Or further before it, with no number between: « DDN de Marine (pour le dossier d’inscription) : 02/08/2009 ».
_BIRTH_FAR = re.compile(r"\b(?:ddn|date\s+de\s+naissance)\b", re.IGNORECASE)
_CLAUSE_OR_NUMBER = re.compile(r"[.\n\d]")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?-i:[A-ZÀ-Þ])[\w'’-]+)\s*\(\s*$")
_CLASS = re.compile(r"\b(?:(?:(?:CE1|CE2|CM1|CM2)\s?-?\s?|(?:T?PS|MS|GS|CP)(?:\s-?\s?|-\s?))(?:[A-Z]|\d{1,2})|"
                    r"[3-6]\s?(?:e|è|ème|eme)\s?-?\s?(?:[A-Z]|\d{1,2})|"
                    r"(?:2nde|seconde|1ère|1re|première|terminale|Tle)\s?-?\s?(?:[A-Z]|\d{1,2})|"
                    r"(?i:classe)\s+(?:des|du|de\s+la|de\s+l['’])\s*[A-ZÀ-Þ][\w'’-]*+)(?![\w/])")
# A class that is the only one of its kind in the school it names: « l’UPE2A du collège Carnot », « 6e SEGPA au
# collège Jean Moulin », « 3e prépa-métiers du collège Jean Lurçat ».
_ONLY_CLASS = re.compile(r"\b(?:(?:[3-6]\s?(?:e|è|ème)\s+)?(?:UPE2A|UP2A|ULIS|SEGPA|prépa[\s-]métiers|prépa[\s-]pro)|"
                         r"CHAM)\s+(?:du|au|de\s+l['’]|de\s+la|à\s+l['’]|à\s+la|de)\s*(?:école|collège|lycée|"
                         r"groupe\s+scolaire)\s+(?:(?:élémentaire|maternelle|primaire|professionnel|privé|privée)\s+)?"
                         r"(?:(?:des|du|de\s+la|de|d['’]|l['’])\s*)?(?-i:[A-ZÀ-Þ])[\w'’-]*+"
                         r"(?:\s+(?:(?:de|du|des|la|le|les|d['’]|l['’])\s*)*(?-i:[A-ZÀ-Þ])[\w'’-]*+)*", re.IGNORECASE)
_SCHOOL = re.compile(r"\b(?:école|ecole|collège|college|lycée|lycee|groupe scolaire|maternelle|élémentaire)\b",
                     re.IGNORECASE)
# A school level (« CM2 », « 6e », « en seconde »), and a school named (« collège Jean Moulin », « école des Lilas »).
_LEVEL = re.compile(r"\b(?:T?PS|MS|GS|CP|CE1|CE2|CM1|CM2|(?i:cp|ce1|ce2|cm1|cm2)|ULIS|SEGPA|[3-6]\s?(?:e|è|ème|eme)|"
                    r"(?:en|de)\s+(?:2nde|seconde|1ère|1re|première|terminale)|(?i:grande|moyenne|petite)\s+section)"
                    r"\b(?!\s+étage)")
_NAMED_SCHOOL = re.compile(r"\b(?:école|ecole|collège|college|lycée|lycee|groupe scolaire|maternelle|"
                           r"élémentaire|elementaire)\s+(?:(?:maternelle|"
                           r"élémentaire|elementaire|primaire|professionnel|général|privé|privée|public|publique|"
                           r"des|du|de\s+la|de|d['’]|l['’]|le|la|les)\s*)*(?-i:[A-ZÀ-Þ])", re.IGNORECASE)
# A school named in a quick note, in lower case: « ecole victor hugo », « collège jean moulin » — not « l’école
# primaire », « le collège du secteur ».
_NOT_A_SCHOOL_NAME = (r"(?!(?:de|du|des|la|le|les|et|en|à|a|au|pour|avec|ce|cette|mais|ou|qui|que|est|sont|où|sur|"
                      r"dans|par|maternelle|élémentaire|elementaire|primaire|publique?|privée?|voisine?|proche|"
                      r"professionnel|général|secteur|quartier|d['’]|l['’])\b)")
_TYPED_SCHOOL = re.compile(rf"\b(?:école|ecole|collège|college|lycée|lycee)\s+{_NOT_A_SCHOOL_NAME}([a-zà-ÿ]{{3,}})\s+"
                           rf"([a-zà-ÿ]{{3,}})", re.IGNORECASE)
# The same, by one word that is no ordinary word, where a place is meant: « à l’école gallia » (not « l’école
# souhaite »).
_TYPED_SCHOOL_WORD = re.compile(rf"\b(?:(?:à|a|de|dans)\s+l['’]\s*(?:école|ecole)|(?:au|du)\s+(?:collège|college|"
                                rf"lycée|lycee))\s+{_NOT_A_SCHOOL_NAME}([a-zà-ÿ]{{4,}})\b", re.IGNORECASE)
# A school said by its name only, after a level: « 6eme a Gerard Philipe », « en CM1 à Jean Jaurès ».
_LEVEL_AT = re.compile(r"\b(?:T?PS|MS|GS|CP|CE1|CE2|CM1|CM2|[3-6]\s?(?:e|è|ème|eme))\s+(?:à|a|au\s+collège|chez)\s+"
                       r"([A-ZÀ-Þ][\w'’-]+)(?:\s+([A-ZÀ-Þ][\w'’-]+))?", re.IGNORECASE)
_AGE = re.compile(r"(?<![\w,.])(\d{1,2})\s?(?i:ans)\b(?!\s+(?:de\s+suite|d['’]|plus\s+tard|après|avant|plus\s+tôt))")
_NOT_AN_AGE = re.compile(r"(?:depuis|pendant|durant|il\s+y\s+a|dans|pour|sur|après|avant|plus\s+de|moins\s+de|"
                         r"tous\s+les|chaque|entre|de\s+\d{1,2}\s+à|\d{1,2}\s*(?:à|-|–)|ces|des|les|"
                         r"environ|vers|dès|à\s+partir\s+de|a\s+partir\s+de|jusqu['’]à|jusqu['’]a|"
                         r"avant\s+l['’]âge\s+de)\s*$", re.IGNORECASE)  # « obligatoire dès 3 ans »: no one
# E-mail addresses, as written and as disguised: « prenom.nom@gmail.com », « nom [at] laposte.net », « arobase ».
_AT = r"(?:@\s?|\s@\s|\s?[\[({]\s?(?:at|arobase|@)\s?[\])}]\s?|\s+(?:arobase|at)\s+)"
_DOT = r"(?:\.|\s\.\s|\s?[\[({]\s?(?:dot|point|\.)\s?[\])}]\s?|\s+(?:point|dot)\s+)"
# Matches start at a word's beginning only: a long run of letters without « @ » is read once, not once per letter.
# The mailboxes of an organisation, not of a person: « contact@… », « accueil@… ».
_OFFICES = r"contact|accueil|info|infos|secretariat|secrétariat|direction|communication|administration|clas"
_SHARED_MAILBOX = re.compile(rf"(?:{_OFFICES}|bonjour|famille|familles)(?:@|\s?[\[(])", re.IGNORECASE)
_EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+(?:\s\.\s[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:[a-z]{{2,6}})\b",
                    re.IGNORECASE)
# Identifiers that point to one person anywhere: a social network's handle (« @lina_95 », « la_vraie_lina95 »,
# « lesbg.du.95 » — an underscore, or dots with a number, are not French prose), a car's plate (« EF-318-QZ »,
# « 123 ABC 95 » after « immatriculée »), a file or benefit number (seven digits and more, a social security
# number, what follows « n° allocataire », « INE »…).
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)(?![\w.]*\()|"  # not « @SUM(1+1) »
                     r"(?<![\w@.])(?=[A-Za-z0-9]*_)[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+(?![\w@])|"
                     r"(?<![\w@.])(?=[A-Za-z.]*\d)(?=(?:[\d.]*[A-Za-z]){3})[A-Za-z0-9]+(?:\.[A-Za-z0-9]+){2,}(?![\w@])")
_PLATE = re.compile(r"(?<![\w-])(?-i:[A-Z]{2})[- ]?\d{3}[- ]?(?-i:[A-Z]{2})(?![\w-])|"
                    r"(?<![\w-])[a-z]{2}-\d{3}-[a-z]{2}(?![\w-])|"  # typed in lower case: « gh-512-kt »
                    r"(?<=immatriculée\s)\d{1,4}\s?[A-Z]{2,3}\s?\d{2}\b|(?<=immatriculé\s)\d{1,4}\s?[A-Z]{2,3}\s?\d{2}\b|"
                    r"(?<=plaque\s)\d{1,4}\s?[A-Z]{2,3}\s?\d{2}\b")
_NUMBER = re.compile(r"(?<![\d,.])\d{7,}(?![\d,.]\d)(?![A-Za-z])|"
                     r"(?<!\d)[12]\s?\d{2}\s?(?:0[1-9]|1[0-2])\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?(?!\d)|"
                     r"(?<=\b(?:INE|ine)\s)\s*:?\s*[0-9A-Z]{8,12}\b|"
                     r"(?i:(?:n°|num(?:éro|ero)?\.?|no\.?|référence|reference|réf\.?|ref\.?)\s*(?:d['’]\s*|de\s+|du\s+)?"
                     r"(?:allocataire|caf|sécu|secu|sécurité\s+sociale|securite\s+sociale|dossier|ine|fiscal|identifiant|"
                     r"passeport|titre\s+de\s+séjour|carte\s+vitale|étranger|etranger|agdref)"
                     r"(?:\s+(?-i:[A-Z]{2,5}))?\s*:?\s*)\(?((?=[0-9A-Z /-]*\d{4})[0-9A-Z][0-9A-Z /-]{4,20}[0-9A-Z])|"
                     r"(?i:(?:dossier|identifiant|matricule|allocataire)\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}"
                     r"(?:n°|no\.?|numéro|num\.?)?\s*(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}:?\s*)\(?"
                     r"(?!(?:19|20)\d\d\s?[/-]\s?(?:19|20)?\d\d\b)"  # not « 2023-2024 »
                     r"((?=[0-9A-Z/-]*\d{4})[0-9A-Z][0-9A-Z/-]{4,20}[0-9A-Z])")
# A handle named by its network: « snap : yas.bkc », « insta kenzaa », « compte « sarcelles.kingz » » — not an
# organisation's own account (« @cs_lesvignes_officiel », a town hall's, a school's).
_NETWORK_HANDLE = re.compile(r"\b(?i:snap|snapchat|insta|instagram|tiktok|tik\s?tok|facebook|fb|twitter|discord|"
                             r"telegram|threads|bereal)(?!\w)\s*(?:(?:[:=]|-)\s*[«\"“]?|[«\"“]|(?=\S*(?:[._]\w|[\d@])))\s*"
                             r"(@?[\w.]{3,30}\w)|"
                             r"\b(?i:compte|pseudo|profil)\s*(?::|\s)\s*[«\"“]?\s*(@?(?=[\w.]*(?:[._]\w|\d))[\w.]{3,30}\w)")
_ORGANISATION = re.compile(r"centre|^@?cs_|_cs_|^@?evs\b|mairie|ville|college|ecole|asso|federation|mjc|lycee|caf",
                           re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+")
_SLASHED_PHONE = re.compile(r"(?<![\d/])0[1-9](?P<sep>/)\d{2}(?:(?P=sep)\d{2}){3}(?![\d/])")
# A number dictated in words: « zéro six trente-neuf quatre-vingt-dix-huit… » (a phone number starts with zero).
_SPOKEN_PHONE = re.compile(rf"\b(?:zéro|zero|0\d)(?:[\s,.-]+(?:{_NUMBER_WORDS}|\d{{1,2}})\b){{5,}}(?<!\bet)", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")  # « 01 99 00 32 15 (accueil du centre) »
_SWITCHBOARD = re.compile(r"\bstandard\b[^.\n\d]{0,30}$", re.IGNORECASE)
# An organisation's own line or mailbox (« Standard du collège pour les inscriptions : 04… », « le secrétariat reste
# joignable au 01… », « ISM Interprétariat, ligne 01… », « De : ce.0951234X@ac-versailles.fr »): the clause names
# an office and no person (« la mère, au 01… », « école (directrice) : 01… », « ligne directe »).
_OFFICE = re.compile(r"\b(?:standard|accueil|secrétariat|secretariat|vie\s+scolaire|loge|permanences?|service|"
                     r"plateforme|interprétariat|interpretariat|centre|mairie|collège|college|école|ecole|lycée|lycee|"
                     r"association|asso|caf|cpam|pmi|ccas|numéro\s+vert|établissement|etablissement)\b", re.IGNORECASE)
_PERSON_SAID = re.compile(r"\b(?:mme|m|mr|madame|monsieur|mlle|mère|mere|père|pere|maman|papa|parents?|famille|"
                          r"fils|fille|grand-mère|grand-père|tante|oncle|frère|frere|sœur|soeur|son|sa|ses|leur|"
                          r"perso|personnel(?:le)?|portable|mobile|directe?|fixe|domicile|directrice|directeur|"
                          r"principale?|proviseure?|cpe|référente?|referente?|professeure?|prof|animat(?:eur|rice)|"
                          r"lui|elle|il|joindre\s+(?:la|le))\b", re.IGNORECASE)
# The end of a sentence: not the dot of « M. », « tél. ».
_CLAUSE_START = re.compile(r"(?<![\s(][^\W\d_])(?<![Tt][ée]l)[.!?](?=\s)|\n")
# An office's mailbox at its organisation: a school's (« ce.0951234X@… »), or a function then more, at no personal
# provider's domain (« secretariat.clg-vilar@ac-lille.fr », not « direction.ecole.curie@gmail.com »).
_OFFICE_MAILBOX = re.compile(rf"(?:[a-z]+[.-])?\d{{7}}[a-z]@|(?:{_OFFICES})[._-][\w.-]*@(?!(?:gmail|googlemail|yahoo|"
                             r"ymail|hotmail|outlook|live|msn|laposte|free|orange|sfr|wanadoo|neuf|bbox|icloud|me|aol|"
                             r"gmx|protonmail|proton)\.)", re.IGNORECASE)
# A postcode right after a home's street: « 4 allée des Lilas, 95100 », « 5 impasse des Pins 31600 ».
_POSTCODE_NEXT = re.compile(rf"[ \t]*,?[ \t]*({_DEPARTEMENT_CODE})\b")
# A child's age said of one child (« il a neuf ans », « Lina, 7 ans et demi, »), near a level: one child.
_AGE_WORDS = (r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|"
              r"dix-huit")
# « ans » is looked for first (few texts have many), then what stands before it and after it.
_YEARS = re.compile(r"\bans\b(?:\s+et\s+demi\b)?", re.IGNORECASE)
_ONE_CHILD_BEFORE = re.compile(rf"(?:\b(?:il|elle)\s+a\s+|[^\W\d_]\s*[,(]\s*)((?:\d{{1,2}}|\b(?:{_AGE_WORDS}))\s?)$",
                               re.IGNORECASE)
_LEVEL_NEAR = 80
# A floor said in words at the end of a clause, right after a home (« bâtiment les Mouettes, au troisième »; not
# « 6 parents contre 3 au premier »).
_FLOOR_WORDS = re.compile(r"\b(?:au|du)\s+(premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|"
                          r"huitième|neuvième|dixième|onzième|douzième)(?=\s*(?:[.,;)!?\n]|$))", re.IGNORECASE)
_DWELLING_BEFORE = re.compile(r"\b(?:bâtiment|batiment|bât|bat|tour|résidence|residence|immeuble|escalier|"
                              r"appartement|appart|logement|habite|habitent|abite|vit|vivent|logée?s?)\b[^.;\n]{0,40}$",
                              re.IGNORECASE)
# A tower typed in lower case, named after a person (« la tour salvador allende »), in a sentence about a home.
_TOWER_TYPED = re.compile(r"\btour\s+([a-zà-ÿ]{3,})\s+([a-zà-ÿ]{3,})")
# A home's number dictated in words: « elle habite au douze rue Paul Éluard ».
# The street is looked for first, then its number in words before it.
_STREET_AFTER_NUMBER = re.compile(rf"\b(?:{_SURE_STREET})(?!\w){_NAME_WORDS}", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"\b(?!une?\b)(?:{_IN_WORDS})\s+(?:(?:bis|ter)\s+)?$", re.IGNORECASE)
# A plate in the old format, after the word that says so: « sa plaque (3947 TR 76) ».
_OLD_PLATE = re.compile(r"\b(?i:plaques?|immatricul\w*)\s*[(:]?\s*(\d{1,4}\s?[A-Z]{2,3}\s?\d{2})\b")
# A name spelled letter by letter: « b o u k h a r i », « D I A L L O ».
_SPELLED = re.compile(r"(?<![\w'’])(?:[^\W\d_] ){4,}[^\W\d_](?![\w'’])")
_ORDER = ("courriel", "telephone", "identifiant", "adresse", "date", "classe", "age", "nom", "prenom")


@dataclass(frozen=True)
class Finding:
    """Something in a text that could identify a person: what kind, where (``start``–``end``), the text itself."""

    kind: str      # prenom, nom, courriel, telephone, adresse, date, classe, age
    start: int
    end: int
    text: str
    field: str = ""

    @property
    def explanation(self) -> str:
        return t(f"contributions.privacy.explain.{self.kind}", text=self.text)

    @property
    def placeholder(self) -> str:
        return t(f"contributions.privacy.placeholder.{self.kind}")


class IdentifyingDetails(PasserellesError):
    """Texts that still hold something that could identify a person: nothing is saved."""

    key = "contributions.privacy.refused"

    def __init__(self, findings: list[Finding]) -> None:
        shown = ", ".join(f"« {mask(f)} » ({t(f'contributions.privacy.kind.{f.kind}').lower()})" for f in findings)
        super().__init__(self.key, count=len(findings), found=shown)
        self.findings = findings


@cache
def common_words() -> frozenset[str]:
    """Ordinary words (folded): the list above, and every word of the vocabularies and of the schema's labels."""
    found = {fold(w) for w in _COMMON_TEXT.split()}
    for vocabulary in VOCABULARIES:
        for term in vocabulary.terms:
            for spelling in (term.label, *term.aliases):
                found.update(words(spelling).split())
    for kind in KINDS.values():
        for text in (kind.title, kind.plural, *(p.label for p in kind.props)):
            found.update(words(text).split())
    return frozenset(found | _plurals(found))


def _plurals(singular: Iterable[str]) -> set[str]:
    """The plurals of ordinary words (« petits », « journaux »): a word in the plural is no more a name than in the
    singular (« Les Petits Débrouillards »)."""
    found = set()
    for word in singular:
        if len(word) >= 3 and word.isalpha():
            found.add(word[:-2] + "aux" if word.endswith("al") else word + "x" if word.endswith("eau") else word + "s")
    return found


# --- known places: names of the graph that are not people -----------------------------------------------------

_GENERIC = person_names.PLACE_WORDS | {"les", "le", "la", "l", "des", "du", "de", "d", "vie", "sociale", "sociaux"}


def place_phrases(names: Iterable[str]) -> Places:
    """Word sequences (folded) that name places: each name whole, and without its generic head
    (« École élémentaire Jules Ferry » also gives « jules ferry »)."""
    found: set[tuple[str, ...]] = set()
    for name in names:
        for part in re.split(r"\s[-–—]\s|,", name):
            tokens = tuple(fold(w) for w in _TOKEN.findall(part))
            while tokens and tokens[0] in _GENERIC:
                tokens = tokens[1:]
            if len(tokens) > 1:
                found.add(tokens)
    return frozenset(found)


def known_places(store: GraphStore) -> Places:
    """The place phrases of the graph: communes, schools, centres, quartiers and networks."""
    return place_phrases(str(props.get("nom") or "") for label in ("Commune", "Ecole", "Centre", "Qpv", "Reseau")
                         for props in store.nodes(label))


# --- finding --------------------------------------------------------------------------------------------------


def find_identifying(text: str, places: Places | Callable[[], Places] = frozenset(),
                     school: bool = False) -> list[Finding]:
    """Everything in ``text`` that could identify someone, in reading order.

    ``places`` are the place phrases of the graph (:func:`known_places`), or a function that gives them: it is
    called only when the text holds a name that a place could explain, since a place only ever protects words
    from being taken for a name (most texts hold none, and reading every place of the graph is not free).
    ``school`` says that the case already names a school (its ``uai``), which makes a class name identifying
    even if the text names none.
    """
    found: list[Finding] = []
    sentences = _Sentences(text)
    found += [Finding("courriel", m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)
              if not _SHARED_MAILBOX.match(m.group()) and not (
                  _OFFICE_MAILBOX.match(m.group()) and not _PERSON_SAID.search(_clause_of(text, m.start(), m.end())))]
    found += _phones(text)
    found += _identifiers(text)
    found += [Finding("adresse", m.start(), m.end(), m.group().rstrip()) for m in _ADDRESS.finditer(text)
              if not sentences.public(m.start())]
    found += _labelled(text)
    found += _said_by(text)
    found += _table_cells(text)
    found += [Finding("adresse", m.start(1), m.end(1), m.group(1).rstrip()) for m in _LIVES_ON.finditer(text)]
    found += [Finding("adresse", m.start(), m.end(), m.group())
              for pattern in (_RESIDENCE, _RESIDENCE_TYPED, _DWELLING, _POSTCODE) for m in pattern.finditer(text)
              if not sentences.public(m.start())]  # the centre's « 1er étage », a school's block
    found += _before_unit(text, places)
    found += _streets_at_home(text, sentences)
    found += _home_in_words(text, sentences)
    found += _postcodes_after(text, [f for f in found if f.kind == "adresse"])
    found += [Finding("adresse", m.start(2), m.end(2), m.group(2)) for m in _POSTCODE_AFTER.finditer(text)
              if fold(m.group(1)) in person_names.commune_names()  # « Argenteuil 95100 », not « Environ 13 700 »
              and not sentences.public(m.start())]
    found += [Finding("adresse", m.start(1), m.end(1), m.group(1)) for m in _POSTCODE_TYPED.finditer(text)
              if fold(m.group(2)) in person_names.commune_names() and not sentences.public(m.start())]
    found += _births(text)
    if school or _SCHOOL.search(text):
        found += [Finding("classe", m.start(), m.end(), m.group()) for m in _CLASS.finditer(text)]
    found += [Finding("classe", m.start(), m.end(), m.group()) for m in _ONLY_CLASS.finditer(text)]
    found += _ages(text, school)
    found += [Finding("nom", m.start(), m.end(), m.group()) for m in _SPELLED.finditer(text)]
    if callable(places):
        names = _names(text, frozenset())
        found += _names(text, places()) if names else names
    else:
        found += _names(text, places)
    return _without_overlaps(found)


class _Sentences:
    """The sentences of a text (split at « . », « ! », « ? » and line ends), each read for what it is about.

    A sentence dictated without punctuation may run over a whole story: there, what a place is about is read
    in the words around it (:data:`_AROUND`), not in the whole sentence.
    """

    _END = re.compile(r"[.!?](?=\s)|\n")
    _AROUND = (120, 80)   # characters before and after a place read in a long sentence
    _LONG = 240

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in self._END.finditer(text)]
        self._about: dict[int, tuple[bool, bool]] = {}

    def _bounds(self, at: int) -> tuple[int, int, int]:
        index = bisect.bisect_right(self.starts, at) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return index, self.starts[index], end

    def _read(self, at: int) -> tuple[bool, bool]:
        """(about a home, about a public place) for the sentence holding position ``at``."""
        index, start, end = self._bounds(at)
        if end - start > self._LONG:
            around = self.text[max(start, at - self._AROUND[0]):min(end, at + self._AROUND[1])]
            return bool(_HOME_WORDS.search(around)), bool(_PUBLIC_WORDS.search(around))
        if index not in self._about:
            sentence = self.text[start:end]
            self._about[index] = (bool(_HOME_WORDS.search(sentence)), bool(_PUBLIC_WORDS.search(sentence)))
        return self._about[index]

    def public(self, at: int) -> bool:
        """About a public place (the centre, the town hall, a school), and about no home — or right after one in
        the same sentence (« convoquée à l’hôtel de ville (12 boulevard …) »)."""
        home, public = self._read(at)
        if public and not home:
            return True
        before = self.text[max(0, at - 80, self._bounds(at)[1]):at]
        *_, last = [None, *_PUBLIC_WORDS.finditer(before)]  # the nearest public place before, and no home since
        return last is not None and not _HOME_WORDS.search(before, last.end())

    def home(self, at: int) -> bool:
        """About where a family lives, and about no public place."""
        home, public = self._read(at)
        return home and not public


def _home_in_words(text: str, sentences: _Sentences) -> list[Finding]:
    """A home said as it is spoken: its number in words (« au douze rue Paul Éluard »), its floor in words at the
    end of a clause (« au troisième »), a tower named after a person in lower case (« tour salvador allende »)."""
    found = [Finding("adresse", number.start(), m.end(), text[number.start():m.end()].rstrip())
             for m in _STREET_AFTER_NUMBER.finditer(text)
             if (number := _NUMBER_BEFORE.search(text, max(0, m.start() - 60), m.start())) and
             not sentences.public(m.start())]
    found += [Finding("adresse", m.start(1), m.end(1), m.group(1)) for m in _FLOOR_WORDS.finditer(text)
              if _DWELLING_BEFORE.search(text, max(0, m.start() - 60), m.start())]
    found += [Finding("adresse", m.start(), m.end(), m.group()) for m in _TOWER_TYPED.finditer(text)
              if (fold(m.group(1)) in first_names() or (fold(m.group(1)), fold(m.group(2))) in
                  person_names.eponym_places())
              and fold(m.group(1)) not in common_words() and sentences.home(m.start())]
    return found


def _postcodes_after(text: str, addresses: list[Finding]) -> list[Finding]:
    """The postcode right after a home's street: it is part of the home's address."""
    return [Finding("adresse", m.start(1), m.end(1), m.group(1)) for address in addresses
            if (m := _POSTCODE_NEXT.match(text, address.end))]


def _streets_at_home(text: str, sentences: _Sentences) -> list[Finding]:
    """A street without a number in a sentence about where a family lives, and about no public place."""
    return [Finding("adresse", m.start(), m.end(), m.group().rstrip()) for m in _STREET_NAMED.finditer(text)
            if sentences.home(m.start())]


def _labelled(text: str) -> list[Finding]:
    """The value of a form's field that names a person: « Nom : OLIVEIRA », « Prénom : Tiago »."""
    found = []
    for m in _LABELLED.finditer(text):
        value = m.group(2)
        if value[0].isupper() and fold(value.split()[0]) not in common_words():
            kind = "prenom" if fold(m.group(1)).startswith("prenom") else "nom"
            found.append(Finding(kind, m.start(2), m.end(2), value))
    return found


def _said_by(text: str) -> list[Finding]:
    """Names a text gives as who wrote, spoke or is in charge: a role's field, a thread's speakers, a nickname."""
    common = common_words()
    found = [Finding("nom", m.start(1), m.end(1), m.group(1)) for m in _ROLE_FIELD.finditer(text)
             if m.group(1)[0].isupper() and fold(m.group(1).split()[0]) not in common and
             not _ACRONYM.match(text, m.start(1))]
    found += [Finding("nom", m.start(), m.start() + len(m.group().rstrip()), m.group().rstrip())
              for m in _INITIALS.finditer(text) if _SIGNED_BEFORE.search(text, max(0, m.start() - 80), m.start())]
    found += [Finding("prenom", m.start(1), m.end(1), m.group(1)) for m in _SPEAKER.finditer(text)
              if _speaker(m.group(1).split()[0], common)]
    lines = [m for m in _LINE_SPEAKER.finditer(text) if _speaker(m.group(1), common)]
    opened = Counter(fold(m.group(1)) for m in lines)
    found += [Finding("prenom", m.start(1), m.end(1), m.group(1)) for m in lines if opened[fold(m.group(1))] >= 2]
    nicknames = {m.group(2) for m in _NICKNAME.finditer(text)
                 if len(m.group(2).split()) <= 3 and not (m.group(1) and m.group(2).islower() and (
                     _A_THING_CALLED.search(text, max(0, m.start() - 40), m.start() + 1) or
                     not m.group(2).isalpha()))}
    found += [Finding("prenom", m.start(), m.end(), m.group()) for nickname in nicknames  # and wherever it is again
              for m in re.finditer(rf"(?<![\w'’]){re.escape(nickname)}(?!\w)", text, re.IGNORECASE)]
    return found


def _speaker(word: str, common: frozenset[str]) -> bool:
    """A name, as who speaks in a thread: a first name of the list, or a capitalised word, but no ordinary word
    (« coordo », « directrice »)."""
    folded = fold(word)
    return folded not in common and (folded in first_names() or word[0].isupper())


def _table_cells(text: str) -> list[Finding]:
    """The words of the cells of a table typed as text (« | » or tabs) whose column is about a person."""
    found: list[Finding] = []
    columns: set[int] | None = None
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        separator = "|" if "|" in line else "\t" if "\t" in line else None
        if separator is None:
            columns = None
            continue
        cells, offset = [], start
        for cell in line.split(separator):
            cells.append((offset, cell))
            offset += len(cell) + 1
        if columns is None:
            columns = {k for k, (_, cell) in enumerate(cells) if set(words(cell).split()) & _PERSON_COLUMNS}
            continue
        for k in columns & set(range(len(cells))):
            offset, cell = cells[k]
            found += [Finding("nom", offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(cell)
                      if m.group().isalpha() and len(m.group()) > 1 and m.group()[0].isupper() and
                      fold(m.group()) not in common_words() and fold(m.group()) not in _CIVILITY_WORDS and
                      not _LEVEL.fullmatch(m.group())]
    return found


def _before_unit(text: str, places: Places | Callable[[], Places]) -> list[Finding]:
    """A named place right before a flat or a block, unless it is a place of the graph (a quartier: « Val
    d’Argent Nord, bât. B » — the block is found on its own)."""
    found = []
    for unit in _UNIT_AFTER.finditer(text):
        start = max(0, unit.start() - 80)
        if not (m := _NAMED_BEFORE.search(text, start, unit.start())):
            continue
        phrase = place_phrases([m.group()])
        if not phrase or not phrase <= (places() if callable(places) else places):
            found.append(Finding("adresse", m.start(), m.end(), m.group()))
    return found


def _names(text: str, places: Places) -> list[Finding]:
    return [Finding("prenom" if name.first else "nom", name.start, name.end, text[name.start:name.end])
            for name in person_names.find_names(text, places, common_words())]


def _births(text: str) -> list[Finding]:
    """Dates of birth (see :data:`_BIRTH_BEFORE`): after the words that say so, near or further in the same clause
    with no number between (« DDN de Marine (pour le dossier) : 02/08/2009 »)."""
    found = [Finding("date", m.start(), m.end(), m.group()) for m in _BIRTH.finditer(text)]
    for start, end in _full_dates(text):
        before = text[max(0, start - 40):start]
        clause = _CLAUSE_OR_NUMBER.split(text[max(0, start - 130):start])[-1]
        if _BIRTH_BEFORE.search(before) or _BIRTH_FAR.search(clause) or (name := _NAME_BEFORE.search(before)) and \
                fold(name.group(1)) not in common_words():
            found.append(Finding("date", start, end, text[start:end]))
    return found


def _full_dates(text: str) -> Iterable[tuple[int, int]]:
    """Where a full date is (day, month and year), in figures or dictated in words."""
    yield from (m.span() for m in _FULL_DATE.finditer(text))
    if " mil" not in text.lower():  # no year in words: the months need not be looked for
        return
    for m in _SPOKEN_YEAR.finditer(text):
        if day := _SPOKEN_DAY.search(text, max(0, m.start() - 40), m.start()):
            yield day.start(), m.end()


def _identifiers(text: str) -> list[Finding]:
    """Handles, plates, and file or benefit numbers (see :data:`_HANDLE`, :data:`_PLATE`, :data:`_NUMBER`)."""
    found = [Finding("identifiant", m.start(), m.end(), m.group()) for pattern in (_HANDLE, _PLATE)
             for m in pattern.finditer(text) if pattern is _PLATE or not _ORGANISATION.search(m.group())]
    for m in _NETWORK_HANDLE.finditer(text):
        group = 1 if m.group(1) else 2
        if not _ORGANISATION.search(m.group(group)) and fold(m.group(group)) not in common_words():
            found.append(Finding("identifiant", m.start(group), m.end(group), m.group(group)))
    found += [Finding("identifiant", m.start(1), m.end(1), m.group(1)) for m in _OLD_PLATE.finditer(text)]
    for m in _NUMBER.finditer(text):
        group = 1 if m.group(1) else 2 if m.group(2) else 0
        start, end = m.span(group)
        found.append(Finding("identifiant", start, end, text[start:end].strip()))
    return found


def _phones(text: str) -> list[Finding]:
    """Every phone number but a switchboard's (« standard de la mairie : 01 … »): no person has one."""
    matches = phonenumbers.PhoneNumberMatcher(text, "FR", leniency=phonenumbers.Leniency.POSSIBLE)
    found = [(m.start, m.end, m.raw_string) for m in matches]
    found += [(m.start(), m.end(), m.group()) for pattern in (_SLASHED_PHONE, _SPOKEN_PHONE)  # neither read by it
              for m in pattern.finditer(text)]
    return [Finding("telephone", start, end, raw) for start, end, raw in found
            if not _SWITCHBOARD.search(text, max(0, start - 60), start) and not (
                not _mobile(raw) and _an_office_s(text, start, end))]


def _clause_before(text: str, start: int) -> str:
    """The clause before ``start`` (at most 120 characters), its e-mail addresses read for whose they are: an
    office's mailbox (« famille@… », « secretariat@… ») says the clause is about that office, a person's says
    nothing (:func:`_mailbox`)."""
    begin = max(0, start - 120)
    *_, last = [None, *_CLAUSE_START.finditer(text, begin, start)]
    return _EMAIL.sub(_mailbox, text[last.end() if last else begin:start])


def _mailbox(address: re.Match[str]) -> str:
    """« accueil » for an office's mailbox, a space for any other: what an e-mail address says of its clause."""
    shared = _SHARED_MAILBOX.match(address.group()) or _OFFICE_MAILBOX.match(address.group())
    return " accueil " if shared else " "


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause around ``start``–``end`` (at most 120 characters each side), without the stretch itself."""
    after = _CLAUSE_START.search(text, end, end + 120)
    return _clause_before(text, start) + " " + _EMAIL.sub(" ", text[end:after.start() if after else end + 120])


def _mobile(raw: str) -> bool:
    """A mobile number (« 06… », « +33 7… »), a person's: no office has one on its letterhead."""
    digits = "".join(c for c in raw if c.isdigit())
    digits = "0" + digits[2:].lstrip("0") if digits.startswith("33") else digits
    return not digits or digits[:2] in ("06", "07")  # a number dictated in words: a person's, to be sure


def _an_office_s(text: str, start: int, end: int) -> bool:
    """The number at ``start``–``end`` is an office's: the brackets right after it say whose it is (« 01… (accueil
    du centre) », not « 01… (fixe) »); without them, the clause before names an office (:data:`_OFFICE`) and no
    person."""
    if said := _BRACKET_AFTER.match(text, end):
        if _PERSON_SAID.search(said.group(1)):
            return False
        if _OFFICE.search(said.group(1)):
            return True
    clause = _clause_before(text, start)
    return bool(_OFFICE.search(clause)) and not _PERSON_SAID.search(clause)


def _ages(text: str, school: bool) -> list[Finding]:
    """A child's age in a text that also gives its class level and its school (named, or the case's); or said of
    one child (« il a neuf ans », « Lina, 7 ans et demi ») right beside a level, in a text that tells of its school
    (« en CE1 à l’école du quartier »): the class and the school of one child, even unnamed, are few."""
    if "ans" not in text.lower() or not _LEVEL.search(text):
        return []
    found = []
    for years in _YEARS.finditer(text) if _SCHOOL.search(text) else ():
        if (age := _ONE_CHILD_BEFORE.search(text, max(0, years.start() - 24), years.start())) and \
                _LEVEL.search(text, max(0, age.start() - _LEVEL_NEAR), years.end() + _LEVEL_NEAR):
            found.append(Finding("age", age.start(1), years.end(), text[age.start(1):years.end()]))
    if not (school or _NAMED_SCHOOL.search(text) or _school_typed(text)):
        return found
    return found + [Finding("age", m.start(), m.end(), m.group()) for m in _AGE.finditer(text)
                    if not _NOT_AN_AGE.search(text[max(0, m.start() - 24):m.start()])]


def _school_typed(text: str) -> bool:
    """A school named after a person in a quick note (« ecole victor hugo »), or by its name alone after a level
    (« 6eme a Gerard Philipe »): a first name of the list, or a person schools are named after."""
    for m in _TYPED_SCHOOL.finditer(text):
        if fold(m.group(1)) in first_names() or (fold(m.group(1)), fold(m.group(2))) in person_names.eponym_places():
            return True
    if any(fold(m.group(1)) not in common_words() for m in _TYPED_SCHOOL_WORD.finditer(text)):
        return True
    for m in _LEVEL_AT.finditer(text):
        if fold(m.group(1)) in person_names.commune_names() or not m.group(2):
            continue
        if fold(m.group(1)) in first_names() or (fold(m.group(1)), fold(m.group(2))) in person_names.eponym_places():
            return True
    return False


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: the more specific kind, then the longer, wins."""
    kept: list[Finding] = []  # by start; kept findings never overlap, so their ends are in order too
    starts: list[int] = []
    for finding in sorted(found, key=lambda f: (_ORDER.index(f.kind), -(f.end - f.start), f.start)):
        at = bisect.bisect_left(starts, finding.end)  # the kept findings starting before this one ends
        if at and kept[at - 1].end > finding.start:
            continue
        kept.insert(at, finding)
        starts.insert(at, finding.start)
    return kept


def replace_identifying(text: str, places: Places | Callable[[], Places] = frozenset(), school: bool = False) -> str:
    """``text`` with each finding replaced by a neutral mention (« [prénom] », « [téléphone] »…)."""
    for finding in reversed(find_identifying(text, places, school)):
        text = text[:finding.start] + finding.placeholder + text[finding.end:]
    return text


# --- masking: what is found, shown so that it can be found again but not read ------------------------------------

_DIGIT = re.compile(r"\d")
_MASKED = "•"


def mask(finding: Finding) -> str:
    """The finding with only enough left to find it in the text: the first letter of each word (« Y•••• »),
    the first two and last two digits of a phone number (« 06 •• •• •• 78 »); the rest as « • »."""
    if finding.kind == "telephone":
        text = finding.text if ")" in finding.text else finding.text.lstrip("(")  # « (06 12 34 56 78 »
        digits = [m.start() for m in _DIGIT.finditer(text)]
        hidden = set(digits[2:-2])
        return "".join(_MASKED if i in hidden else char for i, char in enumerate(text))
    return _TOKEN.sub(lambda m: m.group()[0] + _MASKED * (len(m.group()) - 1), finding.text)


def masked(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each of its ``findings`` masked in place.

    >>> text = "Appeler Mme Diallo au 06 12 34 56 78."
    >>> masked(text, find_identifying(text))
    'Appeler Mme D••••• au 06 •• •• •• 78.'
    """
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[:finding.start] + mask(finding) + text[finding.end:]
    return text


def mask_text(text: str, wanted: Iterable[str] = PERSON) -> str:
    """``text`` with what could identify someone masked: findings of the kinds ``wanted`` (names and contact
    details unless told), without knowing the places of the graph (a place masked too is no harm).

    >>> mask_text("Écrire à fatou.diarra@gmail.com le 3 mars 2019.")
    'Écrire à f••••.d•••••@g••••.c•• le 3 mars 2019.'
    """
    return masked(text, (f for f in find_identifying(text) if f.kind in wanted))


# --- the free texts of a node -------------------------------------------------------------------------------------


def relevant(kind: NodeKind) -> frozenset[str]:
    """The kinds of findings that matter in the free texts of ``kind``."""
    return FAMILY if kind.about_families else PRACTICE


def check_texts(kind: NodeKind, values: Mapping[str, Any], places: Places | Callable[[], Places] = frozenset(),
                school: bool = False) -> list[Finding]:
    """The findings in the free texts of a ``kind`` node (``values``: column → text), each with its column.

    ``school`` says the node names a school (a case's ``uai``): a class name then points to a child.

    >>> case = {"recit": "Yanis, né le 3 mai 2012, a appelé le 12 mars 2019.", "nature": "sanction"}
    >>> [(f.field, f.kind, f.text) for f in check_texts(KINDS["Situation"], case)]
    [('recit', 'prenom', 'Yanis'), ('recit', 'date', 'né le 3 mai 2012')]
    >>> practice = {"description": "Lancée le 5 juin 2018 avec Mme Diallo, née le 3 mai 1980."}
    >>> [(f.field, f.kind, f.text) for f in check_texts(KINDS["Pratique"], practice)]
    [('description', 'nom', 'Diallo')]
    """
    wanted = relevant(kind)
    found: list[Finding] = []
    for name in kind.narratives:
        text = values.get(name)
        if isinstance(text, str) and text.strip():
            found += [Finding(f.kind, f.start, f.end, f.text, name) for f in find_identifying(text, places, school)
                      if f.kind in wanted]
    return found


def check_changes(store: GraphStore, changes: Iterable[Change]) -> list[Finding]:
    """The findings in the free texts that ``changes`` write, as they will be saved, each with its field: what
    every save through a person's store re-checks (:class:`graph.guard.GuardedStore`), whichever page or button
    made the text — a form, its « Remplacer », a restored version, a report, a meeting's theme.

    A case that names a school, in ``changes`` or already in ``store``, makes a class name identifying.

    >>> from graph.backends.embedded import EmbeddedStore
    >>> import tempfile
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> put = PutNode("Situation", "SC-900", {"recit": "La mère de Yanis B. a appelé.", "nature": "sanction"})
    >>> [(f.field, f.kind, f.text) for f in check_changes(store, [put])]
    [('recit', 'nom', 'Yanis B.')]
    >>> check_changes(store, [PutNode("Situation", "SC-900", {"statut": "valide"})])
    []
    >>> store.close()
    """
    changes = list(changes)
    places = cache(lambda: known_places(store))
    found: list[Finding] = []
    for change in changes:
        if not isinstance(change, PutNode) or change.label not in KINDS:
            continue
        kind = KINDS[change.label]
        texts = {name: value for name, value in change.props.items() if name in kind.narratives}
        if any(isinstance(value, str) and value.strip() for value in texts.values()):
            found += check_texts(kind, texts, places, _names_a_school(store, kind, change.key, changes))
    return found


def require_anonymous(store: GraphStore, changes: Iterable[Change]) -> None:
    """Refuse (:class:`IdentifyingDetails`) ``changes`` whose free texts hold something that could identify
    a person (:func:`check_changes`): nothing is written."""
    if found := check_changes(store, changes):
        raise IdentifyingDetails(found)


def _names_a_school(store: GraphStore, kind: NodeKind, key: str, changes: list[Change]) -> bool:
    for link in kind.links:
        if link.target != "Ecole":
            continue
        written = [c for c in changes if isinstance(c, SetLinks) and c.type == link.type and c.source_key == key
                   and c.source_label == kind.label]
        if any(c.targets for c in written):
            return True
        if not any(c.replace for c in written) and any(row.source_key == key
                                                      for row in store.links(link.type, kind.label)):
            return True
    return False
