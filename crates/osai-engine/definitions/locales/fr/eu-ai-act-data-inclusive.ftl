# eu-ai-act-data-inclusive : traduction française. Les exigences héritées d'eu-ai-act sont
# traduites dans eu-ai-act.ftl ; seules celles que cette lecture remplace le sont ici.

definition =
    .title = Exemptions du règlement sur l'IA, en lisant « licence libre et ouverte » comme l'open source incluant les données d'entraînement
    .summary = Les règles du règlement sur l'IA (eu-ai-act) avec un seul changement : une publication est sous « licence libre et ouverte » quand elle satisfait data-inclusive (tout ce qu'exige l'OSAID 1.0, plus les données d'entraînement elles-mêmes sous des conditions ouvertes), au lieu du critère de licence des lignes directrices de la Commission. Une lecture pour comparer, pas le droit tel qu'il s'applique. Ceci n'est pas un avis juridique.

AIA-53-2-LICENCE =
    .title = Publié comme open source avec ses données d'entraînement (cette lecture de « licence libre et ouverte »)
    .explain = Cette lecture donne à la « licence libre et ouverte » du règlement sur l'IA le sens que lui donnent ceux qui comptent les données d'entraînement comme la source : l'OSAID 1.0 plus les données d'entraînement publiées sous des conditions ouvertes. Elle est satisfaite quand data-inclusive l'est, échoue quand elle échoue et reste inconnue tant qu'elle n'est pas tranchée.
    .remedy-fail = Faites satisfaire data-inclusive à la publication : publiez les données d'entraînement sous des conditions ouvertes et voyez les exigences de cette définition (osai assess -d data-inclusive).
    .remedy-unknown = Répondez aux questions ouvertes de data-inclusive (osai assess -d data-inclusive).
    .cite = article 53, paragraphe 2, considérant 102, lus comme la définition incluant les données (Open Source Alliance, FSF, développeurs Debian) — LECTURE, pas les lignes directrices de la Commission

AIA-2-12-LICENCE =
    .title = Le système publié comme open source avec ses données d'entraînement (cette lecture de « licences libres et ouvertes »)
    .explain = Cette lecture donne aux « licences libres et ouvertes » des systèmes d'IA le sens de la définition incluant les données ; elle suit le verdict de cette définition.
    .remedy-fail = Faites satisfaire data-inclusive au système (osai assess -d data-inclusive).
    .remedy-unknown = Répondez aux questions ouvertes de data-inclusive (osai assess -d data-inclusive).
    .cite = article 2, paragraphe 12, considérant 102, lus comme la définition incluant les données — LECTURE, pas les lignes directrices de la Commission
