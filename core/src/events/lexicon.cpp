#include "events/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lede {
namespace events {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const std::unordered_map<std::string_view, Cue>& CueTable() {
  static const std::unordered_map<std::string_view, Cue> table = [] {
    std::unordered_map<std::string_view, Cue> t;
    auto add = [&t](Cue cue, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) t.emplace(w, cue);
    };
    add(Cue::kImpose,
        {"impose", "imposes", "imposed", "imposing", "reimpose", "reimposed", "re-impose",
         "decree", "decrees", "decreed", "invoke", "invokes", "invoked", "invoking", "add",
         "adds", "added", "adding", "placed", "places", "placing",
         "re-imposed", "slap", "slaps", "slapped", "slapping", "announce", "announces",
         "announced", "announcing", "approve", "approves", "approved", "approving", "apply",
         "applies", "applied", "applying", "enforce", "enforces", "enforced", "enforcing", "keep",
         "keeps", "kept", "keeping", "maintain", "maintains", "maintained", "maintaining",
         "extend", "extends", "extended", "extending", "tighten", "tightens", "tightened",
         "tightening", "expand", "expands", "expanded", "expanding", "levy", "levies", "levied",
         "levying", "introduce", "introduces", "introduced", "introducing", "adopt", "adopts",
         "adopted", "adopting", "agree", "agrees", "agreed", "bring", "brings", "brought",
         "unveil", "unveils", "unveiled", "renew", "renews", "renewed", "renewing", "widen",
         "widened", "toughen", "toughened", "hit", "hits", "hitting", "ahead", "retain",
         "retains", "retained", "slapping", "order", "ordered", "orders"});
    add(Cue::kThreaten,
        {"threaten", "threatens", "threatened", "threatening", "threat", "threats", "warn",
         "decide", "decides", "deciding", "discuss", "discusses", "discussing", "study",
         "studying", "review", "reviewing",
         "warns", "warned", "warning", "plan", "plans", "planned", "planning", "consider",
         "considers", "considered", "considering", "weigh", "weighs", "weighed", "weighing",
         "mull", "mulls", "mulled", "mulling", "prepare", "prepares", "prepared", "preparing",
         "face", "faces", "faced", "facing", "risk", "risks", "risked", "risking", "trigger",
         "triggers", "propose", "proposes", "proposed", "proposing", "poised", "possible",
         "potential", "draft", "drafted", "drafting", "contemplate", "contemplating"});
    add(Cue::kModal, {"will", "would", "could", "may", "might", "shall", "likely", "'ll",
                      "expected", "set", "expect", "expects", "probably", "should", "must",
                      "ought"});
    add(Cue::kCall,
        {"urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "demand",
         "recommend", "recommends", "recommended", "recommending", "pressure",
         "demands", "demanded", "demanding", "push", "pushes", "pushed", "pushing", "press",
         "presses", "pressed", "pressing", "ask", "asks", "asked", "asking", "appeal",
         "appeals", "appealed", "lobby", "lobbies", "lobbied", "lobbying", "seek", "seeks",
         "sought", "seeking", "want", "wants", "wanted", "wanting"});
    add(Cue::kLift,
        {"lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "remove",
         "removes", "removed", "removing", "removal", "end", "ends", "ended", "ending", "scrap",
         "scraps", "scrapped", "scrapping", "drop", "drops", "dropped", "dropping", "suspend",
         "suspends", "suspended", "suspending", "suspension", "relax", "relaxes", "relaxed",
         "relaxing", "waive", "waives", "waived", "unfreeze", "unfreezes", "unfroze",
         "unfrozen", "unfreezing", "revoke", "revokes", "revoked", "rescind", "rescinded",
         "repeal", "repealed", "lifting", "withdraw", "withdrew", "withdrawn"});
    add(Cue::kOppose,
        {"oppose", "opposes", "opposed", "opposing", "opposition", "opponent", "opponents",
         "condemn", "condemns", "condemned", "condemning", "criticize", "criticizes",
         "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising",
         "criticism", "reject", "rejects", "rejected", "rejecting", "veto", "vetoes", "vetoed",
         "vetoing", "block", "blocks", "blocked", "blocking", "denounce", "denounces",
         "denounced", "slam", "slams", "slammed", "protest", "protests", "protested", "object",
         "objects", "objected", "objection", "objections", "resist", "resisted", "against"});
    add(Cue::kNegate, {"not", "n't", "never", "no", "refuse", "refuses", "refused", "refusing",
                       "decline", "declines", "declined", "without", "nor", "cannot",
                       "didn't", "don't", "doesn't", "won't", "wouldn't", "isn't", "wasn't",
                       "aren't", "weren't", "hasn't", "haven't", "can't", "couldn't"});
    add(Cue::kAuthorize,
        {"authorize", "authorizes", "authorized", "authorise", "authorises", "authorised",
         "allow", "allows", "allowed", "empower", "empowers", "empowered", "permit", "permits",
         "enable", "enables", "power", "powers", "right"});
    add(Cue::kHypothesis, {"if", "unless", "whether"});
    return t;
  }();
  return table;
}

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

}  // namespace

Cue CueOf(std::string_view lower) {
  auto it = CueTable().find(lower);
  return it == CueTable().end() ? Cue::kNone : it->second;
}

bool IsLiftParticiple(std::string_view w) {
  static const WordSet set = {"lifted", "eased", "removed", "ended", "scrapped", "dropped",
                              "suspended", "relaxed", "unfrozen", "waived", "revoked",
                              "rescinded", "repealed", "withdrawn", "lift", "ended"};
  return In(set, w);
}

bool IsImposeParticiple(std::string_view w) {
  static const WordSet set = {"imposed", "brought", "slapped", "applied", "extended",
                              "announced", "introduced", "approved", "adopted", "agreed",
                              "kept", "maintained", "tightened", "levied", "renewed",
                              "reimposed", "enforced", "expanded", "retained", "taken",
                              "decreed", "invoked"};
  return In(set, w);
}

bool IsAuxiliary(std::string_view w) {
  static const WordSet set = {
      "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "would",
      "will", "could", "can", "may", "might", "should", "must", "likely", "probably", "unlikely", "also",
      "now", "already", "still", "soon", "first", "originally", "previously", "expected",
      "finally", "eventually", "quickly", "partially", "partly", "fully", "formally",
      "officially", "'ll", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x98",
      "\xE2\x80\x99", "get", "got", "being", "due", "set"};
  return In(set, w);
}

bool EndsPhrase(std::string_view w) {
  static const WordSet set = {
      "over", "for", "because", "after", "amid", "in", "since", "until", "that", "which",
      "who", "whom", "whose", "as", "while", "when", "if", "unless", "is", "was", "were",
      "are", "has", "have", "had", "will", "would", "could", "said", "says", "told", "but",
      ",", ".", ";", ":", "?", "!", "(", ")", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93",
      "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "following", "by", "last", "earlier", "this",
      "next", "on", "at", "amid", "despite", "accused", "accusing", "citing", "to", "soon",
      "now", "today", "yesterday", "tomorrow", "again", "immediately", "too", "also",
      "instead", "unless", "so", "because", "while"};
  return In(set, w);
}

bool IsGoodsWord(std::string_view w) {
  static const WordSet set = {"arms", "weapons", "weapon", "trade", "travel", "visa", "visas",
                              "entry", "import", "imports", "export", "exports", "oil", "gas",
                              "investment", "investments", "technology", "goods", "products",
                              "sales", "shipments", "flights", "military", "economic",
                              "financial", "grain", "microchips", "chips", "semiconductors",
                              "steel", "banking", "transactions"};
  return In(set, w);
}

bool IsCourtContext(std::string_view w) {
  static const WordSet set = {"court", "courts", "judge", "lawsuit", "litigation",
                              "bankruptcy", "creditor", "creditors", "lawyers", "tribunal",
                              "litigant", "plaintiff", "defendant"};
  return In(set, w);
}

bool IsNonStateContext(std::string_view w) {
  static const WordSet set = {
      "court", "courts", "judge", "judges", "lawsuit", "litigation", "bankruptcy", "creditor",
      "creditors", "lawyer", "lawyers", "tribunal", "disciplinary", "referee", "player",
      "players", "club", "clubs", "league", "tournament", "tournaments", "licence", "license",
      "licensees", "benefit", "benefits", "jobseekers", "claimants", "panel", "hearing",
      "fifa", "uefa", "parole", "spam", "email", "e-mail", "website", "websites", "teacher",
      "sites", "internet", "online", "software", "virus", "rugby", "football", "cricket",
      "tennis", "olympic", "doping", "coach", "match", "matches", "sport", "athletes",
      "pupils", "school", "students", "fines", "fine", "penalty", "deficit", "budget"};
  return In(set, w);
}

bool IsTargetNoun(std::string_view w) {
  static const WordSet set = {
      "officials", "official", "individuals", "entities", "companies", "company", "firms",
      "firm", "banks", "bank", "people", "persons", "leaders", "leader", "ministers",
      "oligarchs", "generals", "businessmen", "members", "government", "regime", "country",
      "countries", "nation", "nations", "states", "state", "organisations", "organizations",
      "groups", "group", "officers", "executives", "politicians", "lawmakers", "judges",
      "diplomats", "figures", "citizens", "institutions", "agencies", "exporters", "importers",
      "imports", "exports", "goods", "products", "microchips", "chips", "vessels", "ships"};
  return In(set, w);
}

bool IsDeontic(std::string_view w) {
  return w == "should" || w == "must" || w == "ought";
}

bool IsTradeWord(std::string_view w) {
  static const WordSet set = {"trade", "tariff", "tariffs", "duties", "duty", "exports",
                              "imports", "export", "import", "goods", "products", "economic",
                              "curbs", "penalties", "quotas", "semiconductor",
                              "semiconductors", "gatt", "wto"};
  return In(set, w);
}

bool IsGenericNoun(std::string_view w) {
  static const WordSet set = {"policy", "policies", "practice", "principle", "tradition",
                              "idea", "notion", "concept", "habit", "history"};
  return In(set, w);
}

bool IsCounterWord(std::string_view w) {
  static const WordSet set = {"tit-for-tat", "retaliatory", "retaliation", "retaliate",
                              "retaliated", "retaliates", "retaliating", "counter-sanctions",
                              "countersanctions", "counter-measures", "countermeasures",
                              "reciprocal", "mirror", "response"};
  return In(set, w);
}

bool IsSayingVerb(std::string_view w) {
  static const WordSet set = {"said", "says", "say", "told", "added", "stated", "argued",
                              "insisted", "declared", "warned", "wrote", "according"};
  return In(set, w);
}

}  // namespace events
}  // namespace lede
