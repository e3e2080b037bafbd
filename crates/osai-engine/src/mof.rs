//! Graded levels as the Model Openness Tool computes MOF classes: component states, the
//! technical-report substitution, cumulative progress percentages, the class.

use crate::component::ComponentId;
use crate::definition::Levels;
use crate::eval::Context;
use crate::manifest::Disclosure;

/// A component as the Tool sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MofState {
    /// Listed, with a licence the Tool counts as open.
    Included,
    /// Listed, with a licence that is not on the Tool's open list.
    Invalid,
    /// Listed without a licence (the Tool's convention: absent everywhere means unlicensed).
    Unlicensed,
    /// Not listed, or listed as not published.
    Missing,
    /// An osai manifest that does not state the licence: the Tool would say unlicensed, osai
    /// does not guess.
    Unknown,
}

impl MofState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Included => "included",
            Self::Invalid => "invalid",
            Self::Unlicensed => "unlicensed",
            Self::Missing => "missing",
            Self::Unknown => "licence unknown",
        }
    }
}

/// Every component's state under one levels section, by component index, with the licence
/// path and text it was judged on.
pub type States<'a> = [(MofState, Option<(&'static str, &'a str)>); ComponentId::ALL.len()];

/// Judges every component once: requirements, the grade and the warnings all read the result.
pub fn states<'a>(cx: &Context<'a>, levels: &Levels) -> States<'a> {
    // Components often share a licence text: each is looked up once.
    let mut open: Vec<(&str, bool)> = Vec::with_capacity(ComponentId::ALL.len());
    ComponentId::ALL.map(|id| judge(cx, levels, id, &mut open))
}

/// What `decide` gives for `key`, computed the first time `key` is met and then read from
/// `known`: a release asks the same questions of the licence texts its components share.
pub(crate) fn decided_once<K: PartialEq, V: Clone>(
    known: &mut Vec<(K, V)>,
    key: K,
    decide: impl FnOnce() -> V,
) -> V {
    if let Some((_, v)) = known.iter().find(|(k, _)| *k == key) {
        return v.clone();
    }
    let v = decide();
    known.push((key, v.clone()));
    v
}

fn judge<'a>(
    cx: &Context<'a>,
    levels: &Levels,
    id: ComponentId,
    open: &mut Vec<(&'a str, bool)>,
) -> (MofState, Option<(&'static str, &'a str)>) {
    match cx.manifest.components.get(&id) {
        None if !cx.manifest.components_complete => return (MofState::Unknown, None),
        None => return (MofState::Missing, None),
        Some(c) if c.published == Disclosure::No => return (MofState::Missing, None),
        Some(c) if c.published == Disclosure::Unknown => return (MofState::Unknown, None),
        Some(_) => {}
    }
    let Some((path, text)) = cx.effective_licence(crate::definition::LicenceTarget::Component(id))
    else {
        return (MofState::Unknown, None);
    };
    let t = text.trim();
    let state = if t.is_empty() || t == "unlicensed" {
        MofState::Unlicensed
    } else if decided_once(open, t, || levels.open.is_open(t)) {
        MofState::Included
    } else {
        MofState::Invalid
    };
    (state, Some((path, text)))
}

/// Class and progress per class, from component states.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// The highest class met (1 is the most open); 0 = unclassified.
    pub class: u32,
    /// Per class, from the most open (class 1) on.
    pub progress: Vec<(u32, f64)>,
    /// The substitution was applied.
    pub substituted: bool,
}

/// A set of components, one bit per [`ComponentId`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ComponentSet(u32);

const _: () = assert!(ComponentId::ALL.len() <= u32::BITS as usize);

impl ComponentSet {
    pub fn of(ids: impl IntoIterator<Item = ComponentId>) -> Self {
        ids.into_iter()
            .fold(Self::default(), |set, id| set.with(id))
    }

    #[must_use]
    pub fn with(self, id: ComponentId) -> Self {
        Self(self.0 | 1 << id as u32)
    }

    pub fn contains(self, id: ComponentId) -> bool {
        self.0 & 1 << id as u32 != 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    #[must_use]
    pub fn and(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

/// The Tool's computation, from the components that count as included and those listed.
pub fn grade(levels: &Levels, included: ComponentSet, listed: ComponentSet) -> Grade {
    let mut classes: Vec<_> = levels.levels.iter().collect();
    // Walk from the least open class (highest number) to the most open.
    classes.sort_by_key(|l| std::cmp::Reverse(l.class));
    let substitute = levels
        .substitute
        .as_ref()
        .filter(|s| !included.contains(s.missing) && listed.contains(s.by));
    // Per class, from the least open: how many distinct required components (the stand-in in
    // place of the missing one) of it and the classes above it are included.
    let mut seen = ComponentSet::default();
    let mut included_up_to = Vec::with_capacity(classes.len());
    for level in &classes {
        let mut swapped = false;
        for c in &level.required {
            seen = match substitute {
                Some(s) if !swapped && *c == s.missing => {
                    swapped = true;
                    seen.with(s.by)
                }
                _ => seen.with(*c),
            };
        }
        included_up_to.push(seen.and(included).len());
    }
    let mut progress = Vec::with_capacity(classes.len());
    for (ci, target) in classes.iter().enumerate() {
        let mut total = 0usize;
        let mut count = 0usize;
        let mut stopped_above = false;
        for (i, level) in classes.iter().enumerate().take(ci + 1) {
            total += level.required.len();
            count = included_up_to[i];
            if count < total {
                stopped_above = i < ci;
                break;
            }
        }
        let value = if stopped_above {
            0.0
        } else {
            if ci == classes.len() - 1
                && let Some(s) = &levels.substitute
                && !included.contains(s.missing)
                && included.contains(s.by)
            {
                total -= 1;
            }
            if total == 0 {
                100.0
            } else {
                (count as f64 / total as f64 * 100.0).min(100.0)
            }
        };
        progress.push((target.class, value));
    }
    progress.reverse();
    // The most open class met.
    let class = progress
        .iter()
        .find(|(_, p)| *p == 100.0)
        .map_or(0, |(class, _)| *class);
    Grade {
        class,
        progress,
        substituted: substitute.is_some(),
    }
}
