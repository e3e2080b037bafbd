# debian-ml : traduction française.

definition =
    .title = Politique ML de Debian : modèle libre, ToxicCandy, non libre
    .summary = Un projet de politique d'équipe, non une politique du projet Debian. Modèle libre : licence conforme aux DFSG, données et logiciel d'entraînement libres et disponibles. ToxicCandy : licence libre mais données indisponibles ou non libres. Non libre : la licence du modèle n'est pas conforme aux DFSG.

DEBIAN-MODEL-LICENCE =
    .title = Modèle sous une licence conforme aux DFSG
    .explain = Le modèle (ses paramètres) doit être publié sous une licence conforme aux principes du logiciel libre selon Debian (DFSG) ; osai utilise son test de l'Open Source Definition, dont les DFSG sont très proches.
    .remedy-fail = Publiez le modèle sous une licence conforme aux DFSG (par exemple Apache-2.0, MIT, CC-BY-4.0).
    .remedy-unknown = Sous quelle licence le modèle est-il publié ?
    .cite = Debian ML-Policy (Mo Zhou), catégories de modèles : modèle non libre ; DFSG §5–6 (pas de discrimination)

DEBIAN-TRAINING-DATA =
    .title = Données d'entraînement disponibles publiquement sous des conditions libres
    .explain = Les données d'entraînement doivent être publiées, chaque source ouverte (classe `open`) et sous une licence libre, afin que chacun puisse étudier et, en principe, reproduire le modèle.
    .remedy-fail = Publiez les données d'entraînement sous une licence libre ; d'ici là le modèle est au mieux ToxicCandy.
    .remedy-unknown = Chaque source de données d'entraînement est-elle publiée, ouverte et sous une licence libre ? Listez-les sous components.datasets.sources.
    .cite = Debian ML-Policy, modèle libre : données d'entraînement libres et accessibles à des utilisateurs anonymes

DEBIAN-TRAINING-CODE =
    .title = Logiciel d'entraînement libre et complet
    .explain = Le logiciel qui a entraîné le modèle, prétraitement des données compris, doit être publié sous une licence libre.
    .remedy-fail = Publiez le code complet d'entraînement et de prétraitement sous une licence libre.
    .remedy-unknown = Sous quelle licence le code d'entraînement et de prétraitement est-il publié ?
    .cite = Debian ML-Policy, modèle libre : le programme d'entraînement est présent et complet

category-non-free =
    .title = modèle non libre (la licence du modèle n'est pas conforme aux DFSG)

category-free-model =
    .title = modèle libre

category-toxic-candy =
    .title = modèle ToxicCandy (licence libre, mais données ou logiciel d'entraînement indisponibles ou non libres)
