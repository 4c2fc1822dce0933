"""What a quantity is about: its district, the term naming it, its indicator and theme.

Its time (year, period, span) is resolved by ``districts.facts.timeframe``. One object, the
``Attributor``, answers every question; each kind of decision lives in a module of its own:

- ``places``: which places a text names (districts, groups, Beijing, regions beyond it);
- ``document``: which district a whole document is about;
- ``district_rules``: which district one number is about, a rule at a time, in order;
- ``shared_values``: numbers that several listed districts share, total or pair off;
- ``terms``: the term naming a number and the catalog indicator it is a value of;
- ``themes``: the theme of a number;
- ``placing``: what the rules read (``Placing``) and what they decide (``DistrictDecision``);
- ``common``: marks, reaches and text helpers several of them read;
- ``attributor``: the class composed of them, holding the patterns compiled from the lexicon.
"""

from districts.facts.attribute.attributor import Attributor
from districts.facts.attribute.common import is_photo_caption, trailing_noun_phrase
from districts.facts.attribute.placing import (
    DistrictDecision,
    Place,
    Placing,
    district_decisions,
)

__all__ = [
    "Attributor",
    "DistrictDecision",
    "Place",
    "Placing",
    "district_decisions",
    "is_photo_caption",
    "trailing_noun_phrase",
]
