# eu-ai-act : traduction française. Les termes juridiques suivent la version française du
# règlement (UE) 2024/1689 : « licence libre et ouverte », « modèle d'IA à usage général »,
# « risque systémique », « fournisseur », « mise sur le marché », « hypertrucage ».

definition =
    .title = Règlement (UE) 2024/1689 (règlement sur l'IA) : les exemptions open source et les obligations qui demeurent
    .summary = L'article 2, paragraphe 12, exclut les systèmes d'IA publiés sous licence libre et ouverte, sauf s'ils sont à haut risque, interdits (article 5) ou soumis à l'article 50 ; l'article 53, paragraphe 2, et l'article 54, paragraphe 6, lèvent certaines obligations des fournisseurs de modèles d'IA à usage général publiés sous une telle licence avec poids, architecture et informations d'utilisation publics, sauf si le modèle présente un risque systémique. La politique en matière de droit d'auteur et le résumé du contenu d'entraînement demeurent. Ceci n'est pas un avis juridique.

AIA-EU-MARKET =
    .title = Mis sur le marché de l'Union ou mis en service dans l'Union
    .explain = Le règlement s'applique aux systèmes d'IA et aux modèles d'IA à usage général mis sur le marché ou mis en service dans l'Union. Un dépôt public sur une plateforme pour téléchargement direct compte (lignes directrices de la Commission sur les modèles d'IA à usage général, §3.1). Quand le manifeste ne le dit pas, c'est inconnu : les exemptions et obligations restent montrées, chacune telle qu'elle serait si la publication est dans le champ.
    .remedy-fail = Rien à faire au titre du règlement sur l'IA tant que la publication n'est pas mise sur le marché de l'Union.
    .remedy-unknown = La publication est-elle mise sur le marché de l'Union ou mise en service dans l'Union ? Un téléchargement public depuis l'UE compte. Indiquez facts.eu_market : true ou false.
    .cite = article 2, paragraphe 1

AIA-GPAI =
    .title = Modèle d'IA à usage général
    .explain = Un modèle d'IA à usage général présente une généralité significative et exécute de manière compétente un large éventail de tâches distinctes. Quand facts.general_purpose est indiqué, il décide ; sinon le critère indicatif de la Commission sert d'indice : calcul d'entraînement supérieur à 10^23 FLOP et sortie en langage (texte, code, parole), images ou vidéo. Le critère est réfragable dans les deux sens.
    .remedy-fail = Le chapitre V (modèles d'IA à usage général) ne s'applique pas ; rien à exempter.
    .remedy-unknown = Le modèle présente-t-il une généralité significative et exécute-t-il un large éventail de tâches distinctes (facts.general_purpose) ? En cas de doute : quel a été le calcul d'entraînement (facts.training_compute_flop, ou parameters et training_tokens) et que produit-il (facts.output_modalities) ?
    .cite = article 3, point 63 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §2.1 (critère indicatif : plus de 10^23 FLOP, et génère du langage, des images à partir de texte ou des vidéos à partir de texte)

AIA-PROVIDER =
    .title = L'éditeur est le fournisseur du modèle (modifications : la règle du tiers)
    .explain = Pour un modèle original, l'éditeur est le fournisseur. Pour un affinage ou une autre modification (facts.modified_from), celui qui modifie ne devient fournisseur du modèle modifié que si le calcul de la modification dépasse le tiers du calcul d'entraînement du modèle original ; quand celui-ci est inconnu, le tiers de 10^25 FLOP si l'original présente un risque systémique, sinon le tiers de 10^23 FLOP. En dessous du seuil, les obligations du fournisseur original demeurent et celui qui modifie n'en a aucune au titre du chapitre V.
    .remedy-fail = Celui qui modifie n'est pas le fournisseur d'un modèle d'IA à usage général : les obligations du fournisseur original demeurent.
    .remedy-unknown = Quel calcul la modification a-t-elle utilisé (facts.modification_compute_flop), et combien l'entraînement du modèle original en a-t-il utilisé (facts.original_training_compute_flop) ?
    .cite = lignes directrices de la Commission sur les modèles d'IA à usage général, §3.2 (points 59–61) : qui modifie un modèle en devient le fournisseur lorsque la modification utilise plus du tiers de la puissance de calcul d'entraînement du modèle d'origine ; seuils de repli ⅓ × 10^25 FLOP (original à risque systémique) ou ⅓ × 10^23 FLOP

AIA-NO-SYSTEMIC-RISK =
    .title = Pas de risque systémique (pas un modèle d'IA à usage général présentant un risque systémique)
    .explain = Le risque systémique est présumé quand le calcul d'entraînement cumulé dépasse 10^25 FLOP, ou quand la Commission désigne le modèle. Un modèle présentant un risque systémique ne bénéficie d'aucune exemption open source et a les obligations des articles 52 et 55. Un calcul à moins de 30 % du seuil mérite un second examen (la tolérance des lignes directrices).
    .remedy-fail = Un modèle présentant un risque systémique a toutes les obligations des articles 53 et 55, quelle que soit sa licence : notifiez la Commission (article 52, paragraphe 1).
    .remedy-unknown = Quel a été le calcul d'entraînement cumulé (facts.training_compute_flop, ou parameters et training_tokens) ? La Commission a-t-elle désigné le modèle (facts.systemic_risk_designated) ?
    .cite = article 51, paragraphe 1, point a), et paragraphe 2 (présomption au-delà de 10^25 FLOP de calcul d'entraînement cumulé) ; article 51, paragraphe 1, point b), et article 52, paragraphe 4 (désignation) ; article 53, paragraphe 2, deuxième phrase, et article 54, paragraphe 6 : pas d'exemption en cas de risque systémique

AIA-53-2-LICENCE =
    .title = Paramètres publiés sous une licence libre et ouverte
    .explain = La licence doit permettre à chacun d'accéder au modèle, de l'utiliser, de le modifier et de le distribuer sans paiement. Les lignes directrices excluent les conditions non commerciales ou réservées à la recherche, les interdictions de distribution, les seuils d'échelle d'utilisateurs et les licences commerciales séparées pour certains usages ; l'attribution et le partage à l'identique sont admis, tout comme des restrictions d'usage spécifiques, proportionnées et orientées vers la sécurité — qu'osai signale comme inconnues, à examiner par une personne.
    .remedy-fail = Publiez les paramètres sous une licence libre et ouverte (par exemple Apache-2.0, MIT, OpenMDW-1.0) : pas de seuil d'utilisateurs, pas de conditions non commerciales ou réservées à la recherche.
    .remedy-unknown = Les restrictions d'usage de la licence sont-elles spécifiques, proportionnées et orientées vers la sécurité (lignes directrices §4.2.1) ? Une personne doit les lire ; ou indiquez la licence si aucune n'est donnée.
    .cite = article 53, paragraphe 2 ; considérant 102 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §4.2.1 (accès, utilisation, modification, distribution ; ni clause non commerciale, ni interdiction de distribuer, ni seuil d'utilisateurs, ni licence commerciale distincte)

AIA-53-2-WEIGHTS =
    .title = Paramètres, y compris les poids, rendus publics
    .explain = Les paramètres, y compris les poids, doivent être rendus publics sous une forme qui permet d'accéder au modèle, de l'utiliser, de le modifier et de le distribuer.
    .remedy-fail = Publiez les poids (components.model-parameters-final).
    .cite = article 53, paragraphe 2 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §4.2.3

AIA-53-2-ARCHITECTURE =
    .title = Informations sur l'architecture du modèle rendues publiques
    .explain = Les informations sur l'architecture du modèle doivent être publiques : le code de l'architecture, ou un rapport technique ou une fiche du modèle qui la décrit.
    .remedy-fail = Publiez l'architecture du modèle (le code) ou un rapport technique qui la décrit.
    .cite = article 53, paragraphe 2 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §4.2.3

AIA-53-2-USAGE =
    .title = Informations sur l'utilisation du modèle rendues publiques
    .explain = Les informations d'utilisation doivent être publiques : au moins les modalités d'entrée et de sortie, les capacités, les limites, ainsi que les instructions, l'infrastructure et les outils pour intégrer le modèle dans des systèmes d'IA. osai vérifie qu'une fiche du modèle ou un rapport technique est publié ; il ne le lit pas.
    .remedy-fail = Publiez une fiche du modèle indiquant les modalités d'entrée et de sortie, les capacités, les limites et la façon d'intégrer le modèle.
    .cite = article 53, paragraphe 2 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §4.2.3 (au moins les modalités d'entrée et de sortie, les capacités, les limites et les moyens techniques d'intégrer le modèle)

AIA-53-2-NOT-MONETISED =
    .title = Non monétisé
    .explain = Les composants fournis contre un prix ou autrement monétisés ne bénéficient pas des exemptions : double licence, support payant sans lequel il ne peut être utilisé, hébergement payant exclusif (y compris avec publicité), ou collecte de données à caractère personnel au-delà de ce qu'exige la sécurité du modèle. Des services payants facultatifs à côté d'un accès gratuit ne sont pas une monétisation. LECTURE : osai applique aussi le considérant 103 à l'article 2, paragraphe 12.
    .remedy-fail = Les exemptions ne s'appliquent pas à une publication monétisée.
    .remedy-unknown = La publication est-elle monétisée (un prix, un support payant nécessaire à l'utilisation, un hébergement uniquement payant ou avec publicité, des données personnelles collectées au-delà de la sécurité du modèle) ? Indiquez facts.monetised.
    .cite = considérant 103 ; lignes directrices de la Commission sur les modèles d'IA à usage général, §4.2.2 (prix, assistance payante nécessaire à l'utilisation, hébergement uniquement payant ou publicité, données personnelles au-delà de la sécurité du modèle)

AIA-2-12-LICENCE =
    .title = Les composants du système publiés sous licences libres et ouvertes
    .explain = Un système d'IA ne bénéficie de l'article 2, paragraphe 12, que s'il est publié sous licences libres et ouvertes ; osai le lit comme : chaque composant publié (code, poids) sous une telle licence.
    .remedy-fail = Publiez chaque composant du système sous une licence libre et ouverte, ou listez les composants publiés.
    .remedy-unknown = Sous quelles licences les composants du système sont-ils publiés ?
    .cite = article 2, paragraphe 12 ; considérant 102 (LECTURE : chaque composant publié — code et poids)

AIA-2-12-NOT-HIGH-RISK =
    .title = Pas mis sur le marché ou mis en service en tant que système d'IA à haut risque
    .explain = Un système destiné à un usage de l'annexe III est à haut risque, sauf si le fournisseur invoque valablement la dérogation de l'article 6, paragraphe 3 (tâche procédurale étroite, pas de risque important ; jamais quand il effectue un profilage de personnes physiques). osai présente une dérogation comme une affirmation du fournisseur.
    .remedy-fail = Un système à haut risque perd l'exclusion de l'article 2, paragraphe 12 : le chapitre III s'applique.
    .remedy-unknown = À quels usages de l'annexe III le système est-il destiné (facts.intended_purposes, [] pour aucun) ? Le cas échéant : le fournisseur invoque-t-il la dérogation de l'article 6, paragraphe 3 ?
    .cite = article 2, paragraphe 12 ; article 6, paragraphe 2, et annexe III ; dérogation de l'article 6, paragraphe 3 (une affirmation du fournisseur ; jamais en cas de profilage)

AIA-2-12-NOT-PROHIBITED =
    .title = Pas une pratique interdite (article 5)
    .explain = Un système relevant de l'article 5 perd l'exclusion (et ne peut pas être mis sur le marché).
    .remedy-fail = Une pratique interdite ne peut pas du tout être mise sur le marché de l'Union.
    .remedy-unknown = Le système relève-t-il d'une interdiction de l'article 5 (facts.prohibited_practices, [] pour aucune) ?
    .cite = article 2, paragraphe 12 ; article 5, paragraphe 1, points a) à h), b bis) et b ter)

AIA-2-12-NO-TRANSPARENCY-CASE =
    .title = Pas de cas de transparence de l'article 50
    .explain = Un système qui interagit avec des personnes, génère du contenu de synthèse, reconnaît des émotions, catégorise biométriquement ou produit des hypertrucages relève de l'article 50 et perd l'exclusion (LECTURE : le règlement entier s'applique alors ; en pratique les articles 4 et 50).
    .remedy-fail = Les obligations de transparence de l'article 50 s'appliquent (et, LECTURE, l'exclusion est perdue).
    .remedy-unknown = Le système relève-t-il d'un cas de l'article 50 (facts.transparency, [] pour aucun) ?
    .cite = article 2, paragraphe 12 ; article 50, paragraphes 1 à 4

obligation-AIA-53-1-A =
    .title = Documentation technique pour le Bureau de l'IA (annexe XI)
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 53, paragraphe 1, point a) ; annexe XI ; levée par l'article 53, paragraphe 2, pour les modèles open source sans risque systémique

obligation-AIA-53-1-B =
    .title = Informations et documentation pour les fournisseurs en aval (annexe XII)
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 53, paragraphe 1, point b) ; annexe XII ; levée par l'article 53, paragraphe 2, pour les modèles open source sans risque systémique

obligation-AIA-53-1-C =
    .title = Politique visant à respecter le droit d'auteur de l'Union, y compris les réservations de fouille de textes et de données
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 53, paragraphe 1, point c) ; directive (UE) 2019/790, article 4, paragraphe 3 ; considérant 104 : non levée par l'exemption open source

obligation-AIA-53-1-D =
    .title = Résumé public du contenu utilisé pour l'entraînement (modèle du Bureau de l'IA)
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 53, paragraphe 1, point d) ; modèle de juillet 2025 ; considérant 104 : non levée par l'exemption open source

obligation-AIA-54-1 =
    .title = Mandataire dans l'Union (fournisseurs établis hors de l'Union)
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 54, paragraphe 1 ; levée par l'article 54, paragraphe 6, pour les modèles open source sans risque systémique

obligation-AIA-52-1 =
    .title = Notifier la Commission dans les deux semaines (risque systémique)
    .cite = article 52, paragraphe 1

obligation-AIA-55-1-A =
    .title = Évaluation du modèle, y compris des essais contradictoires (risque systémique)
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 55, paragraphe 1, point a)

obligation-AIA-55-1-B =
    .title = Évaluer et atténuer les risques systémiques au niveau de l'Union
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 55, paragraphe 1, point b)

obligation-AIA-55-1-C =
    .title = Suivre, documenter et communiquer les incidents graves
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 55, paragraphe 1, point c)

obligation-AIA-55-1-D =
    .title = Protection adéquate en matière de cybersécurité du modèle et de son infrastructure
    .note-0 = mis sur le marché avant le 2 août 2025 : mise en conformité au plus tard le 2 août 2027 (article 111, paragraphe 3)
    .cite = article 55, paragraphe 1, point d)

obligation-AIA-ART-5 =
    .title = Pratique interdite : ne peut pas être mise sur le marché
    .note-0 = l'article 5, paragraphe 1, points a) à h), s'applique à partir du 2 février 2025 (article 113, point a)) ; les points b bis) et b ter) à partir du 2 décembre 2026
    .cite = article 5, paragraphe 1 ; points b bis) et b ter) ajoutés par le règlement (UE) 2026/1744

obligation-AIA-HIGH-RISK =
    .title = Exigences applicables aux systèmes à haut risque (chapitre III, annexe III)
    .note-0 = date d'origine de l'article 113 ; le règlement (UE) 2026/1744 (en vigueur le 27 juillet 2026) a reporté l'annexe III au 2 décembre 2027
    .cite = article 6, paragraphe 2, annexe III, chapitre III ; dates modifiées par le règlement (UE) 2026/1744 (NON VÉRIFIÉ : texte du JO non consulté)

obligation-AIA-50-1 =
    .title = Informer les personnes qu'elles interagissent avec un système d'IA
    .cite = article 50, paragraphe 1 (fournisseurs)

obligation-AIA-50-2 =
    .title = Marquer les contenus audio, image, vidéo ou texte de synthèse comme générés par une machine
    .note-0 = mis sur le marché avant le 2 août 2026 : marquage au plus tard le 2 décembre 2026 (article 111, paragraphe 4, ajouté par le règlement (UE) 2026/1744)
    .cite = article 50, paragraphe 2 (fournisseurs) ; article 111, paragraphe 4, modifié : systèmes mis sur le marché avant le 2 août 2026, au plus tard le 2 décembre 2026

obligation-AIA-50-3 =
    .title = Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique
    .cite = article 50, paragraphe 3 (déployeurs)

obligation-AIA-50-4 =
    .title = Déclarer les hypertrucages et les textes générés par l'IA publiés pour informer le public
    .cite = article 50, paragraphe 4 (déployeurs)

obligation-AIA-4 =
    .title = Maîtrise de l'IA du personnel
    .cite = article 4 (tel que refondu par le règlement (UE) 2026/1744) ; non dû lorsque l'article 2, paragraphe 12, exclut le système

exemption-art-2-12 =
    .title = Système d'IA publié sous licences libres et ouvertes (article 2, paragraphe 12)

exemption-art-53-2 =
    .title = Modèle d'IA à usage général open source : pas d'obligations de documentation de l'article 53, paragraphe 1, points a) et b)

exemption-art-54-6 =
    .title = Modèle d'IA à usage général open source : pas de mandataire (article 54, paragraphe 6)

derive-0 =
    .note = calcul d'entraînement estimé à 6 × paramètres actifs × jetons d'entraînement (lignes directrices de la Commission sur les modèles d'IA à usage général, annexe A.2 : les paramètres utilisés par jeton ; pour un mélange d'experts, une approximation)

derive-1 =
    .note = calcul d'entraînement estimé à 6 × paramètres × jetons d'entraînement (lignes directrices de la Commission sur les modèles d'IA à usage général, annexe A.2 : transformeurs denses, à 30 % près ; une approximation pour les mélanges d'experts)
