# Questions of `osai ask` and the web questionnaire, one per manifest path the definitions read:
# `q-` and the path with dots as dashes. The questions themselves are derived from the
# definitions; a path without wording here gets the `q-fallback-*` text.

q-section-release = The release
q-section-components = What is published
q-section-licences = Licences
q-section-data-information = Data Information (OSAID 1.0)
q-section-facts = What the AI Act turns on
q-read-by = read by { $codes }
q-follows = asked when “{ $question }” is answered
q-answer-disclosure = yes, no, partial
q-answer-yes-no = yes, no
q-answer-licence = an SPDX id or a licence name
q-answer-number = a number, e.g. 7.3e9
q-answer-date = a date, YYYY-MM-DD
q-answer-text = text
q-answer-codes = codes separated by commas, or none: { $choices }
q-answer-codes-any = codes separated by commas, or none
q-prompt = { $question } ({ $hint }; ?)
q-written = Written by `osai ask`: { $n } questions left unanswered are absent and reported as unknown.
q-unknown-help = ? or Enter: I do not know

q-name = Name of the release?
q-kind = Is it an AI model or an AI system? (model/system)
q-producer = Who publishes it?

q-fallback-component = Is “{ $component }” published?
q-fallback-data-information = Is the Data Information item “{ $item }” documented?
q-fallback-licence = Licence at { $path }?
q-fallback-fact = Value of { $path }?

q-components-model-architecture-published = Is the model architecture public (its code, or a description complete enough to rebuild it)?
q-components-data-preprocessing-code-published = Is the code that prepared the training data public?
q-components-training-code-published = Is the training code public?
q-components-inference-code-published = Is the inference code public?
q-components-evaluation-code-published = Is the evaluation code public?
q-components-supporting-libraries-published = Are the supporting libraries and tools public?
q-components-model-parameters-final-published = Are the final weights (parameters) publicly available?
q-components-model-parameters-intermediate-published = Are intermediate checkpoints publicly available?
q-components-datasets-published = Is the training data itself publicly available?
q-components-evaluation-data-published = Is the evaluation data publicly available?
q-components-model-metadata-published = Is the model metadata (configuration, training settings) public?
q-components-sample-model-outputs-published = Are sample outputs of the model published?
q-components-model-card-published = Is there a public model card (capabilities, limitations, how to integrate it)?
q-components-data-card-published = Is there a public data card (datasheet) for the training data?
q-components-technical-report-published = Is a technical report published?
q-components-research-paper-published = Is a research paper published?
q-components-evaluation-results-published = Are evaluation results published?

q-licenses-model = Licence of the weights (SPDX id or name, e.g. Apache-2.0, llama3.1)?
q-licenses-code = Licence of the code (training, inference)?
q-licenses-data = Licence of the published data?
q-licenses-document = Licence of the documents (model card, reports, papers)?
q-data_information-license = Licence of the documents carrying the Data Information?

q-data_information-description = Is there a complete description of all training data, including data that cannot be shared?
q-data_information-provenance = Is the provenance of the training data documented?
q-data_information-scope = Are the scope and characteristics of the training data documented?
q-data_information-selection = Is how the training data was selected documented?
q-data_information-labeling = Are the labelling procedures documented?
q-data_information-processing = Are the data processing and filtering methods documented?
q-data_information-public_listed = Is all publicly available training data listed, with where to get it?
q-data_information-obtainable_listed = Is all training data obtainable from third parties listed, with where (including for a fee)?
q-data_information-training_methodology = Is the training methodology documented?

q-facts-general_purpose = Does the model display significant generality and perform a wide range of distinct tasks?
q-facts-output_modalities = What does it output?
q-facts-parameters = Number of parameters (all of them, for a mixture of experts)?
q-facts-mixture_of_experts = Is it a mixture of experts (only some experts run for each token)?
q-facts-active_parameters = Parameters used for one token (for a mixture of experts)?
q-facts-training_tokens = Number of training tokens?
q-facts-training_compute_flop = Cumulative training compute, in FLOP?
q-facts-systemic_risk_designated = Has the Commission designated it as a model with systemic risk?
q-facts-monetised = Is it monetised (a price, paid support needed to use it, paid-only hosting, personal data beyond security)?
q-facts-eu_market = Is it placed on the market or put into service in the EU (a public download counts)?
q-facts-placed_on_market = When was it first placed on the EU market?
q-facts-modified_from = If it is a fine-tune or modification of another model: which model? (Enter if none)
q-facts-modification_compute_flop = Compute used for the modification, in FLOP?
q-facts-intended_purposes = Annex III uses it is intended for (e.g. annex-iii-4a)?
q-facts-prohibited_practices = Art. 5 prohibited practices it falls under?
q-facts-transparency = Art. 50 transparency cases it falls under?
q-facts-models = Models inside the system (names)?
q-facts-article_6_3_derogation = Does the provider claim the Art. 6(3) derogation (narrow task, no significant risk, no profiling)?
q-facts-original_training_compute_flop = Training compute of the original model, in FLOP?
q-facts-original_systemic_risk = Is the original model a general-purpose AI model with systemic risk?
q-facts-provider_established_in_eu = Is the provider established in the EU?

