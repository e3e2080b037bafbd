# eu-ai-act-osaid : traduction française. Les exigences héritées d'eu-ai-act sont traduites dans
# eu-ai-act.ftl ; seules celles que cette lecture remplace le sont ici.

definition =
    .title = Exemptions du règlement sur l'IA, en lisant « licence libre et ouverte » comme la définition de l'IA open source de l'OSI 1.0
    .summary = Les règles du règlement sur l'IA (eu-ai-act) avec un seul changement : une publication est sous « licence libre et ouverte » quand elle satisfait osaid-1.0 (code et paramètres sous des conditions ouvertes, informations sur les données), au lieu du critère de licence des lignes directrices de la Commission. Une lecture pour comparer, pas le droit tel qu'il s'applique : le règlement ne renvoie pas à l'OSAID. Ceci n'est pas un avis juridique.

AIA-53-2-LICENCE =
    .title = Publié comme IA open source au sens de l'OSAID 1.0 (cette lecture de « licence libre et ouverte »)
    .explain = Cette lecture donne à la « licence libre et ouverte » du règlement sur l'IA le sens de ce qu'exige la définition de l'IA open source de l'OSI 1.0 : le code et les paramètres sous des conditions approuvées par l'OSI et des informations suffisamment détaillées sur les données d'entraînement. Elle est satisfaite quand osaid-1.0 l'est, échoue quand osaid-1.0 échoue et reste inconnue tant qu'osaid-1.0 n'est pas tranché.
    .remedy-fail = Faites satisfaire osaid-1.0 à la publication : voyez les exigences de cette définition (osai assess -d osaid-1.0).
    .remedy-unknown = Répondez aux questions ouvertes d'osaid-1.0 (osai assess -d osaid-1.0).
    .cite = article 53, paragraphe 2, considérant 102, lus comme l'OSAID 1.0 (opensource.org/ai/open-source-ai-definition) — LECTURE, pas les lignes directrices de la Commission

AIA-2-12-LICENCE =
    .title = Le système publié comme IA open source au sens de l'OSAID 1.0 (cette lecture de « licences libres et ouvertes »)
    .explain = Cette lecture donne aux « licences libres et ouvertes » des systèmes d'IA le sens de ce que l'OSAID 1.0 exige d'un système ; elle suit le verdict d'osaid-1.0.
    .remedy-fail = Faites satisfaire osaid-1.0 au système : voyez les exigences de cette définition (osai assess -d osaid-1.0).
    .remedy-unknown = Répondez aux questions ouvertes d'osaid-1.0 (osai assess -d osaid-1.0).
    .cite = article 2, paragraphe 12, considérant 102, lus comme l'OSAID 1.0 — LECTURE, pas les lignes directrices de la Commission
