#pragma once
// A small gazetteer of the places and blocs that impose or suffer sanctions: names, demonyms and
// seats of government, each with its ISO 3166-1 alpha-3 code ("EU", "UN" for the blocs). The
// events stage uses it for the target's country of spans that name no actor ("Chinese
// officials") and to find parties when the entity and actor stages found none.

#include <string_view>

namespace lede {
namespace events {

struct PlaceInfo {
  const char* code;  // ISO 3166-1 alpha-3, "EU", "UN", "NATO", or "" for "the West"
  const char* name;  // canonical name: "China", "the West"
  bool seat;         // a capital or seat of government standing for the country
};

// `lower` is a lower-cased phrase of one to three words ("united states", "chinese").
// Returns nullptr when unknown.
const PlaceInfo* LookupPlace(std::string_view lower);

}  // namespace events
}  // namespace lede
