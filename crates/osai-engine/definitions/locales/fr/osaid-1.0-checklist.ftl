# osaid-1.0-checklist : traduction française.

definition =
    .title = Définition de l'IA open source de l'OSI 1.0 — la liste de contrôle prise à la lettre
    .summary = La liste de contrôle de l'OSI, qui se présente comme un outil pédagogique : plus stricte que le texte de la définition sur les bibliothèques annexes et le code de validation (toujours exigés), plus souple sur les données (l'un des jeux de données, article, rapport technique ou fiche de données suffit). Comparez avec osaid-1.0 pour voir où les deux lectures divergent.

OSAIDC-DATA =
    .title = Données : jeux de données, article de recherche, rapport technique ou fiche de données sous des conditions approuvées par l'OSI
    .explain = Le groupe « données » de la liste de contrôle est satisfait quand l'un des jeux de données, article de recherche, rapport technique ou fiche de données est publié sous des conditions approuvées par l'OSI (osai : conformes à l'OSD, LECTURE) — plus souple que le texte de la définition, qui exige chaque élément des informations sur les données. Ses « problèmes connus » disent qu'il faut alors extrapoler si les informations sur les données sont complètes.
    .remedy-fail = Publiez les jeux de données, ou un article de recherche, un rapport technique ou une fiche de données portant les informations sur les données, sous des conditions ouvertes (par exemple CC-BY-4.0).
    .remedy-unknown = Sous quelles conditions les jeux de données, l'article, le rapport ou la fiche de données sont-ils publiés ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-CODE-PREPROCESSING =
    .title = Code de prétraitement des données sous une licence approuvée par l'OSI
    .explain = Exigé par la liste de contrôle.
    .remedy-fail = Publiez le code de prétraitement des données sous une licence approuvée par l'OSI.
    .remedy-unknown = Sous quelle licence est le code de prétraitement des données ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-CODE-TRAINING =
    .title = Code d'entraînement, de validation et de test sous une licence approuvée par l'OSI
    .explain = La liste de contrôle exige le code d'entraînement, de validation et de test comme un seul élément : osai lit training-code et evaluation-code. Le texte de la définition ne demande le code de validation et de test que « s'il a été utilisé ».
    .remedy-fail = Publiez le code d'entraînement et le code d'évaluation (validation, test) sous une licence approuvée par l'OSI.
    .remedy-unknown = Sous quelles licences sont le code d'entraînement et le code d'évaluation ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-CODE-INFERENCE =
    .title = Code d'inférence sous une licence approuvée par l'OSI
    .explain = Exigé par la liste de contrôle.
    .remedy-fail = Publiez le code d'inférence sous une licence approuvée par l'OSI.
    .remedy-unknown = Sous quelle licence est le code d'inférence ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-CODE-SUPPORTING =
    .title = Bibliothèques et outils annexes sous une licence approuvée par l'OSI
    .explain = La liste de contrôle exige les bibliothèques et outils annexes ; le texte de la définition dit « s'ils ont été utilisés » (osaid-1.0 suit le texte). Une publication qui ne les déclare pas échoue ici et peut tout de même réussir osaid-1.0.
    .remedy-fail = Publiez les bibliothèques et outils annexes (tokeniseurs, recherche d'hyperparamètres) sous une licence approuvée par l'OSI, et déclarez-les.
    .remedy-unknown = Sous quelle licence sont les bibliothèques annexes ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-MODEL-ARCHITECTURE =
    .title = Architecture du modèle sous une licence approuvée par l'OSI
    .explain = Exigé par la liste de contrôle.
    .remedy-fail = Publiez l'architecture du modèle sous une licence approuvée par l'OSI.
    .remedy-unknown = Sous quelle licence est l'architecture du modèle ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)

OSAIDC-MODEL-PARAMETERS =
    .title = Paramètres du modèle sous des conditions approuvées par l'OSI
    .explain = Exigé par la liste de contrôle ; « conditions approuvées par l'OSI » lu comme conformes à l'OSD (LECTURE).
    .remedy-fail = Publiez les paramètres sous des conditions conformes à l'OSD.
    .remedy-unknown = Sous quelles conditions sont les paramètres ?
    .cite = liste de contrôle de l'OSAID 1.0 (opensource.org/ai/checklist)
