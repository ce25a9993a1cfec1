"""World-region containment (translate.align.regions) and its use in place compatibility."""

from __future__ import annotations

from translate.align.cues import PlaceRef, places_compatible
from translate.align.regions import country_regions, inside, region_parent


def _c(code: str) -> PlaceRef:
    return PlaceRef(f"country:{code}", "country", code)


def _r(code: str) -> PlaceRef:
    return PlaceRef(f"region:{code}", "region", None)


def test_regions_lie_in_their_continent() -> None:
    assert region_parent("011") == "002"  # Western Africa in Africa
    assert region_parent("154") == "150"  # Northern Europe in Europe
    assert region_parent("035") == "142"  # Southeast Asia in Asia
    assert region_parent("029") == "019"  # the Caribbean in the Americas (by countryinfo)
    assert region_parent("002") is None   # a continent lies in no region


def test_countries_lie_in_their_regions_and_not_in_others() -> None:
    assert {"150", "154"} <= country_regions("NO")
    assert "002" not in country_regions("NO")
    assert {"002", "202"} <= country_regions("LR")
    assert "150" not in country_regions("LR")
    assert country_regions("ZZ") == frozenset()  # no such country: no region, no error


def test_inside_reads_the_kind_of_place() -> None:
    assert inside("country", "country:SL", "SL", "region:011")
    assert inside("city", "city:2409306", "SL", "region:002")  # Freetown, by its country
    assert inside("region", "region:011", None, "region:002")
    assert not inside("country", "country:SL", "SL", "region:150")


def test_several_countries_of_a_region_tell_the_regions_figure() -> None:
    west_africa = frozenset({_r("011")})
    assert places_compatible(frozenset({_c("GN"), _c("LR"), _c("SL")}), west_africa)
    assert places_compatible(west_africa, frozenset({_r("002")}))  # a region of Africa


def test_one_country_is_a_part_of_its_region_not_the_region() -> None:
    # "deaths in Liberia" and "deaths in West Africa" are two quantities
    assert not places_compatible(frozenset({_c("LR")}), frozenset({_r("011")}))
    # and countries of another continent never tell a region's figure
    assert not places_compatible(frozenset({_c("NO"), _c("SE")}), frozenset({_r("011")}))
    assert not places_compatible(frozenset({_c("NO")}), frozenset({_c("NZ")}))
