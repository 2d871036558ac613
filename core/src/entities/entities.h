#pragma once
// Entity mentions (PERSON, ORG, GPE, LOC, NORP, LAW, ...) in the clean text: a trained
// tagger over tokens, with gazetteer features, plus rules for the types CoNLL lacks.

#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

class EntityModel;  // the tagger's weights and gazetteers, loaded once per Analyzer

// Loads the compiled-in model; never fails (a broken model is a build error, tested).
const EntityModel& DefaultEntityModel();

// Forgets what this thread keeps between documents (the tagger's word features): after an
// analysis given up half-way (memory ran out) it may be half-updated.
void DropThreadCaches();

std::vector<Entity> FindEntities(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<Token>& tokens, const EntityModel& model);

}  // namespace lede
