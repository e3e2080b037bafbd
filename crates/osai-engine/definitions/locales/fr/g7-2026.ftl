# g7-2026 : traduction française. Les libellés sont des traductions d'osai (NON VÉRIFIÉ : le texte
# officiel français, s'il existe, n'a pas été lu).

definition =
    .title = Vision du G7 sur l'ouverture de l'IA (2026) : quatre libellés
    .summary = Des libellés non contraignants, du plus ouvert au moins ouvert : IA open source avec données ouvertes, IA open source, IA à poids ouverts, IA à poids disponibles. Le libellé repose sur des citations secondaires du texte (NON VÉRIFIÉ). Le verdict réussit pour les deux libellés d'IA open source.

G7-FREE-OF-CHARGE =
    .title = Publié gratuitement
    .explain = Chaque libellé exige que la publication soit gratuite ; osai lit facts.monetised.
    .remedy-fail = Aucun libellé du G7 ne s'applique à une publication payante.
    .remedy-unknown = La publication est-elle gratuite (facts.monetised) ?
    .cite = Vision du G7 sur l'ouverture de l'IA (29 mai 2026), chaque label : « free of charge » (NON VÉRIFIÉ : citation de seconde main)

G7-WEIGHTS =
    .title = Poids publiés
    .explain = Chaque libellé exige les poids.
    .remedy-fail = Publiez les poids.
    .cite = Vision du G7 sur l'ouverture de l'IA : poids (NON VÉRIFIÉ : citation de seconde main)

G7-DEPLOYMENT-CODE =
    .title = Code de déploiement publié
    .explain = Chaque libellé exige le code de déploiement ; osai le lit comme le code d'inférence (NON VÉRIFIÉ : ce que couvre le texte).
    .remedy-fail = Publiez le code qui déploie (exécute) le modèle.
    .cite = Vision du G7 sur l'ouverture de l'IA : code de déploiement (NON VÉRIFIÉ : osai le lit comme le code d'inférence)

G7-OPEN-SOURCE-LICENCE =
    .title = Poids et code de déploiement sous une licence open source
    .explain = Poids sous des conditions conformes à l'Open Source Definition, code de déploiement sous une licence approuvée par l'OSI.
    .remedy-fail = Placez les poids et le code de déploiement sous des conditions open source (par exemple Apache-2.0).
    .remedy-unknown = Sous quelles licences sont les poids et le code de déploiement ?
    .cite = Vision du G7 sur l'ouverture de l'IA : labels « Open Source AI » et « Open Weights AI » (NON VÉRIFIÉ : citation de seconde main)

G7-RESTRICTED-LICENCE =
    .title = Poids et code de déploiement sous une licence qui accorde l'usage et la redistribution, éventuellement avec des restrictions d'usage
    .explain = Le libellé le plus bas : la licence peut restreindre des usages, mais doit permettre d'utiliser et de redistribuer les poids.
    .remedy-fail = Publiez les poids sous une licence qui permet au moins leur usage et leur redistribution.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = Vision du G7 sur l'ouverture de l'IA : « Weights Available AI » (restrictions commerciales, géographiques ou d'usage admises ; NON VÉRIFIÉ)

G7-TRAINING-CODE =
    .title = Code d'entraînement publié sous une licence open source
    .explain = Les deux libellés d'IA open source exigent le code d'entraînement.
    .remedy-fail = Publiez le code d'entraînement sous une licence approuvée par l'OSI.
    .remedy-unknown = Sous quelle licence est le code d'entraînement ?
    .cite = Vision du G7 sur l'ouverture de l'IA : labels « Open Source AI » (NON VÉRIFIÉ : citation de seconde main)

G7-FULL-TRAINING-DATA =
    .title = Toutes les données d'entraînement publiées sous des conditions ouvertes
    .explain = Le libellé le plus haut exige la totalité des données d'entraînement.
    .remedy-fail = Publiez les données d'entraînement complètes sous des conditions ouvertes.
    .remedy-unknown = Quelles sources composent les données d'entraînement, de quelle classe et sous quelle licence ?
    .cite = Vision du G7 sur l'ouverture de l'IA : « Open Source AI with Open Data » (NON VÉRIFIÉ : citation de seconde main)

G7-DATA-ONLY-WITHHELD-WHEN-IMPOSSIBLE =
    .title = Données d'entraînement retenues seulement quand le partage est juridiquement ou techniquement impossible, avec des informations sur les données à la place
    .explain = Les données non publiées doivent être des données qui ne peuvent être partagées (osai : classe `unshareable`), et les informations sur les données doivent les décrire. Des données publiques ou obtenables qui n'ont pas été publiées ne relèvent pas de l'exception.
    .remedy-fail = Publiez chaque source d'entraînement qui peut juridiquement et techniquement être partagée ; décrivez les autres.
    .remedy-unknown = Quelles sources d'entraînement ne pouvaient pas être partagées, et pourquoi (classe unshareable) ? Les informations sur les données sont-elles complètes ?
    .cite = Vision du G7 sur l'ouverture de l'IA : « Open Source AI » (plus étroite que l'OSAID 1.0 : l'exception est l'impossibilité ; formulation NON VÉRIFIÉE)

category-open-source-ai-with-open-data =
    .title = IA open source avec données ouvertes

category-open-source-ai =
    .title = IA open source

category-open-weights-ai =
    .title = IA à poids ouverts

category-weights-available-ai =
    .title = IA à poids disponibles

category-none =
    .title = aucun des libellés du G7
