# data-inclusive : traduction française. Les exigences héritées d'osaid-1.0 sont traduites dans osaid-1.0.ftl.

definition =
    .title = IA open source incluant les données d'entraînement (Open Source Alliance, FSF, développeurs Debian)
    .summary = Tout ce qu'exige l'OSAID 1.0, plus les données d'entraînement elles-mêmes publiées sous des conditions de données ouvertes : les données dont dépend un système font partie du programme.

DATA-TRAINING-PUBLISHED =
    .title = Jeux de données d'entraînement publiés
    .explain = Les données d'entraînement doivent elles-mêmes être publiées, pas seulement décrites.
    .remedy-fail = Publiez les jeux de données d'entraînement complets et déclarez-les sous components.datasets.
    .cite = Open Source Alliance, proposition d'amendement de l'OSD (octobre 2024) : les données dont dépend la création ou la modification font partie du programme ; déclaration de la FSF du 22 octobre 2024

DATA-TRAINING-OPEN =
    .title = Chaque source de données d'entraînement est ouverte et sous des conditions de données ouvertes
    .explain = Chaque source sous components.datasets.sources doit être de classe `open` (copiable, modifiable et partageable) avec une licence conforme à l'Open Source Definition (par exemple ODC-By-1.0, CC-BY-4.0, CC0-1.0). Les données publiques sans licence, obtenables contre paiement ou non partageables échouent. Une variante qui accepte les données publiques est fournie dans examples/policies/.
    .remedy-fail = Remplacez ou faites relicencier les sources qui ne sont pas ouvertes, ou obtenez l'autorisation de les publier sous une licence de données ouverte.
    .remedy-unknown = Quelles sources composent les données d'entraînement, de quelle classe (open, public, obtainable, unshareable) et sous quelle licence ? Listez-les sous components.datasets.sources.
    .cite = Open Source Alliance, proposition d'amendement de l'OSD : les données doivent satisfaire aux critères de l'OSD (lecture stricte : seule la classe de données « open » de l'OSI)
