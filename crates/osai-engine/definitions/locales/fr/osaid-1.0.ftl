# osaid-1.0 : traduction française des textes de la définition (titres, explications, remèdes).
# Les citations restent dans la langue du texte cité.

definition =
    .title = Définition de l'IA open source de l'OSI, version 1.0
    .summary = Code sous licences approuvées par l'OSI, paramètres sous des conditions conformes à l'Open Source Definition, informations sur les données complètes ; les données d'entraînement elles-mêmes n'ont pas à être publiées.

OSAID-CODE-ARCHITECTURE =
    .title = Architecture du modèle publiée sous une licence approuvée par l'OSI
    .explain = Si l'architecture du modèle (le code qui définit le modèle) est publiée sous une licence approuvée par l'OSI.
    .remedy-fail = Publiez l'architecture du modèle (le code qui définit le modèle) sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-la sous components.model-architecture.
    .remedy-unknown = Sous quelle licence l'architecture du modèle (le code qui définit le modèle) est-elle publiée ? Indiquez components.model-architecture.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-CODE-PREPROCESSING =
    .title = Code de traitement et de filtrage des données publié sous une licence approuvée par l'OSI
    .explain = Si le code qui a traité et filtré les données d'entraînement est publié sous une licence approuvée par l'OSI.
    .remedy-fail = Publiez le code qui a traité et filtré les données d'entraînement sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-le sous components.data-preprocessing-code.
    .remedy-unknown = Sous quelle licence le code qui a traité et filtré les données d'entraînement est-il publié ? Indiquez components.data-preprocessing-code.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-CODE-TRAINING =
    .title = Code d'entraînement publié sous une licence approuvée par l'OSI
    .explain = Si le code d'entraînement, avec les arguments et réglages utilisés, est publié sous une licence approuvée par l'OSI.
    .remedy-fail = Publiez le code d'entraînement, avec les arguments et réglages utilisés, sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-le sous components.training-code.
    .remedy-unknown = Sous quelle licence le code d'entraînement, avec les arguments et réglages utilisés, est-il publié ? Indiquez components.training-code.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-CODE-INFERENCE =
    .title = Code d'inférence publié sous une licence approuvée par l'OSI
    .explain = Si le code qui exécute le modèle est publié sous une licence approuvée par l'OSI.
    .remedy-fail = Publiez le code qui exécute le modèle sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-le sous components.inference-code.
    .remedy-unknown = Sous quelle licence le code qui exécute le modèle est-il publié ? Indiquez components.inference-code.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-CODE-EVALUATION =
    .title = Code de validation et de test publié sous une licence approuvée par l'OSI
    .explain = Si le code de validation et de test est publié sous une licence approuvée par l'OSI. La définition l'exige « s'il a été utilisé » : quand le manifeste ne le déclare pas, osai suppose qu'il n'a pas été utilisé (sans objet, avec un avertissement). La liste de contrôle 1.0 de l'OSI l'exige dans tous les cas.
    .remedy-fail = Publiez le code de validation et de test sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-le sous components.evaluation-code.
    .remedy-unknown = Sous quelle licence le code de validation et de test est-il publié ? Indiquez components.evaluation-code.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-CODE-SUPPORTING =
    .title = Bibliothèques et outils annexes publiés sous une licence approuvée par l'OSI
    .explain = Si les bibliothèques et outils annexes (tokeniseurs, recherche d'hyperparamètres) sont publiés sous une licence approuvée par l'OSI. La définition l'exige « s'ils ont été utilisés » : quand le manifeste ne les déclare pas, osai suppose qu'ils n'ont pas été utilisés (sans objet, avec un avertissement). La liste de contrôle 1.0 de l'OSI les exige dans tous les cas.
    .remedy-fail = Publiez les bibliothèques et outils annexes (tokeniseurs, recherche d'hyperparamètres) sous une licence approuvée par l'OSI (par exemple Apache-2.0 ou MIT) et déclarez-les sous components.supporting-libraries.
    .remedy-unknown = Sous quelle licence les bibliothèques et outils annexes (tokeniseurs, recherche d'hyperparamètres) sont-ils publiés ? Indiquez components.supporting-libraries.license ou licenses.code.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications aux systèmes d'apprentissage automatique, Code

OSAID-PARAMS-PUBLISHED =
    .title = Paramètres finaux du modèle publiés
    .explain = Les paramètres du modèle (poids et autres réglages de configuration) doivent être mis à disposition. Les points de contrôle intermédiaires et l'état de l'optimiseur sont des exemples du texte, non des exigences.
    .remedy-fail = Publiez les paramètres finaux du modèle (les poids) et déclarez-les sous components.model-parameters-final.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Paramètres

OSAID-PARAMS-TERMS =
    .title = Paramètres sous des conditions conformes à l'Open Source Definition
    .explain = Les paramètres doivent être disponibles sous des conditions qui accordent les quatre libertés sans restriction : ni interdiction de domaines d'usage, ni politique d'usage acceptable, ni seuil d'utilisateurs, ni clause non commerciale ou d'interdiction des œuvres dérivées. Les conditions de type copyleft sont admises. La FAQ de l'OSI demande aussi une déclaration explicite que les paramètres sont librement disponibles pour tous.
    .remedy-fail = Publiez les paramètres sous des conditions conformes à l'OSD (par exemple Apache-2.0, MIT, OpenMDW-1.0) ; les licences à restrictions d'usage (Llama, Gemma, RAIL) ne conviennent pas.
    .remedy-unknown = Sous quelles conditions les paramètres sont-ils publiés ? Indiquez licenses.model (ou la licence du composant).
    .cite = OSAID 1.0, Paramètres : « made available under OSI-approved terms » (LECTURE : des conditions conformes à l'OSD, les paramètres n'étant pas du logiciel)

OSAID-DATA-DESCRIPTION =
    .title = Informations sur les données : description complète de toutes les données d'entraînement, y compris celles qui ne peuvent être partagées
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : description complète de toutes les données d'entraînement, y compris celles qui ne peuvent être partagées.
    .remedy-fail = Publiez : description complète de toutes les données d'entraînement, y compris celles qui ne peuvent être partagées ; puis indiquez data_information.description: true.
    .remedy-unknown = Ceci est-il documenté : description complète de toutes les données d'entraînement, y compris celles qui ne peuvent être partagées ? Indiquez data_information.description à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-PROVENANCE =
    .title = Informations sur les données : provenance des données d'entraînement
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : provenance des données d'entraînement.
    .remedy-fail = Publiez : provenance des données d'entraînement ; puis indiquez data_information.provenance: true.
    .remedy-unknown = Ceci est-il documenté : provenance des données d'entraînement ? Indiquez data_information.provenance à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-SCOPE =
    .title = Informations sur les données : périmètre et caractéristiques des données d'entraînement
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : périmètre et caractéristiques des données d'entraînement.
    .remedy-fail = Publiez : périmètre et caractéristiques des données d'entraînement ; puis indiquez data_information.scope: true.
    .remedy-unknown = Ceci est-il documenté : périmètre et caractéristiques des données d'entraînement ? Indiquez data_information.scope à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-SELECTION =
    .title = Informations sur les données : comment les données d'entraînement ont été obtenues et sélectionnées
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : comment les données d'entraînement ont été obtenues et sélectionnées.
    .remedy-fail = Publiez : comment les données d'entraînement ont été obtenues et sélectionnées ; puis indiquez data_information.selection: true.
    .remedy-unknown = Ceci est-il documenté : comment les données d'entraînement ont été obtenues et sélectionnées ? Indiquez data_information.selection à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-LABELING =
    .title = Informations sur les données : procédures d'annotation
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : procédures d'annotation.
    .remedy-fail = Publiez : procédures d'annotation ; puis indiquez data_information.labeling: true.
    .remedy-unknown = Ceci est-il documenté : procédures d'annotation ? Indiquez data_information.labeling à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-PROCESSING =
    .title = Informations sur les données : méthodes de traitement et de filtrage des données
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : méthodes de traitement et de filtrage des données.
    .remedy-fail = Publiez : méthodes de traitement et de filtrage des données ; puis indiquez data_information.processing: true.
    .remedy-unknown = Ceci est-il documenté : méthodes de traitement et de filtrage des données ? Indiquez data_information.processing à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, a)

OSAID-DATA-PUBLIC-LISTED =
    .title = Informations sur les données : toutes les données d'entraînement publiquement disponibles listées, avec où les obtenir
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : toutes les données d'entraînement publiquement disponibles listées, avec où les obtenir.
    .remedy-fail = Publiez : toutes les données d'entraînement publiquement disponibles listées, avec où les obtenir ; puis indiquez data_information.public_listed: true.
    .remedy-unknown = Ceci est-il documenté : toutes les données d'entraînement publiquement disponibles listées, avec où les obtenir ? Indiquez data_information.public_listed à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, b)

OSAID-DATA-OBTAINABLE-LISTED =
    .title = Informations sur les données : toutes les données d'entraînement obtenables auprès de tiers listées, avec où (y compris contre paiement)
    .explain = Des informations sur les données d'entraînement assez détaillées pour qu'une personne compétente puisse construire un système substantiellement équivalent. Cet élément : toutes les données d'entraînement obtenables auprès de tiers listées, avec où (y compris contre paiement).
    .remedy-fail = Publiez : toutes les données d'entraînement obtenables auprès de tiers listées, avec où (y compris contre paiement) ; puis indiquez data_information.obtainable_listed: true.
    .remedy-unknown = Ceci est-il documenté : toutes les données d'entraînement obtenables auprès de tiers listées, avec où (y compris contre paiement) ? Indiquez data_information.obtainable_listed à true, partial ou false.
    .cite = OSAID 1.0, forme préférée pour apporter des modifications, Informations sur les données, c)

OSAID-DATA-TERMS =
    .title = Informations sur les données sous des conditions ouvertes
    .explain = Les documents qui portent les informations sur les données (fiche de données, rapport technique, article) doivent être disponibles sous des conditions ouvertes. L'OSI n'a approuvé aucune licence de documents ; osai accepte donc les licences de contenu conformes à l'OSD et le signale.
    .remedy-fail = Publiez les documents d'informations sur les données sous une licence ouverte telle que CC-BY-4.0.
    .remedy-unknown = Sous quelle licence sont les documents qui décrivent les données d'entraînement ? Indiquez data_information.license ou licenses.document.
    .cite = OSAID 1.0, Informations sur les données, « under OSI-approved terms » (LECTURE : les licences de contenu ouvertes telles que CC-BY, CC-BY-SA, CC0 sont admises pour les documents)

OSAID-DATA-SOURCES-LOCATED =
    .title = Chaque source de données d'entraînement listée dit où l'obtenir
    .explain = Les quatre classes de données (ouvertes, publiques, obtenables, non partageables) sont compatibles avec l'OSAID quand les informations sur les données sont complètes. osai vérifie que chaque source listée sous components.datasets.sources dit où l'obtenir (ou, pour les données non partageables, où elle est décrite). Sans objet quand les jeux de données ne sont pas listés.
    .remedy-fail = Indiquez un emplacement pour chaque source de données d'entraînement (pour les données non partageables : où elles sont décrites et comment elles ont été obtenues).
    .remedy-unknown = Quelles sources composent les données d'entraînement ? Listez-les sous components.datasets.sources avec leur nom, leur classe et leur emplacement.
    .cite = OSAID 1.0, Informations sur les données, b) et c) ; FAQ de l'OSI sur les données ouvertes, publiques, accessibles et non partageables

OSAID-FREEDOMS =
    .title = Les quatre libertés pour le système dans son ensemble
    .explain = Le système entier et ses éléments doivent pouvoir être utilisés à toute fin sans autorisation, étudiés, modifiés et partagés. osai le déduit des exigences sur le code et les paramètres ci-dessus : réussi quand elles réussissent toutes.
    .remedy-fail = Levez les restrictions que nomment les exigences en échec sur le code et les paramètres.
    .remedy-unknown = Répondez aux questions des exigences inconnues sur le code et les paramètres.
    .cite = OSAID 1.0, « What is Open Source AI » (utiliser, étudier, modifier, partager)
