# osai-index : traduction française.

definition =
    .title = Index européen de l'IA open source (14 dimensions historiques) : profil d'ouverture
    .summary = Pas une définition à réussir ou échouer : l'Index note 14 dimensions ouvert / partiel / fermé. osai montre les notes importées dans profiles.osai-index et le score de l'Index (ouvert 1, partiel 0,5). Données CC-BY-4.0, Liesenfeld, Lopez & Dingemanse (2023), doi:10.1145/3571884.3604316, http://opening-up-chatgpt.github.io.
    .credit = Données de l'Index européen de l'IA open source, CC-BY-4.0 : Liesenfeld, Lopez & Dingemanse (2023), doi:10.1145/3571884.3604316

INDEX-OPENCODE =
    .title = Code source (note de l'Index : ouvert)
    .explain = La note de l'Index pour `opencode`, importée dans profiles.osai-index.opencode : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `opencode` dans le manifeste (profiles.osai-index.opencode).

INDEX-LLMDATA =
    .title = Données d'entraînement du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `llmdata`, importée dans profiles.osai-index.llmdata : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `llmdata` dans le manifeste (profiles.osai-index.llmdata).

INDEX-LLMWEIGHTS =
    .title = Poids du modèle de base (note de l'Index : ouvert)
    .explain = La note de l'Index pour `llmweights`, importée dans profiles.osai-index.llmweights : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `llmweights` dans le manifeste (profiles.osai-index.llmweights).

INDEX-RLDATA =
    .title = Données d'ajustement aux instructions (RL) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `rldata`, importée dans profiles.osai-index.rldata : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `rldata` dans le manifeste (profiles.osai-index.rldata).

INDEX-RLWEIGHTS =
    .title = Poids ajustés aux instructions (RL) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `rlweights`, importée dans profiles.osai-index.rlweights : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `rlweights` dans le manifeste (profiles.osai-index.rlweights).

INDEX-LICENSE =
    .title = Licence (approuvée par l'OSI) (note de l'Index : ouvert)
    .explain = La note de l'Index pour `license`, importée dans profiles.osai-index.license : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `license` dans le manifeste (profiles.osai-index.license).

INDEX-CODE =
    .title = Documentation du code (note de l'Index : ouvert)
    .explain = La note de l'Index pour `code`, importée dans profiles.osai-index.code : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `code` dans le manifeste (profiles.osai-index.code).

INDEX-ARCHITECTURE =
    .title = Documentation de l'architecture (note de l'Index : ouvert)
    .explain = La note de l'Index pour `architecture`, importée dans profiles.osai-index.architecture : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `architecture` dans le manifeste (profiles.osai-index.architecture).

INDEX-PREPRINT =
    .title = Prépublication (note de l'Index : ouvert)
    .explain = La note de l'Index pour `preprint`, importée dans profiles.osai-index.preprint : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `preprint` dans le manifeste (profiles.osai-index.preprint).

INDEX-PAPER =
    .title = Article évalué par les pairs (note de l'Index : ouvert)
    .explain = La note de l'Index pour `paper`, importée dans profiles.osai-index.paper : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `paper` dans le manifeste (profiles.osai-index.paper).

INDEX-MODELCARD =
    .title = Fiche du modèle (note de l'Index : ouvert)
    .explain = La note de l'Index pour `modelcard`, importée dans profiles.osai-index.modelcard : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `modelcard` dans le manifeste (profiles.osai-index.modelcard).

INDEX-DATASHEET =
    .title = Fiche de données (note de l'Index : ouvert)
    .explain = La note de l'Index pour `datasheet`, importée dans profiles.osai-index.datasheet : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `datasheet` dans le manifeste (profiles.osai-index.datasheet).

INDEX-PACKAGE =
    .title = Paquet (note de l'Index : ouvert)
    .explain = La note de l'Index pour `package`, importée dans profiles.osai-index.package : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `package` dans le manifeste (profiles.osai-index.package).

INDEX-API =
    .title = API (note de l'Index : ouvert)
    .explain = La note de l'Index pour `api`, importée dans profiles.osai-index.api : réussi si ouvert, échec si partiel ou fermé, inconnu si non noté. Informatif : l'Index n'est pas une définition.
    .remedy-fail = Faites passer cette dimension à « ouvert » (voir les critères de l'Index).
    .remedy-unknown = Aucune note de l'Index pour `api` dans le manifeste (profiles.osai-index.api).
