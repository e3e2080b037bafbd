# owd-0.3 : traduction française.

definition =
    .title = Définition des poids ouverts (Open Weight Definition) 0.3, Open Source Alliance
    .summary = Les critères de l'Open Source Definition appliqués aux seuls poids, pour les publications dont les données ou le code ne sont pas ouverts : une telle publication peut se dire « Open Weight », non « Open Source ». Données et code d'entraînement ne sont pas exigés.

OWD-2-WEIGHTS =
    .title = Poids finaux inclus, sous la forme qu'utilisent les praticiens
    .explain = Les poids finaux doivent être publiés sous la forme qu'un praticien utilise réellement ; les points de contrôle intermédiaires ou les états partiels ne comptent pas, les formes quantifiées seulement si elles sont clairement distinguées.
    .remedy-fail = Publiez les poids finaux (components.model-parameters-final).
    .cite = OWD 0.3, critère 2 (les poids inclus ou accessibles au coût de reproduction ; pas d'obscurcissement ; les points de contrôle ne comptent pas)

OWD-1-FREE-REDISTRIBUTION =
    .title = Redistribution libre, sans redevance
    .explain = La licence des poids permet à chacun de les donner ou de les vendre, sans redevance ni frais.
    .remedy-fail = Placez les poids sous une licence qui permet à chacun de les redistribuer sans redevance (par exemple Apache-2.0).
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 1 (OSD 1)

OWD-3-DERIVED-WORKS =
    .title = Modifications et œuvres dérivées permises
    .explain = La licence permet les modifications et les œuvres dérivées (affinages) sous les mêmes conditions.
    .remedy-fail = Autorisez la modification et les œuvres dérivées dans la licence des poids.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 3 (OSD 3)

OWD-4-DERIVED-WEIGHTS =
    .title = Les poids issus de modifications peuvent être distribués
    .explain = Les poids construits par modification peuvent être partagés ; la licence peut exiger un autre nom, c'est pourquoi les obligations de nommage ne font pas échouer ce critère.
    .remedy-fail = Autorisez la distribution des poids issus de modifications.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 4 (OSD 4 : un autre nom peut être exigé)

OWD-5-NO-DISCRIMINATION-PERSONS =
    .title = Pas de discrimination envers des personnes ou des groupes
    .explain = Aucun licencié n'est exclu : les seuils de nombre d'utilisateurs ou de chiffre d'affaires et les exclusions selon le domicile échouent.
    .remedy-fail = Retirez de la licence des poids les seuils d'utilisateurs et les exclusions géographiques.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 5 (OSD 5)

OWD-6-NO-DISCRIMINATION-FIELDS =
    .title = Pas de discrimination envers des domaines d'activité
    .explain = Aucun usage n'est exclu : les conditions non commerciales, les politiques d'usage acceptable, les interdictions de domaines d'usage et d'utilisation des sorties échouent toutes.
    .remedy-fail = Retirez de la licence des poids les restrictions d'usage (politiques d'usage acceptable, conditions non commerciales, interdictions sur les sorties).
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 6 (OSD 6)

OWD-7-DISTRIBUTION-OF-LICENCE =
    .title = Les droits passent à tous les destinataires sans accord supplémentaire
    .explain = Les droits s'appliquent à tous ceux que les poids atteignent, sans rien signer d'autre ; les concessions révocables échouent.
    .remedy-fail = Rendez la concession irrévocable et libre de tout accord supplémentaire.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ?
    .cite = OWD 0.3, critère 7 (OSD 7)

OWD-8-NOT-PRODUCT-SPECIFIC =
    .title = Licence non spécifique à un produit
    .explain = Les droits ne dépendent pas de l'intégration des poids à un produit particulier. La base de licences d'osai n'enregistre pas de telle clause pour les licences qu'elle a examinées : une licence examinée réussit, une licence non examinée est inconnue.
    .remedy-fail = Retirez les conditions propres à un produit.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ? osai ne l'a pas examinée.
    .cite = OWD 0.3, critère 8 (OSD 8)

OWD-9-NOT-RESTRICTING-OTHER-SOFTWARE =
    .title = La licence ne restreint pas les autres composants distribués avec les poids
    .explain = La licence n'impose aucune restriction aux autres logiciels ou modèles distribués avec les poids. Déduit de l'examen de la licence comme pour le critère 8.
    .remedy-fail = Retirez les conditions portant sur les autres composants.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ? osai ne l'a pas examinée.
    .cite = OWD 0.3, critère 9 (OSD 9)

OWD-10-TECHNOLOGY-NEUTRAL =
    .title = Licence neutre vis-à-vis des technologies
    .explain = Aucune disposition de la licence ne dépend d'une technologie ou d'une interface. Déduit de l'examen de la licence comme pour le critère 8.
    .remedy-fail = Retirez les conditions propres à une technologie.
    .remedy-unknown = Sous quelle licence les poids sont-ils publiés ? osai ne l'a pas examinée.
    .cite = OWD 0.3, critère 10 (OSD 10)
