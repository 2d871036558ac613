#pragma once
// What the actors stage knows about one mention while it resolves them (internal).

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

// One per candidate name, and a 10 MB text has a quarter of a million: nothing here owns
// memory. Views point at static strings, the gazetteer or the text, all of which outlive the
// actors stage.
struct Mention {
  Span span;
  std::string_view type;  // PERSON, ORG, GPE, LOC, NORP, LAW, MISC, ... (static: TypeName)
  size_t first_token = 0;  // tokens covering the span, inclusive
  size_t last_token = 0;
  const GazEntry* entry = nullptr;  // what the gazetteer says, when it knows the name
  std::string_view code;            // country code the text gives (gazetteer or context)
  std::string_view canonical;       // an organization's fuller name in the text ("Baikal" ->
                                    // "Baikal Finance Group"), when it is a short form
  int actor = -1;
  bool from_tagger = false;
  bool acting = false;  // a capital or seat standing for its state ("Beijing said")
};

// The static copy of an entity type name, for Mention::type.
std::string_view TypeName(std::string_view type);

// Tokens and their sentences, with the small word tests the resolvers share.
class TokenView {
 public:
  TokenView(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}
  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  // Empty past the last token: resolvers look one token ahead of a mention freely.
  std::string_view Word(size_t i) const {
    if (i >= tokens_.size()) return {};
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  bool SameSentence(size_t a, size_t b) const {
    return a < size() && b < size() && tokens_[a].sentence == tokens_[b].sentence;
  }
  // Case-insensitive (ASCII) comparison with a lowercase word.
  bool Is(size_t i, std::string_view lower) const;
  bool IsCapitalized(size_t i) const;
  // The first token that ends after byte `pos` (tokens are in text order).
  size_t TokenAt(uint32_t pos) const;
  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
};

// The tagger's mentions, with what the gazetteer knows about the exact same name and the
// types rules give (laws, places the tagger typed LOC).
std::vector<Mention> TaggerMentions(const TokenView& tokens, const std::vector<Entity>& tagged,
                                    const Gazetteer& gazetteer);

// Merges the tagger's mentions with gazetteer matches and law names: the tagger's spans win on
// overlap unless the gazetteer has a longer exact match. (Two steps, so the caller can free
// the tagger's entities before the gazetteer pass, the actors stage's peak.)
std::vector<Mention> CollectMentions(const TokenView& tokens, std::vector<Mention> mentions,
                                     const Gazetteer& gazetteer);

// Decides, for capitals and seats of government, whether they act for their state.
void MarkMetonyms(const TokenView& tokens, std::vector<Mention>* mentions);

// Role and affiliation of a person mention from titles and appositions.
struct RoleInfo {
  std::string role;     // "Foreign Minister", "European Council President", "former President"
  std::string country;  // from the role's nationality or organization
  bool government = false;  // a state office: its holder's state can come from context
  bool counterpart = false;  // "his Chinese counterpart": the role is the other person's
  int modifier = -1;  // the mention that gave the country ("Russian" in "Russian President")
};
RoleInfo FindRole(const TokenView& tokens, const std::vector<Mention>& mentions, size_t index,
                  const Gazetteer& gazetteer);

// "The foreign ministers of China and Russia ... Wang Yi and Sergei Lavrov": roles handed out in
// order to persons named together. Returns the roles found by mention index (few mentions get
// one: a RoleInfo per mention was 9 MB on a 10 MB input).
std::map<size_t, RoleInfo> DistributePluralRoles(const TokenView& tokens,
                                            const std::vector<Mention>& mentions,
                                            const Gazetteer& gazetteer);

// The words of a mention, without a possessive ending.
std::vector<std::string> Words(const TokenView& tokens, const Mention& m);

// The person (index into `names`, each a person's name as words) a PERSON mention's words
// refer to, among the candidates `persons`; -1 for a new person. The latest candidate wins.
int FindPerson(const std::vector<std::vector<std::string>>& names,
               const std::vector<size_t>& persons, const std::vector<std::string>& words,
               const Gazetteer& gazetteer);

// Adds PERSON mentions for surnames of persons named in full that the tagger missed.
void AddSurnameMentions(const TokenView& tokens, const Gazetteer& gazetteer,
                        std::vector<Mention>* mentions);

// One sense per document: names the gazetteer does not know get the type most of their
// mentions have ("Yukos" tagged ORG 7 times and PERSON 3 times is ORG), and a single word that
// opens an organization's name elsewhere is that organization ("Baikal").
void UnifyNameTypes(const TokenView& tokens, const Gazetteer& gazetteer,
                    std::vector<Mention>* mentions);

// Adds a mention for an acronym in parentheses after an organization ("... (OFAC)").
void LinkAcronyms(const TokenView& tokens, std::vector<Mention>* mentions);

}  // namespace lede
