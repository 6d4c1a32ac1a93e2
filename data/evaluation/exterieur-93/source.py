# -*- coding: utf-8 -*-
"""Jeu d'évaluation « Ce qui a marché ailleurs » — écrit de l'extérieur.

Ce script contient, écrits à la main AVANT toute exécution de l'application :
  * les requêtes (REQUETES) et leurs trois reformulations (REFORMULATIONS) ;
  * les jugements (JUGEMENTS) : pour chaque requête, les notes NON NULLES (et quelques
    zéros commentés : pièges de mots, pratiques qui n'ont pas marché), avec une raison.
Toute pratique non citée reçoit 0. Les pratiques du centre demandeur sont exclues.

Barème (question de la chargée de mission : « cette pratique vaut-elle un coup de
téléphone pour ce centre, avec ce problème, à ce niveau ? ») :
  3 = traite ce problème-là, a marché, convient à la configuration (niveau, EP, CLAS…)
  2 = traite le problème mais n'a marché qu'en partie, ou convient moins bien
  1 = voisine, pourrait aider (ou « En cours » sur le problème)
  0 = ne traite pas le problème (quels que soient les mots partagés), pas ce niveau,
      ou n'a pas marché.

Sorties : requetes.csv, reformulations.csv, jugements.csv (UTF-8, ';').
Bibliothèque standard + pandas (lecture du modèle xlsx pour les vocabulaires)."""
import csv, os, sys

ICI = os.path.dirname(os.path.abspath(__file__))
CLASSEUR = os.path.join(ICI, "classeur")
COMMUNES_FR = os.path.join(os.environ.get("DOSSIER_PARTAGE", "shared"), "data", "opendata", "communes-france-2024.csv")  # le dossier partagé de l’équipe
MODELE = os.path.join(ICI, "modele-classeur-vide.xlsx")

# ----------------------------------------------------------------------------- requêtes
# (id, id_centre, code_commune, type, clas, niveau, education_prioritaire, qualite, frequence, themes, texte)
C = lambda id, centre, themes, texte: (id, centre, "", "", "", "", "", "", "", themes, texte)
H = lambda id, com, typ, clas, niv, ep, qual, freq, themes, texte: (id, "", com, typ, clas, niv, ep, qual, freq, themes, texte)

REQUETES = [
    C("X01", "F93-08", "",
      "On a une nouvelle directrice à l'école Pasteur depuis septembre et depuis c'est le silence : nos mails restent sans réponse, le projet parents est à l'arrêt. On a même envoyé un courrier, rien. Comment renouer avec une école quand la direction change ?"),
    C("X02", "F93-07", "",
      "Beaucoup de mamans des enfants du CLAS ne parlent pas ou très peu le français. Elles ne comprennent pas ce que la maîtresse écrit dans le cahier de liaison, elles signent sans lire. On voudrait qu'elles puissent suivre ce qui se passe à l'école pour leurs enfants. Des idées ?"),
    C("X03", "F93-04", "",
      "On a de plus en plus de collégiens de 4e-3e qui sèchent les cours, on les voit traîner en bas des tours à 10h. La CPE nous en parle mais on sait pas trop comment s'y prendre avec les familles. Qu'est-ce qui a marché ailleurs ?"),
    C("X04", "F93-11", "",
      "Des élèves de 5e se font insulter dans des groupes Snap, la photo d'une fille a tourné, la mère est venue au centre en pleurs. Le collège dit que ça se passe en dehors de l'établissement. Comment agir, et avec qui ?"),
    C("X05", "F93-09", "",
      "Les maîtresses de PS et MS nous alertent : des enfants de 3 ans qui parlent à peine, qui arrivent épuisés, les parents leur donnent le téléphone pour les calmer. On voudrait faire quelque chose avec les parents de maternelle."),
    C("X06", "F93-16", "",
      "Chaque année des enfants du CLAS qui s'en sortaient en CM2 décrochent en 6e : perdus avec l'emploi du temps, Pronote, les dix profs. Et les parents ne mettent jamais les pieds au collège. Comment préparer le passage CM2-6e alors qu'on a peu de contacts avec le collège ?"),
    C("X07", "F93-14", "accompagnement_scolaire",
      "on est un petit EVS, pas de CLAS pour l'instant. Des mamans nous demandent de l'aide aux devoirs pour leurs enfants en primaire. On aimerait monter quelque chose mais pas une garderie, et en lien avec les instits. Par où commencer ?"),
    C("X08", "F93-17", "",
      "Dans notre quartier beaucoup de parents restent derrière le portail, ils n'osent pas entrer dans l'école, certains ont eu de mauvaises expériences eux-mêmes quand ils étaient élèves. Comment les aider à franchir le pas ?"),
    C("X09", "F93-12", "conflits",
      "Situation délicate : une maman nous demande de l'aider « contre » l'école de son fils (elle dit que l'instit l'a humilié devant la classe), et le lendemain la directrice nous appelle pour qu'on « raisonne » la famille. On est pris entre les deux. Comment d'autres centres se sont positionnés ?"),
    C("X10", "F93-06", "",
      "Le collège exclut de plus en plus de jeunes pour 3 ou 8 jours, ils se retrouvent à la maison ou dehors, et les parents nous demandent si on peut les prendre. On ne veut pas devenir la garderie des exclus. Qu'est-ce qui existe ?"),
    C("X11", "F93-18", "",
      "Les parents du CLAS collège ne savent pas se servir de Pronote, ils ne voient ni les notes ni les absences, et le collège ne communique plus que par là. Est-ce qu'un centre a monté des ateliers pour ça ?"),
    C("X12", "F93-15", "sante",
      "Des enfants de l'élémentaire arrivent le matin sans avoir mangé, d'autres ont des caries ou voient mal au tableau et rien n'est fait. L'infirmière scolaire passe une fois par mois. Comment travailler la santé des enfants avec l'école ?"),
    C("X13", "F93-10", "",
      "On aimerait des projets culturels avec les écoles qui touchent aussi les parents, pas juste une sortie de classe. Nos familles ne vont jamais au musée ni à la médiathèque."),
    C("X14", "F93-05", "citoyennete",
      "Nous voudrions travailler la citoyenneté avec les enfants du quartier et l'école élémentaire : respect, vivre ensemble, participation. Qu'ont fait d'autres structures avec les classes ?"),
    H("X15", "95018", "centre_social", "oui", "elementaire", "rep_plus", "fragile", "ponctuelle", "",
      "Bonjour, depuis l'arrivée d'un nouveau directeur dans l'école élémentaire de notre quartier (REP+), le partenariat s'est dégradé : il ne souhaite plus que nos animateurs CLAS viennent chercher les enfants dans la cour et ne répond pas à nos sollicitations. Nous cherchons des pratiques pour rétablir le dialogue."),
    H("X16", "59350", "evs", "non", "maternelle", "rep", "a_construire", "", "parents_allophones",
      "beaucoup de parents primo arrivants a l'ecole maternelle d'a coté, ils comprennent pas ce que dit la maitresse ni ce qui est ecrit dans le cahier de vie. on est un EVS on fait deja des ateliers de francais. comment faire le lien avec l'ecole"),
    H("X17", "69256", "centre_social", "oui", "maternelle", "rep_plus", "solide", "hebdomadaire", "",
      "En petite section, certains enfants viennent deux jours sur quatre. Les familles pensent que la maternelle ce n'est pas grave si on rate. La directrice nous a demandé un coup de main. Comment faire sans que les parents se sentent fliqués ?"),
    H("X18", "59512", "centre_social", "oui", "elementaire", "rep_plus", "solide", "", "",
      "En CM2 ils ont déjà presque tous un portable, il y a un groupe WhatsApp de la classe où ça s'insulte grave, une petite a été mise à l'écart et moquée. L'instit nous en a parlé au CLAS. On fait quoi à notre niveau ?"),
    H("X19", "23008", "evs", "non", "maternelle", "hors_ep", "a_construire", "", "",
      "Petit EVS en milieu rural. L'école maternelle du bourg nous dit que les enfants passent beaucoup de temps sur les écrans (tablette, dessins animés le matin avant l'école). On n'a jamais travaillé avec l'école. On cherche une action simple pour commencer avec les familles."),
    H("X20", "93006", "centre_social", "non", "elementaire", "hors_ep", "a_construire", "", "",
      "Passage en 6e : les parents de CM2 nous posent plein de questions (cantine, bourses, Pronote, portable, harcèlement) et n'osent pas appeler le collège. On n'a pas de CLAS et pas vraiment de contact avec le collège. Que faire avant juin ?"),
    C("X21", "F93-02", "",
      "Au CLAS on a surtout les enfants dont les parents sont déjà investis, pas ceux qui en auraient le plus besoin. Les enseignants disent qu'ils n'ont pas le temps de repérer. Comment mieux travailler le repérage avec l'école ?"),
    H("X22", "95585", "centre_social", "oui", "maternelle", "rep", "solide", "hebdomadaire", "",
      "Les parents de maternelle déposent les enfants au portail et repartent, ils n'entrent jamais dans la classe. La directrice voudrait les faire venir, nous aussi. Vous avez des exemples qui ont marché ?"),
    H("X23", "69259", "centre_social", "oui", "college", "rep_plus", "solide", "", "conflits",
      "Une maman nous demande de venir avec elle au rendez-vous avec la principale, son fils risque le conseil de discipline. Est-ce qu'on doit y aller ? On a peur d'être vus comme son avocat et d'abîmer notre lien avec le collège."),
    H("X24", "91286", "centre_social", "oui", "college", "rep_plus", "fragile", "", "decrochage",
      "Le collège REP+ du secteur a un taux d'exclusions temporaires énorme. Nous aimerions proposer une alternative, mais la relation avec la direction est fragile. Des centres ont-ils conventionné des mesures de responsabilisation ?"),
    H("X25", "35238", "evs", "non", "college", "rep", "a_construire", "", "numerique",
      "ENT, Pronote, ÉduConnect… les parents sont perdus, surtout ceux qui n'ont qu'un téléphone. On est un EVS avec une conseillère numérique. Comment s'organiser avec le collège ?"),
    H("X26", "93059", "centre_social", "non", "maternelle", "rep_plus", "", "", "",
      "Les ATSEM nous disent que des petits s'endorment en classe le matin, couchés trop tard (télé, tablette, bruit dans l'appartement). Comment aborder le sommeil avec les parents sans les juger ?"),
    H("X27", "78361", "centre_social", "oui", "elementaire", "rep_plus", "solide", "", "",
      "Chaque rentrée la moitié des enseignants de l'école sont nouveaux, souvent de jeunes contractuels qui ne connaissent ni le quartier ni le centre. Du coup ils ne nous orientent pas les familles. Comment se faire connaître des nouveaux profs ?"),
    H("X28", "93014", "centre_social", "oui", "college", "rep_plus", "solide", "", "",
      "Nos jeunes de 3e ne trouvent pas de stage d'observation, ils n'ont pas de réseau. Le collège nous a demandé si on pouvait aider."),
    C("X29", "F93-01", "",
      "Les parents de collégiens viennent nous voir : leurs ados passent la nuit sur TikTok, arrivent en cours épuisés, et ça finit en disputes à la maison. On voudrait proposer quelque chose aux parents."),
    H("X30", "95268", "centre_social", "oui", "college", "rep", "fragile", "", "",
      "Nouveau principal au collège, et la salle qu'on avait pour le CLAS 6e nous a été retirée sans explication. Les mails à la principale adjointe restent sans réponse. On fait comment ?"),
    H("X31", "95680", "centre_social", "oui", "college", "rep_plus", "", "", "parents_allophones",
      "Réunion parents-profs au collège : la moitié des familles ne viennent pas, beaucoup ne parlent pas français et n'ont personne pour traduire. La CPE voudrait qu'on l'aide. Des pistes ?"),
    H("X32", "62498", "centre_social", "oui", "college", "hors_ep", "solide", "mensuelle", "",
      "Absentéisme perlé au collège (hors REP) : des élèves de 6e-5e qui manquent le lundi, le vendredi… La CPE a des listes mais les familles ne répondent pas aux courriers. On a de bons liens avec le collège. Comment le centre peut-il aider ?"),
    H("X33", "31555", "centre_social", "oui", "college", "rep_plus", "", "", "",
      "une mère est venue ce matin, son fils en 6e se fait harceler depuis des semaines, elle dit que le collège fait rien et elle veut aller « régler ça » avec l'autre famille. comment on l'accompagne sans jeter de l'huile sur le feu ?"),
    H("X34", "68224", "centre_social", "non", "college", "rep", "", "", "numerique",
      "Des parents de 6e veulent savoir comment mettre un contrôle parental sur le téléphone que leur enfant vient d'avoir. Vous avez un atelier qui marche ?"),
    H("X35", "92050", "evs", "non", "elementaire", "rep", "", "", "parents_allophones|lien_familles_ecole",
      "Les familles qu'on accompagne aux ASL ont des enfants en CM2. Elles ont très peur du collège : elles ne comprennent pas le fonctionnement, les papiers, les bourses. Comment les préparer ?"),
    H("X36", "67482", "centre_social", "oui", "college", "rep_plus", "", "", "",
      "On manque d'encadrants pour notre CLAS collège, les animateurs coûtent cher. Est-ce que d'autres centres font appel à des étudiants ou des lycéens bénévoles, et comment ils les gardent ?"),
    H("X37", "91228", "centre_social", "oui", "college", "rep", "solide", "", "",
      "Au collège on ne voit jamais les parents, sauf quand il y a un problème. La principale voudrait qu'ils viennent pour autre chose. Le centre peut-il aider ?"),
    H("X38", "34172", "centre_social", "oui", "elementaire", "rep", "solide", "", "",
      "gros clash entre un papa et la dirlo devant l'ecole, il a été interdit d'entrer. il vient nous voir tous les jours, la dirlo aussi nous appelle. on fait quoi on se met ou"),
    C("X39", "F93-13", "accompagnement_scolaire",
      "Nous voudrions relancer un CLAS collège après un premier essai raté. Comment s'y prendre avec le collège pour que les élèves soient orientés et qu'on sache ce qui est attendu ?"),
    C("X40", "F93-03", "",
      "Au CLAS les CE1-CE2 baillent, ils nous racontent qu'ils jouent à Fortnite jusqu'à minuit. Les parents disent qu'ils ne savent plus comment faire. On voudrait une action avec l'école."),
    H("X41", "69123", "centre_social", "non", "elementaire", "hors_ep", "solide", "continue", "periscolaire",
      "Entre l'école et notre accueil de loisirs du soir les infos passent mal : un enfant malade, une punition, un message des parents… et on l'apprend le lendemain. Comment organiser la transmission ?"),
    H("X42", "59599", "centre_social", "oui", "college", "rep", "", "", "",
      "Des gamins de 5e font l'école buissonnière l'après-midi et traînent au centre commercial. Les parents ne sont pas au courant. Comment faire le lien avec le collège ?"),
    H("X43", "42218", "centre_social", "oui", "elementaire", "rep", "", "", "",
      "Les devoirs c'est la guerre à la maison : les parents crient, les enfants pleurent. Au CLAS on aimerait aider les parents à accompagner les devoirs sans conflit."),
    H("X44", "92025", "centre_social", "oui", "elementaire", "hors_ep", "", "", "",
      "Nos bénévoles du CLAS sont souvent absents au dernier moment, on se retrouve à un adulte pour quinze enfants. Comment d'autres s'organisent ?"),
    H("X45", "13055", "centre_social", "oui", "college", "rep_plus", "solide", "mensuelle", "communication",
      "La CPE voudrait qu'on lui dise ce qu'on sait des familles, nous on ne veut pas trahir la confiance des parents. Comment d'autres centres ont cadré le partage d'informations avec le collège ?"),
    H("X46", "78621", "evs", "non", "maternelle", "rep_plus", "", "", "",
      "ecrans tout petits, parents depassés, idees ?"),
    H("X47", "60175", "centre_social", "oui", "elementaire", "rep", "", "", "accompagnement_scolaire",
      "Nous souhaitons mettre en place une action de liaison CM2–6e pour les enfants accompagnés en CLAS, en lien avec le collège du secteur. Quelles pratiques ont fait leurs preuves ?"),
    H("X48", "43157", "evs", "non", "elementaire", "hors_ep", "a_construire", "", "",
      "Nous sommes un espace de vie sociale récent et nous n'avons encore aucun lien avec les écoles du quartier. Comment faire le premier pas, comment nous présenter aux enseignants ?"),
]

# ----------------------------------------------------------------------------- reformulations
REFORMULATIONS = {
    "X01": ("Une nouvelle direction est arrivée à l'école à la rentrée et le contact est rompu : pas de réponse à nos messages ni à notre lettre, l'action avec les parents est suspendue. Comment rétablir la relation après un changement de directeur ?",
            "Madame, Monsieur, à la suite de la nomination d'une nouvelle directrice dans l'école élémentaire partenaire, nos sollicitations écrites demeurent sans réponse et notre projet parentalité est interrompu. Quelles démarches ont permis à d'autres centres de rétablir le lien ?",
            "nouvelle directrice a l'ecole depuis septembre, plus aucune reponse a nos mail ni au courier, le projet parent est bloqué. comment on renou avec l'ecole quand la direction change ??"),
    "X02": ("Plusieurs mères d'enfants suivis à l'aide aux devoirs maîtrisent mal le français : elles ne saisissent pas les mots de l'enseignante dans le carnet et signent sans comprendre. Comment les accompagner pour qu'elles suivent la scolarité ?",
            "les mamans du clas parlent pas français pour la plupart, elles signent le cahier sans savoir ce qu'il y a dedans. on peut faire quoi pour qu'elles suivent l'école de leurs gosses ?",
            "bcp de maman du CLAS parle pas ou peu francais, elle comprenne pas ce que la maitresse ecrit dans le cahier de liaison et signe sans lire. on voudrai les aidé a suivre la scolarité, des idée ?"),
    "X03": ("Des élèves de 4e et 3e manquent régulièrement les cours et restent dans le quartier en pleine matinée. La conseillère d'éducation nous alerte mais nous ne savons pas comment approcher les familles. Quelles actions ont réussi ailleurs ?",
            "Nous constatons une hausse de l'absentéisme des collégiens de cycle 4 ; la CPE nous a sollicités. Quelles pratiques de coopération avec les familles et le collège ont fait leurs preuves ?",
            "de plus en plus de collegien de 4eme 3eme qui seche les cour, ils traine en bas des tour a 10h. la CPE nous en parle mais on sait pas comment faire avec les famille, qu'est ce qui a marcher ailleur ?"),
    "X04": ("Des collégiens de 5e reçoivent des insultes sur des groupes Snapchat et une photo d'une élève a circulé ; sa mère est venue nous voir bouleversée. Le collège estime que ce n'est pas de son ressort puisque cela se passe hors de l'établissement. Que faire et avec quels partenaires ?",
            "Nous sommes confrontés à une situation de cyberharcèlement entre élèves de 5e (diffusion d'une photo, insultes sur une messagerie). Le collège considère que les faits sont extérieurs à l'établissement. Quelles démarches d'autres centres ont-ils engagées ?",
            "des eleves de 5eme se font insulté sur des groupe snap, une photo d'une fille a tourner, sa mere est venu au centre en pleure. le college dit que c'est en dehors de l'etablissement. on agit comment et avec qui"),
    "X05": ("Les enseignantes de petite et moyenne section nous signalent des enfants de trois ans qui parlent très peu et arrivent fatigués ; les familles utilisent le téléphone pour les apaiser. Nous aimerions agir avec les parents de l'école maternelle.",
            "les maitresses de maternelle nous disent que les petits parlent presque pas et sont crevés, les parents leur filent le tel pour qu'ils se calment. on veut faire un truc avec les parents",
            "les maitresse de PS et MS nous alerte, des enfant de 3ans qui parle a peine, qui arrive épuisé, les parent leur donne le telephone pour les calmé. on voudrait faire quelque chose avec les parent de maternelle"),
    "X06": ("Tous les ans, des enfants de l'aide aux devoirs qui réussissaient en fin de primaire perdent pied au collège : emploi du temps, logiciel de vie scolaire, multiplicité des enseignants. Les familles ne vont jamais au collège. Comment préparer l'entrée en sixième avec un collège que nous connaissons peu ?",
            "Nous observons des difficultés importantes lors de la transition école–collège pour les élèves suivis en CLAS, et une absence des familles dans l'établissement. Nos relations avec le collège étant limitées, quelles actions de liaison CM2–6e recommanderiez-vous ?",
            "chaque annee des enfant du clas qui allait bien en cm2 decroche en 6eme, perdu avec l'emploi du temps, pronote, les 10 prof. et les parent vont jamais au college. comment preparer le passage cm2 6e alors qu'on a peu de contact avec le college ?"),
    "X07": ("Nous sommes un petit espace de vie sociale sans accompagnement à la scolarité. Des mères nous sollicitent pour de l'aide aux devoirs pour leurs enfants d'école primaire. Nous voudrions construire une action qui ne soit pas une simple garde, en lien avec les enseignants. Comment démarrer ?",
            "Notre EVS envisage de créer une action d'accompagnement à la scolarité pour des élèves du premier degré, en articulation avec les équipes enseignantes. Quelles sont les étapes et les pratiques recommandées ?",
            "petit evs, pas de clas pour l'instant. des maman nous demande de l'aide au devoir pour leur enfant en primaire. on voudrait monté un truc mais pas une garderie et en lien avec les instit. par ou commencé ?"),
    "X08": ("Ici, de nombreux parents s'arrêtent à la grille et ne pénètrent pas dans l'école, parfois parce que leur propre scolarité s'est mal passée. Comment les encourager à entrer ?",
            "ya plein de parents qui restent devant le portail, ils osent pas rentrer dans l'école, ils ont des mauvais souvenirs de quand ils étaient petits. on fait comment pour qu'ils rentrent ?",
            "dans notre quartier bcp de parent reste derriere le portail, il ose pas entrer dans l'ecole, certain ont eu des mauvaise experience quand il etait eleve. comment les aidé a franchir le pas ?"),
    "X09": ("Une mère nous sollicite pour la soutenir face à l'école (elle affirme que l'enseignant a rabaissé son fils en classe) et, le jour suivant, la directrice nous demande de calmer cette famille. Nous nous retrouvons au milieu. Quelle posture d'autres centres ont-ils adoptée ?",
            "Nous sommes sollicités simultanément par une famille et par la direction d'école dans un conflit portant sur l'attitude d'un enseignant. Comment les centres sociaux se sont-ils positionnés dans ce type de situation ?",
            "situation compliqué : une maman veut qu'on l'aide contre l'ecole de son fils (l'instit l'aurait humilié devant la classe) et le lendemain la directrice nous appelle pour qu'on raisonne la famille. on est pris entre les deux, comment les autre centre se sont positionné ?"),
    "X10": ("Les exclusions temporaires de trois à huit jours se multiplient au collège ; les élèves restent chez eux ou dans la rue et les familles nous demandent de les accueillir. Nous refusons d'être une simple garderie. Quelles solutions existent ?",
            "le collège vire de plus en plus de jeunes 3 jours, 8 jours, ils sont à la maison ou dehors, les parents nous demandent de les prendre. on veut pas faire garderie des exclus, y a quoi ?",
            "le college exclu de plus en plus de jeune pour 3 ou 8 jour, ils se retrouve a la maison ou dehors et les parent nous demande si on peut les prendre. on veut pas etre la garderie des exclu. qu'est ce qui existe ?"),
    "X11": ("Les familles des collégiens que nous suivons ne maîtrisent pas le logiciel de vie scolaire : elles ne consultent ni les notes ni les absences, alors que l'établissement communique exclusivement par ce biais. Des centres ont-ils organisé des ateliers ?",
            "Nous souhaiterions accompagner les parents dans l'usage de Pronote, devenu le canal unique de communication du collège. Des ateliers de ce type ont-ils été mis en place et évalués ?",
            "les parent du clas college savent pas se servir de pronote, ils voient pas les notes ni les absence et le college communique plus que par la. est ce qu'un centre a monter des atelier pour ca ?"),
    "X12": ("Certains écoliers arrivent le ventre vide, d'autres ont des problèmes dentaires ou de vue non pris en charge. L'infirmière ne vient qu'une fois par mois. Comment agir avec l'école sur la santé des enfants ?",
            "y a des gamins de l'élémentaire qui arrivent sans manger, d'autres ont des caries ou voient pas le tableau et personne fait rien. l'infirmière passe une fois par mois. on peut faire quoi avec l'école ?",
            "des enfant de l'elementaire arrive le matin sans avoir manger, d'autre ont des carie ou voit mal au tableau et rien est fait. l'infirmiere scolaire passe 1 fois par mois. comment travailler la santé des enfant avec l'ecole ?"),
    "X13": ("Nous cherchons des actions culturelles menées avec les écoles qui associent les familles, au-delà d'une simple sortie scolaire. Les parents du quartier ne fréquentent ni musées ni bibliothèque.",
            "on voudrait des projets culture avec les écoles où les parents viennent aussi, pas juste une sortie de classe. nos familles vont jamais au musée ni à la médiathèque",
            "on aimerai des projet culturel avec les ecoles qui touche aussi les parent, pas juste une sortie de classe. nos famille vont jamais au musee ni a la mediatheque"),
    "X14": ("Nous souhaitons mener avec l'école élémentaire un travail sur le vivre-ensemble : respect, participation des enfants, engagement. Quelles actions d'autres structures ont-elles conduites avec les classes ?",
            "on aimerait faire de la citoyenneté avec les gamins du quartier et l'école : respect, vivre ensemble, qu'ils participent. les autres ont fait quoi avec les classes ?",
            "nous voudrion travailler la citoyenneté avec les enfant du quartier et l'ecole elementaire : respect, vivre ensemble, participation. qu'est ce que d'autre structure ont fait avec les classe ?"),
    "X15": ("Depuis qu'un nouveau directeur dirige l'école élémentaire du quartier (REP+), la relation s'est détériorée : il refuse que nos animateurs d'aide aux devoirs récupèrent les enfants dans la cour et ne donne pas suite à nos demandes. Comment renouer le dialogue ?",
            "nouveau dirlo à l'école, il veut plus que nos anims du clas viennent chercher les enfants dans la cour, il répond à rien. comment on recolle les morceaux ?",
            "bonjour, depuis l'arrivé d'un nouveau directeur dans l'ecole elementaire du quartier (rep+) le partenariat s'est degradé, il veut plus que nos animateur clas vienne chercher les enfant dans la cour et repond pas a nos sollicitation. on cherche des pratique pour retablir le dialogue"),
    "X16": ("De nombreux parents récemment arrivés en France ne comprennent ni l'enseignante de maternelle ni le cahier de vie. Notre EVS propose déjà des ateliers de français : comment les relier à l'école ?",
            "Notre espace de vie sociale, qui anime des ateliers sociolinguistiques, souhaite renforcer le lien entre les familles allophones et l'école maternelle voisine. Quelles pratiques recommanderiez-vous ?",
            "bcp de parent primo arrivant a la maternelle a coté, il comprenne pas la maitresse ni le cahier de vie. on est un evs on fait deja des atelier de francais, comment faire le lien avec l'ecole"),
    "X17": ("En petite section, des enfants ne sont présents que la moitié du temps ; leurs familles considèrent la maternelle comme facultative. La directrice nous sollicite. Comment améliorer l'assiduité sans que les parents se sentent surveillés ?",
            "Nous sommes sollicités par une directrice d'école maternelle au sujet de l'absentéisme en petite section. Quelles actions bienveillantes envers les familles ont donné des résultats ?",
            "en petite section certain enfant viennent 2 jour sur 4, les famille pense que la maternelle c'est pas grave si on rate. la directrice nous a demander un coup de main, comment faire sans que les parent se sente fliqué ?"),
    "X18": ("Les élèves de CM2 ont presque tous un téléphone ; sur la messagerie de la classe, les insultes fusent et une fillette a été rejetée et raillée. L'enseignant nous en a parlé à l'accompagnement scolaire. Que pouvons-nous faire ?",
            "Un enseignant de CM2 nous signale des faits de harcèlement sur un groupe de messagerie de classe. Quel rôle le centre social peut-il jouer, et quelles pratiques ont été éprouvées ?",
            "en cm2 il on deja presque tous un portable, ya un groupe whatsap de la classe ou sa s'insulte grave, une petite a eté mise a l'ecart et moqué. l'instit nous en a parlé au clas, on fait quoi a notre niveau"),
    "X19": ("Espace de vie sociale en zone rurale. L'école maternelle du village constate une forte exposition des enfants aux écrans, notamment le matin. Nous n'avons aucun partenariat avec elle. Nous cherchons une première action facile avec les familles.",
            "on est un petit evs à la campagne, l'école maternelle nous dit que les gamins sont tout le temps sur les écrans, dessins animés le matin avant l'école. on a jamais bossé avec l'école, on voudrait un truc simple pour commencer",
            "petit evs en milieu rural. l'ecole maternelle du bourg nous dit que les enfant passe bcp de temps sur les ecran (tablette, dessin animé le matin avant l'ecole). on a jamais travailler avec l'ecole, on cherche une action simple pour commencer avec les famille"),
    "X20": ("Les parents d'élèves de fin de primaire nous interrogent sur le collège (restauration, aides financières, Pronote, téléphone, harcèlement) sans oser contacter l'établissement. Nous n'avons ni aide aux devoirs ni lien avec le collège. Que proposer avant l'été ?",
            "les parents de cm2 nous posent 1000 questions sur la 6e (cantine, bourses, pronote, portable, harcèlement) et osent pas appeler le collège. on a pas de clas et pas de contact au collège, on fait quoi avant juin ?",
            "passage en 6eme : les parent de cm2 nous pose plein de question (cantine, bourse, pronote, portable, harcelement) et ose pas appeler le college. on a pas de clas et pas vraiment de contact avec le college, que faire avant juin"),
    "X21": ("Notre accompagnement scolaire touche surtout des enfants de familles déjà mobilisées, et peu ceux qui en ont le plus besoin. Les enseignants manquent de temps pour les identifier. Comment améliorer l'orientation des enfants avec l'école ?",
            "au clas on a que les enfants des parents qui suivent déjà, pas ceux qui galèrent vraiment. les instits disent qu'ils ont pas le temps de repérer. comment on fait mieux avec l'école ?",
            "au clas on a surtout les enfant dont les parent sont deja investi, pas ceux qui en aurai le plus besoin. les enseignant disent qu'ils ont pas le temps de reperer. comment mieux travaillé le reperage avec l'ecole ?"),
    "X22": ("À la maternelle, les familles laissent les enfants à la grille et s'en vont sans jamais entrer en classe. La directrice et nous voudrions les faire venir. Quelles expériences ont réussi ?",
            "Nous souhaitons, avec la direction d'une école maternelle, favoriser la présence des parents dans l'école et dans les classes. Avez-vous des exemples de pratiques concluantes ?",
            "les parent de maternelle depose les enfant au portail et repartent, ils rentre jamais dans la classe. la directrice voudrai les faire venir, nous aussi. vous avez des exemple qui ont marché ?"),
    "X23": ("Une mère souhaite que nous l'accompagnions à son entretien avec la cheffe d'établissement ; son fils est menacé d'un conseil de discipline. Faut-il y aller ? Nous craignons d'apparaître comme son défenseur et de fragiliser notre relation avec le collège.",
            "une maman veut qu'on vienne avec elle chez la principale, son fils risque le conseil de discipline. on y va ou pas ? on veut pas passer pour son avocat et se griller avec le collège",
            "une maman nous demande de venir avec elle au rdv avec la principal, son fils risque le conseil de disipline. est ce qu'on doit y allé ? on a peur d'etre vu comme son avocat et d'abimer notre lien avec le college"),
    "X24": ("Le collège en éducation prioritaire renforcée de notre secteur prononce énormément d'exclusions temporaires. Nous voudrions offrir une solution alternative, malgré une relation tendue avec la direction. Certains centres ont-ils signé des conventions de mesures de responsabilisation ?",
            "le collège rep+ d'à côté exclut à tour de bras. on voudrait proposer autre chose mais c'est tendu avec la direction. des centres ont fait des conventions pour les mesures de responsabilisation ?",
            "le college rep+ du secteur a un taux d'exclusion temporaire enorme. nous aimerion proposer une alternative mais la relation avec la direction est fragile. des centre ont il conventionné des mesure de responsabilisation ?"),
    "X25": ("Espace numérique de travail, logiciel de vie scolaire, identifiants ÉduConnect : les familles s'y perdent, en particulier celles qui n'ont qu'un smartphone. Notre EVS dispose d'une conseillère numérique. Comment travailler avec le collège ?",
            "ent, pronote, educonnect, les parents sont paumés, surtout ceux qui ont juste un tel. on est un evs avec une conseillère numérique, on s'organise comment avec le collège ?",
            "ENT, pronote, educonect... les parent sont perdu, surtout ceux qui on qu'un telephone. on est un evs avec une conseillere numerique. comment s'organisé avec le college ?"),
    "X26": ("Les agents de maternelle constatent que des jeunes enfants s'assoupissent en classe le matin parce qu'ils se couchent tard (télévision, tablette, logement bruyant). Comment parler du sommeil aux familles sans porter de jugement ?",
            "les atsem nous disent que des petits dorment en classe le matin, couchés trop tard avec la télé, la tablette, le bruit. comment on parle sommeil aux parents sans les juger ?",
            "les atsem nous dise que des petit s'endorme en classe le matin, couché trop tard (tele, tablette, bruit dans l'appart). comment aborder le someil avec les parent sans les jugé ?"),
    "X27": ("À chaque rentrée, la moitié de l'équipe enseignante est renouvelée, souvent de jeunes contractuels qui ignorent tout du quartier et de notre centre ; ils ne nous adressent donc pas de familles. Comment nous faire connaître d'eux ?",
            "chaque rentrée la moitié des profs de l'école sont nouveaux, des jeunes contractuels qui connaissent ni le quartier ni nous. du coup ils nous envoient personne. comment on se fait connaître ?",
            "chaque rentré la moitié des enseignant de l'ecole sont nouveau, souvent des jeune contractuel qui connaisse ni le quartier ni le centre. du coup ils nous oriente pas les famille. comment se faire connaitre des nouveaux prof ?"),
    "X28": ("Nos adolescents de troisième ne parviennent pas à décrocher un stage d'observation faute de relations. Le collège nous a sollicités pour les aider.",
            "nos 3e trouvent pas de stage, ils ont pas de piston. le collège nous demande si on peut aider",
            "nos jeune de 3eme trouve pas de stage d'observation, il ont pas de reseau. le college nous a demandé si on pouvai aider"),
    "X29": ("Des parents de collégiens nous alertent : leurs adolescents passent la nuit sur les réseaux, arrivent fatigués en classe et les disputes se multiplient à la maison. Nous voudrions proposer une action aux parents.",
            "Des familles nous sollicitent au sujet de l'usage nocturne des réseaux sociaux par leurs adolescents et des conflits familiaux qui en découlent. Quelles actions de soutien à la parentalité ont fonctionné ?",
            "les parent de collegien vienne nous voir, leurs ado passe la nuit sur tiktok, arrive en cour épuisé et ça fini en dispute a la maison. on voudrait proposer quelque chose au parent"),
    "X30": ("Un nouveau chef d'établissement est arrivé et nous avons perdu sans explication la salle utilisée pour l'aide aux devoirs des 6e. La principale adjointe ne répond pas à nos messages. Que faire ?",
            "Suite à la nomination d'un nouveau principal, la salle mise à disposition de notre CLAS 6e nous a été retirée et nos courriels restent sans réponse. Comment d'autres centres ont-ils rétabli le partenariat ?",
            "nouveau principal au college et la salle qu'on avait pour le clas 6eme nous a eté retiré sans explication. les mail a la principal adjointe reste sans reponse. on fait comment ?"),
    "X31": ("Aux rencontres parents-professeurs du collège, une famille sur deux est absente ; beaucoup ne parlent pas français et n'ont pas d'interprète. La conseillère d'éducation sollicite notre aide. Quelles pistes ?",
            "réunion parents profs au collège : la moitié des parents viennent pas, plein parlent pas français et ont personne pour traduire. la cpe veut qu'on l'aide, des idées ?",
            "reunion parent prof au college : la moitié des famille vienne pas, bcp parle pas francais et on personne pour traduire. la cpe voudrai qu'on l'aide. des piste ?"),
    "X32": ("Au collège de notre secteur, hors éducation prioritaire, des élèves de 6e et 5e s'absentent régulièrement, souvent en début ou fin de semaine. La conseillère d'éducation a des listes mais les familles ignorent les courriers. Nos liens avec le collège sont bons. Que peut faire le centre ?",
            "absences à répétition au collège : des 6e-5e qui sautent le lundi ou le vendredi, la cpe a les listes mais les familles répondent pas aux lettres. on s'entend bien avec le collège, on peut aider comment ?",
            "absenteisme perlé au college (hors rep) : des eleve de 6e-5e qui manque le lundi, le vendredi... la cpe a des liste mais les famille repondent pas au courrier. on a de bon lien avec le college, comment le centre peut aidé ?"),
    "X33": ("Une mère nous a rendu visite : son fils de sixième subit du harcèlement depuis plusieurs semaines, elle juge le collège inactif et veut s'expliquer directement avec l'autre famille. Comment l'accompagner sans envenimer la situation ?",
            "Une mère nous sollicite car son fils, élève de 6e, est victime de harcèlement ; elle envisage de confronter elle-même la famille de l'auteur. Comment l'accompagner de manière appropriée et en lien avec le collège ?",
            "une mere est venu ce matin, son fils en 6eme se fait harcelé depuis des semaine, elle dit que le college fait rien et elle veut aller regler sa avec l'autre famille. comment on l'accompagne sans jeter de l'huile sur le feu"),
    "X34": ("Des familles d'élèves de sixième souhaitent apprendre à configurer un contrôle parental sur le premier téléphone de leur enfant. Connaissez-vous un atelier efficace ?",
            "des parents de 6e veulent savoir comment bloquer des trucs sur le portable que leur gosse vient d'avoir. vous avez un atelier qui marche ?",
            "des parent de 6eme veulent savoir comment mettre un controle parental sur le telephone que leur enfant vient d'avoir. vous avez un atelier qui marche ?"),
    "X35": ("Les mères que nous suivons en ateliers de français ont des enfants en dernière année d'école primaire et redoutent le collège : organisation, démarches administratives, aides financières leur échappent. Comment les y préparer ?",
            "les mamans des asl ont des enfants en cm2, elles ont trop peur du collège, elles comprennent rien au fonctionnement, aux papiers, aux bourses. on les prépare comment ?",
            "les famille qu'on accompagne au ASL ont des enfant en cm2. elles ont tres peur du college : elles comprenne pas le fonctionnement, les papier, les bourse. comment les preparé ?"),
    "X36": ("Notre accompagnement scolaire pour collégiens manque d'encadrants et les animateurs salariés sont coûteux. D'autres structures mobilisent-elles des étudiants ou des lycéens volontaires, et comment les fidélisent-elles ?",
            "pas assez d'encadrants au clas collège et les anims ça coûte. d'autres centres prennent des étudiants ou des lycéens bénévoles ? comment ils les gardent ?",
            "on manque d'encadrant pour notre clas college, les animateur coute cher. est ce que d'autre centre font appel a des etudiant ou des lyceen benevole, et comment il les garde ?"),
    "X37": ("Les familles ne viennent au collège qu'en cas de difficulté. La cheffe d'établissement souhaiterait d'autres occasions de rencontre. Comment le centre peut-il contribuer ?",
            "au collège on voit jamais les parents sauf quand ça va mal. la principale voudrait qu'ils viennent pour autre chose. on peut aider ?",
            "au college on voit jamais les parent, sauf quand il y a un probleme. la principal voudrai qu'il viennent pour autre chose. le centre peut il aidé ?"),
    "X38": ("Un père s'est violemment disputé avec la directrice devant l'école et a été interdit d'accès. Il vient nous voir chaque jour, et la directrice nous téléphone aussi. Quelle position devons-nous adopter ?",
            "Un conflit ouvert oppose un père d'élève et la directrice d'école, qui lui a interdit l'accès à l'établissement. Les deux parties nous sollicitent. Comment les centres sociaux se sont-ils positionnés dans ce type de situation ?",
            "gros clash entre un papa et la dirlo devant l'ecole, il est interdit d'entré. il vient nous voir tout les jour, la dirlo aussi nous appel. on fait quoi on se met ou"),
    "X39": ("Nous envisageons de rouvrir un accompagnement scolaire pour collégiens après une première tentative infructueuse. Comment travailler avec l'établissement pour l'orientation des élèves et pour connaître les attentes ?",
            "on veut relancer un clas collège, la première fois ça a foiré. comment on fait avec le collège pour qu'ils nous envoient des élèves et qu'on sache ce qu'ils attendent ?",
            "nous voudrion relancer un clas college apres un premier essai raté. comment s'y prendre avec le college pour que les eleve soit orienté et qu'on sache ce qui est attendu ?"),
    "X40": ("À l'aide aux devoirs, des élèves de CE1-CE2 sont somnolents : ils jouent aux jeux vidéo jusque tard dans la nuit. Les familles se disent démunies. Nous aimerions une action menée avec l'école.",
            "au clas les ce1 ce2 baillent, ils jouent à fortnite jusqu'à minuit. les parents savent plus quoi faire. on voudrait faire un truc avec l'école",
            "au clas les ce1-ce2 baille, il nous raconte qu'ils joue a fortnite jusqu'a minuit. les parent disent qu'il savent plus comment faire. on voudrai une action avec l'ecole"),
    "X41": ("Les informations circulent mal entre l'école et notre accueil périscolaire du soir : enfant souffrant, sanction, message d'un parent… nous ne l'apprenons que le lendemain. Comment organiser les transmissions ?",
            "entre l'école et l'accueil du soir les infos passent pas : un gamin malade, une punition, un mot des parents, on le sait le lendemain. on s'organise comment ?",
            "entre l'ecole et notre accueil de loisir du soir les info passe mal : un enfant malade, une punition, un message des parent... et on l'apprend le lendemain. comment organisé la transmission ?"),
    "X42": ("Des élèves de 5e manquent les cours l'après-midi pour flâner au centre commercial, à l'insu de leurs parents. Comment travailler avec le collège ?",
            "Nous constatons que des collégiens de 5e quittent l'établissement l'après-midi sans que leurs familles le sachent. Quelles coopérations avec le collège ont permis de réduire ces absences ?",
            "des gamin de 5eme font l'ecole buissoniere l'aprem et traine au centre commercial. les parent sont pas au courant. comment faire le lien avec le college ?"),
    "X43": ("Le moment des devoirs tourne au conflit dans les familles : les parents s'énervent, les enfants pleurent. Nous souhaitons, dans le cadre de l'accompagnement scolaire, aider les parents à les accompagner sereinement.",
            "les devoirs à la maison c'est la guerre, les parents crient, les gosses pleurent. au clas on voudrait aider les parents à gérer les devoirs sans s'engueuler",
            "les devoir c'est la guerre a la maison : les parent crient, les enfant pleure. au clas on aimerai aider les parent a accompagné les devoir sans conflit"),
    "X44": ("Les bénévoles de notre accompagnement scolaire se désistent souvent au dernier moment et nous nous retrouvons avec un adulte pour quinze enfants. Comment d'autres structures s'organisent-elles ?",
            "nos bénévoles du clas lâchent souvent à la dernière minute, on se retrouve 1 adulte pour 15 gamins. les autres font comment ?",
            "nos benevole du clas sont souvent absent au dernier moment, on se retrouve a un adulte pour quinze enfant. comment d'autre s'organise ?"),
    "X45": ("La conseillère d'éducation souhaite que nous lui transmettions ce que nous savons des familles ; nous craignons de trahir la confiance des parents. Comment d'autres centres ont-ils encadré l'échange d'informations avec le collège ?",
            "la cpe veut qu'on lui raconte ce qu'on sait sur les familles, nous on veut pas trahir les parents. les autres centres ont cadré comment le partage d'infos avec le collège ?",
            "la cpe voudrai qu'on lui dise ce qu'on sait des famille, nous on veut pas trahir la confiance des parent. comment d'autre centre ont cadré le partage d'information avec le college ?"),
    "X46": ("Exposition des jeunes enfants aux écrans, parents dépassés : avez-vous des idées d'actions ?",
            "Nous recherchons des pratiques de prévention de l'exposition aux écrans des enfants de maternelle, à destination de parents en difficulté sur ce sujet.",
            "ecran tout petit, parent depasser, idée ?"),
    "X47": ("Nous voulons organiser la transition école–collège pour les enfants suivis à l'aide aux devoirs, en partenariat avec le collège de secteur. Quelles actions ont prouvé leur efficacité ?",
            "on veut faire un truc pour le passage cm2-6e des enfants du clas avec le collège du coin. qu'est-ce qui a marché ?",
            "nous souhaiton mettre en place une action de liaison cm2 6eme pour les enfant accompagné en clas, en lien avec le college du secteur. quelles pratique ont fait leur preuve ?"),
    "X48": ("Notre espace de vie sociale vient d'ouvrir et n'a encore aucune relation avec les écoles alentour. Comment engager un premier contact et nous présenter aux équipes enseignantes ?",
            "on est un evs tout neuf, on connaît personne dans les écoles du quartier. comment on fait le premier pas, comment on se présente aux instits ?",
            "nous somme un espace de vie social recent et nous avons encore aucun lien avec les ecoles du quartier. comment faire le premier pas, comment se presenter au enseignant ?"),
}

# ----------------------------------------------------------------------------- jugements
# {requête: {pratique: (note, raison)}} — toute pratique absente = 0.
J = {}
J["X01"] = {  # F93-08 Bondy, hors EP, pas de CLAS, élémentaire, nouvelle direction, courrier déjà tenté
    "P060": (3, "Même problème (changement de direction), a marché, élémentaire : rencontre systématique de chaque nouvelle direction."),
    "P028": (2, "Convention qui fait survivre le lien aux changements de direction ; a marché, mais c'est de la prévention et il faut un partenaire prêt à signer."),
    "P041": (2, "Renouer après un nouveau chef d'établissement, a marché ; passe par la coordination REP+, absente hors éducation prioritaire (transposable via l'IEN)."),
    "P071": (2, "Nouvelle directrice, lien relâché : invitation à la fête ; n'a marché qu'en partie ; hors EP comme Bondy."),
    "P083": (2, "Se présenter en conseil des maîtres avec des propositions concrètes ; a marché ; utile pour repartir avec une équipe nouvelle."),
    "P005": (1, "Petit-déjeuner de rentrée pour faire connaître le centre aux enseignants nouveaux : voisin."),
    "P065": (1, "Annuaire remis aux enseignants arrivants : voisin."),
    "P082": (0, "Piège : « nouveaux » habitants, rien à voir avec une nouvelle direction."),
}
J["X02"] = {  # F93-07 Bobigny, REP, CLAS, élémentaire, parents allophones
    "P011": (3, "ASL centrés sur l'école (carnet, mots, bulletin), a marché, REP, élémentaire."),
    "P052": (3, "Lexique illustré des mots de l'école pour parents qui lisent peu ; a marché ; élémentaire REP+."),
    "P045": (2, "ASL dans l'école à partir de la vie de la classe ; a marché mais en maternelle."),
    "P025": (2, "Traduction des mots de l'école ; en partie seulement (parents non lecteurs)."),
    "P010": (2, "Interprètes bénévoles aux réunions ; en partie."),
    "P067": (2, "Parents relais interprètes ; en partie."),
    "P008": (2, "Parents au CLAS : aider son enfant même sans bien parler français ; a marché, répond à une partie du problème."),
    "P042": (1, "Réunion de CP au centre avec interprètes : voisin."),
    "P014": (1, "Accompagner les parents aux rendez-vous : voisin."),
    "P068": (1, "Livret traduit, mais pour l'entrée en 6e."),
    "P015": (0, "Piège : français pour le code de la route, sans lien avec l'école."),
    "P024": (0, "Piège : échanges de savoirs entre habitantes."),
}
J["X03"] = {  # F93-04 La Courneuve, REP+, CLAS, collège, absentéisme 4e-3e
    "P001": (3, "Cellule de veille absentéisme avec la CPE, premier contact des familles au centre ; a marché ; collège REP+."),
    "P054": (3, "Projet de remobilisation d'élèves de 4e-3e très absents avec le PRE ; a marché ; REP+."),
    "P059": (2, "Permanence de la CPE au centre : débloque des situations d'absentéisme avec des familles qui ne viennent pas ; répond à une partie."),
    "P092": (1, "Rendez-vous famille–école–centre dès les premières absences, mais en élémentaire hors EP."),
    "P044": (1, "Appel des familles le matin : élémentaire, en partie."),
    "P078": (1, "Retour après longue absence : en cours."),
    "P053": (1, "Espace parents dans le collège : en partie, voisin."),
    "P007": (0, "Assiduité en petite section : pas ce niveau."),
    "P063": (0, "Piège : absence des bénévoles du CLAS."),
    "P086": (0, "Piège : « école buissonnière » = sorties nature."),
}
J["X04"] = {  # F93-11 Sevran, REP+, collège, cyberharcèlement 5e
    "P016": (3, "Ateliers réseaux sociaux au collège après des insultes et photos sur Snapchat, avec soirée parents ; a marché ; REP+."),
    "P093": (3, "Accompagner la famille d'un enfant harcelé (captures, protocole, 3018, rendez-vous CPE) ; a marché ; collège REP+."),
    "P029": (2, "Relais pHARe hors temps scolaire, circuit de signalement avec le collège, y compris messageries ; a marché ; moins centré sur la réponse à un cas."),
    "P057": (2, "Groupe de parole parents d'ados sur les réseaux sociaux ; en partie."),
    "P080": (1, "Sensibilisation aux réseaux sociaux, en cours, pour des CM2."),
    "P061": (1, "Harcèlement, mais en CM2 et hors ligne."),
    "P066": (1, "Accompagner le parent auprès de l'établissement : posture voisine."),
    "P006": (1, "Rencontre à trois si le désaccord avec le collège se durcit."),
    "P072": (0, "Piège : page Facebook du centre."),
    "P024": (0, "Piège : « réseau » d'échanges de savoirs."),
    "P058": (0, "N'a pas marché."),
}
J["X05"] = {  # F93-09 Clichy-sous-Bois, REP+, maternelle, écrans tout-petits
    "P046": (3, "Cafés des parents « écrans et tout-petits » à l'école maternelle avec la PMI, repérage des retards de langage ; a marché ; REP+."),
    "P031": (3, "Semaine sans écrans avec les maternelles ; a marché ; REP."),
    "P084": (2, "Défi sans écrans avec l'école, a marché, mais EVS hors EP avec des familles volontaires."),
    "P022": (2, "Malles de jeux à la place des écrans en maternelle ; en partie."),
    "P039": (1, "Soirée écrans avec psychologue : en partie et format peu adapté aux familles éloignées."),
    "P032": (1, "Sommeil des 3-6 ans, écrans du soir abordés ; en partie."),
    "P094": (1, "Repérage des troubles du langage avec la PMI : voisin."),
    "P021": (1, "Matinées jeux parents-enfants en maternelle : voisin."),
    "P088": (0, "Écrans en maternelle sans les parents : n'a pas marché."),
    "P057": (0, "Réseaux sociaux des ados : pas ce niveau."),
    "P081": (0, "Piège : café numérique pour seniors."),
    "P038": (0, "Piège : « écran géant » de cinéma."),
    "P064": (0, "Piège : robotique pour les 8-11 ans."),
}
J["X06"] = {  # F93-16 Villetaneuse, REP+, CLAS, élém + collège fragile, CM2-6e
    "P002": (3, "Stage de fin août CM2–6e avec professeurs et CLAS, visite du collège ; a marché ; REP+."),
    "P012": (3, "Visite du collège pour les parents de CM2 ; a marché ; amène les parents au collège."),
    "P068": (2, "Livret « entrée en 6e » remis aux parents en juin ; a marché ; centré sur les parents allophones."),
    "P051": (2, "Groupe CLAS qui suit les enfants du CM2 à la 6e ; en partie."),
    "P049": (2, "Atelier bulletin et Pronote pour parents de 6e ; a marché ; après l'entrée."),
    "P055": (1, "Atelier Pronote pour parents de 6e : voisin."),
    "P013": (1, "Activation ÉduConnect/Pronote à la rentrée : voisin."),
    "P018": (1, "CLAS collège 6e-5e : suite possible."),
    "P091": (1, "CLAS collège 6e-5e : suite possible."),
    "P087": (0, "Forum 6e : n'a pas marché."),
    "P048": (0, "Piège : passerelle crèche–maternelle, autre transition."),
    "P019": (0, "Piège : stage de 3e."),
}
J["X07"] = {  # F93-14 EVS Pantin, REP, pas de CLAS, primaire, monter une aide aux devoirs liée aux enseignants
    "P056": (3, "Fiche commune pour que les enseignants orientent les enfants vers le CLAS ; a marché ; élémentaire."),
    "P003": (3, "Cahier de liaison CLAS–classe ; a marché ; montre que le CLAS n'est pas « faire les devoirs à la place »."),
    "P075": (3, "Entrée au CLAS sur proposition de l'enseignant avec contrat à trois ; a marché."),
    "P008": (2, "Associer les mères au CLAS ; a marché ; répond à une partie (pas une garderie)."),
    "P035": (2, "Bilans trimestriels enseignant–parents–CLAS ; a marché ; étape suivante."),
    "P076": (1, "CLAS dans l'école : en partie."),
    "P063": (1, "Organisation des bénévoles d'un CLAS : utile à un petit EVS."),
    "P062": (0, "CLAS sans lien avec l'établissement : n'a pas marché (et collège)."),
    "P018": (0, "CLAS collège : pas ce niveau."),
    "P091": (0, "CLAS collège : pas ce niveau."),
    "P040": (0, "Piège : bourse aux fournitures « scolaires »."),
    "P034": (0, "Piège : « devoir » de mémoire."),
}
J["X08"] = {  # F93-17 EVS Livry, hors EP, pas de CLAS, élém/mat, parents qui n'osent pas entrer
    "P026": (3, "Café des parents dans l'école : des parents restés au portail entrent ; a marché."),
    "P021": (3, "Matinées jeux en classe avec les parents, portée par un EVS ; a marché ; parents qui n'avaient jamais passé le portail."),
    "P014": (3, "Préparer et accompagner les parents qui n'osent pas aller aux rendez-vous ; a marché."),
    "P042": (2, "Réunion de rentrée au centre (l'école vient aux familles) ; a marché, mais suppose un partenariat solide."),
    "P007": (2, "Accueil café des parents dans le hall de la maternelle ; a marché ; centré sur l'assiduité."),
    "P045": (1, "ASL dans l'école : rend l'école familière, pour parents allophones."),
    "P048": (1, "Parents accompagnés dans l'école avant la rentrée de PS : voisin."),
    "P053": (1, "Espace parents au collège : en partie, autre niveau."),
    "P059": (1, "CPE qui reçoit au centre : autre niveau."),
    "P020": (1, "Fête commune dans la cour de l'école : voisin."),
    "P089": (0, "Piège : portes ouvertes du centre social, pas de l'école."),
}
J["X09"] = {  # F93-12 Aulnay, conflit parent–école sollicité des deux côtés, élémentaire
    "P006": (3, "Exactement : parent et école sollicitent le centre ; rencontre à trois en lieu neutre ; a marché."),
    "P027": (3, "Charte de positionnement quand un conflit arrive au centre ; a marché."),
    "P066": (2, "Accompagner le parent sans parler à sa place ; a marché ; une seule des postures possibles."),
    "P033": (2, "Écoute et orientation vers le médiateur ; en partie."),
    "P014": (1, "Accompagner un parent à un rendez-vous : voisin."),
    "P004": (1, "Accompagner au conseil de discipline : voisin, collège, en partie."),
    "P073": (0, "Piège : médiation de voisinage."),
}
J["X10"] = {  # F93-06 Épinay, REP, collège, exclusions temporaires
    "P017": (3, "Mesures de responsabilisation au centre avec retour préparé ; a marché."),
    "P050": (2, "Accueil des exclus au centre ; en partie (garderie au début)."),
    "P004": (1, "Accompagner les parents au conseil de discipline : voisin."),
    "P054": (1, "Remobilisation de collégiens décrocheurs : voisin."),
    "P001": (1, "Cellule de veille avec la CPE : lieu pour parler des élèves exclus."),
    "P077": (0, "Accueil des exclus sans cadre : n'a pas marché."),
    "P085": (0, "Piège : exclusion numérique."),
}
J["X11"] = {  # F93-18 Gagny, hors EP, CLAS collège, Pronote
    "P055": (3, "Atelier Pronote pour parents ; a marché."),
    "P013": (3, "Activer ÉduConnect et Pronote avec les parents ; a marché."),
    "P049": (2, "Lire le bulletin et Pronote ; a marché ; Pronote n'en est qu'une partie."),
    "P069": (2, "Permanence ENT/Pronote ; en partie."),
    "P043": (1, "Aide à l'ENT pendant le confinement ; en partie."),
    "P053": (1, "Ordinateur Pronote à l'espace parents ; en partie."),
    "P081": (0, "Piège : café numérique seniors."),
    "P064": (0, "Piège : robotique."),
    "P070": (0, "Piège : démarches CAF en ligne."),
    "P085": (0, "Piège : numérique et emploi."),
}
J["X12"] = {  # F93-15 Noisy-le-Sec, hors EP, élémentaire, santé
    "P047": (3, "Dépistages vue et dents avec l'infirmière scolaire et suivi des familles ; a marché ; élémentaire."),
    "P023": (2, "Petit-déjeuner à l'école avec l'infirmière ; a marché ; dispositif réservé à l'éducation prioritaire."),
    "P094": (1, "Santé (langage) avec PMI et école, en maternelle, en partie."),
    "P032": (1, "Sommeil avec l'école, maternelle, en partie."),
}
J["X13"] = {  # F93-10 Montfermeil, REP+, culture avec les parents
    "P009": (3, "Musée en famille avec les classes, les enfants guident leurs parents ; a marché ; REP+."),
    "P030": (3, "Bibliothèque de rue devant l'école, parents qui s'arrêtent, inscriptions médiathèque ; a marché."),
    "P074": (2, "Chorale école–centre avec concert aux familles ; a marché ; moins tournée vers les parents."),
    "P061": (1, "Théâtre-forum avec représentation aux parents : voisin."),
    "P020": (1, "Fête commune école–centre : voisin."),
    "P034": (1, "Recherches aux archives et exposition : voisin."),
    "P038": (1, "Ciné en plein air pour les familles, sans l'école : voisin."),
}
J["X14"] = {  # EVS F93-05 Stains, REP, citoyenneté élémentaire
    "P079": (3, "Conseil des enfants avec les délégués de classe ; a marché ; élémentaire."),
    "P034": (2, "Devoir de mémoire avec les CM2 ; a marché ; citoyenneté plus historique."),
    "P061": (2, "Théâtre-forum CM2 sur le respect ; a marché ; centré harcèlement."),
    "P090": (2, "Éco-délégués et enfants du centre ; a marché ; collège."),
    "P016": (1, "Respect sur les réseaux sociaux, au collège."),
    "P080": (1, "Jeunes qui sensibilisent les CM2 : en cours."),
    "P073": (0, "Piège : médiation de voisinage, sans l'école."),
}
J["X15"] = {  # Argenteuil, CS, CLAS, élémentaire REP+, fragile, nouveau directeur
    "P060": (3, "Changement de direction d'école, rencontre dès la rentrée avec l'historique du partenariat ; a marché."),
    "P041": (3, "Nouveau chef d'établissement qui coupe tout ; passer par la coordination REP+ ; a marché ; REP+."),
    "P028": (2, "Convention qui survit aux changements de direction ; a marché ; prévention."),
    "P071": (2, "Inviter la nouvelle directrice ; en partie."),
    "P083": (2, "Se présenter en conseil des maîtres ; a marché ; pour reconstruire."),
    "P005": (1, "Faire connaître le centre aux enseignants : voisin."),
    "P065": (1, "Annuaire pour les arrivants : voisin."),
    "P003": (1, "Animateur CLAS qui vient chercher les enfants à l'école : voisin."),
    "P037": (1, "Passage de relais école–accueil de loisirs dans la cour : voisin."),
    "P036": (0, "Courrier au nouvel IEN : n'a pas marché."),
}
J["X16"] = {  # Lille, EVS, maternelle REP, parents allophones
    "P045": (3, "ASL dans l'école maternelle à partir du cahier de vie ; a marché."),
    "P011": (2, "ASL centrés sur l'école ; a marché ; élémentaire et collège."),
    "P052": (2, "Lexique des mots de l'école ; a marché ; élémentaire."),
    "P025": (2, "Traduction des affichages par un EVS ; en partie."),
    "P010": (2, "Interprètes bénévoles aux réunions ; en partie."),
    "P067": (2, "Parents relais interprètes (EVS) ; en partie."),
    "P042": (1, "Réunion de rentrée au centre avec interprètes, CP."),
    "P021": (1, "Matinées jeux en classe de maternelle par un EVS : lien à l'école, pas la langue."),
    "P015": (0, "Piège : français pour le code de la route."),
}
J["X17"] = {  # Vaulx-en-Velin, CS, maternelle REP+, absentéisme PS
    "P007": (3, "Assiduité en petite section par un accueil café sans reproche ; a marché ; REP+."),
    "P092": (1, "Rendez-vous dès les premières absences, mais en élémentaire."),
    "P044": (1, "Appeler les familles le matin : élémentaire, en partie."),
    "P021": (1, "Faire entrer les parents en classe de maternelle : voisin."),
    "P048": (1, "Familiariser les familles avec l'école avant la PS : voisin."),
    "P001": (0, "Absentéisme au collège : pas ce niveau."),
    "P086": (0, "Piège : école buissonnière."),
}
J["X18"] = {  # Roubaix, CS, CLAS, élémentaire REP+, insultes sur WhatsApp en CM2
    "P029": (3, "Relais pHARe au CLAS et à l'accueil de loisirs, repérage y compris dans les groupes de messagerie, signalement à l'école ; a marché."),
    "P061": (2, "Théâtre-forum CM2 sur moqueries et mise à l'écart ; a marché ; hors ligne."),
    "P080": (1, "Sensibilisation des CM2 aux groupes de classe : en cours."),
    "P016": (1, "Ateliers réseaux sociaux, mais en 5e."),
    "P093": (1, "Accompagner une famille d'enfant harcelé, au collège."),
    "P057": (0, "Parents d'ados, en partie : pas ce niveau."),
    "P072": (0, "Piège : Facebook du centre."),
}
J["X19"] = {  # Aubusson, EVS rural, maternelle hors EP, écrans, pas de lien avec l'école
    "P084": (3, "Défi sans écrans porté par un EVS hors EP avec l'école ; a marché."),
    "P031": (2, "Semaine sans écrans ; a marché ; centre social avec ALSH, plus lourd."),
    "P046": (2, "Cafés écrans tout-petits ; a marché ; suppose un partenariat déjà installé et la PMI."),
    "P022": (2, "Malles de jeux par un EVS ; en partie ; action simple."),
    "P039": (2, "Soirée parents sur les écrans, hors EP ; en partie."),
    "P032": (1, "Sommeil et écrans du soir : voisin."),
    "P083": (1, "Premier contact avec l'école par le conseil des maîtres."),
    "P088": (0, "N'a pas marché."),
    "P081": (0, "Piège : café numérique seniors."),
    "P038": (0, "Piège : écran géant."),
}
J["X20"] = {  # Bagnolet, CS sans CLAS, hors EP, CM2 parents, pas de contact collège
    "P012": (3, "Visite du collège pour les parents de CM2 ; a marché."),
    "P068": (3, "Livret « mon entrée en 6e » (cantine, Pronote, bourses, à qui parler) ; a marché."),
    "P002": (2, "Stage CM2–6e ; a marché ; s'appuie sur un CLAS et des professeurs."),
    "P049": (1, "Après l'entrée en 6e : bulletin et Pronote."),
    "P055": (1, "Pronote pour parents de 6e : voisin."),
    "P087": (0, "Forum 6e : n'a pas marché."),
    "P051": (0, "Suppose un CLAS ; en partie."),
    "P048": (0, "Piège : passerelle crèche–maternelle."),
}
J["X21"] = {  # F93-02 Franc-Moisin, REP+, CLAS élém, repérage des enfants
    "P056": (3, "Fiche d'orientation des enfants vers le CLAS par les enseignants ; a marché."),
    "P005": (2, "Faire connaître le centre aux enseignants : plus d'enfants orientés vers le CLAS ; a marché."),
    "P075": (2, "Entrée au CLAS sur proposition de l'enseignant ; a marché ; hors EP."),
    "P003": (1, "Cahier de liaison : communication, pas repérage."),
    "P035": (1, "Bilans CLAS avec enseignants : voisin."),
    "P065": (1, "Annuaire : plus d'orientations de familles."),
    "P018": (1, "Orientation par les professeurs principaux, au collège."),
    "P091": (1, "Orientation par les professeurs principaux, au collège."),
    "P062": (0, "N'a pas marché."),
}
J["X22"] = {  # Sarcelles, CS, maternelle REP, parents au portail
    "P021": (3, "Matinées jeux en classe de maternelle avec les parents ; a marché ; REP."),
    "P007": (2, "Accueil des parents dans le hall de la maternelle ; a marché ; centré assiduité."),
    "P026": (2, "Café des parents dans l'école ; a marché ; élémentaire."),
    "P048": (2, "Visites de l'école avec les parents avant la PS ; a marché."),
    "P045": (1, "ASL dans la maternelle : pour parents allophones."),
    "P042": (1, "Réunion de rentrée au centre : voisin."),
    "P014": (1, "Accompagner aux rendez-vous : voisin."),
    "P089": (0, "Piège : portes ouvertes du centre."),
}
J["X23"] = {  # Vénissieux, collège REP+, accompagner une mère vers la principale / conseil de discipline
    "P066": (3, "Posture d'accompagnement du parent sans parler à sa place, direction prévenue ; a marché."),
    "P027": (3, "Charte : ce que le centre fait et ne fait pas dans un conflit ; a marché."),
    "P004": (2, "Exactement le conseil de discipline ; n'a marché qu'en partie (perçu comme l'avocat)."),
    "P006": (2, "Rencontre à trois ; a marché ; suppose que les deux parties viennent au centre."),
    "P014": (2, "Accompagner le parent avec l'école prévenue ; a marché ; rendez-vous ordinaires."),
    "P033": (1, "Orientation vers les recours : en partie."),
    "P017": (1, "Alternative à l'exclusion : voisin."),
    "P093": (1, "Accompagner une famille au collège : voisin."),
    "P058": (0, "Médiation sans l'accord du collège : n'a pas marché."),
    "P073": (0, "Piège : médiation de voisinage."),
}
J["X24"] = {  # Grigny, collège REP+, exclusions, relation fragile
    "P017": (3, "Convention de mesures de responsabilisation ; a marché ; REP+."),
    "P050": (2, "Accueil des exclus au centre ; en partie."),
    "P041": (1, "Relation difficile avec la direction : passer par la coordination REP+."),
    "P028": (1, "Convention pluriannuelle : voisin."),
    "P004": (1, "Conseil de discipline : voisin."),
    "P077": (0, "N'a pas marché."),
    "P085": (0, "Piège : exclusion numérique."),
}
J["X25"] = {  # Rennes, EVS, collège REP, ENT/Pronote
    "P013": (3, "ÉduConnect et Pronote sur le téléphone des parents, au collège ; a marché."),
    "P055": (3, "Atelier Pronote sur le téléphone des parents ; a marché."),
    "P069": (2, "Permanence ENT d'un EVS ; en partie, sans lien avec le collège."),
    "P049": (2, "Bulletin et Pronote avec la principale adjointe ; a marché ; Pronote en partie."),
    "P043": (1, "Aide ENT : en partie."),
    "P053": (1, "Espace parents avec ordinateur : en partie."),
    "P070": (0, "Piège : démarches CAF."),
    "P081": (0, "Piège : seniors."),
}
J["X26"] = {  # Pierrefitte, CS sans CLAS, maternelle REP+, sommeil
    "P046": (3, "Cafés des parents sans jugement sur les écrans des tout-petits ; enfants moins fatigués le matin ; a marché."),
    "P032": (2, "Atelier sommeil des 3-6 ans avec l'école ; en partie."),
    "P031": (2, "Pas d'écran au coucher ; a marché ; pas centré sur le sommeil."),
    "P084": (1, "Défi sans écrans : voisin."),
    "P023": (1, "Infirmière et parents sur alimentation et sommeil : voisin."),
    "P039": (1, "Soirée écrans et sommeil : en partie."),
    "P022": (1, "Jeux à la place des écrans : en partie."),
    "P088": (0, "N'a pas marché."),
}
J["X27"] = {  # Mantes-la-Jolie, CS, élémentaire REP+, enseignants nouveaux
    "P005": (3, "Petit-déjeuner de rentrée pour les enseignants nouveaux ; a marché ; REP+."),
    "P065": (3, "Annuaire des ressources remis aux enseignants arrivants ; a marché."),
    "P060": (2, "Rencontre des nouvelles directions ; a marché ; directions, pas enseignants."),
    "P083": (2, "Présentation en conseil des maîtres ; a marché."),
    "P028": (1, "Convention : voisin."),
    "P041": (1, "Passer par la coordination REP+ : voisin."),
    "P071": (1, "Inviter une nouvelle directrice : en partie."),
    "P082": (0, "Piège : nouveaux habitants."),
    "P089": (0, "Piège : portes ouvertes pour les familles."),
}
J["X28"] = {  # Clichy-sous-Bois, collège REP+, stage de 3e
    "P019": (3, "Accueil de stagiaires de 3e au centre ; a marché."),
    "P002": (0, "Piège : « stage » CM2–6e."),
}
J["X29"] = {  # F93-01 Saint-Denis, REP+, ados réseaux la nuit, parents
    "P057": (2, "Groupe de parole parents d'ados sur les réseaux ; en partie."),
    "P016": (2, "Soirée parents sur les applications ; a marché ; centré insultes plus que temps d'écran."),
    "P031": (0, "Écrans des petits : pas ce niveau."),
    "P046": (0, "Écrans des tout-petits : pas ce niveau."),
    "P084": (0, "Écrans des enfants d'école : pas ce niveau."),
    "P081": (0, "Piège : seniors."),
}
J["X30"] = {  # Garges, collège REP, nouveau principal, salle CLAS retirée
    "P041": (3, "Même situation (nouveau principal, salle du CLAS reprise) ; coordination du réseau ; a marché."),
    "P028": (2, "Convention qui survit aux changements ; a marché ; prévention."),
    "P060": (2, "Rencontre systématique des nouvelles directions ; a marché ; écoles."),
    "P071": (1, "Invitation de la nouvelle directrice : en partie, école."),
    "P083": (1, "Se présenter à l'équipe : voisin."),
    "P005": (1, "Faire connaître le centre : voisin."),
    "P036": (0, "N'a pas marché."),
    "P062": (0, "Piège : « CLAS 6e », n'a pas marché."),
}
J["X31"] = {  # Villiers-le-Bel, collège REP+, parents allophones aux réunions
    "P011": (3, "ASL centrés sur l'école et le collège ; des mères venues seules à la réunion parents-professeurs ; a marché."),
    "P059": (2, "Permanence de la CPE au centre avec traduction ; a marché ; hors réunion."),
    "P068": (2, "Livret traduit et réunion avec interprètes ; a marché ; entrée en 6e."),
    "P014": (2, "Accompagner aux rencontres parents-professeurs ; a marché."),
    "P067": (2, "Parents relais interprètes, y compris avec la CPE ; en partie."),
    "P010": (1, "Interprètes aux réunions d'école : en partie, primaire."),
    "P042": (1, "Réunion au centre avec interprètes, CP."),
    "P053": (1, "Espace parents au collège : en partie."),
    "P015": (0, "Piège : code de la route."),
}
J["X32"] = {  # Lens, collège hors EP, absentéisme perlé, bons liens
    "P001": (3, "Cellule de veille et premier contact des familles au centre ; a marché."),
    "P059": (2, "CPE qui reçoit les parents au centre ; a marché."),
    "P054": (2, "Remobilisation d'absentéistes ; a marché ; 4e-3e avec PRE."),
    "P092": (1, "Rendez-vous dès les premières absences, élémentaire."),
    "P044": (1, "Appel aux familles : élémentaire, en partie."),
    "P078": (1, "En cours."),
    "P063": (0, "Piège : absence des bénévoles."),
    "P086": (0, "Piège : école buissonnière."),
}
J["X33"] = {  # Toulouse, collège REP+, mère d'un 6e harcelé
    "P093": (3, "Accompagner la famille d'un enfant harcelé jusqu'au collège, sans contacter l'autre famille ; a marché."),
    "P066": (2, "Accompagner le parent au rendez-vous ; a marché."),
    "P029": (2, "Circuit de signalement centre–collège (pHARe) ; a marché."),
    "P016": (1, "Prévention au collège : voisin."),
    "P006": (1, "Rencontre à trois : voisin."),
    "P027": (1, "Posture du centre : voisin."),
    "P057": (1, "Parents d'ados : en partie."),
    "P058": (0, "N'a pas marché."),
    "P073": (0, "Piège : médiation entre voisins."),
}
J["X34"] = {  # Mulhouse, collège REP, contrôle parental
    "P016": (2, "Soirée parents : applications et réglages ; a marché ; une partie de l'action."),
    "P057": (2, "Groupe de parents d'ados, fiches sur les applications ; en partie."),
    "P081": (0, "Piège : « sécuriser son téléphone » pour seniors."),
    "P055": (0, "Piège : Pronote."),
    "P013": (0, "Piège : ÉduConnect."),
}
J["X35"] = {  # Nanterre, EVS, ASL, CM2 vers collège
    "P068": (3, "Livret traduit sur l'entrée en 6e remis aux parents avec interprètes, porté par un EVS ; a marché."),
    "P012": (3, "Visite du collège pour les parents de CM2 ; a marché."),
    "P011": (3, "ASL avec visite du collège et questions à la CPE ; a marché."),
    "P013": (1, "ÉduConnect et Pronote à la rentrée : voisin."),
    "P049": (1, "Bulletin de 6e : après l'entrée."),
    "P052": (1, "Lexique des mots de l'école : élémentaire."),
    "P002": (1, "Stage CM2–6e : pour les enfants, s'appuie sur un CLAS."),
    "P087": (0, "N'a pas marché."),
}
J["X36"] = {  # Strasbourg, CLAS collège, bénévoles
    "P018": (3, "Étudiants bénévoles au CLAS collège ; a marché."),
    "P091": (3, "Lycéens tuteurs au CLAS collège ; a marché."),
    "P063": (2, "Planning pour les bénévoles du CLAS ; a marché ; élémentaire."),
    "P062": (0, "N'a pas marché."),
}
J["X37"] = {  # Évry, collège REP, faire venir les parents autrement
    "P059": (3, "Permanence de la CPE au centre : parents rencontrés hors problèmes ; a marché."),
    "P053": (2, "Espace parents au collège ; en partie."),
    "P012": (2, "Visite du collège par les parents de CM2 ; a marché."),
    "P049": (2, "Atelier bulletin avec la principale adjointe ; a marché."),
    "P011": (1, "Visites du collège en ASL : voisin."),
    "P026": (1, "Café des parents, école élémentaire."),
    "P016": (1, "Soirée parents : voisin."),
    "P089": (0, "Piège : portes ouvertes du centre."),
}
J["X38"] = {  # Montpellier, élémentaire REP, conflit père–directrice, les deux sollicitent
    "P006": (3, "Rencontre à trois quand les deux parties sollicitent le centre ; a marché."),
    "P027": (3, "Charte de positionnement ; a marché."),
    "P066": (2, "Accompagner le parent ; a marché ; une partie."),
    "P033": (2, "Orientation vers le médiateur ; en partie."),
    "P014": (1, "Accompagner à un rendez-vous : voisin."),
    "P058": (0, "N'a pas marché."),
    "P073": (0, "Piège : médiation de voisinage."),
}
J["X39"] = {  # F93-13 Montreuil, REP, relancer un CLAS collège
    "P018": (3, "CLAS collège avec élèves orientés par les professeurs principaux ; a marché."),
    "P091": (3, "CLAS collège avec orientation et bilan par les professeurs principaux ; a marché."),
    "P056": (2, "Fiche d'orientation enseignant–CLAS ; a marché ; élémentaire."),
    "P051": (2, "CLAS qui suit les enfants en 6e ; en partie."),
    "P041": (1, "Renouer avec le collège pour le CLAS : voisin."),
    "P003": (1, "Liaison CLAS–enseignant : élémentaire."),
    "P075": (1, "Contrat à trois : élémentaire."),
}
J["X40"] = {  # F93-03 Aubervilliers, REP, CE1-CE2, jeux vidéo tard
    "P031": (3, "Semaine sans écrans avec écoles (dont élémentaire) ; a marché ; REP."),
    "P084": (2, "Défi sans écrans avec l'école ; a marché ; hors EP."),
    "P039": (1, "Soirée écrans 3-10 ans ; en partie ; hors EP."),
    "P046": (1, "Cafés écrans, tout-petits."),
    "P057": (0, "Ados : pas ce niveau."),
    "P064": (0, "Piège : robotique."),
    "P088": (0, "N'a pas marché."),
}
J["X41"] = {  # Lyon, ALSH, élémentaire, transmissions
    "P037": (3, "Passage de relais école–accueil de loisirs avec cahier ; a marché ; hors EP."),
    "P003": (2, "Cahier qui circule classe–CLAS ; a marché ; autre temps."),
    "P076": (1, "CLAS dans l'école : échanges informels ; en partie."),
}
J["X42"] = {  # Tourcoing, collège REP, 5e qui sèchent
    "P001": (3, "Cellule de veille absentéisme et contact des familles ; a marché."),
    "P054": (2, "Remobilisation d'absentéistes, 4e-3e ; a marché."),
    "P059": (2, "CPE qui rencontre au centre des parents qui ne viennent pas au collège ; a marché."),
    "P092": (1, "Premières absences, élémentaire."),
    "P044": (1, "Appel aux familles le jour même ; élémentaire, en partie."),
    "P078": (1, "En cours."),
    "P086": (0, "Piège : « L'école buissonnière » = sorties nature."),
    "P063": (0, "Piège : absence des bénévoles."),
}
J["X43"] = {  # Saint-Étienne, CLAS élémentaire, devoirs conflictuels à la maison
    "P008": (3, "Parents au CLAS : aider sans faire à la place, par le jeu ; a marché."),
    "P035": (2, "Bilans CLAS : ce que le parent peut faire à la maison ; a marché."),
    "P075": (1, "Contrat à trois : voisin."),
    "P003": (1, "Cahier signé par les parents : voisin."),
    "P034": (0, "Piège : « devoir » de mémoire."),
    "P040": (0, "Piège : fournitures scolaires."),
}
J["X44"] = {  # Colombes, CLAS, absence des bénévoles
    "P063": (3, "Planning partagé des bénévoles du CLAS ; a marché."),
    "P018": (1, "Étudiants bénévoles : absents en période d'examens."),
    "P091": (1, "Lycéens tuteurs : absents en période de bac."),
    "P001": (0, "Piège : absentéisme des élèves."),
}
J["X45"] = {  # Marseille, collège REP+, partage d'informations avec la CPE
    "P001": (3, "Charte de confidentialité et fiche navette anonymisée CPE–centre ; a marché."),
    "P027": (2, "Charte : ne pas relayer, dire ce qu'on fait ; a marché."),
    "P044": (1, "Arrêté pour protection des données : voisin, en partie."),
    "P029": (1, "Protocole de signalement : voisin."),
    "P028": (1, "Convention qui fixe les rôles : voisin."),
}
J["X46"] = {  # Trappes, EVS, maternelle REP+, écrans (une ligne)
    "P046": (3, "Cafés écrans tout-petits ; a marché ; REP+."),
    "P031": (3, "Semaine sans écrans ; a marché."),
    "P084": (2, "Défi sans écrans par un EVS ; a marché ; hors EP."),
    "P022": (2, "Malles de jeux par un EVS ; en partie."),
    "P039": (1, "Soirée parents : en partie."),
    "P032": (1, "Sommeil : voisin."),
    "P088": (0, "N'a pas marché."),
    "P057": (0, "Ados : pas ce niveau."),
    "P081": (0, "Piège : seniors."),
}
J["X47"] = {  # Creil, CLAS élémentaire REP, liaison CM2-6e
    "P002": (3, "Stage CM2–6e avec CLAS et professeurs du collège ; a marché."),
    "P051": (2, "Groupe CLAS du CM2 à la 6e ; en partie."),
    "P012": (2, "Visite du collège pour les parents ; a marché ; parents."),
    "P068": (1, "Livret pour les parents."),
    "P049": (1, "Après l'entrée."),
    "P018": (1, "CLAS collège : suite."),
    "P091": (1, "CLAS collège : suite."),
    "P087": (0, "N'a pas marché."),
    "P048": (0, "Piège : passerelle crèche–maternelle."),
}
J["X48"] = {  # Le Puy-en-Velay, EVS récent, aucun lien avec les écoles
    "P083": (3, "EVS qui se présente en conseil des maîtres pour démarrer ; a marché."),
    "P005": (2, "Inviter les enseignants au centre ; a marché ; REP+."),
    "P065": (1, "Annuaire des ressources : voisin."),
    "P060": (1, "Rencontrer les directions : suppose un partenariat."),
    "P020": (1, "Projet commun festif : voisin."),
    "P071": (1, "Invitation à une fête : en partie."),
    "P036": (0, "N'a pas marché."),
    "P089": (0, "Piège : portes ouvertes du centre."),
    "P082": (0, "Piège : accueil des nouveaux habitants."),
}


# ----------------------------------------------------------------------------- écriture et contrôles
def lire(nom):
    with open(os.path.join(CLASSEUR, nom), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def codes_admis():
    import pandas as pd
    va = pd.read_excel(MODELE, sheet_name="Valeurs admises", dtype=str)
    out = {}
    for _, r in va.iterrows():
        out.setdefault(r.iloc[0], set()).add(r.iloc[2])
    return out


def main():
    pratiques = {r["id_pratique"]: r for r in lire("pratiques.csv")}
    centres = {r["id_centre"] for r in lire("centres.csv")}
    with open(COMMUNES_FR, encoding="utf-8-sig") as f:
        communes = {r["code_insee"] for r in csv.DictReader(f, delimiter=";")}
    V = codes_admis()
    err = []
    ids = [q[0] for q in REQUETES]
    assert len(ids) == len(set(ids)) and len(ids) >= 45, "ids"
    for (qid, cen, com, typ, clas, niv, ep, qual, freq, th, txt) in REQUETES:
        if cen:
            if cen not in centres: err.append(f"{qid}: centre inconnu {cen}")
            if any([com, typ, clas, niv, ep, qual, freq]): err.append(f"{qid}: configuration remplie avec id_centre")
        else:
            if com not in communes: err.append(f"{qid}: commune {com}")
            if typ not in V["Type de structure"]: err.append(f"{qid}: type {typ}")
            if clas not in ("oui", "non"): err.append(f"{qid}: clas")
            if niv and niv not in V["Niveau de l’établissement"]: err.append(f"{qid}: niveau")
            if ep and ep not in V["Éducation prioritaire"]: err.append(f"{qid}: ep")
            if qual and qual not in V["Qualité du partenariat"]: err.append(f"{qid}: qualite")
            if freq and freq not in V["Fréquence"]: err.append(f"{qid}: frequence")
        for t in filter(None, th.split("|")):
            if t not in V["Thème"]: err.append(f"{qid}: theme {t}")
        if qid not in REFORMULATIONS or len(REFORMULATIONS[qid]) != 3: err.append(f"{qid}: reformulations")
        if qid not in J: err.append(f"{qid}: jugements")
        for pid, (g, raison) in J.get(qid, {}).items():
            if pid not in pratiques: err.append(f"{qid}: pratique inconnue {pid}")
            elif cen and pratiques[pid]["id_centre"] == cen: err.append(f"{qid}: {pid} est du centre demandeur")
            if g not in (0, 1, 2, 3) or not raison: err.append(f"{qid}/{pid}: note ou raison")
    if set(J) - set(ids): err.append("jugements pour requêtes inconnues")
    if err:
        print("\n".join(err)); sys.exit(1)

    entete = "id_requete;jeu;id_centre;code_commune;type;clas;niveau;education_prioritaire;qualite;frequence;themes;texte".split(";")
    with open(os.path.join(ICI, "requetes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(entete)
        for (qid, cen, com, typ, clas, niv, ep, qual, freq, th, txt) in REQUETES:
            w.writerow([qid, "exterieur", cen, com, typ, clas, niv, ep, qual, freq, th, txt])
    with open(os.path.join(ICI, "reformulations.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["id_requete", "variante", "texte"])
        for qid in ids:
            for var, t in zip(("synonymes", "registre", "fautes"), REFORMULATIONS[qid]):
                w.writerow([qid, var, t])
    n = nz = 0
    parq = {}
    with open(os.path.join(ICI, "jugements.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["id_requete", "id_pratique", "pertinence", "raison"])
        for (qid, cen, *_rest) in REQUETES:
            for pid in sorted(pratiques):
                if cen and pratiques[pid]["id_centre"] == cen:
                    continue
                g, raison = J[qid].get(pid, (0, ""))
                w.writerow([qid, pid, g, raison])
                n += 1
                if g:
                    nz += 1; parq[qid] = parq.get(qid, 0) + 1
    print(f"{len(ids)} requêtes, {n} jugements, {nz} non nuls, {nz/len(ids):.2f} non nuls par requête (min {min(parq.values())}, max {max(parq.values())})")
    dist = {}
    for qid in J:
        for g, _ in J[qid].values():
            dist[g] = dist.get(g, 0) + 1
    print("notes écrites à la main :", dict(sorted(dist.items())))


if __name__ == "__main__":
    main()
