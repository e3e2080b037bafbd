# What osai's reports say around the definitions' own texts.

status-pass = pass
status-fail = fail
status-unknown = unknown
status-not-applicable = not-applicable

outcome-applies = applies
outcome-does-not-apply = does not apply
outcome-unknown = unknown
outcome-not-applicable = not applicable

kind-model = model
kind-system = system

yes-no-yes = yes
yes-no-no = no
yes-no-unknown = unknown

header = { $name }{ $source } — { $kind }, assessed as of { $date }
detail-class = class { $n }
detail-unclassified = unclassified
detail-score = score { $score } of { $n }
detail-exempt = exempt: { $list }
detail-exemption-undecided = exemption undecided: { $list }
detail-systemic-risk = systemic risk: { $value }
detail-counts = { $pass } pass, { $fail } fail, { $unknown } unknown

label-warning = warning:
label-why = why:
label-fact = fact:
label-cites = cites:
label-todo = to do:
label-derived = (derived)
label-trace = decision trace:
label-unverified = UNVERIFIED

ob-applies = applies
ob-not-yet = not yet
ob-not-apply = does not apply
ob-unknown = unknown
ob-from = from { $date }

test-osi = OSI-approved
test-osd = conformant with the Open Source Definition
test-aiact = a free and open-source licence under the AI Act
test-freedoms-unreviewed = known to grant the freedoms asked for (osai has not reviewed it)
test-freedoms = granting the freedoms asked for
test-free-of = free of the restrictions this criterion excludes
test-free-of-unreviewed = free of the excluded restrictions (osai has not reviewed it)

component-model-architecture = Model architecture
component-data-preprocessing-code = Data preprocessing code
component-training-code = Training code
component-inference-code = Inference code
component-evaluation-code = Evaluation code
component-supporting-libraries = Supporting libraries and tools
component-model-parameters-final = Model parameters (final)
component-model-parameters-intermediate = Model parameters (intermediate)
component-datasets = Datasets
component-evaluation-data = Evaluation data
component-model-metadata = Model metadata
component-sample-model-outputs = Sample model outputs
component-model-card = Model card
component-data-card = Data card
component-technical-report = Technical report
component-research-paper = Research paper
component-evaluation-results = Evaluation results

html-title = osai report: { $name }
html-title-many = osai report: { $n } releases
html-assessed = Assessed as of { $date } by { $tool }.
html-not-advice = osai applies each definition as written in its data file; it is not legal advice. Texts marked UNVERIFIED rest on secondary sources.
html-comparison = Comparison
html-release = Release
html-matrix = Definitions × components
html-matrix-note = Each cell sums the requirements of a definition on one component: fail if any fails, otherwise unknown if any is unknown, pass if all pass; — when the definition asks nothing of it.
html-legend-via = met through another component (the definition accepts an alternative)
html-via = met through { $components }, not this component
html-legend-none = not asked by the definition
html-legend = Legend
html-definition = Definition
html-verdict = Verdict
html-requirements = Requirements
html-requirements-count = { $n } requirements
html-ladder = MOF class ladder
html-ladder-progress = { $percent } % of the components of this class included under open licences
html-exemptions = Exemptions
html-obligations = Obligations
html-obligation = Obligation
html-applies = Applies
html-since = From
html-cite = Citation
html-remedy = To do
html-reason = Why
html-facts = Facts
html-fact-path = Fact
html-fact-value = Value
html-fact-source = Where it is written
html-warnings = Warnings
html-summary = Summary
html-contents = Contents
html-back-to-top = Back to the top

md-title = osai: { $name }
md-definition = Definition
md-verdict = Verdict
md-detail = Detail
md-open-items = { $n } failing or unknown requirements
md-reason = why:
md-remedy = to do:
md-cite = cites:

sarif-fail = { $code } fails: { $reason }
sarif-unknown = { $code } is unknown: { $reason }
sarif-help = { $remedy } (cites: { $cite })

badge-class = class { $n }
badge-unclassified = unclassified
badge-exempt = exempt
badge-not-exempt = not exempt
badge-exemption-undecided = exemption undecided

mof-state-included = included
mof-state-invalid = invalid
mof-state-unlicensed = unlicensed
mof-state-missing = missing
mof-state-licence-unknown = licence unknown

licence-category-unlicensed = published without any licence
licence-category-undisclosed = licence not disclosed by the publisher
licence-category-proprietary = proprietary terms
licence-category-not-included = component not included in the release
licence-category-several = several licences named in free text
licence-category-bsd-unspecified = "bsd" without saying which bsd licence
licence-category-unrecognised = text that names no licence (a link to a paper, a dataset's name)
licence-category-gfdl-unspecified = "gfdl" without saying which version or variant
licence-category-cc-unspecified = "creative commons" without saying which licence

compare-release = release
compare-disagree = disagree
compare-footer = { $n } releases; definitions disagree on { $d } (marked *)

web-nav-home = Assess
web-nav-ask = Questionnaire
web-nav-catalogue = Catalogue
web-nav-definitions = Definitions
web-nav-api = API
web-other-lang = Français
web-home-title = Is this AI release open source — and under whose definition?
web-home-intro = Paste a release manifest, a Hugging Face model card, a CycloneDX or SPDX 3 AI-BOM, or a Model Openness Tool file, or upload it. osai gives the verdict of every definition side by side, with the facts it used, the text it cites and what to change.
web-manifest-label = Manifest or model card
web-file-label = …or a file (at most 1 MiB)
web-assess-button = Assess
web-ask-link = No manifest? Answer the questionnaire.
web-hub-label = …or a Hugging Face model id
web-hub-note = osai reads the model card, the licence files, the configuration and the first bytes of each weights file, at the commit the hub names, without downloading the weights. Public repositories only.
web-hub-button = Read from the Hub
web-hub-read = Read from { $id } at commit { $sha } ({ $files } files; { $kib } KiB fetched from the hub).
web-hub-error-title = The repository could not be read
web-ask-title = Questionnaire: what the definitions and the AI Act turn on
web-ask-intro = Answer what you know; leave the rest as “I do not know”: those requirements will be reported as unknown, never as passed.
web-q-name = Name of the release
web-q-producer = Who publishes it? (optional)
web-q-kind = Model or system
web-ask-manifest = The manifest these answers make
web-ask-manifest-intro = This is what osai assessed; download it to keep it, edit it, or run `osai assess` on it.
web-ask-download = Download the manifest
web-ask-errors = Some answers could not be used
web-partial = partial
web-model = model
web-system = system
web-yes = yes
web-no = no
web-unknown = I do not know
web-catalogue-title = Catalogue of stored releases
web-catalogue-empty = No release matches.
web-filter = Filter
web-filter-definition = Definition
web-filter-verdict = Verdict
web-filter-any = any
web-page = Page { $page } of { $pages }
web-previous = Previous
web-next = Next
web-release = Release
web-version = version { $n }
web-definitions-title = Definitions
web-requirements = Requirements
web-code = Code
web-requirement = Requirement
web-cite = Citation
web-error-title = The input could not be read
web-error-at = line { $line }, column { $column }
web-back = Back
web-not-found = Not found

# Licence restriction kinds (osai licence show), in reasons
restriction-field-of-use = field of use
restriction-acceptable-use-policy = acceptable-use policy
restriction-user-threshold = user threshold
restriction-non-commercial = non-commercial
restriction-no-derivatives = no derivatives
restriction-output-use = use of outputs
restriction-naming = naming
restriction-geographic = geographic
restriction-revocable = revocable
restriction-other = other

# osai explain
explain-definition = Definition: { $title } ({ $id } { $version }, { $status })
explain-component = Component:  { $component }
explain-unverified = UNVERIFIED: the wording rests on a source osai could not check.
explain-checks = What it checks
explain-rule = Rule: { $rule }
explain-why = Why (citation)
explain-source = Source: { $source }
explain-how = How to pass
explain-if-fail = If it fails:   { $remedy }
explain-if-unknown = If unknown:    { $remedy }
explain-default-fail = meet the requirement as stated
explain-default-unknown = state the facts it reads
explain-applies-to = Applies to: { $kinds }
explain-when = When it applies
explain-since = From { $date }
explain-since-rule = From { $date } where { $rule }: { $note }
