#pragma once
// Mentions -> actors: canonical names, in-document aliases ("Lavrov" -> Sergei Lavrov),
// roles from titles and appositions, ISO 3166-1 alpha-3 country codes ("EU" for the European
// Union), and metonyms (a capital acting stands for its country).

#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

// Fills `actors` and sets Entity::actor (and may retype or add mentions it resolves).
void ResolveActors(std::string_view text, const std::vector<Span>& sentences,
                   const std::vector<Token>& tokens, std::vector<Entity>* entities,
                   std::vector<Actor>* actors);

}  // namespace lede
