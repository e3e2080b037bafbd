# Questions de `osai ask` et du questionnaire web (voir le fichier anglais).

q-section-release = La publication
q-section-components = Ce qui est publié
q-section-licences = Licences
q-section-data-information = Informations sur les données (OSAID 1.0)
q-section-facts = Ce dont dépend le règlement sur l'IA
q-read-by = lu par { $codes }
q-follows = posée quand « { $question } » a une réponse
q-answer-disclosure = oui, non, partiel
q-answer-yes-no = oui, non
q-answer-licence = un identifiant SPDX ou un nom de licence
q-answer-number = un nombre, par exemple 7.3e9
q-answer-date = une date, AAAA-MM-JJ
q-answer-text = texte
q-answer-codes = codes séparés par des virgules, ou none : { $choices }
q-answer-codes-any = codes séparés par des virgules, ou none
q-prompt = { $question } ({ $hint } ; ?)
q-written = Écrit par `osai ask` : { $n } questions restées sans réponse sont absentes et signalées comme inconnues.
q-unknown-help = ? ou Entrée : je ne sais pas

q-name = Nom de la publication ?
q-kind = Est-ce un modèle d'IA ou un système d'IA ? (model/system)
q-producer = Qui le publie ?

q-fallback-component = « { $component } » est-il publié ?
q-fallback-data-information = L'élément d'information sur les données « { $item } » est-il documenté ?
q-fallback-licence = Licence à { $path } ?
q-fallback-fact = Valeur de { $path } ?

q-components-model-architecture-published = L'architecture du modèle est-elle publique (son code, ou une description assez complète pour la reconstruire) ?
q-components-data-preprocessing-code-published = Le code qui a préparé les données d'entraînement est-il public ?
q-components-training-code-published = Le code d'entraînement est-il public ?
q-components-inference-code-published = Le code d'inférence est-il public ?
q-components-evaluation-code-published = Le code d'évaluation est-il public ?
q-components-supporting-libraries-published = Les bibliothèques et outils annexes sont-ils publics ?
q-components-model-parameters-final-published = Les poids finaux (paramètres) sont-ils accessibles au public ?
q-components-model-parameters-intermediate-published = Des points de contrôle intermédiaires sont-ils accessibles au public ?
q-components-datasets-published = Les données d'entraînement elles-mêmes sont-elles accessibles au public ?
q-components-evaluation-data-published = Les données d'évaluation sont-elles accessibles au public ?
q-components-model-metadata-published = Les métadonnées du modèle (configuration, réglages d'entraînement) sont-elles publiques ?
q-components-sample-model-outputs-published = Des exemples de sorties du modèle sont-ils publiés ?
q-components-model-card-published = Existe-t-il une fiche de modèle publique (capacités, limites, manière de l'intégrer) ?
q-components-data-card-published = Existe-t-il une fiche de données publique pour les données d'entraînement ?
q-components-technical-report-published = Un rapport technique est-il publié ?
q-components-research-paper-published = Un article de recherche est-il publié ?
q-components-evaluation-results-published = Des résultats d'évaluation sont-ils publiés ?

q-licenses-model = Licence des poids (identifiant SPDX ou nom, par exemple Apache-2.0, llama3.1) ?
q-licenses-code = Licence du code (entraînement, inférence) ?
q-licenses-data = Licence des données publiées ?
q-licenses-document = Licence des documents (fiche de modèle, rapports, articles) ?
q-data_information-license = Licence des documents qui portent les informations sur les données ?

q-data_information-description = Existe-t-il une description complète de toutes les données d'entraînement, y compris celles qui ne peuvent pas être partagées ?
q-data_information-provenance = La provenance des données d'entraînement est-elle documentée ?
q-data_information-scope = La portée et les caractéristiques des données d'entraînement sont-elles documentées ?
q-data_information-selection = La manière dont les données d'entraînement ont été choisies est-elle documentée ?
q-data_information-labeling = Les procédures d'étiquetage sont-elles documentées ?
q-data_information-processing = Les méthodes de traitement et de filtrage des données sont-elles documentées ?
q-data_information-public_listed = Toutes les données d'entraînement accessibles au public sont-elles listées, avec où les obtenir ?
q-data_information-obtainable_listed = Toutes les données d'entraînement qu'on peut obtenir de tiers sont-elles listées, avec où (y compris contre paiement) ?
q-data_information-training_methodology = La méthode d'entraînement est-elle documentée ?

q-facts-general_purpose = Le modèle présente-t-il une généralité significative et exécute-t-il un large éventail de tâches distinctes ?
q-facts-output_modalities = Que produit-il ?
q-facts-parameters = Nombre de paramètres (tous, pour un mélange d'experts) ?
q-facts-mixture_of_experts = Est-ce un mélange d'experts (seuls certains experts calculent chaque jeton) ?
q-facts-active_parameters = Paramètres utilisés pour un jeton (pour un mélange d'experts) ?
q-facts-training_tokens = Nombre de jetons d'entraînement ?
q-facts-training_compute_flop = Calcul cumulé d'entraînement, en FLOP ?
q-facts-systemic_risk_designated = La Commission l'a-t-elle désigné comme modèle présentant un risque systémique ?
q-facts-monetised = Est-il monétisé (un prix, un support payant nécessaire à l'usage, un hébergement uniquement payant, des données personnelles au-delà de la sécurité) ?
q-facts-eu_market = Est-il mis sur le marché ou mis en service dans l'UE (un téléchargement public compte) ?
q-facts-placed_on_market = Quand a-t-il été mis sur le marché de l'UE pour la première fois ?
q-facts-modified_from = S'il s'agit d'un affinage ou d'une modification d'un autre modèle : lequel ? (Entrée si aucun)
q-facts-modification_compute_flop = Calcul utilisé pour la modification, en FLOP ?
q-facts-intended_purposes = Usages de l'annexe III auxquels il est destiné (par exemple annex-iii-4a) ?
q-facts-prohibited_practices = Pratiques interdites de l'article 5 dont il relève ?
q-facts-transparency = Cas de transparence de l'article 50 dont il relève ?
q-facts-models = Modèles contenus dans le système (noms) ?
q-facts-article_6_3_derogation = Le fournisseur invoque-t-il la dérogation de l'article 6, paragraphe 3 (tâche étroite, pas de risque important, pas de profilage) ?
q-facts-original_training_compute_flop = Calcul d'entraînement du modèle d'origine, en FLOP ?
q-facts-original_systemic_risk = Le modèle d'origine est-il un modèle d'IA à usage général présentant un risque systémique ?
q-facts-provider_established_in_eu = Le fournisseur est-il établi dans l'UE ?

