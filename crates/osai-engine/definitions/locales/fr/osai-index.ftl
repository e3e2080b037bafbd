# osai-index : traduction française.

definition =
    .title = Index européen de l'IA open source : profil d'ouverture
    .summary = Pas une définition à réussir ou échouer : l'Index note une publication ouvert / partiel / fermé sur 12 dimensions (sa base en ligne, depuis mars 2026) ou 14 (ses fichiers historiques). osai montre les notes importées dans profiles.osai-index et le score de l'Index (ouvert 1, partiel 0,5) sur les dimensions du schéma des notes. Données CC-BY-4.0 : Liesenfeld & Dingemanse, doi:10.5281/zenodo.15386042, https://osai-index.eu ; données historiques Liesenfeld, Lopez & Dingemanse (2023), doi:10.1145/3571884.3604316.
    .credit = Données de l'Index européen de l'IA open source, CC-BY-4.0 : Liesenfeld & Dingemanse, doi:10.5281/zenodo.15386042 (fichiers historiques : Liesenfeld, Lopez & Dingemanse (2023), doi:10.1145/3571884.3604316)
    .score-schema-0 = base en ligne, 12 dimensions
    .score-schema-1 = schéma historique, 14 dimensions

INDEX-DATASOURCES-BASEMODEL =
    .title = Sources de données du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `datasources_basemodel` (sa base en ligne), importée dans profiles.osai-index.datasources_basemodel : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `datasources_basemodel` dans le manifeste (profiles.osai-index.datasources_basemodel).
    .cite = European Open Source AI Index, dimension `datasources_basemodel` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-DATASOURCES-ENDMODEL =
    .title = Sources de données du modèle final (note de l'Index : ouvert)
    .explain = La note de l'Index pour `datasources_endmodel` (sa base en ligne), importée dans profiles.osai-index.datasources_endmodel : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `datasources_endmodel` dans le manifeste (profiles.osai-index.datasources_endmodel).
    .cite = European Open Source AI Index, dimension `datasources_endmodel` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-WEIGHTS-BASEMODEL =
    .title = Poids du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `weights_basemodel` (sa base en ligne), importée dans profiles.osai-index.weights_basemodel : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `weights_basemodel` dans le manifeste (profiles.osai-index.weights_basemodel).
    .cite = European Open Source AI Index, dimension `weights_basemodel` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-WEIGHTS-ENDMODEL =
    .title = Poids du modèle final (note de l'Index : ouvert)
    .explain = La note de l'Index pour `weights_endmodel` (sa base en ligne), importée dans profiles.osai-index.weights_endmodel : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `weights_endmodel` dans le manifeste (profiles.osai-index.weights_endmodel).
    .cite = European Open Source AI Index, dimension `weights_endmodel` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-TRAININGCODE =
    .title = Code d'entraînement (note de l'Index : ouvert)
    .explain = La note de l'Index pour `trainingcode` (sa base en ligne), importée dans profiles.osai-index.trainingcode : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `trainingcode` dans le manifeste (profiles.osai-index.trainingcode).
    .cite = European Open Source AI Index, dimension `trainingcode` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-HARDWARE-ARCHITECTURE =
    .title = Architecture matérielle (note de l'Index : ouvert)
    .explain = La note de l'Index pour `hardware_architecture` (sa base en ligne), importée dans profiles.osai-index.hardware_architecture : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `hardware_architecture` dans le manifeste (profiles.osai-index.hardware_architecture).
    .cite = European Open Source AI Index, dimension `hardware_architecture` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-LICENSES =
    .title = Licences (approuvées par l'OSI, données et code compris) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `licenses` (sa base en ligne), importée dans profiles.osai-index.licenses : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Pas de note de l'Index pour `licenses` dans le manifeste (profiles.osai-index.licenses).
    .cite = European Open Source AI Index, dimension `licenses` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-OPENCODE =
    .title = Code source (note de l'Index : ouvert)
    .explain = La note de l'Index pour `opencode`, importée dans profiles.osai-index.opencode : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `opencode` dans le manifeste (profiles.osai-index.opencode).
    .cite = European Open Source AI Index, dimension `opencode` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-LLMDATA =
    .title = Données d'entraînement du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `llmdata`, importée dans profiles.osai-index.llmdata : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `llmdata` dans le manifeste (profiles.osai-index.llmdata).
    .cite = European Open Source AI Index, dimension `llmdata` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-LLMWEIGHTS =
    .title = Poids du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `llmweights`, importée dans profiles.osai-index.llmweights : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `llmweights` dans le manifeste (profiles.osai-index.llmweights).
    .cite = European Open Source AI Index, dimension `llmweights` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-RLDATA =
    .title = Données d'ajustement aux instructions (RL) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `rldata`, importée dans profiles.osai-index.rldata : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `rldata` dans le manifeste (profiles.osai-index.rldata).
    .cite = European Open Source AI Index, dimension `rldata` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-RLWEIGHTS =
    .title = Poids ajustés aux instructions (RL) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `rlweights`, importée dans profiles.osai-index.rlweights : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `rlweights` dans le manifeste (profiles.osai-index.rlweights).
    .cite = European Open Source AI Index, dimension `rlweights` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-LICENSE =
    .title = Licence (approuvée par l'OSI) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `license`, importée dans profiles.osai-index.license : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `license` dans le manifeste (profiles.osai-index.license).
    .cite = European Open Source AI Index, dimension `license` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-CODE =
    .title = Documentation du code (note de l'Index : ouvert)
    .explain = La note de l'Index pour `code`, importée dans profiles.osai-index.code : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `code` dans le manifeste (profiles.osai-index.code).
    .cite = European Open Source AI Index, dimension `code` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-ARCHITECTURE =
    .title = Documentation de l'architecture (note de l'Index : ouvert)
    .explain = La note de l'Index pour `architecture`, importée dans profiles.osai-index.architecture : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `architecture` dans le manifeste (profiles.osai-index.architecture).
    .cite = European Open Source AI Index, dimension `architecture` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-PREPRINT =
    .title = Prépublication (note de l'Index : ouvert)
    .explain = La note de l'Index pour `preprint`, importée dans profiles.osai-index.preprint : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `preprint` dans le manifeste (profiles.osai-index.preprint).
    .cite = European Open Source AI Index, dimension `preprint` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-PAPER =
    .title = Article évalué par les pairs (note de l'Index : ouvert)
    .explain = La note de l'Index pour `paper`, importée dans profiles.osai-index.paper : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `paper` dans le manifeste (profiles.osai-index.paper).
    .cite = European Open Source AI Index, dimension `paper` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-MODELCARD =
    .title = Fiche du modèle (note de l'Index : ouvert)
    .explain = La note de l'Index pour `modelcard`, importée dans profiles.osai-index.modelcard : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `modelcard` dans le manifeste (profiles.osai-index.modelcard).
    .cite = European Open Source AI Index, dimension `modelcard` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-DATASHEET =
    .title = Fiche de données (note de l'Index : ouvert)
    .explain = La note de l'Index pour `datasheet`, importée dans profiles.osai-index.datasheet : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `datasheet` dans le manifeste (profiles.osai-index.datasheet).
    .cite = European Open Source AI Index, dimension `datasheet` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-PACKAGE =
    .title = Paquet (note de l'Index : ouvert)
    .explain = La note de l'Index pour `package`, importée dans profiles.osai-index.package : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `package` dans le manifeste (profiles.osai-index.package).
    .cite = European Open Source AI Index, dimension `package` (CC-BY-4.0, Liesenfeld et Dingemanse)

INDEX-API =
    .title = API (note de l'Index : ouvert)
    .explain = La note de l'Index pour `api`, importée dans profiles.osai-index.api : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `api` dans le manifeste (profiles.osai-index.api).
    .cite = European Open Source AI Index, dimension `api` (CC-BY-4.0, Liesenfeld et Dingemanse)
