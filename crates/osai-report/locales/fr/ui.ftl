# Ce que disent les rapports d'osai autour des textes des définitions.

status-pass = réussi
status-fail = échec
status-unknown = inconnu
status-not-applicable = sans objet

outcome-applies = s'applique
outcome-does-not-apply = ne s'applique pas
outcome-unknown = inconnu
outcome-not-applicable = sans objet

kind-model = modèle
kind-system = système

yes-no-yes = oui
yes-no-no = non
yes-no-unknown = inconnu

header = { $name }{ $source } — { $kind }, évalué au { $date }
detail-class = classe { $n }
detail-unclassified = non classé
detail-score = score { $score } sur { $n }
detail-exempt = exempté : { $list }
detail-exemption-undecided = exemption non tranchée : { $list }
detail-systemic-risk = risque systémique : { $value }
detail-counts = { $pass } { $pass ->
        [one] réussie
       *[other] réussies
    }, { $fail } en échec, { $unknown } { $unknown ->
        [one] inconnue
       *[other] inconnues
    }

label-warning = avertissement :
label-why = pourquoi :
label-fact = fait :
label-cites = cite :
label-todo = à faire :
label-derived = (déduit)
label-trace = trace de la décision :
label-unverified = NON VÉRIFIÉ

ob-applies = s'applique
ob-not-yet = pas encore
ob-not-apply = ne s'applique pas
ob-unknown = inconnu
ob-from = à partir du { $date }

test-osi = approuvée par l'OSI
test-osd = conforme à l'Open Source Definition
test-aiact = une licence libre et ouverte au sens du règlement sur l'IA
test-freedoms-unreviewed = connue pour accorder les libertés demandées (osai ne l'a pas examinée)
test-freedoms = accorde les libertés demandées
test-free-of = libre des restrictions que ce critère exclut
test-free-of-unreviewed = libre des restrictions exclues (osai ne l'a pas examinée)

component-model-architecture = Architecture du modèle
component-data-preprocessing-code = Code de prétraitement des données
component-training-code = Code d'entraînement
component-inference-code = Code d'inférence
component-evaluation-code = Code d'évaluation
component-supporting-libraries = Bibliothèques et outils annexes
component-model-parameters-final = Paramètres du modèle (finaux)
component-model-parameters-intermediate = Paramètres du modèle (intermédiaires)
component-datasets = Jeux de données
component-evaluation-data = Données d'évaluation
component-model-metadata = Métadonnées du modèle
component-sample-model-outputs = Exemples de sorties du modèle
component-model-card = Fiche du modèle
component-data-card = Fiche de données
component-technical-report = Rapport technique
component-research-paper = Article de recherche
component-evaluation-results = Résultats d'évaluation

html-title = Rapport osai : { $name }
html-title-many = Rapport osai : { $n } publications
html-assessed = Évalué au { $date } par { $tool }.
html-not-advice = osai applique chaque définition telle qu'elle est écrite dans son fichier de données ; ce n'est pas un avis juridique. Les textes marqués NON VÉRIFIÉ reposent sur des sources secondaires.
html-comparison = Comparaison
html-release = Publication
html-matrix = Définitions × composants
html-matrix-note = Chaque case résume les exigences d'une définition sur un composant : échec si l'une échoue, sinon inconnu si l'une est inconnue, réussi si toutes réussissent ; — quand la définition n'en demande rien.
html-legend-via = satisfait par un autre composant (la définition admet une alternative)
html-via = satisfait par { $components }, pas par ce composant
html-legend-none = non demandé par la définition
html-legend = Légende
html-definition = Définition
html-verdict = Verdict
html-requirements = Exigences
html-requirements-count = { $n } exigences
html-ladder = Échelle des classes MOF
html-ladder-progress = { $percent } % des composants de cette classe inclus sous licence ouverte
html-exemptions = Exemptions
html-obligations = Obligations
html-obligation = Obligation
html-applies = S'applique
html-since = À partir du
html-cite = Citation
html-remedy = À faire
html-reason = Pourquoi
html-facts = Faits
html-fact-path = Fait
html-fact-value = Valeur
html-fact-source = Où il est écrit
html-warnings = Avertissements
html-summary = Résumé
html-contents = Sommaire
html-back-to-top = Haut de page

md-title = osai : { $name }
md-definition = Définition
md-verdict = Verdict
md-detail = Détail
md-open-items = { $n } exigences en échec ou inconnues
md-reason = pourquoi :
md-remedy = à faire :
md-cite = cite :

sarif-fail = { $code } en échec : { $reason }
sarif-unknown = { $code } inconnue : { $reason }
sarif-help = { $remedy } (cite : { $cite })

badge-class = classe { $n }
badge-unclassified = non classé
badge-exempt = exempté
badge-not-exempt = non exempté
badge-exemption-undecided = exemption non tranchée

mof-state-included = inclus
mof-state-invalid = invalide
mof-state-unlicensed = sans licence
mof-state-missing = absent
mof-state-licence-unknown = licence inconnue

licence-category-unlicensed = publié sans aucune licence
licence-category-undisclosed = licence non communiquée par l'éditeur
licence-category-proprietary = conditions propriétaires
licence-category-not-included = composant non inclus dans la publication
licence-category-several = plusieurs licences nommées en texte libre
licence-category-bsd-unspecified = « BSD » sans dire quelle licence BSD
licence-category-unrecognised = un texte qui ne nomme aucune licence (un lien vers un article, le nom d'un jeu de données)
licence-category-gfdl-unspecified = « GFDL » sans dire quelle version ou variante
licence-category-cc-unspecified = « Creative Commons » sans dire quelle licence

compare-release = publication
compare-disagree = désaccord
compare-exemptions = Exemptions du règlement sur l'IA selon chaque lecture de « licence libre et ouverte » (publications auxquelles chacune s'applique) :
compare-footer = { $n } publications ; les définitions divergent sur { $d } (marquées *)

web-nav-home = Évaluer
web-nav-ask = Questionnaire
web-nav-catalogue = Catalogue
web-nav-definitions = Définitions
web-nav-api = API
web-other-lang = English
web-home-title = Cette publication d'IA est-elle open source — et selon quelle définition ?
web-home-intro = Collez un manifeste de publication, une fiche de modèle Hugging Face, un AI-BOM CycloneDX ou SPDX 3, ou un fichier du Model Openness Tool, ou téléversez-le. osai donne le verdict de chaque définition côte à côte, avec les faits utilisés, le texte cité et ce qu'il faut changer.
web-manifest-label = Manifeste ou fiche de modèle
web-file-label = …ou un fichier (1 Mio au plus)
web-assess-button = Évaluer
web-ask-link = Pas de manifeste ? Répondez au questionnaire.
web-hub-label = …ou l'identifiant d'un modèle Hugging Face
web-hub-note = osai lit la fiche du modèle, les fichiers de licence, la configuration et les premiers octets de chaque fichier de poids, au commit que le hub indique, sans télécharger les poids. Dépôts publics seulement.
web-hub-button = Lire depuis le Hub
web-hub-read = Lu depuis { $id } au commit { $sha } ({ $files } fichiers ; { $kib } Kio reçus du hub).
web-hub-error-title = Le dépôt n'a pas pu être lu
web-ask-title = Questionnaire : ce dont dépendent les définitions et le règlement sur l'IA
web-ask-intro = Répondez à ce que vous savez ; laissez le reste sur « je ne sais pas » : ces exigences seront signalées comme inconnues, jamais comme réussies.
web-q-name = Nom de la publication
web-q-producer = Qui le publie ? (facultatif)
web-q-kind = Modèle ou système
web-ask-manifest = Le manifeste que font ces réponses
web-ask-manifest-intro = C'est ce qu'osai a évalué ; téléchargez-le pour le garder, le modifier ou lancer `osai assess` dessus.
web-ask-download = Télécharger le manifeste
web-ask-errors = Certaines réponses n'ont pas pu être utilisées
web-partial = partiel
web-model = modèle
web-system = système
web-yes = oui
web-no = non
web-unknown = je ne sais pas
web-catalogue-title = Catalogue des publications enregistrées
web-catalogue-empty = Aucune publication ne correspond.
web-filter = Filtrer
web-filter-definition = Définition
web-filter-verdict = Verdict
web-filter-any = tous
web-page = Page { $page } sur { $pages }
web-previous = Précédente
web-next = Suivante
web-release = Publication
web-version = version { $n }
web-definitions-title = Définitions
web-requirements = Exigences
web-code = Code
web-requirement = Exigence
web-cite = Citation
web-error-title = L'entrée n'a pas pu être lue
web-error-at = ligne { $line }, colonne { $column }
web-back = Retour
web-not-found = Introuvable

# Licence restriction kinds (osai licence show), in reasons
restriction-field-of-use = domaines d'usage
restriction-acceptable-use-policy = politique d'usage acceptable
restriction-user-threshold = seuil d'utilisateurs
restriction-non-commercial = non commercial
restriction-no-derivatives = pas d'œuvres dérivées
restriction-output-use = usage des sorties
restriction-naming = nom imposé
restriction-geographic = restriction géographique
restriction-revocable = révocable
restriction-other = autres

# osai explain
explain-definition = Définition : { $title } ({ $id } { $version }, { $status })
explain-component = Composant : { $component }
explain-unverified = NON VÉRIFIÉ : la formulation repose sur une source qu'osai n'a pas pu vérifier.
explain-checks = Ce qui est vérifié
explain-rule = Règle : { $rule }
explain-why = Pourquoi (citation)
explain-source = Source : { $source }
explain-how = Comment réussir
explain-if-fail = En cas d'échec :  { $remedy }
explain-if-unknown = Si inconnu :      { $remedy }
explain-default-fail = satisfaire à l'exigence telle qu'elle est formulée
explain-default-unknown = indiquer les faits qu'elle lit
explain-applies-to = S'applique à : { $kinds }
explain-when = Quand elle s'applique
explain-since = À partir du { $date }
explain-since-rule = À partir du { $date } lorsque { $rule } : { $note }

## Le catalogue, la comparaison, les statistiques et les pages de publication
web-search-label = Trouver une publication
web-search-intro = Par nom, producteur ou identifiant Hub, parmi { $n } publications évaluées selon chaque définition.
web-search-button = Rechercher
web-nav-stats = Statistiques
web-nav-disagree = Désaccords
web-catalogue-intro = { $n } publications : celles du Model Openness Tool et de l'European Open Source AI Index, chacune évaluée selon chaque définition, et celles enregistrées ici. Les filtres se combinent ; cochez de 2 à 5 publications pour les comparer.
web-results = { $n ->
    [one] 1 publication correspond
   *[other] { $n } publications correspondent
}
web-filter-text = Nom, producteur ou identifiant Hub
web-filter-licence = Licence
web-filter-family = Famille de licence
web-filter-producer = Producteur
web-filter-kind = Nature
web-filter-year = Année
web-filter-dataset = Jeu de données
web-filter-mof = Classe MOF
web-sort = Ordre
web-sort-name = par nom
web-sort-producer = par producteur
web-sort-year = les plus récentes d'abord
web-sort-dataset = par jeu de données
web-sort-mof = par classe MOF
web-clear = Effacer les filtres
web-download-csv = Télécharger en CSV
web-download-jsonl = Télécharger en JSON Lines
web-compare-button = Comparer les publications cochées (2 à 5)
web-select = Choisir
web-producer = Producteur
web-licence = Licence
web-dataset = Jeu de données
web-component = Composant
web-dataset-mot = Model Openness Tool
web-dataset-osai-index = European Open Source AI Index
web-dataset-api = enregistrée ici
web-dataset-short-mot = MOT
web-dataset-short-osai-index = Index
web-dataset-short-api = ici
web-family-open-source = open source
web-family-restricted = restreinte
web-family-proprietary = propriétaire
web-family-unknown = inconnue
web-family-not-stated = non indiquée
web-mof-class = Classe { $n }
web-mof-unclassified = non classé
web-mof-none = non évalué
web-compare-title = Côte à côte
web-compare-need = Cochez de 2 à 5 publications dans le catalogue pour les comparer.
web-compare-verdicts = Verdict par définition (≠ : les publications diffèrent)
web-compare-components = Composants : publiés ou non, et sous quelle licence
web-compare-licences = Licences indiquées
web-compare-note = Chaque publication est montrée telle que son jeu de données la décrit ; un fait qu'un jeu de données n'indique pas est inconnu, pas absent.
web-published = publié
web-not-published = non publié
web-not-listed = non listé
web-disagree-title = Où les définitions divergent
web-disagree-intro = La même publication, deux verdicts : chaque ligne compte les publications que la première définition accepte et que la seconde refuse. Suivez un nombre pour les voir.
web-disagree-passes = Accepte
web-disagree-fails = Refuse
web-disagree-readings = { $n ->
    [one] 1 publication obtient une autre exemption du règlement sur l'IA selon une autre lecture de « licence libre et ouverte »
   *[other] { $n } publications obtiennent une autre exemption du règlement sur l'IA selon une autre lecture de « licence libre et ouverte »
}
web-releases-word = publications
web-stats-title = Statistiques
web-stats-intro = Sur les { $n } publications du catalogue. Chaque graphique a ses nombres dans un tableau à côté.
web-chart-verdicts = Verdicts par définition
web-chart-verdicts-desc = Barres empilées : pour chaque définition, combien des { $n } publications réussissent, échouent, sont inconnues ou sans objet.
web-chart-exemptions = Les exemptions open source du règlement sur l'IA selon chaque lecture de « licence libre et ouverte »
web-chart-exemptions-desc = Pour chaque lecture (eu-ai-act : les lignes directrices de la Commission ; les autres : le verdict d'une autre définition à la place du critère de licence) et chaque exemption, à combien des { $n } publications elle s'applique.
web-chart-mof = Classes du Model Openness Framework
web-chart-mof-desc = Combien des { $n } publications atteignent chaque classe MOF.
web-chart-families = Familles de licence des paramètres
web-chart-families-desc = Combien des { $n } publications ont leurs paramètres sous licence open source, restreinte, propriétaire, inconnue ou non indiquée.
web-chart-table = Les nombres
web-changes-title = Publications dont l'exemption change selon la lecture
web-changes-intro = La question fondatrice en chiffres : les publications que le règlement sur l'IA exempte dépendent du sens donné à « licence libre et ouverte ».
web-changes-none = Aucune : toutes les lectures donnent les mêmes exemptions.
web-release-verdicts = Verdict par définition
web-release-todo = Ce qu'il faudrait pour réussir
web-release-todo-none = Rien : elle satisfait chaque définition.
web-release-source = D'où viennent les faits
web-release-source-text = Chaque fait ci-dessous vient de { $file } du jeu de données { $dataset }, pris le { $taken } (commit { $commit }) ; « où c'est écrit » donne sa ligne.
web-release-api-source = Enregistrée ici le { $date }, à partir du manifeste fourni.
web-release-same = Le même modèle dans un autre jeu de données
web-release-permalink = Lien permanent
web-release-badge = Badge
web-release-details = Le rapport complet
web-attribution = Attribution
explain-also-in = La même exigence dans : { $list }
