# mof-1.0 : traduction française.

definition =
    .title = Model Openness Framework 1.0 (classes calculées comme le fait le Model Openness Tool)
    .summary = Trois classes cumulatives : III modèle ouvert, II outillage ouvert, I science ouverte. Chaque composant doit être inclus sous une licence ouverte ; la classe et la progression sont calculées exactement comme le fait le Model Openness Tool de LF AI & Data (voir ../shared/reference/mof-algorithm.md).

MOF-C3-MODEL-ARCHITECTURE =
    .title = Architecture du modèle incluse sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez l'architecture du modèle sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-la avec sa licence.
    .remedy-unknown = Sous quelle licence l'architecture du modèle est-elle publiée ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-MODEL-PARAMETERS-FINAL =
    .title = Paramètres finaux du modèle inclus sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à un modèle. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les paramètres finaux du modèle sous une licence ouverte telle qu'Apache-2.0, CDLA-Permissive-2.0 ou OpenMDW-1.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les paramètres finaux du modèle sont-ils publiés ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-EVALUATION-RESULTS =
    .title = Résultats d'évaluation inclus sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les résultats d'évaluation sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les résultats d'évaluation sont-ils publiés ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-MODEL-CARD =
    .title = Fiche du modèle incluse sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez la fiche du modèle sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-la avec sa licence.
    .remedy-unknown = Sous quelle licence la fiche du modèle est-elle publiée ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-DATA-CARD =
    .title = Fiche de données incluse sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez la fiche de données sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-la avec sa licence.
    .remedy-unknown = Sous quelle licence la fiche de données est-elle publiée ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-TECHNICAL-REPORT =
    .title = Rapport technique inclus sous une licence ouverte
    .explain = La classe III (modèle ouvert) exige ce composant, inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence. Quand le rapport technique manque et qu'un article de recherche est déclaré, l'article le remplace (la substitution du Tool).
    .remedy-fail = Publiez le rapport technique sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence le rapport technique est-il publié ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C3-SAMPLE-MODEL-OUTPUTS =
    .title = Exemples de sorties du modèle inclus sous une licence ouverte
    .explain = La classe III (modèle ouvert) liste ce composant comme facultatif : il n'abaisse jamais la classe ; inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les exemples de sorties du modèle sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les exemples de sorties du modèle sont-ils publiés ?
    .cite = Model Openness Framework 1.0, classe III « Open Model » ; classement du Model Openness Tool

MOF-C2-TRAINING-CODE =
    .title = Code d'entraînement inclus sous une licence ouverte
    .explain = La classe II (outillage ouvert) exige ce composant, inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez le code d'entraînement sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence le code d'entraînement est-il publié ?
    .cite = Model Openness Framework 1.0, classe II « Open Tooling » ; classement du Model Openness Tool

MOF-C2-INFERENCE-CODE =
    .title = Code d'inférence inclus sous une licence ouverte
    .explain = La classe II (outillage ouvert) exige ce composant, inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez le code d'inférence sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence le code d'inférence est-il publié ?
    .cite = Model Openness Framework 1.0, classe II « Open Tooling » ; classement du Model Openness Tool

MOF-C2-EVALUATION-CODE =
    .title = Code d'évaluation inclus sous une licence ouverte
    .explain = La classe II (outillage ouvert) exige ce composant, inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez le code d'évaluation sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence le code d'évaluation est-il publié ?
    .cite = Model Openness Framework 1.0, classe II « Open Tooling » ; classement du Model Openness Tool

MOF-C2-EVALUATION-DATA =
    .title = Données d'évaluation incluses sous une licence ouverte
    .explain = La classe II (outillage ouvert) exige ce composant, inclus sous une licence ouverte adaptée à des données. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les données d'évaluation sous une licence de données ouverte telle que CDLA-Permissive-2.0, ODC-By-1.0 ou CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les données d'évaluation sont-elles publiées ?
    .cite = Model Openness Framework 1.0, classe II « Open Tooling » ; classement du Model Openness Tool

MOF-C2-SUPPORTING-LIBRARIES =
    .title = Bibliothèques annexes incluses sous une licence ouverte
    .explain = La classe II (outillage ouvert) liste ce composant comme facultatif : il n'abaisse jamais la classe ; inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les bibliothèques annexes sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les bibliothèques annexes sont-elles publiées ?
    .cite = Model Openness Framework 1.0, classe II « Open Tooling » ; classement du Model Openness Tool

MOF-C1-DATASETS =
    .title = Jeux de données inclus sous une licence ouverte
    .explain = La classe I (science ouverte) exige ce composant, inclus sous une licence ouverte adaptée à des données. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les jeux de données sous une licence de données ouverte telle que CDLA-Permissive-2.0, ODC-By-1.0 ou CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les jeux de données sont-ils publiés ?
    .cite = Model Openness Framework 1.0, classe I « Open Science » ; classement du Model Openness Tool

MOF-C1-DATA-PREPROCESSING-CODE =
    .title = Code de prétraitement des données inclus sous une licence ouverte
    .explain = La classe I (science ouverte) exige ce composant, inclus sous une licence ouverte adaptée à du code. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez le code de prétraitement des données sous une licence approuvée par l'OSI telle qu'Apache-2.0 ou MIT, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence le code de prétraitement des données est-il publié ?
    .cite = Model Openness Framework 1.0, classe I « Open Science » ; classement du Model Openness Tool

MOF-C1-MODEL-PARAMETERS-INTERMEDIATE =
    .title = Paramètres intermédiaires du modèle inclus sous une licence ouverte
    .explain = La classe I (science ouverte) exige ce composant, inclus sous une licence ouverte adaptée à un modèle. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les paramètres intermédiaires du modèle sous une licence ouverte telle qu'Apache-2.0, CDLA-Permissive-2.0 ou OpenMDW-1.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les paramètres intermédiaires du modèle sont-ils publiés ?
    .cite = Model Openness Framework 1.0, classe I « Open Science » ; classement du Model Openness Tool

MOF-C1-RESEARCH-PAPER =
    .title = Article de recherche inclus sous une licence ouverte
    .explain = La classe I (science ouverte) exige ce composant, inclus sous une licence ouverte adaptée à des documents. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez l'article de recherche sous une licence de contenu ouverte telle que CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-le avec sa licence.
    .remedy-unknown = Sous quelle licence l'article de recherche est-il publié ?
    .cite = Model Openness Framework 1.0, classe I « Open Science » ; classement du Model Openness Tool

MOF-C1-MODEL-METADATA =
    .title = Métadonnées du modèle incluses sous une licence ouverte
    .explain = La classe I (science ouverte) liste ce composant comme facultatif : il n'abaisse jamais la classe ; inclus sous une licence ouverte adaptée à des données. La classe est calculée comme le fait le Model Openness Tool : identifiants SPDX exacts, la licence propre au composant, sinon la licence globale de la publication pour son type de contenu, sinon la licence de distribution ; aucune licence du tout signifie sans licence.
    .remedy-fail = Publiez les métadonnées du modèle sous une licence de données ouverte telle que CDLA-Permissive-2.0, ODC-By-1.0 ou CC-BY-4.0, écrite avec son identifiant SPDX exact, et déclarez-les avec sa licence.
    .remedy-unknown = Sous quelle licence les métadonnées du modèle sont-elles publiées ?
    .cite = Model Openness Framework 1.0, classe I « Open Science » ; classement du Model Openness Tool

level-class-3 =
    .name = Classe III Modèle ouvert

level-class-2 =
    .name = Classe II Outillage ouvert

level-class-1 =
    .name = Classe I Science ouverte
