# Reasons, summaries and warnings the engine writes in English, as templates. The French file
# gives the same message ids. A variable named `why` is itself a reason (translated in turn);
# `title` is a text from a definition file (translated from the definition's locale file);
# `status` and `test` are translated from the ui messages; other variables are kept as written.

r-code-is = { $code } is { $status }
r-code-not-evaluated = { $code } is not evaluated before this requirement
r-exemption = exemption { $id }: { $status }
r-exemption-not-decided = exemption { $id } is not decided before this rule
r-not-listed-published = { $c } is not listed as published
r-published = { $c } is published
r-partially-published = { $c } is only partially published
r-not-published = { $c } is not published
r-no-di-item = no Data Information item `{ $item }`
r-di-given = Data Information `{ $item }` is given
r-di-partial = Data Information `{ $item }` is only partial
r-di-not-given = Data Information `{ $item }` is not given
r-di-not-stated = Data Information `{ $item }` is not stated
r-no-licence-for = no licence is stated for { $c }
r-not-known-to-suit = { $lic } is not known to suit { $type } content
r-as-of-before = assessed as of { $date }, before { $limit }
r-as-of-not-before = assessed as of { $date }, not before { $limit }
r-as-of-on-or-after = assessed as of { $date }, on or after { $limit }
r-fact-stated = `{ $path }` is stated
r-fact-not-stated = `{ $path }` is not stated
r-fact-conservative = `{ $path }` is not stated: taken as { $value }, the conservative reading
r-fact-not-required = `{ $path }` is { $value }, not the required value
r-fact-empty = `{ $path }` is empty
r-fact-not-empty = `{ $path }` is not empty
r-fact-is = `{ $path }` is { $value }
r-fact-threshold = `{ $path }` = { $value } (threshold { $limit })
r-fact-none-listed = `{ $path }` = { $value }, none of the listed values
r-fact-date-not-before = `{ $path }` = { $value } (not before { $limit })
r-fact-date-before = `{ $path }` = { $value } (before { $limit })
r-fact-ratio = `{ $path }` = { $value } against { $ratio } × `{ $other }` = { $limit }
r-fact-eq = `{ $path }` = { $value }
r-not-listed = { $c } is not listed
r-not-stated-partial-list = { $c } is not stated (the component list is partial)
r-not-stated-whether-used = { $c } is not stated (the component list is partial), so whether it was used is not known
r-no-sources = { $c } lists no sources
r-source-no-class = source `{ $name }` has no data class
r-source-no-licence = source `{ $name }` states no licence
r-source-no-location = where to get source `{ $name }` is not stated (no location)
r-source-is = source `{ $name }` is { $class }
r-source-why = source `{ $name }`: { $why }
r-all-sources = all { $n } sources of { $c } meet the conditions
r-included-open = { $c } is included under { $lic }, an open licence
r-optional-not-listed = { $c } is optional and not listed
r-listed-no-licence = { $c } is listed without a licence
r-not-on-mot-list = `{ $lic }` is not on the Model Openness Tool's list of open licences (exact SPDX ids)
r-only-for = only for { $kinds }
r-not-yet = not yet in application on { $date } (from { $since })
r-no-earlier-category = { $title }: no earlier category applies
r-cannot-tell = cannot tell whether it is { $title }: { $why }
r-only-kind = only for a release of kind { $kinds }
r-definition-not-apply = the definition does not apply to this kind of release
r-not-implemented = not implemented yet
r-assumed-unused = assumed unused
r-not-in-base = { $lic } is not in osai's licence base
r-no-which = `{ $text }` does not say which licence applies
r-licence-error = `{ $text }`: { $error }
r-lic-is-restr = { $lic } is { $test } (restrictions: { $kinds })
r-lic-is-not-restr = { $lic } is not { $test } (restrictions: { $kinds })
r-lic-maybe-restr = { $lic } may or may not be { $test } (restrictions: { $kinds })
r-lic-is-not = { $lic } is not { $test }
r-lic-maybe = { $lic } may or may not be { $test }
r-lic-is = { $lic } is { $test }
r-title-why = { $title }: { $why }
r-meet = Meet: { $title }.
r-state-facts = State the facts this requirement reads: { $title }.

s-nothing-to-exempt = nothing to exempt: { $why }
s-not-exempt-either-way = not exempt either way (out of scope: nothing to exempt; in scope: no open-source exemption applies), the scope being undecided
s-not-exempt-either-way-why = not exempt either way (out of scope: nothing to exempt; in scope: no open-source exemption applies), the scope being undecided: { $why }
s-no-exemption = no open-source exemption applies
r-moe-upper-bound = a mixture of experts counted with all its experts: an upper bound
s-exemption-undecided = undecided: no open-source exemption is established yet ({ $list } unknown)
s-exempt-under = exempt under { $list }
s-meets = meets { $level } ({ $title })
s-unclassified-hopeful = unclassified as stated, { $level } ({ $title }) if what is not known (components not stated, unknown licences) is open
s-unclassified-fail = unclassified: the components of the least open class are not all included under open licences
s-paper-stands-in = the research paper stands in for the missing technical report
w-licence-alias = `{ $from }` is read as the licence `{ $to }`
w-licence-vague = `{ $text }` names no single licence
w-requirements-unknown = requirements on it are unknown
w-unknown-never-open = treated as an unknown licence, never as open
w-assumed-unused = { $c } is not listed, so { $code } ({ $defs }) assumes it was not used
w-list-it = list it if it was
w-mof-type = { $def }: the Tool counts `{ $text }` as open for { $id }, but osai does not know it as a licence for { $type } content

r-mof-state = { $c } is { $mofstate }
r-stands-in = the { $other } stands in for it ({ $mofstate })
r-nothing-to-check = nothing to check
r-lic-category = { $lic }: { $catname }
s-score = score { $total } of { $n } ({ $graded } dimensions graded)
s-score-schema = score { $total } of { $n } ({ $graded } dimensions graded in the { $title })
s-no-grades = no grades in the manifest
w-mof-exact-id = { $def }: the Model Openness Tool compares exact SPDX ids, so `{ $text }` ({ $id }) does not count as open
w-write = write `{ $canonical }`
w-mot-licence-type = global licence type `{ $type }` is not one the Tool reads
w-mot-no-name = a component without a name is ignored
w-mot-unknown-component = unknown component `{ $name }` is ignored { $help }
w-mot-twice = component `{ $name }` is listed twice
w-first-kept = the first is kept
w-name-mismatch = the release is named `{ $name }` but the file is `{ $file }`: one of them is wrong
w-report-uses = the report uses `{ $name }`
w-index-no-name = the Index file names no project
w-index-no-name-system = the Index file names no system
w-index-compute-base = the Index estimates the base model training compute as `{ $value }`
w-index-compute-end = the Index estimates the end model training compute as `{ $value }`
w-estimate-not-fact = an estimate is not a stated fact, so state `facts.training_compute_flop` if it is known
w-index-licence-unstated = the Index gives the end model's licence as `{ $value }`: not stated
w-index-named-after = the release is named after the file (`{ $file }`)
w-index-template = this is the Index's template: its grades are placeholders, not an assessment
w-index-grade = `{ $dim }` is graded `{ $class }`, not open, partial or closed
w-card-no-name = the card names no model
w-card-named-after = the release is called `{ $folder }` after its folder
w-card-no-licence = the card states no `license`
w-card-licence-unknown = the licence of the weights is unknown
w-card-merge = { $n } base models (a merge)
w-card-merge-first = the first is kept as `modified_from`
w-card-eu = the repository is gated and refuses users in the EU (`extra_gated_eu_disallowed`): say in `facts.eu_market` whether the model is placed on the Union market
w-card-other = `license: other` without `license_name`{ $where }: the licence is unknown
w-card-identify = identify its text with `osai licence identify` or `osai scan`
w-cdx-version = CycloneDX { $version } is read as 1.6
w-cdx-versions = osai knows 1.5 to 1.7
w-cdx-dangling = dataset reference `{ $id }` names no component of this BOM
w-cdx-disagree = the component is named `{ $native }` but its osai properties name { $other }
w-properties-read = the properties are read
w-spdx-dangling = `{ $id }` names no element of this document
w-spdx2-no-ai-profile = SPDX 2 has no AI profile: osai reads the described package as the model (name, version, supplier, licence, location, files)
w-spdx2-unstated = datasets, training and parameters are not stated. SPDX 3 with the AI profile, or CycloneDX, can say them
w-spdx2-not-a-model = nothing in this package says it is a model (no weights file, as the package or among its files; no Hugging Face reference): its licence and location are not read as the weights'
w-spdx2-version = { $version } is read as SPDX-2.3
w-spdx2-versions = osai knows 2.2 and 2.3
r-licence-empty = ``: empty licence
r-licence-syntax = `{ $text }`: invalid licence expression: { $detail }
r-licence-unknown-id = `{ $text }`: unknown licence `{ $id }`
