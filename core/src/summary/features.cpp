#include "summary/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/ascii.h"
#include "text/flat_map.h"
#include "text/fnv_hash.h"

namespace lede {

const char* const kSummaryFeatureNames[kSummaryFeatureCount] = {
    "first",        "second",      "third",      "early",          "inv_position",
    "rel_position", "para_lead",   "log_words",  "short",          "long",
    "mid_length",   "centrality",  "lead_overlap", "name_max",     "name_count",
    "quote_start",  "quote_any",   "digits",     "question",       "dangling_start",
    "density",      "echoes_earlier",
};

namespace {

// Hand-set weights for evidence the training corpus (CNN/DailyMail text without titles, with no
// entity, actor or event annotations at training time) cannot teach. They are in logit units of
// the learned score, where moving from the third to the fourth sentence costs about one unit:
// strong enough to lift a sentence that carries the story's actors or a sanctions event over a
// neighbour, too weak to override the lead on their own.
constexpr float kTitleWeight = 0.8f;   // x share of the title's content terms the sentence holds
constexpr float kActorWeight = 0.5f;   // x the top actor's share of mentions among those it holds
constexpr float kEventWeight = 0.6f;   // the sentence holds a sanctions event trigger

bool IsWordToken(std::string_view t) {
  return !t.empty() && (IsAsciiAlnum(static_cast<unsigned char>(t[0])) ||
                        static_cast<unsigned char>(t[0]) >= 0x80);
}

const std::unordered_set<std::string_view>& Stopwords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
      "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
      "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
      "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
      "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
      "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same",
      "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
      "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
      "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
      "your", "yours", "mr", "mrs", "ms", "one", "two", "new", "last", "year", "years"};
  return *words;
}

// Openers that lean on the sentence before ("He said...", "But the...").
const std::unordered_set<std::string_view>& DanglingOpeners() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its",
      "their", "but", "and", "however", "so", "also", "meanwhile", "yet", "or", "then",
      "instead", "still", "both"};
  return *words;
}

// Lower-case ASCII, drop a possessive and a plain plural 's', so "Russia's" and "sanctions"
// meet "Russia" and "sanction". Non-ASCII bytes pass through unchanged.
std::string TermKey(std::string_view t) {
  std::string k(t);
  for (char& c : k) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto ends = [&](std::string_view s) {
    return k.size() > s.size() && k.compare(k.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("'s")) k.resize(k.size() - 2);
  else if (ends("\xE2\x80\x99s")) k.resize(k.size() - 4);
  if (k.size() > 3 && k.back() == 's' && k[k.size() - 2] != 's' && k[k.size() - 2] != 'u' &&
      k[k.size() - 2] != 'i') {
    k.pop_back();
  }
  return k;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

bool EndsWithQuestion(std::string_view s) {
  s = Trim(s);
  // Look past closing quotes and brackets: 'he asked "why?"'.
  for (int guard = 0; guard < 4 && !s.empty(); ++guard) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                                 s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return !s.empty() && s.back() == '?';
}

struct SentenceTerms {
  std::vector<uint32_t> content;  // content term ids, with repeats
  std::vector<uint32_t> names;    // name ids (capitalized, not sentence-initial), with repeats
  uint32_t words = 0;
  bool digits = false;
  std::string first_word;
};

}  // namespace

float Cosine(const TermVector& a, const TermVector& b) {
  float dot = 0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i] < b.terms[j]) {
      ++i;
    } else if (a.terms[i] > b.terms[j]) {
      ++j;
    } else {
      dot += a.weights[i++] * b.weights[j++];
    }
  }
  return dot;
}

SummaryFeatures ComputeSummaryFeatures(const Analysis& a, std::vector<Token> tokens) {
  SummaryFeatures out;
  const std::string_view text = a.text;
  const std::string_view title = Trim(a.title);

  // Candidates: sentences of body paragraphs that do not repeat the title.
  std::vector<bool> is_candidate(a.sentences.size(), false);
  size_t p = 0;
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Span& span = a.sentences[s];
    while (p < a.paragraphs.size() && a.paragraphs[p].span.end < span.end) ++p;
    if (p < a.paragraphs.size() && a.paragraphs[p].kind != BlockKind::kBody) continue;
    std::string_view st = Trim(text.substr(span.start, span.end - span.start));
    if (st.empty() || (!title.empty() && st == title)) continue;
    is_candidate[s] = true;
  }

  // Terms per sentence, in one pass over the tokens.
  // Not reserved by the tokens: a text has far fewer terms than tokens/2 (7 MB of buckets on a
  // 10 MB input).
  // Terms by a 64-bit hash of their key (no string kept or allocated per term; a collision
  // among a document's few thousand terms has odds of about 1 in 10^12).
  FlatMap<uint32_t> ids;
  std::vector<SentenceTerms> terms(a.sentences.size());
  const auto& stop = Stopwords();
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& tok = tokens[t];
    if (tok.sentence >= a.sentences.size() || !is_candidate[tok.sentence]) continue;
    std::string_view w = text.substr(tok.start, tok.end - tok.start);
    if (!IsWordToken(w)) continue;
    SentenceTerms& st = terms[tok.sentence];
    const bool initial = st.words == 0;
    ++st.words;
    std::string key = TermKey(w);
    if (initial) st.first_word = key;
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      st.digits = true;
    }
    if (key.size() < 2 || stop.count(key)) continue;
    auto [slot, added] = ids.Insert(HashBytes(key));
    if (added) *slot = static_cast<uint32_t>(ids.size() - 1);
    const uint32_t id = *slot;
    st.content.push_back(id);
    if (!initial && w[0] >= 'A' && w[0] <= 'Z') {
      st.names.push_back(id);
    }
  }
  std::vector<Token>().swap(tokens);
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    if (is_candidate[s] && terms[s].words > 0) out.candidates.push_back(s);
  }
  const size_t n = out.candidates.size();
  if (n == 0) return out;

  // In-document idf from sentence frequency.
  std::vector<uint32_t> sf(ids.size(), 0);
  std::vector<uint32_t> seen(ids.size(), UINT32_MAX);
  for (uint32_t c = 0; c < n; ++c) {
    for (uint32_t id : terms[out.candidates[c]].content) {
      if (seen[id] != c) {
        seen[id] = c;
        ++sf[id];
      }
    }
  }
  std::vector<float> idf(ids.size());
  for (size_t id = 0; id < ids.size(); ++id) idf[id] = std::log(1.0f + float(n) / float(sf[id]));
  const float max_idf = std::log(1.0f + float(n));

  // Unit tf-idf vectors and their sum: the sum of cosines to every sentence is one dot product.
  out.vectors.resize(n);
  std::vector<float> density(n, 0);
  std::vector<float> total(ids.size(), 0);
  for (uint32_t c = 0; c < n; ++c) {
    // Taken, not copied: later passes read the vector's distinct terms.
    std::vector<uint32_t> ts = std::move(terms[out.candidates[c]].content);
    std::sort(ts.begin(), ts.end());
    TermVector& v = out.vectors[c];
    float norm = 0;
    float idf_sum = 0;
    for (size_t i = 0; i < ts.size();) {
      size_t j = i;
      while (j < ts.size() && ts[j] == ts[i]) ++j;
      float w = float(j - i) * idf[ts[i]];
      v.terms.push_back(ts[i]);
      v.weights.push_back(w);
      norm += w * w;
      idf_sum += idf[ts[i]];
      i = j;
    }
    if (!v.terms.empty()) density[c] = idf_sum / float(v.terms.size()) / max_idf;
    norm = std::sqrt(norm);
    for (size_t i = 0; i < v.terms.size(); ++i) {
      v.weights[i] = norm > 0 ? v.weights[i] / norm : 0;
      total[v.terms[i]] += v.weights[i];
    }
  }

  std::vector<uint32_t> name_counts(ids.size(), 0);
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    for (uint32_t id : terms[s].names) ++name_counts[id];
  }
  uint32_t top_name = 0;
  for (uint32_t count : name_counts) top_name = std::max(top_name, count);
  std::vector<bool> lead_terms(ids.size(), false);
  for (uint32_t id : out.vectors[0].terms) lead_terms[id] = true;
  std::vector<bool> title_terms(ids.size(), false);
  size_t title_term_count = 0;
  for (size_t i = 0; i < title.size();) {
    size_t j = i;
    while (j < title.size() && static_cast<unsigned char>(title[j]) > ' ') ++j;
    std::string_view w = title.substr(i, j - i);
    while (!w.empty() && !IsAsciiAlnum(static_cast<unsigned char>(w.back())) &&
           static_cast<unsigned char>(w.back()) < 0x80) {
      w.remove_suffix(1);
    }
    while (!w.empty() && !IsAsciiAlnum(static_cast<unsigned char>(w.front())) &&
           static_cast<unsigned char>(w.front()) < 0x80) {
      w.remove_prefix(1);
    }
    if (IsWordToken(w)) {
      const uint32_t* id = ids.Find(HashBytes(TermKey(w)));
      if (id != nullptr && !title_terms[*id]) {
        title_terms[*id] = true;
        ++title_term_count;
      }
    }
    i = j + 1;
  }

  // Actors and events, when the earlier stages found them.
  uint32_t top_mentions = 0;
  for (const Actor& actor : a.actors) top_mentions = std::max(top_mentions, actor.mentions);
  std::vector<float> actor_share(a.sentences.size(), 0);
  std::vector<bool> has_event(a.sentences.size(), false);
  {
    size_t s = 0;
    for (const Entity& e : a.entities) {  // entities are in text order
      while (s < a.sentences.size() && a.sentences[s].end <= e.span.start) ++s;
      if (s == a.sentences.size()) break;
      if (e.actor >= 0 && size_t(e.actor) < a.actors.size() && top_mentions > 0 &&
          a.sentences[s].start <= e.span.start) {
        actor_share[s] = std::max(actor_share[s],
                                  float(a.actors[e.actor].mentions) / float(top_mentions));
      }
    }
    for (const Event& ev : a.events) {
      auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), ev.trigger.start,
                                 [](uint32_t pos, const Span& sp) { return pos < sp.end; });
      if (it != a.sentences.end() && it->start <= ev.trigger.start) {
        has_event[it - a.sentences.begin()] = true;
      }
    }
  }

  out.learned.resize(n);
  out.prior.assign(n, 0);
  uint32_t previous_paragraph_end = UINT32_MAX;
  p = 0;
  const auto& dangling = DanglingOpeners();
  for (uint32_t c = 0; c < n; ++c) {
    const uint32_t s = out.candidates[c];
    const SentenceTerms& st = terms[s];
    const Span& span = a.sentences[s];
    std::string_view sentence = Trim(text.substr(span.start, span.end - span.start));
    while (p < a.paragraphs.size() && a.paragraphs[p].span.end < span.end) ++p;
    const uint32_t paragraph_end = p < a.paragraphs.size() ? a.paragraphs[p].span.end : 0;
    auto& f = out.learned[c];
    f.fill(0);
    f[kFeatFirst] = c == 0;
    f[kFeatSecond] = c == 1;
    f[kFeatThird] = c == 2;
    f[kFeatEarly] = c >= 3 && c <= 5;
    f[kFeatInvPosition] = 1.0f / float(c + 1);
    f[kFeatRelPosition] = float(c) / float(n);
    f[kFeatParagraphLead] = paragraph_end != previous_paragraph_end;
    previous_paragraph_end = paragraph_end;
    f[kFeatLogWords] = std::log(1.0f + float(st.words));
    f[kFeatShort] = st.words < 8;
    f[kFeatLong] = st.words > 45;
    f[kFeatMidLength] = st.words >= 12 && st.words <= 35;
    const TermVector& v = out.vectors[c];
    float self_and_others = 0;
    for (size_t i = 0; i < v.terms.size(); ++i) self_and_others += v.weights[i] * total[v.terms[i]];
    f[kFeatCentrality] =
        n > 1 && !v.terms.empty() ? (self_and_others - 1.0f) / float(n - 1) : 0.0f;
    if (c == 0) {
      f[kFeatLeadOverlap] = 1;
    } else if (!v.terms.empty()) {
      size_t shared = 0;
      for (uint32_t id : v.terms) shared += lead_terms[id];
      f[kFeatLeadOverlap] = float(shared) / float(v.terms.size());
    }
    uint32_t best = 0;
    std::vector<uint32_t> names = st.names;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (uint32_t id : names) best = std::max(best, name_counts[id]);
    f[kFeatNameMax] = top_name > 0 ? float(best) / float(top_name) : 0.0f;
    f[kFeatNameCount] = float(std::min<size_t>(names.size(), 5)) / 5.0f;
    f[kFeatQuoteStart] = StartsWith(sentence, "\"") || StartsWith(sentence, "'") ||
                         StartsWith(sentence, "\xE2\x80\x9C") ||
                         StartsWith(sentence, "\xE2\x80\x98");
    f[kFeatQuoteAny] = sentence.find('"') != std::string_view::npos ||
                       sentence.find("\xE2\x80\x9C") != std::string_view::npos ||
                       sentence.find("\xE2\x80\x9D") != std::string_view::npos;
    f[kFeatDigits] = st.digits;
    f[kFeatQuestion] = EndsWithQuestion(sentence);
    f[kFeatDanglingStart] = dangling.count(st.first_word) > 0;
    f[kFeatDensity] = density[c];
    // A bounded window keeps this linear; repeats that matter (a caption echoing the lead
    // sentence next to it) sit close.
    float echo = 0;
    for (uint32_t b = c > 5 ? c - 5 : 0; b < c; ++b) echo = std::max(echo, Cosine(v, out.vectors[b]));
    f[kFeatEchoesEarlier] = echo;

    float prior = 0;
    if (title_term_count > 0) {
      size_t shared = 0;
      for (uint32_t id : v.terms) shared += title_terms[id];
      prior += kTitleWeight * float(shared) / float(title_term_count);
    }
    prior += kActorWeight * actor_share[s];
    if (has_event[s]) prior += kEventWeight;
    out.prior[c] = prior;
  }
  return out;
}

}  // namespace lede
